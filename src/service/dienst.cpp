#include "service/dienst.hpp"

#include <set>

#include "service/autorisatie.hpp"

namespace regie::service {

void Dienst::autoriseer(const Context& ctx, std::string_view actie) { vereis_autorisatie(ctx, actie); }

void Dienst::log(store::Tx& tx, const Context& ctx, std::string_view actie, const Auditspoor& spoor,
                 std::string_view resultaat) const {
  const auto tijdstip = nu_tekst();
  std::vector<store::AuditInvoer> regels{
      {ctx.actor.gemeente_id, tijdstip, ctx.actor.id, ctx.actor.audit_rol(), std::string{actie},
       spoor.huishouden_id, spoor.personen, spoor.doel.value_or(ctx.doel), std::string{resultaat}}};
  std::set<std::string_view> gelogd;  // a household shown twice (two escalations) gets one line
  for (const auto& g : spoor.getoond) {
    if (!gelogd.insert(g.huishouden_id).second) continue;
    regels.push_back({ctx.actor.gemeente_id, tijdstip, ctx.actor.id, ctx.actor.audit_rol(),
                      std::string{actie}, g.huishouden_id, g.personen, spoor.lijst_doel,
                      std::string{resultaat}});
  }
  store::audit_toevoegen(tx, regels);
}

void Dienst::gelukt(store::Tx& tx, const Context& ctx, std::string_view actie,
                    const Auditspoor& spoor) const {
  store::meldingen_invoegen(tx, spoor.meldingen);
  log(tx, ctx, actie, spoor, "gelukt");
}

}  // namespace regie::service
