#pragma once
// Escalating stalled cooperation between professionals, or a plan whose execution or result is at risk
// (DOMAIN.md §4.4): the level does not change; the management chain and, if needed, the administration are
// informed step by step; closing records the outcome.

#include <optional>
#include <string>
#include <vector>

#include "service/dienst.hpp"
#include "store/escalatie_store.hpp"

namespace regie::service {

// One step up the chain: which party, whom in person, on which day, and why open stages were passed over.
struct MeldingInvoer {
  domain::EscalatiePartij partij{};
  std::string toelichting;
  std::string wie;
  std::optional<domain::Datum> datum;  // absent: today
  std::string reden_overslaan;
};

class Escalaties : public Dienst {
 public:
  using Dienst::Dienst;

  std::string openen(const Context& ctx, const std::string& huishouden_id, domain::EscalatieAanleiding soort,
                     const std::string& toelichting);
  void informeren(const Context& ctx, const std::string& huishouden_id, const std::string& escalatie_id,
                  const MeldingInvoer& melding, int versie);
  void sluiten(const Context& ctx, const std::string& huishouden_id, const std::string& escalatie_id,
               const std::string& uitkomst, int versie);
  std::vector<store::EscalatieRecord> lijst(const Context& ctx, const std::string& huishouden_id);
};

}  // namespace regie::service
