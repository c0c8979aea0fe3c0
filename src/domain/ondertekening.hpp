#pragma once
// What a signature of the support plan is bound to (issue "the household as users"): the version's content
// as one canonical text — every field that says what was agreed, in a fixed order, each with its length so
// that no two plans give the same text. Progress (an action's status) is not part of it: ticking an action
// off does not undo a signature; a new version does.

#include <string>

#include "domain/plannen.hpp"

namespace regie::domain {

std::string plan_inhoud_canoniek(const Ondersteuningsplan& plan);

}  // namespace regie::domain
