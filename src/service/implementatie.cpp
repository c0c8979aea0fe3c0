#include "service/implementatie.hpp"

#include "service/huishoudens.hpp"
#include "service/invoer.hpp"
#include "service/toegang.hpp"
#include "store/beheer_store.hpp"
#include "store/ids.hpp"

namespace regie::service {
namespace {

using domain::Gebruikersrol;

// What the actor may do with implementation plans; looked up once per use case.
struct Rechten {
  bool agendahouder = false;
  std::optional<std::string> aandachtsfunctionaris_van;  // the organisation whose plan he keeps

  bool mag_bewerken(const store::ImplementatieplanRecord& p) const {
    return p.organisatie_id ? aandachtsfunctionaris_van == p.organisatie_id : agendahouder;
  }
  bool mag_lezen(const store::ImplementatieplanRecord& p) const { return agendahouder || mag_bewerken(p); }
};

Rechten rechten_van(store::Tx& tx, const Context& ctx) {
  Rechten r;
  r.agendahouder = ctx.actor.heeft(Gebruikersrol::agendahouder);
  if (ctx.actor.heeft(Gebruikersrol::aandachtsfunctionaris))
    r.aandachtsfunctionaris_van = eigen_organisatie(tx, ctx);
  return r;
}

domain::PlanEigenaar eigenaar_van(const store::ImplementatieplanRecord& p) {
  return p.organisatie_id ? domain::PlanEigenaar::organisatie : domain::PlanEigenaar::gemeente;
}

// Another gemeente's plan does not exist; within the gemeente, who may not see it is refused.
store::ImplementatieplanRecord laad_plan(store::Tx& tx, const Context& ctx, const Rechten& rechten,
                                         const std::string& id, bool bewerken) {
  auto p = store::implementatieplan(tx, id);
  if (!p || p->gemeente_id != ctx.actor.gemeente_id) throw NotFound("Dit implementatieplan bestaat niet.");
  if (bewerken ? !rechten.mag_bewerken(*p) : !rechten.mag_lezen(*p)) {
    throw Forbidden(bewerken
                        ? "Alleen de agendahouder (gemeente) of de aandachtsfunctionaris van de organisatie "
                          "werkt dit plan bij."
                        : "Dit implementatieplan is voor de agendahouder en de aandachtsfunctionaris van de "
                          "organisatie.");
  }
  return *p;
}

std::vector<domain::ImplementatieActie> alleen_acties(const std::vector<store::ImplementatieActieRecord>& r) {
  std::vector<domain::ImplementatieActie> uit;
  for (const auto& a : r) uit.push_back(a.actie);
  return uit;
}

void controleer(domain::PlanEigenaar eigenaar, const domain::ImplementatieActie& actie,
                const std::string& notities, std::string_view onderwerp) {
  InvoerControle controle;
  for (auto& [veld, reden] : domain::controleer_actie(eigenaar, actie)) controle.fout(veld, reden);
  controle.maximaal("omschrijving", actie.omschrijving, 1000);
  if (actie.verantwoordelijke)
    controle.maximaal("verantwoordelijke", *actie.verantwoordelijke, kMaxKorteTekst);
  if (actie.reden) controle.maximaal("reden", *actie.reden, 4000);
  controle.maximaal("notities", notities);
  controle.afronden(onderwerp);
}

}  // namespace

std::string Implementatie::plan_starten(const Context& ctx,
                                        const std::optional<std::string>& organisatie_id) {
  return uitvoeren(ctx, "implementatieplan.starten", [&](store::Tx& tx, Auditspoor&) {
    if (organisatie_id) {
      const auto o = store::organisatie(tx, *organisatie_id);
      if (!o || o->gemeente_id != ctx.actor.gemeente_id) {
        throw BadRequest("Deze organisatie is niet bekend.",
                         {{"organisatieId", "Kies een organisatie in deze gemeente."}});
      }
      if (rechten_van(tx, ctx).aandachtsfunctionaris_van != organisatie_id) {
        throw Forbidden("Het plan van een organisatie start haar eigen aandachtsfunctionaris.");
      }
    } else if (!rechten_van(tx, ctx).agendahouder) {
      throw Forbidden("Het plan van de gemeente start de agendahouder.");
    }
    if (store::implementatieplan_van(tx, ctx.actor.gemeente_id, organisatie_id)) {
      throw Conflict(organisatie_id ? "Deze organisatie heeft al een implementatieplan."
                                    : "De gemeente heeft al een implementatieplan.");
    }
    const store::ImplementatieplanRecord p{store::nieuwe_id(), ctx.actor.gemeente_id, organisatie_id,
                                           std::nullopt,       ctx.actor.id,          nu_tekst()};
    store::implementatieplan_invoegen(tx, p);
    int volgorde = 0;
    for (const auto& s : domain::sjabloon_van(eigenaar_van(p))) {
      store::ImplementatieActieRecord a;
      a.id = store::nieuwe_id();
      a.plan_id = p.id;
      a.actie.sectie = s.sectie;
      a.actie.sjabloon_code = std::string{s.code};
      a.actie.omschrijving = std::string{s.tekst};
      a.actie.optioneel = s.optioneel;
      a.volgorde = ++volgorde;
      a.bijgewerkt_door = ctx.actor.id;
      a.bijgewerkt_op = p.gestart_op;
      store::implementatie_actie_invoegen(tx, a);
    }
    return p.id;
  });
}

ImplementatieplanLezing Implementatie::plan(const Context& ctx, const std::string& plan_id) {
  return lezend_uitvoeren(ctx, "implementatieplan.lezen", [&](store::Tx& tx, Auditspoor&) {
    const auto rechten = rechten_van(tx, ctx);
    ImplementatieplanLezing l;
    l.plan = laad_plan(tx, ctx, rechten, plan_id, false);
    l.acties = store::implementatie_acties(tx, plan_id);
    l.momenten = store::implementatie_momenten(tx, plan_id);
    l.vandaag = vandaag();
    l.voortgang = domain::voortgang(eigenaar_van(l.plan), alleen_acties(l.acties), l.vandaag);
    l.mag_bewerken = rechten.mag_bewerken(l.plan);
    const auto eigenaar = eigenaar_van(l.plan);
    l.bevinding = domain::rolbevinding(
        eigenaar, store::actieve_rolhouders(tx, ctx.actor.gemeente_id, l.plan.organisatie_id,
                                            domain::rol_eis(eigenaar).rol));
    return l;
  });
}

std::vector<ImplementatieOverzichtRegel> Implementatie::overzicht(const Context& ctx) {
  return lezend_uitvoeren(ctx, "implementatieplannen.lezen", [&](store::Tx& tx, Auditspoor&) {
    const auto rechten = rechten_van(tx, ctx);
    std::vector<ImplementatieOverzichtRegel> uit;
    for (auto& p : store::implementatieplannen(tx, ctx.actor.gemeente_id)) {
      if (!rechten.mag_lezen(p)) continue;
      auto voortgang =
          domain::voortgang(eigenaar_van(p), alleen_acties(store::implementatie_acties(tx, p.id)), vandaag());
      uit.push_back({std::move(p), std::move(voortgang)});
    }
    return uit;
  });
}

std::string Implementatie::actie_toevoegen(const Context& ctx, const std::string& plan_id,
                                           domain::ImplementatieActie actie, const std::string& notities) {
  return uitvoeren(ctx, "implementatieactie.toevoegen", [&](store::Tx& tx, Auditspoor&) {
    const auto p = laad_plan(tx, ctx, rechten_van(tx, ctx), plan_id, true);
    actie.sjabloon_code.reset();  // an own action
    actie.optioneel = false;
    controleer(eigenaar_van(p), actie, notities, "Actie");
    store::ImplementatieActieRecord a;
    a.id = store::nieuwe_id();
    a.plan_id = plan_id;
    a.actie = std::move(actie);
    a.notities = notities;
    a.volgorde = store::implementatie_volgende_volgorde(tx, plan_id);
    a.bijgewerkt_door = ctx.actor.id;
    a.bijgewerkt_op = nu_tekst();
    store::implementatie_actie_invoegen(tx, a);
    return a.id;
  });
}

std::string Implementatie::moment_vastleggen(const Context& ctx, const std::string& plan_id,
                                             store::ImplementatieMomentRecord m) {
  InvoerControle controle;
  controle.verplicht("deelnemers", m.deelnemers, kMaxLangeTekst);
  controle.verplicht("bevindingen", m.bevindingen, kMaxLangeTekst);
  controle.maximaal("besluiten", m.besluiten);
  controle.niet_na_vandaag("datum", m.datum, vandaag(),
                           "Leg een moment vast dat al geweest is (vandaag of eerder).");
  controle.afronden("Moment");
  return uitvoeren(ctx, "implementatiemoment.vastleggen", [&](store::Tx& tx, Auditspoor&) {
    laad_plan(tx, ctx, rechten_van(tx, ctx), plan_id, true);
    m.id = store::nieuwe_id();
    m.plan_id = plan_id;
    m.vastgelegd_door = ctx.actor.id;
    m.vastgelegd_op = nu_tekst();
    store::implementatie_moment_invoegen(tx, m);
    return m.id;
  });
}

void Implementatie::actie_bijwerken(const Context& ctx, const std::string& plan_id,
                                    const std::string& actie_id, const ImplementatieActieWijziging& w,
                                    int versie) {
  uitvoeren(ctx, "implementatieactie.bijwerken", [&](store::Tx& tx, Auditspoor&) {
    const auto p = laad_plan(tx, ctx, rechten_van(tx, ctx), plan_id, true);
    auto a = store::implementatie_actie(tx, plan_id, actie_id);
    if (!a) throw NotFound("Deze actie staat niet in het plan.");
    a->actie.verantwoordelijke = w.verantwoordelijke;
    a->actie.gepland = w.gepland;
    a->actie.stand = w.stand;
    a->actie.reden = w.stand == domain::ActieStand::niet_van_toepassing ? w.reden : std::nullopt;
    a->notities = w.notities;
    controleer(eigenaar_van(p), a->actie, a->notities, "Actie");
    a->bijgewerkt_door = ctx.actor.id;
    a->bijgewerkt_op = nu_tekst();
    conflict_als(!store::implementatie_actie_bijwerken(tx, *a, versie));
  });
}

}  // namespace regie::service
