#pragma once
// Whom a safety plan's shielded parts shield from (DOMAIN.md §12): such a member gets portal access only with
// a regisseur's explicit decision.

#include <set>
#include <string>

#include "domain/plannen.hpp"

namespace regie::domain {

// The members named on any shielded part of the plan as the ones it shields from.
std::set<std::string> afgeschermd_tegen(const Veiligheidsplan& plan);

}  // namespace regie::domain
