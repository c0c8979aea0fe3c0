#include "cli/demo/demo_portaal.hpp"

#include "service/huishoudens.hpp"
#include "service/mij.hpp"
#include "service/uitnodigingen.hpp"
#include "store/beheer_store.hpp"

namespace regie::cli::demo {

std::optional<DemoUitnodiging> portaal_uitnodiging(store::Database& db, domain::Tijdstip nu) {
  const service::Omgeving omgeving{db, [nu] { return nu; }};
  const auto fatima = db.read([](store::Tx& tx) { return store::gebruiker_met_naam(tx, "fatima"); });
  if (!fatima) return std::nullopt;
  const auto gemeente = db.read([&](store::Tx& tx) {
    return tx
        .query_one(
            "SELECT o.gemeente_id FROM medewerker m JOIN organisatie o ON o.id = m.organisatie_id "
            "WHERE m.id = $1",
            {fatima->medewerker_id})
        ->text(0);
  });
  const service::Context ctx{
      service::Actor{fatima->medewerker_id, gemeente, {domain::Gebruikersrol::regisseur}, false},
      "regievoering"};
  service::Mij mij{omgeving};
  service::Huishoudens huishoudens{omgeving};
  service::Uitnodigingen uitnodigingen{omgeving};
  service::CaseloadFilter filter;
  filter.pagina = {1, 100};
  for (const auto& rij : mij.caseload(ctx, filter).items) {
    if (rij.mijn_rol == "betrokken") continue;
    const auto dossier = huishoudens.lezen(ctx, rij.id);
    if (dossier.huishouden.afgeschermd || dossier.huishouden.fase == domain::Fase::afgesloten) continue;
    for (const auto& g : dossier.gezinsleden) {
      const auto leeftijd = domain::leeftijd(g.lid.geboorte, domain::datum_van(nu)).leeftijd;
      if (g.lid.relatie != domain::Relatie::ouder || !leeftijd || leeftijd->jaren() < 18) continue;
      service::UitnodigingInvoer invoer;
      invoer.persoon_id = g.lid.id;
      const auto uit = uitnodigingen.uitnodigen(ctx, rij.id, invoer);
      return DemoUitnodiging{uit.code, g.lid.voornaam, dossier.huishouden.naam};
    }
  }
  return std::nullopt;
}

}  // namespace regie::cli::demo
