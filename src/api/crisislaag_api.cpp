// The crisis layer of a level-5 household (DOMAIN.md §4.5): GRIP, the linking pin, communication and media.

#include "api/json_in.hpp"
#include "api/json_uit.hpp"
#include "api/routes.hpp"

namespace regie::api {
namespace {

using namespace regie::domain;

json::object versie_json(const store::CrisislaagRecord& r) {
  const auto& l = r.laag;
  return json::object{{"versie", r.versie},
                      {"gripFase", opt_code(l.grip_fase)},
                      {"gripVan", opt_datum(l.grip_van)},
                      {"gripTot", opt_datum(l.grip_tot)},
                      {"schakelId", opt(l.schakel_id)},
                      {"schakelNaam", l.schakel_id ? json::value(r.schakel_naam) : json::value(nullptr)},
                      {"communicatiecoordinator", l.communicatiecoordinator},
                      {"mediaAandacht", l.media_aandacht},
                      {"toelichting", l.toelichting},
                      {"vastgelegdDoorNaam", r.vastgelegd_door_naam},
                      {"vastgelegdOp", r.vastgelegd_op}};
}

json::object overzicht_json(const service::CrisislaagOverzicht& o) {
  json::array geschiedenis;
  for (const auto& r : o.geschiedenis) geschiedenis.push_back(versie_json(r));
  return json::object{{"geldt", o.geldt},
                      {"gripGeldt", o.grip_geldt},
                      {"huidig", o.huidig ? json::value(versie_json(*o.huidig)) : json::value(nullptr)},
                      {"geschiedenis", std::move(geschiedenis)}};
}

}  // namespace

void add_crisislaag_routes(Router& r, service::Diensten& d) {
  r.add("GET", "/api/v1/huishoudens/{huishoudenId}/crisislaag", Toegang::sessie, [&d](Verzoek& v) {
    return ok(overzicht_json(d.crisislagen.lezen(v.context(), v.param("huishoudenId"))));
  });
  r.add("PUT", "/api/v1/huishoudens/{huishoudenId}/crisislaag", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    Crisislaag laag;
    laag.grip_fase = l.code<GripFase>("gripFase", false);
    laag.grip_van = l.datum("gripVan", false);
    laag.grip_tot = l.datum("gripTot", false);
    laag.schakel_id = l.tekst("schakelId", false);
    laag.communicatiecoordinator = l.tekst_of_leeg("communicatiecoordinator");
    laag.media_aandacht = l.boolean("mediaAandacht", false).value_or(false);
    laag.toelichting = l.tekst_of_leeg("toelichting");
    const auto versie = l.r().integer("versie", true, 0, 1'000'000'000);
    l.afronden("Crisislaag");
    const auto nieuw = d.crisislagen.vastleggen(v.context(), v.param("huishoudenId"), laag,
                                                static_cast<int>(versie.value_or(0)));
    return ok(json::object{{"versie", nieuw}});
  });
}

}  // namespace regie::api
