#pragma once
// Competence assessments (DOMAIN.md §7): an aandachtsfunctionaris or manager assesses a member of staff of
// the gemeente against a profile's checklist, area by area. A complete assessment in which every area meets
// the profile records the certification the assignment rules use, in the same transaction. Every assessment
// is kept; the person himself may read his own.

#include <string>
#include <vector>

#include "service/dienst.hpp"
#include "store/beoordeling_store.hpp"

namespace regie::service {

struct BeoordelingInvoer {
  domain::Certificering profiel{};
  domain::Datum datum{};
  std::vector<store::GebiedsoordeelRecord> gebieden;
};

class Beoordelingen : public Dienst {
 public:
  using Dienst::Dienst;

  store::BeoordelingRecord vastleggen(const Context& ctx, const std::string& medewerker_id,
                                      BeoordelingInvoer invoer);
  // Newest first.
  std::vector<store::BeoordelingRecord> van(const Context& ctx, const std::string& medewerker_id);
};

}  // namespace regie::service
