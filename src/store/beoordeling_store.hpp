#pragma once
// Competence assessments with their answer per area (migration 0005). All are kept.

#include <optional>
#include <string>
#include <vector>

#include "domain/competentie.hpp"
#include "domain/tijd.hpp"
#include "store/database.hpp"

namespace regie::store {

struct GebiedsoordeelRecord {
  std::string gebied;
  domain::Beoordeling oordeel{};
  std::string notitie;
};

struct BeoordelingRecord {
  std::string id;
  std::string medewerker_id;
  domain::Certificering profiel{};
  domain::Datum datum{};
  bool volledig = false;
  bool positief = false;
  std::optional<std::string> certificering_id;  // the certification a positive assessment created
  std::string beoordeeld_door;
  std::string vastgelegd_op;
  std::vector<GebiedsoordeelRecord> gebieden;  // in checklist order
};

void beoordeling_invoegen(Tx& tx, const BeoordelingRecord& beoordeling);
// Newest first.
std::vector<BeoordelingRecord> beoordelingen_van(Tx& tx, const std::string& medewerker_id);

}  // namespace regie::store
