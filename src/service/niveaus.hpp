#pragma once
// Assessment → advice → decision (DOMAIN.md §4): the advice is stored as it was computed; the professional
// decides, with a motivation when deviating and an aftercare agreement when scaling down from level 3 up.

#include <optional>
#include <string>
#include <vector>

#include "domain/advies.hpp"
#include "domain/besluit.hpp"
#include "domain/eisen.hpp"
#include "service/dienst.hpp"
#include "store/niveau_store.hpp"

namespace regie::service {

struct TaxatieUitkomst {
  std::string taxatie_id;
  domain::Advies advies;
  std::string advies_json;
};

struct BesluitUitkomst {
  domain::Niveau niveau{};
  std::optional<domain::Richting> richting;
  std::vector<domain::Eis> eisen;  // what the level now asks that is not yet in place
};

class Niveaus : public Dienst {
 public:
  using Dienst::Dienst;

  // The current level comes from the record: an assessment that states another one is refused.
  TaxatieUitkomst taxatie_vastleggen(const Context& ctx, const std::string& huishouden_id,
                                     domain::Taxatie taxatie);
  // `huishouden_versie`: the version of the household the professional saw (optimistic concurrency).
  BesluitUitkomst besluiten(const Context& ctx, const std::string& huishouden_id,
                            const std::string& taxatie_id, const domain::Niveaubesluit& besluit,
                            int huishouden_versie);

  std::vector<store::TaxatieRecord> taxaties(const Context& ctx, const std::string& huishouden_id);
  std::vector<store::NiveauOvergangRecord> geschiedenis(const Context& ctx, const std::string& huishouden_id);
};

}  // namespace regie::service
