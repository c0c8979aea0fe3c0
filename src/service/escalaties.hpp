#pragma once
// Escalating stalled cooperation between professionals (DOMAIN.md §4.4): the level does not change; the
// management chain and, if needed, the administration are informed; closing records the outcome.

#include <string>
#include <vector>

#include "service/dienst.hpp"
#include "store/escalatie_store.hpp"

namespace regie::service {

class Escalaties : public Dienst {
 public:
  using Dienst::Dienst;

  std::string openen(const Context& ctx, const std::string& huishouden_id,
                     domain::StagnatieSamenwerking soort, const std::string& toelichting);
  void informeren(const Context& ctx, const std::string& huishouden_id, const std::string& escalatie_id,
                  domain::EscalatiePartij partij, const std::string& toelichting, int versie);
  void sluiten(const Context& ctx, const std::string& huishouden_id, const std::string& escalatie_id,
               const std::string& uitkomst, int versie);
  std::vector<store::EscalatieRecord> lijst(const Context& ctx, const std::string& huishouden_id);
};

}  // namespace regie::service
