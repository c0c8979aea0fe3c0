#pragma once
// The crisis layer of a level-5 household, one row per version (migration 0013).

#include <optional>
#include <string>
#include <vector>

#include "domain/crisis.hpp"
#include "store/database.hpp"

namespace regie::store {

struct CrisislaagRecord {
  domain::Crisislaag laag;
  int versie = 0;
  std::string vastgelegd_door;
  std::string vastgelegd_op;
  std::string vastgelegd_door_naam;  // read only
  std::string schakel_naam;          // read only; empty without a linking pin
};

// The newest version; nothing when the layer was never recorded.
std::optional<CrisislaagRecord> crisislaag(Tx& tx, const std::string& huishouden_id);
// Every version, newest first.
std::vector<CrisislaagRecord> crisislaag_geschiedenis(Tx& tx, const std::string& huishouden_id);
// Adds version r.versie; false when r.versie - 1 is not the newest (someone else recorded one meanwhile).
bool crisislaag_invoegen(Tx& tx, const std::string& huishouden_id, const CrisislaagRecord& r);

}  // namespace regie::store
