#include "service/dienst.hpp"

#include <algorithm>
#include <chrono>
#include <set>

#include "service/autorisatie.hpp"
#include "service/verzoekspoor.hpp"
#include "store/ids.hpp"

namespace regie::service {
void Dienst::autoriseer(const Context& ctx, std::string_view actie) { vereis_autorisatie(ctx, actie); }

store::Verwerkingsspoor Dienst::verwerking_begin() const {
  store::Verwerkingsspoor v;
  if (const auto* verzoek = huidig_verzoekspoor()) {
    v.trace_id = verzoek->trace_id;
    v.parent_operation_id = verzoek->span_id;
    v.foreign_operation_id = verzoek->aanroeper_span_id;
  } else {
    v.trace_id = store::willekeurig_hex(16);
  }
  v.operation_id = store::willekeurig_hex(8);
  v.start_time = domain::ms_van(nu());
  return v;
}

std::vector<store::Logregel> Dienst::logregels(const Context& ctx, std::string_view actie,
                                               const Auditspoor& spoor, std::string_view resultaat,
                                               const store::Verwerkingsspoor& verwerking) const {
  const auto moment = nu();
  const auto tijdstip = domain::format_tijdstip(moment);
  auto spoor_nu = verwerking;
  spoor_nu.end_time = std::max(domain::ms_van(moment), verwerking.start_time);
  auto regel = [&](std::optional<std::string> huishouden, std::vector<std::string> personen,
                   std::string doel) {
    return store::Logregel{{ctx.actor.gemeente_id, tijdstip, ctx.actor.id, ctx.actor.audit_rol(),
                            std::string{actie}, std::move(huishouden), std::move(personen), std::move(doel),
                            std::string{resultaat}, verwerking.trace_id},
                           spoor_nu};
  };
  std::vector<store::Logregel> regels{
      regel(spoor.huishouden_id, spoor.personen, spoor.doel.value_or(ctx.doel))};
  std::set<std::string_view> gelogd;  // a household shown twice (two escalations) gets one line
  for (const auto& g : spoor.getoond) {
    if (!gelogd.insert(g.huishouden_id).second) continue;
    regels.push_back(regel(g.huishouden_id, g.personen, spoor.lijst_doel));
  }
  return regels;
}

void Dienst::log(store::Tx& tx, const Context& ctx, std::string_view actie, const Auditspoor& spoor,
                 std::string_view resultaat, const store::Verwerkingsspoor& verwerking,
                 store::Logpost& post) const {
  post.bij_wijziging(tx, logregels(ctx, actie, spoor, resultaat, verwerking));
}

void Dienst::gelukt(store::Tx& tx, const Context& ctx, std::string_view actie, const Auditspoor& spoor,
                    const store::Verwerkingsspoor& verwerking, store::Logpost& post) const {
  store::meldingen_invoegen(tx, spoor.meldingen);
  log(tx, ctx, actie, spoor, "gelukt", verwerking, post);
}

void Dienst::weigering_loggen(const Context& ctx, std::string_view actie, const Auditspoor& spoor,
                              const store::Verwerkingsspoor& verwerking) const {
  store::logregels_schrijven(db(), logregels(ctx, actie, spoor, "geweigerd", verwerking));
}

}  // namespace regie::service
