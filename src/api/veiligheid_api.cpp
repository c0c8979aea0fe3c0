// Safety: signals, the measures checklist and the meldcode.

#include "api/json_in.hpp"
#include "api/json_uit.hpp"
#include "api/routes.hpp"

namespace regie::api {
namespace {

using namespace regie::domain;

json::object maatregel_json(const store::MaatregelRecord& m) {
  return json::object{{"id", m.id},
                      {"code", code(m.code)},
                      {"tekst", std::string{tekst(m.code)}},
                      {"signalen", codes(m.signalen)},
                      {"status", code(m.status)},
                      {"reden", opt(m.reden)},
                      {"bijgewerktDoor", opt(m.bijgewerkt_door)},
                      {"bijgewerktOp", opt(m.bijgewerkt_op)},
                      {"versie", m.versie}};
}

json::value vraag(const std::optional<bool>& b) { return b ? json::value(*b) : json::value(nullptr); }

json::object traject_json(const store::MeldcodeTrajectRecord& t) {
  json::array stappen;
  for (const auto& s : t.stappen) {
    json::object o{{"stap", s.stap},
                   {"naam", std::string{stap_naam(s.stap)}},
                   {"datum", datum(s.datum)},
                   {"deelnemers", s.deelnemers},
                   {"uitkomst", s.uitkomst},
                   {"vastgelegdDoor", s.vastgelegd_door},
                   {"vastgelegdOp", s.vastgelegd_op}};
    if (s.afweging) {
      const auto& a = *s.afweging;
      o["afweging"] =
          json::object{{"vermoeden", vraag(a.vermoeden)},
                       {"acuteOfStructureleOnveiligheid", vraag(a.acute_of_structurele_onveiligheid)},
                       {"voldoendeHulpMogelijk", vraag(a.voldoende_hulp_mogelijk)},
                       {"hulpAanvaard", vraag(a.hulp_aanvaard)},
                       {"duurzameVeiligheid", vraag(a.duurzame_veiligheid)},
                       {"uitkomst", code(weeg(a))}};
    }
    if (s.besluit)
      o["besluit"] =
          json::object{{"melden", s.besluit->melden}, {"hulpOrganiseren", s.besluit->hulp_organiseren}};
    stappen.push_back(std::move(o));
  }
  return json::object{{"id", t.id},
                      {"gestartDoor", t.gestart_door},
                      {"gestartOp", t.gestart_op},
                      {"afgerondOp", opt(t.afgerond_op)},
                      {"volgendeStap", t.afgerond_op ? json::value(nullptr)
                                                     : json::value(static_cast<int>(t.stappen.size()) + 1)},
                      {"stappen", std::move(stappen)}};
}

std::string pad(const std::string& id, std::string_view rest) {
  return "/api/v1/huishoudens/" + id + std::string{rest};
}

}  // namespace

void add_veiligheid_routes(Router& r, service::Diensten& d) {
  r.add("GET", "/api/v1/huishoudens/{huishoudenId}/signalen", Toegang::sessie, [&d](Verzoek& v) {
    json::array items;
    for (const auto& s : d.veiligheid.signalen(v.context(), v.param("huishoudenId"))) {
      items.push_back(json::object{{"id", s.id},
                                   {"type", code(s.signaal.type)},
                                   {"acuut", s.signaal.acuut},
                                   {"glaslFase", opt(s.signaal.glasl_fase)},
                                   {"effectief", s.effectief},
                                   {"taxatieId", opt(s.taxatie_id)},
                                   {"toelichting", s.toelichting},
                                   {"vastgelegdDoor", s.vastgelegd_door},
                                   {"vastgelegdOp", s.vastgelegd_op}});
    }
    return ok(json::object{{"items", std::move(items)}});
  });
  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/signalen", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto type = l.code<SignaalType>("type", true);
    const bool acuut = l.boolean("acuut", false).value_or(false);
    const auto fase = l.r().integer("glaslFase", false, kGlaslFaseMin, kGlaslFaseMax);
    const auto toelichting = l.tekst_of_leeg("toelichting");
    l.afronden("Signaal");
    const std::optional<int> glasl = fase ? std::optional{static_cast<int>(*fase)} : std::nullopt;
    const auto& id = v.param("huishoudenId");
    const auto s = d.veiligheid.signaal_vastleggen(v.context(), id, {*type, acuut, glasl, {}}, toelichting);
    return created(json::object{{"id", s}}, pad(id, "/signalen"));
  });
  r.add("GET", "/api/v1/huishoudens/{huishoudenId}/maatregelen", Toegang::sessie, [&d](Verzoek& v) {
    json::array items;
    for (const auto& m : d.veiligheid.maatregelen(v.context(), v.param("huishoudenId")))
      items.push_back(maatregel_json(m));
    return ok(json::object{{"items", std::move(items)}});
  });
  r.add("PATCH", "/api/v1/huishoudens/{huishoudenId}/maatregelen/{maatregelId}", Toegang::sessie,
        [&d](Verzoek& v) {
          Lezer l{v.body()};
          const auto status = l.code<store::MaatregelStatus>("status", true);
          const auto reden = l.tekst("reden", false);
          const auto versie = l.versie();
          l.afronden("Maatregel");
          d.veiligheid.maatregel_bijwerken(v.context(), v.param("huishoudenId"), v.param("maatregelId"),
                                           *status, reden, *versie);
          return geen_inhoud();
        });
  r.add("GET", "/api/v1/huishoudens/{huishoudenId}/meldcode", Toegang::sessie, [&d](Verzoek& v) {
    json::array items;
    for (const auto& t : d.veiligheid.meldcode_trajecten(v.context(), v.param("huishoudenId")))
      items.push_back(traject_json(t));
    return ok(json::object{{"items", std::move(items)}});
  });
  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/meldcode", Toegang::sessie, [&d](Verzoek& v) {
    const auto& id = v.param("huishoudenId");
    const auto t = d.veiligheid.meldcode_starten(v.context(), id);
    return created(json::object{{"id", t}}, pad(id, "/meldcode"));
  });
  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/meldcode/{trajectId}/stappen", Toegang::sessie,
        [&d](Verzoek& v) {
          Lezer l{v.body()};
          service::MeldcodeStapInvoer in;
          in.stap = static_cast<int>(l.r().integer("stap", true, 1, kMeldcodeStappen).value_or(1));
          in.datum = l.datum("datum", true).value_or(Datum{});
          in.deelnemers = l.tekst_of_leeg("deelnemers");
          in.uitkomst = l.tekst_of_leeg("uitkomst");
          l.object("afweging", false, [&](Lezer& a) {
            in.afweging = Afwegingskader{
                a.boolean("vermoeden", false), a.boolean("acuteOfStructureleOnveiligheid", false),
                a.boolean("voldoendeHulpMogelijk", false), a.boolean("hulpAanvaard", false),
                a.boolean("duurzameVeiligheid", false)};
          });
          l.object("besluit", false, [&](Lezer& b) {
            in.besluit = MeldcodeBesluit{b.boolean("melden", true).value_or(false),
                                         b.boolean("hulpOrganiseren", true).value_or(false)};
          });
          l.afronden("Meldcodestap");
          d.veiligheid.meldcode_stap_vastleggen(v.context(), v.param("huishoudenId"), v.param("trajectId"),
                                                in);
          return created(json::object{{"stap", in.stap}}, pad(v.param("huishoudenId"), "/meldcode"));
        });
}

}  // namespace regie::api
