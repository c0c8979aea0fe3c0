#pragma once
// Parental authority over minor members (domain/gezag.hpp).

#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace regie::store {

struct GezagRecord {
  std::string kind_id;
  std::vector<std::string> gezagsdragers;  // member ids, by id
  std::string toelichting;
  std::string vastgelegd_door;
  std::string vastgelegd_op;
};

std::optional<GezagRecord> gezag(Tx& tx, const std::string& kind_id);
// Of every member of the household for whom it was recorded.
std::vector<GezagRecord> gezag_van_huishouden(Tx& tx, const std::string& huishouden_id);
// Replaces what was recorded for the child.
void gezag_vastleggen(Tx& tx, const GezagRecord& g);

}  // namespace regie::store
