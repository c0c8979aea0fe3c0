// The frame of a household's help and the compulsory decisions about its members (DOMAIN.md §4.5).

#include "api/json_in.hpp"
#include "api/json_uit.hpp"
#include "api/routes.hpp"

namespace regie::api {
namespace {

using namespace regie::domain;

json::object kader_json(const service::KaderOverzicht& o) {
  json::array geschiedenis, besluiten;
  for (const auto& k : o.geschiedenis) {
    geschiedenis.push_back(json::object{{"id", k.id},
                                        {"kader", code(k.kader)},
                                        {"van", k.van},
                                        {"toelichting", k.toelichting},
                                        {"vastgelegdDoorNaam", k.vastgelegd_door_naam},
                                        {"vastgelegdOp", k.vastgelegd_op}});
  }
  for (const auto& b : o.dwangbesluiten) {
    json::array leden;
    for (const auto& l : b.gezinsleden) leden.emplace_back(l);
    besluiten.push_back(json::object{{"id", b.id},
                                     {"soort", code(b.soort)},
                                     {"besluitnemer", code(b.besluitnemer)},
                                     {"gezinsleden", std::move(leden)},
                                     {"datum", b.datum},
                                     {"einddatum", opt(b.einddatum)},
                                     {"toelichting", b.toelichting},
                                     {"vastgelegdDoorNaam", b.vastgelegd_door_naam},
                                     {"vastgelegdOp", b.vastgelegd_op},
                                     {"versie", b.versie}});
  }
  return json::object{{"kader", code(o.huidig)},
                      {"civieleKetenBetrekken", civiele_keten_betrekken(o.huidig)},
                      {"geschiedenis", std::move(geschiedenis)},
                      {"dwangbesluiten", std::move(besluiten)}};
}

std::string pad(const std::string& huishouden_id, std::string_view rest) {
  return "/api/v1/huishoudens/" + huishouden_id + std::string{rest};
}

}  // namespace

void add_kader_routes(Router& r, service::Diensten& d) {
  r.add("GET", "/api/v1/huishoudens/{huishoudenId}/kader", Toegang::sessie,
        [&d](Verzoek& v) { return ok(kader_json(d.kaders.lezen(v.context(), v.param("huishoudenId")))); });
  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/kader", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    service::KaderInvoer in;
    in.kader = l.code<Kader>("kader", true).value_or(Kader::vrijwillig);
    in.van = l.datum("van", false);
    in.toelichting = l.tekst_of_leeg("toelichting");
    l.afronden("Kader");
    const auto& id = v.param("huishoudenId");
    return created(json::object{{"id", d.kaders.kader_vastleggen(v.context(), id, in)}}, pad(id, "/kader"));
  });
  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/dwangbesluiten", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    service::DwangbesluitInvoer in;
    in.soort = l.code<DwangbesluitSoort>("soort", true).value_or(DwangbesluitSoort::anders);
    in.besluitnemer = l.code<Besluitnemer>("besluitnemer", true).value_or(Besluitnemer::anders);
    in.gezinsleden = l.teksten("gezinsleden", true, 20);
    in.datum = l.datum("datum", true).value_or(Datum{});
    in.einddatum = l.datum("einddatum", false);
    in.toelichting = l.tekst_of_leeg("toelichting");
    l.afronden("Dwangbesluit");
    const auto& id = v.param("huishoudenId");
    return created(json::object{{"id", d.kaders.dwangbesluit_vastleggen(v.context(), id, in)}},
                   pad(id, "/kader"));
  });
  r.add("PATCH", "/api/v1/huishoudens/{huishoudenId}/dwangbesluiten/{dwangbesluitId}", Toegang::sessie,
        [&d](Verzoek& v) {
          Lezer l{v.body()};
          const auto einddatum = l.datum("einddatum", true);
          const auto versie = l.versie();
          l.afronden("Dwangbesluit");
          d.kaders.dwangbesluit_beeindigen(v.context(), v.param("huishoudenId"), v.param("dwangbesluitId"),
                                           *einddatum, *versie);
          return geen_inhoud();
        });
}

}  // namespace regie::api
