#pragma once
// The caseload's figures per household (huishouden_kengetal, migration 35) are kept by triggers on every
// write; only a bulk load that sets those triggers aside recomputes them here.

#include <string>

#include "store/database.hpp"

namespace regie::store {

// Recomputes the figures of every household of the gemeente.
void kengetallen_herberekenen(Tx& tx, const std::string& gemeente_id);

}  // namespace regie::store
