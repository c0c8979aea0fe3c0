// Implementation plans: the overview, starting a plan from its template, reading it with its progress per
// section, adding an own action and updating an action.

#include "api/json_in.hpp"
#include "api/json_uit.hpp"
#include "api/routes.hpp"

namespace regie::api {
namespace {

using namespace regie::domain;

constexpr std::string_view kPlannen = "/api/v1/implementatieplannen";

json::array voortgang_json(const std::vector<SectieVoortgang>& voortgang) {
  json::array uit;
  for (const auto& v : voortgang) {
    uit.push_back(json::object{{"sectie", std::string(1, v.sectie)},
                               {"acties", v.acties},
                               {"vanToepassing", v.van_toepassing},
                               {"gereed", v.gereed},
                               {"bezig", v.bezig},
                               {"overTijd", v.over_tijd},
                               {"procent", opt(v.procent)}});
  }
  return uit;
}

json::object kop_json(const store::ImplementatieplanRecord& p) {
  return json::object{{"id", p.id},
                      {"eigenaar", p.organisatie_id ? "organisatie" : "gemeente"},
                      {"organisatieId", opt(p.organisatie_id)},
                      {"organisatie", opt(p.organisatie_naam)},
                      {"gestartOp", p.gestart_op}};
}

json::object plan_json(const service::ImplementatieplanLezing& l) {
  auto uit = kop_json(l.plan);
  const auto eigenaar = l.plan.organisatie_id ? PlanEigenaar::organisatie : PlanEigenaar::gemeente;
  json::array secties, acties;
  for (const auto& s : secties_van(eigenaar))
    secties.push_back(json::object{{"sectie", std::string(1, s.sectie)}, {"titel", s.titel}});
  for (const auto& a : l.acties) {
    acties.push_back(json::object{{"id", a.id},
                                  {"sectie", std::string(1, a.actie.sectie)},
                                  {"sjabloonCode", opt(a.actie.sjabloon_code)},
                                  {"omschrijving", a.actie.omschrijving},
                                  {"optioneel", a.actie.optioneel},
                                  {"verantwoordelijke", opt(a.actie.verantwoordelijke)},
                                  {"gepland", opt_datum(a.actie.gepland)},
                                  {"stand", code(a.actie.stand)},
                                  {"reden", opt(a.actie.reden)},
                                  {"notities", a.notities},
                                  {"overTijd", is_over_tijd(a.actie, l.vandaag)},
                                  {"versie", a.versie}});
  }
  uit["magBewerken"] = l.mag_bewerken;
  json::array bevindingen;
  if (l.bevinding) {
    bevindingen.push_back(
        json::object{{"code", code(*l.bevinding)}, {"tekst", std::string{rol_eis(eigenaar).tekst}}});
  }
  uit["bevindingen"] = std::move(bevindingen);
  uit["secties"] = std::move(secties);
  uit["acties"] = std::move(acties);
  uit["voortgang"] = voortgang_json(l.voortgang);
  json::array momenten;
  for (const auto& m : l.momenten) {
    momenten.push_back(json::object{{"id", m.id},
                                    {"soort", code(m.soort)},
                                    {"datum", format_datum(m.datum)},
                                    {"deelnemers", m.deelnemers},
                                    {"bevindingen", m.bevindingen},
                                    {"besluiten", m.besluiten},
                                    {"vastgelegdOp", m.vastgelegd_op}});
  }
  uit["momenten"] = std::move(momenten);
  return uit;
}

// The fields an action's holder fills in; `versie` is read by the caller where it applies. A new action
// starts as niet_gestart unless it says otherwise; an update always names the state.
service::ImplementatieActieWijziging wijziging_uit(Lezer& l, bool stand_verplicht) {
  service::ImplementatieActieWijziging w;
  w.verantwoordelijke = l.tekst("verantwoordelijke", false);
  w.gepland = l.datum("gepland", false);
  w.stand = l.code<ActieStand>("stand", stand_verplicht).value_or(ActieStand::niet_gestart);
  w.reden = l.tekst("reden", false);
  w.notities = l.tekst_of_leeg("notities");
  return w;
}

}  // namespace

void add_implementatie_routes(Router& r, service::Diensten& d) {
  const std::string plannen{kPlannen};
  r.add("GET", plannen, Toegang::sessie, [&d](Verzoek& v) {
    json::array items;
    for (const auto& regel : d.implementatie.overzicht(v.context())) {
      auto o = kop_json(regel.plan);
      o["voortgang"] = voortgang_json(regel.voortgang);
      items.push_back(std::move(o));
    }
    return ok(json::object{{"items", std::move(items)}});
  });
  r.add("POST", plannen, Toegang::sessie, [&d, plannen](Verzoek& v) {
    Lezer l{v.body()};
    const auto organisatie = l.tekst("organisatieId", false);
    l.afronden("Implementatieplan");
    const auto id = d.implementatie.plan_starten(v.context(), organisatie);
    return created(json::object{{"id", id}}, plannen + "/" + id);
  });
  r.add("GET", plannen + "/{planId}", Toegang::sessie,
        [&d](Verzoek& v) { return ok(plan_json(d.implementatie.plan(v.context(), v.param("planId")))); });
  r.add("POST", plannen + "/{planId}/acties", Toegang::sessie, [&d, plannen](Verzoek& v) {
    Lezer l{v.body()};
    const auto sectie = l.tekst("sectie", true);
    ImplementatieActie a;
    a.omschrijving = l.tekst_of_leeg("omschrijving");
    const auto w = wijziging_uit(l, false);
    l.afronden("Actie");
    a.sectie = sectie && sectie->size() == 1 ? sectie->front() : '?';
    a.verantwoordelijke = w.verantwoordelijke;
    a.gepland = w.gepland;
    a.stand = w.stand;
    a.reden = w.reden;
    const auto& plan = v.param("planId");
    const auto id = d.implementatie.actie_toevoegen(v.context(), plan, a, w.notities);
    return created(json::object{{"id", id}}, plannen + "/" + plan);
  });
  r.add("POST", plannen + "/{planId}/momenten", Toegang::sessie, [&d, plannen](Verzoek& v) {
    Lezer l{v.body()};
    store::ImplementatieMomentRecord m;
    const auto soort = l.code<MomentSoort>("soort", true);
    const auto datum = l.datum("datum", true);
    m.deelnemers = l.tekst_of_leeg("deelnemers");
    m.bevindingen = l.tekst_of_leeg("bevindingen");
    m.besluiten = l.tekst_of_leeg("besluiten");
    l.afronden("Moment");
    m.soort = *soort;
    m.datum = *datum;
    const auto& plan = v.param("planId");
    return created(json::object{{"id", d.implementatie.moment_vastleggen(v.context(), plan, std::move(m))}},
                   plannen + "/" + plan);
  });
  r.add("PATCH", plannen + "/{planId}/acties/{actieId}", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto w = wijziging_uit(l, true);
    const auto versie = l.versie();
    l.afronden("Actie");
    d.implementatie.actie_bijwerken(v.context(), v.param("planId"), v.param("actieId"), w, *versie);
    return geen_inhoud();
  });
}

}  // namespace regie::api
