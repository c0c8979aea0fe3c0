#include "service/herinneringen.hpp"

#include "service/meldingen.hpp"
#include "store/herinnering_store.hpp"
#include "store/ids.hpp"
#include "store/monitoring_store.hpp"

namespace regie::service {

int Herinneringen::versturen(const Context& ctx) {
  return uitvoeren(ctx, "herinneringen.versturen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto vandaag_ = vandaag();
    const auto dag = domain::format_datum(vandaag_);
    const auto tijdstip = nu_tekst();
    spoor.lijst_doel = "herinnering";
    const auto melding = [&](domain::MeldingSoort soort, const std::string& huishouden_id,
                             const domain::MeldingKring& kring, const std::string& sleutel) {
      for (const auto& ontvanger : domain::ontvangers(soort, kring)) {
        spoor.meldingen.push_back({store::nieuwe_id(),
                                   ctx.actor.gemeente_id,
                                   ontvanger,
                                   soort,
                                   huishouden_id,
                                   std::nullopt,
                                   tijdstip,
                                   std::nullopt,
                                   {},
                                   {},
                                   sleutel});
      }
      spoor.getoond.push_back({huishouden_id, {}});
    };
    for (const auto& actie : store::acties_over_tijd(tx, ctx.actor.gemeente_id, dag)) {
      domain::MeldingKring kring;
      kring.eigenaren = {actie.eigenaar_id};
      melding(domain::MeldingSoort::actie_over_tijd, actie.huishouden_id, kring, store::actie_sleutel(actie));
    }
    const auto tot = domain::format_datum(domain::plus_dagen(vandaag_, domain::kEvaluatieVooraf));
    for (const auto& evaluatie : store::naderende_evaluaties(tx, ctx.actor.gemeente_id, dag, tot)) {
      domain::MeldingKring kring;
      regisseurs_in_kring(tx, evaluatie.huishouden_id, kring);
      melding(domain::MeldingSoort::evaluatie_nadert, evaluatie.huishouden_id, kring,
              store::evaluatie_sleutel(evaluatie));
    }
    return static_cast<int>(spoor.meldingen.size());
  });
}

int Herinneringen::alles_versturen() {
  const auto gemeenten = db().read([](store::Tx& tx) { return store::gemeente_ids(tx); });
  int verstuurd = 0;
  for (const auto& g : gemeenten) verstuurd += versturen(systeem_context(g, "herinnering"));
  return verstuurd;
}

}  // namespace regie::service
