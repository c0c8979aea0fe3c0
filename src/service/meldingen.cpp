#include "service/meldingen.hpp"

#include <algorithm>
#include <iterator>

#include "service/toegang.hpp"
#include "store/beheer_store.hpp"
#include "store/ids.hpp"

namespace regie::service {
namespace {

// Who reviews his emergency access (the rule of Noodtoegangen::beoordelen): his own manager; without one
// the managers of his organisation, and when it has none its aandachtsfunctionarissen.
std::vector<std::string> beoordelaars_van(store::Tx& tx, const Context& ctx,
                                          const std::string& medewerker_id) {
  const auto m = store::medewerker(tx, medewerker_id);
  if (!m) return {};
  if (m->manager_id) return {*m->manager_id};
  std::vector<std::string> uit;
  for (const auto* rol : {"manager", "aandachtsfunctionaris"}) {
    for (const auto& b : store::medewerkers(tx, {ctx.actor.gemeente_id, m->organisatie_id, rol, 100, 0}))
      uit.push_back(b.id);
    if (!uit.empty()) break;
  }
  return uit;
}

}  // namespace

void regisseurs_in_kring(store::Tx& tx, const std::string& huishouden_id, domain::MeldingKring& kring) {
  for (const auto& r : store::actieve_regisseurs(tx, huishouden_id)) {
    if (r.persoon_soort != domain::PersoonSoort::medewerker) continue;
    (r.rol == domain::Rol::proces ? kring.procesregisseurs : kring.casusregisseurs).push_back(r.persoon_id);
  }
}

std::vector<store::MeldingRecord> meldingen_over(store::Tx& tx, const Context& ctx,
                                                 domain::MeldingSoort soort, const std::string& huishouden_id,
                                                 const std::string& tijdstip,
                                                 const std::optional<std::string>& betreft) {
  domain::MeldingKring kring;
  kring.niet_aan = {ctx.actor.id};
  if (betreft) kring.niet_aan.push_back(*betreft);
  // A household user is not named: the notification says only which household it came from.
  const std::optional<std::string> over = betreft ? betreft
                                          : ctx.actor.systeem || ctx.actor.portaal
                                              ? std::nullopt
                                              : std::optional{ctx.actor.id};
  const auto nodig = domain::kring_nodig(soort);
  if (nodig.regisseurs) regisseurs_in_kring(tx, huishouden_id, kring);
  if (nodig.managers_van_veroorzaker && !ctx.actor.systeem)
    kring.managers_van_veroorzaker = beoordelaars_van(tx, ctx, ctx.actor.id);
  if (nodig.managers_van_betrokkenen) {
    for (const auto& b : store::actieve_betrokkenheden(tx, huishouden_id)) {
      if (const auto m = store::medewerker(tx, b.medewerker_id); m && m->manager_id)
        kring.managers_van_betrokkenen.push_back(*m->manager_id);
    }
  }
  std::vector<store::MeldingRecord> uit;
  for (const auto& ontvanger : domain::ontvangers(soort, kring)) {
    uit.push_back(
        {store::nieuwe_id(), ctx.actor.gemeente_id, ontvanger, soort, huishouden_id, over, tijdstip});
  }
  return uit;
}

MeldingPagina Meldingen::lijst(const Context& ctx, bool alleen_ongelezen, Pagina pagina) {
  InvoerControle controle;
  controleer(pagina, controle);
  controle.afronden("Meldingen");
  return lezend_uitvoeren(ctx, "meldingen.lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    store::MeldingVraag v{ctx.actor.id, ctx.actor.gemeente_id, alleen_ongelezen, pagina.grootte,
                          pagina.offset()};
    MeldingPagina uit;
    uit.totaal = store::meldingen_totaal(tx, v);
    v.alleen_ongelezen = true;
    uit.ongelezen = store::meldingen_totaal(tx, v);
    v.alleen_ongelezen = alleen_ongelezen;
    for (auto& m : store::meldingen(tx, v)) {
      std::string huishouden;
      std::string doel;
      if (m.huishouden_id) {
        spoor.getoond.push_back({*m.huishouden_id, {}});
        if (mag(Handeling::lezen, banden(tx, ctx, *m.huishouden_id, nu_tekst())))
          huishouden = m.huishouden_naam;
        doel = domain::melding_doel(m.soort, *m.huishouden_id);
      }
      m.huishouden_naam = huishouden;
      auto tekst = domain::melding_tekst(m.soort, m.door_naam, huishouden);
      uit.items.push_back({std::move(m), std::move(tekst), std::move(doel)});
    }
    spoor.lijst_doel = "meldingen";
    return uit;
  });
}

std::int64_t Meldingen::ongelezen(const Context& ctx) {
  return lezend_uitvoeren(ctx, "meldingen.tellen", [&](store::Tx& tx, Auditspoor&) {
    return store::meldingen_totaal(tx, {ctx.actor.id, ctx.actor.gemeente_id, true, 0, 0});
  });
}

void Meldingen::gelezen(const Context& ctx, const std::string& id) {
  uitvoeren(ctx, "melding.gelezen", [&](store::Tx& tx, Auditspoor&) {
    if (!store::melding_gelezen(tx, id, ctx.actor.id, ctx.actor.gemeente_id, nu_tekst()))
      throw NotFound("Deze melding bestaat niet.");
  });
}

void Meldingen::alles_gelezen(const Context& ctx) {
  uitvoeren(ctx, "meldingen.alles_gelezen", [&](store::Tx& tx, Auditspoor&) {
    store::alle_meldingen_gelezen(tx, ctx.actor.id, ctx.actor.gemeente_id, nu_tekst());
  });
}

store::MailInstelling Meldingen::instellingen(const Context& ctx) {
  return lezend_uitvoeren(ctx, "meldingen.instellingen_lezen", [&](store::Tx& tx, Auditspoor&) {
    return store::mail_instelling(tx, ctx.actor.id);
  });
}

store::MailInstelling Meldingen::mail_instellen(const Context& ctx, bool aan) {
  return uitvoeren(ctx, "meldingen.mail_instellen", [&](store::Tx& tx, Auditspoor&) {
    store::mail_instellen(tx, ctx.actor.id, aan);
    return store::mail_instelling(tx, ctx.actor.id);
  });
}

}  // namespace regie::service
