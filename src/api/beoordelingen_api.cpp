// Competence profiles as checklists, and the assessments of a member of staff against them.

#include "api/json_in.hpp"
#include "api/json_uit.hpp"
#include "api/routes.hpp"
#include "domain/competentie.hpp"

namespace regie::api {
namespace {

using namespace regie::domain;

constexpr std::size_t kMaxGebieden = 64;

json::object beoordeling_json(const store::BeoordelingRecord& b) {
  json::array gebieden;
  for (const auto& g : b.gebieden) {
    gebieden.push_back(
        json::object{{"gebied", g.gebied}, {"oordeel", code(g.oordeel)}, {"notitie", g.notitie}});
  }
  return json::object{{"id", b.id},
                      {"rol", code(b.profiel.rol)},
                      {"profiel", code(b.profiel.profiel)},
                      {"datum", datum(b.datum)},
                      {"volledig", b.volledig},
                      {"positief", b.positief},
                      {"certificeringId", opt(b.certificering_id)},
                      {"beoordeeldDoor", b.beoordeeld_door},
                      {"vastgelegdOp", b.vastgelegd_op},
                      {"gebieden", std::move(gebieden)}};
}

json::array profielen_json() {
  json::array uit;
  for (const auto rol : {Rol::casus, Rol::proces}) {
    for (const auto profiel : {Profiel::A, Profiel::B, Profiel::B_plus}) {
      json::array gebieden;
      for (const auto& g : checklist_voor({rol, profiel}))
        gebieden.push_back(json::object{{"code", g.code}, {"tekst", g.tekst}});
      uit.push_back(
          json::object{{"rol", code(rol)}, {"profiel", code(profiel)}, {"gebieden", std::move(gebieden)}});
    }
  }
  return uit;
}

}  // namespace

void add_beoordeling_routes(Router& r, service::Diensten& d) {
  r.add("GET", "/api/v1/competentieprofielen", Toegang::sessie, [](Verzoek&) {
    return ok(json::object{{"items", profielen_json()}});
  });
  r.add("GET", "/api/v1/medewerkers/{medewerkerId}/beoordelingen", Toegang::sessie, [&d](Verzoek& v) {
    json::array items;
    for (const auto& b : d.beoordelingen.van(v.context(), v.param("medewerkerId")))
      items.push_back(beoordeling_json(b));
    return ok(json::object{{"items", std::move(items)}});
  });
  r.add("POST", "/api/v1/medewerkers/{medewerkerId}/beoordelingen", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto rol = l.code<Rol>("rol", true);
    const auto profiel = l.code<Profiel>("profiel", true);
    const auto op = l.datum("datum", true);
    service::BeoordelingInvoer in;
    l.lijst("gebieden", true, kMaxGebieden, [&](Lezer& g) {
      store::GebiedsoordeelRecord o;
      o.gebied = g.tekst("gebied", true).value_or("");
      const auto oordeel = g.code<Beoordeling>("oordeel", true);
      o.notitie = g.tekst_of_leeg("notitie");
      if (oordeel) o.oordeel = *oordeel;
      in.gebieden.push_back(std::move(o));
    });
    l.afronden("Beoordeling");
    in.profiel = {*rol, *profiel};
    in.datum = *op;
    const auto& medewerker = v.param("medewerkerId");
    const auto b = d.beoordelingen.vastleggen(v.context(), medewerker, std::move(in));
    return created(json::object{{"id", b.id},
                                {"volledig", b.volledig},
                                {"positief", b.positief},
                                {"certificeringId", opt(b.certificering_id)}},
                   "/api/v1/medewerkers/" + medewerker + "/beoordelingen");
  });
}

}  // namespace regie::api
