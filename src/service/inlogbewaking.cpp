#include "service/inlogbewaking.hpp"

#include "service/inlogdrempel.hpp"
#include "service/sessies.hpp"
#include "store/beheer_store.hpp"
#include "store/inlog_mislukt_store.hpp"
#include "store/sessie_store.hpp"

namespace regie::service {
namespace {

std::vector<MisluktRegel> regels(store::Tx& tx, const std::vector<store::MisluktTelling>& tellingen,
                                 const Drempel& drempel, domain::Tijdstip nu) {
  std::vector<MisluktRegel> uit;
  for (const auto& t : tellingen) {
    MisluktRegel r{t.sleutel, t.aantal_dag, t.aantal_week, t.laatste_op, std::nullopt};
    if (const auto p = store::inlogpoging(tx, drempel_sleutel(drempel, t.sleutel).sleutel);
        p && domain::opgeslagen_tijdstip(p->volgende_poging_op) > nu)
      r.geblokkeerd_tot = p->volgende_poging_op;
    uit.push_back(std::move(r));
  }
  return uit;
}

}  // namespace

MisluktOverzicht Inlogbewaking::overzicht(const Context& ctx) {
  return lezend_uitvoeren(ctx, "beheer.inlogpogingen_lezen", [&](store::Tx& tx, Auditspoor&) {
    const auto dag = domain::format_tijdstip(nu() - std::chrono::days{1});
    const auto week = domain::format_tijdstip(nu() - std::chrono::days{7});
    const auto& g = ctx.actor.gemeente_id;
    return MisluktOverzicht{
        regels(tx, store::mislukt_per_account(tx, g, dag, week, kMaxMisluktRegels), kAccountDrempel, nu()),
        regels(tx, store::mislukt_per_adres(tx, g, dag, week, kMaxMisluktRegels), kAdresDrempel, nu())};
  });
}

void Inlogbewaking::blokkade_opheffen(const Context& ctx, BlokkadeSoort soort, const std::string& waarde) {
  uitvoeren(ctx, "beheer.blokkade_opheffen", [&](store::Tx& tx, Auditspoor&) {
    const auto week = domain::format_tijdstip(nu() - std::chrono::days{7});
    bool van_hem = false;
    if (soort == BlokkadeSoort::account) {
      const auto gebruiker = store::gebruiker_met_naam(tx, waarde);
      const auto actor = gebruiker ? store::account_actor(tx, gebruiker->id) : std::nullopt;
      van_hem = actor && actor->gemeente_id == ctx.actor.gemeente_id;
    } else {
      van_hem = store::adres_bij_gemeente(tx, ctx.actor.gemeente_id, waarde, week);
    }
    if (!van_hem) {
      throw BadRequest("De blokkade kan zo niet worden opgeheven.",
                       {{"waarde", soort == BlokkadeSoort::account
                                       ? "Kies een account van uw gemeente."
                                       : "Kies een adres waarvandaan op een account van uw gemeente is "
                                         "geprobeerd in te loggen."}});
    }
    store::inlogpoging_wissen(
        tx,
        drempel_sleutel(soort == BlokkadeSoort::account ? kAccountDrempel : kAdresDrempel, waarde).sleutel);
  });
}

}  // namespace regie::service
