#pragma once
// What a household's registration recorded about deploying the method (migration 0011).

#include <optional>
#include <string>

#include "domain/inzet.hpp"
#include "store/database.hpp"

namespace regie::store {

struct InzetRecord {
  domain::InzetRegistratie registratie;
  std::string vastgelegd_door;
  std::string vastgelegd_op;
};

void inzet_vastleggen(Tx& tx, const std::string& huishouden_id, const InzetRecord& inzet);
// Nothing for a household registered before the criteria were recorded.
std::optional<InzetRecord> inzet_van(Tx& tx, const std::string& huishouden_id);

}  // namespace regie::store
