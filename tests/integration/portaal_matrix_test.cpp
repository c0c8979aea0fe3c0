// The authorization matrix of the household's portal (issue "the household as users"), on SQLite and
// PostgreSQL: every portal route for every kind of household user — an adult member (the parent of the
// member of 14, who looks on with him), a member of 17, network members with each single right, a member a
// safety-plan part shields from (invited only with a written decision), a member of a household under
// restricted sharing and a member of another household — against the rights table of DOMAIN.md §12. Every
// answer conforms to the OpenAPI document and carries nothing of another household, of the safety plan's
// shielded part or of a professional's note. Every professional route is closed to a household user's
// cookie; that professionals reach no portal route is the main matrix's.

#include <gtest/gtest.h>

#include <array>
#include <functional>
#include <map>

#include "api/openapi.hpp"
#include "support/api_klant.hpp"
#include "support/demo_server.hpp"
#include "support/openapi_paden.hpp"
#include "support/portaal_klant.hpp"
#include "support/process.hpp"
#include "support/schema_controle.hpp"
#include "support/test_database.hpp"

namespace regie::testing {
namespace {

namespace json = boost::json;

enum class Lid {
  volwassene,        // adult member of household A, owns an action of the plan
  zeventien,         // member of 17 of A, own account
  veertien,          // member of 14 of A, with the adult as parent
  netwerk_lezen,     // network member of A: may read the plan
  netwerk_acties,    // network member of A: may only tick off own actions
  netwerk_reageren,  // network member of A: may read the plan and react
  afgeschermd,       // adult member of household R, under restricted sharing
  ander,             // adult member of household B, which has no plan
  genoemd,           // adult member of A whom a shielded part of the safety plan shields from
};
constexpr std::array kLeden{Lid::volwassene,    Lid::zeventien,      Lid::veertien,
                            Lid::netwerk_lezen, Lid::netwerk_acties, Lid::netwerk_reageren,
                            Lid::afgeschermd,   Lid::ander,          Lid::genoemd};
const char* naam(Lid l) {
  constexpr std::array<const char*, kLeden.size()> namen{
      "volwassene",       "zeventien",   "veertien", "netwerk_lezen", "netwerk_acties",
      "netwerk_reageren", "afgeschermd", "ander",    "genoemd"};
  return namen.at(static_cast<std::size_t>(l));
}

// The kind of answer: ok (2xx), invalid (400), forbidden (403), unknown (404).
enum class U { O, B, F, N };
U uitkomst(int status) {
  if (status >= 200 && status < 300) return U::O;
  if (status == 400) return U::B;
  if (status == 403) return U::F;
  if (status == 404) return U::N;
  return static_cast<U>(-1);
}
std::string tekst(U u) {
  switch (u) {
    case U::O:
      return "ok";
    case U::B:
      return "ongeldig";
    case U::F:
      return "geweigerd";
    case U::N:
      return "onbekend";
  }
  return "anders";
}

struct Wereld {
  std::string a, r, b;  // the households
  std::string volwassene, oma;
  std::string actie;  // the adult member's action in A's plan
  int versie = 0;     // of A's plan
  std::map<Lid, ApiKlant> klanten;
  std::vector<std::string> van_a, van_b, van_r;  // names only their own household's users may see
};

constexpr const char* kGeheim = "Schuiladres Kastanjelaan 3";
constexpr const char* kNotitie = "Notitie alleen voor hulpverleners";

json::object lid_body(const char* voornaam, const char* achternaam, const char* geboren,
                      const char* relatie) {
  return {
      {"voornaam", voornaam}, {"achternaam", achternaam}, {"geboortedatum", geboren}, {"relatie", relatie}};
}

std::string id(const json::value& v) { return json::value_to<std::string>(v.at("id")); }

json::value ok(const HttpResponse& r, int status) {
  if (r.status != status) throw std::runtime_error(std::to_string(r.status) + ": " + r.body);
  return json_van(r);
}

std::string huishouden(ApiKlant& k, const char* naam) {
  return id(ok(
      k.post(
          "/api/v1/huishoudens",
          json::object{{"naam", naam},
                       {"inzet", json::object{{"criteria", json::array{"zorgen_meerdere_leefgebieden"}}}}}),
      201));
}

Wereld bouw(ApiKlant& fatima) {
  Wereld w;
  const auto pad = [](const std::string& h, const std::string& rest) {
    return "/api/v1/huishoudens/" + h + rest;
  };
  w.a = huishouden(fatima, "Gezin Amstelveld");
  w.volwassene = id(
      ok(fatima.post(pad(w.a, "/gezinsleden"), lid_body("Anouk", "Amstelveld", "1985-04-02", "ouder")), 201));
  const auto zeventien = id(
      ok(fatima.post(pad(w.a, "/gezinsleden"), lid_body("Bram", "Amstelveld", "2009-03-01", "kind")), 201));
  const auto veertien =
      id(ok(fatima.post(pad(w.a, "/gezinsleden"), lid_body("Cas", "Amstelveld", "2012-05-01", "kind")), 201));
  const auto genoemd = id(ok(
      fatima.post(pad(w.a, "/gezinsleden"), lid_body("Erik", "Amstelveld", "1980-08-08", "partner")), 201));
  const auto netwerklid = [&](const char* naam) {
    return id(
        ok(fatima.post(pad(w.a, "/netwerk"), json::object{{"naam", naam}, {"relatie", "familie"}}), 201));
  };
  w.oma = netwerklid("Oma Gerda");
  const auto oom = netwerklid("Oom Henk");
  const auto tante = netwerklid("Tante Iris");
  const json::object plan{
      {"leefgebieden", json::array{json::object{{"leefgebied", "wonen"}, {"zorgen", "De huur is achter."}}}},
      {"doelen", json::array{json::object{
                     {"omschrijving", "De huur wordt op tijd betaald"},
                     {"leefgebied", "wonen"},
                     {"streefdatum", "2099-06-30"},
                     {"acties", json::array{json::object{
                                    {"omschrijving", "Elke maand de huur overmaken"},
                                    {"eigenaar", json::object{{"soort", "gezinslid"}, {"id", w.volwassene}}},
                                    {"uiterlijk", "2099-01-31"}}}}}}},
      {"eigenWoorden", "We willen rust."},
      {"evaluatiedatum", "2099-03-31"}};
  const auto opgeslagen = ok(fatima.put(pad(w.a, "/ondersteuningsplan"), plan), 200);
  w.versie = static_cast<int>(opgeslagen.at("versie").as_int64());
  w.actie = id(opgeslagen.at("doelen").at(0).at("acties").at(0));
  ok(fatima.put(pad(w.a, "/veiligheidsplan"),
                json::object{{"veiligheidsdoel", "Iedereen is thuis veilig."},
                             {"evaluatiedatum", "2099-03-31"},
                             {"afgeschermd",
                              json::array{json::object{
                                  {"titel", "Adres"},
                                  {"inhoud", kGeheim},
                                  {"tegen", json::array{json::value(genoemd)}},
                                  {"zichtbaarVoor", json::array{id(ok(fatima.get("/api/v1/mij"), 200))}}}}}}),
     200);
  ok(fatima.post(pad(w.a, "/notities"), json::object{{"tekst", kNotitie}}), 201);

  w.b = huishouden(fatima, "Gezin Bergweg");
  const auto ander =
      id(ok(fatima.post(pad(w.b, "/gezinsleden"), lid_body("Daan", "Bergweg", "1979-11-11", "ouder")), 201));
  w.r = huishouden(fatima, "Gezin Rietland");
  const auto afgeschermd = id(
      ok(fatima.post(pad(w.r, "/gezinsleden"), lid_body("Femke", "Rietland", "1990-01-20", "ouder")), 201));
  ok(fatima.post(pad(w.r, "/taxaties"),
                 json::parse(R"({"draagkracht":"deels_uit_balans","zelfredzaamheid":"beperkt",
                   "basiszorgToereikend":false,"veiligheid":"signalen","ketenoverstijgendNodig":false,
                   "escalatie":"geen","signalen":[{"type":"stalking","acuut":false}]})")),
     201);
  w.van_a = {w.a, "Amstelveld", "Oma Gerda", "Oom Henk", "Tante Iris", "De huur wordt op tijd betaald"};
  w.van_b = {w.b, "Bergweg"};
  w.van_r = {w.r, "Rietland", "Femke"};

  const auto lid = [](const std::string& p) {
    return json::object{{"persoonSoort", "gezinslid"}, {"persoonId", p}};
  };
  const auto netwerk = [](const std::string& p, json::array rechten) {
    return json::object{{"persoonSoort", "netwerklid"},
                        {"persoonId", p},
                        {"rechten", std::move(rechten)},
                        {"toestemmingHuishouden", true}};
  };
  auto veertien_uitnodiging = lid(veertien);
  veertien_uitnodiging["ouderId"] = w.volwassene;
  auto afgeschermd_uitnodiging = lid(afgeschermd);
  afgeschermd_uitnodiging["besluit"] = "Femke is niet de dreiging; zij beschermt het gezin.";
  w.klanten.emplace(Lid::volwassene, portaal_klant(fatima, w.a, lid(w.volwassene)));
  w.klanten.emplace(Lid::zeventien, portaal_klant(fatima, w.a, lid(zeventien)));
  // A child of 14 gets access only together with a member recorded as holding parental authority over him.
  if (fatima.post(pad(w.a, "/uitnodigingen"), veertien_uitnodiging).status != 400)
    throw std::runtime_error("kind van 14 uitgenodigd zonder vastgelegd gezag");
  ok(fatima.put(pad(w.a, "/gezinsleden/" + veertien + "/gezag"),
                json::object{{"gezagsdragers", json::array{json::value(w.volwassene)}}}),
     200);
  w.klanten.emplace(Lid::veertien, portaal_klant(fatima, w.a, veertien_uitnodiging));
  w.klanten.emplace(Lid::netwerk_lezen, portaal_klant(fatima, w.a, netwerk(w.oma, {"plan_lezen"})));
  w.klanten.emplace(Lid::netwerk_acties, portaal_klant(fatima, w.a, netwerk(oom, {"eigen_acties"})));
  w.klanten.emplace(Lid::netwerk_reageren,
                    portaal_klant(fatima, w.a, netwerk(tante, {"plan_lezen", "reageren"})));
  w.klanten.emplace(Lid::afgeschermd, portaal_klant(fatima, w.r, afgeschermd_uitnodiging));
  w.klanten.emplace(Lid::ander, portaal_klant(fatima, w.b, lid(ander)));
  // Without a written decision he is not invited at all; with one, he sees the plan but nothing of the part,
  // as everyone in the portal.
  auto genoemd_uitnodiging = lid(genoemd);
  if (fatima.post(pad(w.a, "/uitnodigingen"), genoemd_uitnodiging).status != 400)
    throw std::runtime_error("uitgenodigd zonder besluit, hoewel het veiligheidsplan tegen hem afschermt");
  genoemd_uitnodiging["besluit"] = "Erik is gehoord; hij leest alleen het plan.";
  w.klanten.emplace(Lid::genoemd, portaal_klant(fatima, w.a, genoemd_uitnodiging));
  return w;
}

struct Aanvraag {
  std::string pad;
  json::value body = nullptr;
};

struct Route {
  std::string method;
  std::string pattern;
  std::function<Aanvraag(const Wereld&, Lid)> bouw;
  std::array<U, kLeden.size()> verwacht;
};

constexpr auto O = U::O;
constexpr auto B = U::B;
constexpr auto F = U::F;
constexpr auto N = U::N;

std::function<Aanvraag(const Wereld&, Lid)> vast(std::string pad, json::value body = nullptr) {
  return [pad, body](const Wereld&, Lid) { return Aanvraag{pad, body}; };
}

// In the order of kLeden: volwassene, zeventien, veertien, netwerk_lezen, netwerk_acties, netwerk_reageren,
// afgeschermd, ander. Routes that end something come last.
std::vector<Route> routes() {
  const std::string onbekend = "aaaaaaaaaaaaaaaaaaaaaaaaaa";
  return {
      {"GET", "/api/v1/portaal/mij", vast("/api/v1/portaal/mij"), {O, O, O, O, O, O, O, O, O}},
      {"GET", "/api/v1/portaal/plan", vast("/api/v1/portaal/plan"), {O, O, O, O, F, O, O, O, O}},
      {"GET", "/api/v1/portaal/plan/pdf", vast("/api/v1/portaal/plan/pdf"), {O, O, O, O, F, O, N, N, O}},
      // Nobody here holds casusregie at level 1, so nobody keeps the plan himself.
      {"PUT",
       "/api/v1/portaal/plan",
       [](const Wereld& w, Lid) {
         return Aanvraag{"/api/v1/portaal/plan",
                         json::object{{"basisVersie", w.versie}, {"eigenWoorden", "Wij beslissen zelf."}}};
       },
       {F, F, F, F, F, F, F, F, F}},
      {"POST",
       "/api/v1/portaal/plan/_ondertekenen",
       [](const Wereld& w, Lid) {
         return Aanvraag{"/api/v1/portaal/plan/_ondertekenen", json::object{{"versie", w.versie}}};
       },
       {O, O, O, F, F, F, N, N, O}},
      {"POST",
       "/api/v1/portaal/acties/{actieId}/_afvinken",
       [](const Wereld& w, Lid) {
         return Aanvraag{"/api/v1/portaal/acties/" + w.actie + "/_afvinken",
                         json::object{{"gedaan", true}, {"statusVersie", 1}}};
       },
       {O, F, F, F, F, F, N, N, F}},
      {"GET", "/api/v1/portaal/inzage", vast("/api/v1/portaal/inzage"), {O, O, O, F, F, F, O, O, O}},
      {"POST",
       "/api/v1/portaal/reacties",
       vast("/api/v1/portaal/reacties", json::object{{"soort", "voorstel"}, {"tekst", "Liever om de week."}}),
       {O, O, O, F, F, O, B, B, O}},
      {"POST",
       "/api/v1/portaal/reacties",
       vast("/api/v1/portaal/reacties",
            json::object{{"soort", "correctie"}, {"tekst", "Mijn naam is anders."}}),
       {O, O, O, O, O, O, O, O, O}},
      {"GET", "/api/v1/portaal/reacties", vast("/api/v1/portaal/reacties"), {O, O, O, O, O, O, O, O, O}},
      {"GET", "/api/v1/portaal/sessies", vast("/api/v1/portaal/sessies"), {O, O, O, O, O, O, O, O, O}},
      {"POST",
       "/api/v1/portaal/sessies/{sessieId}/_beeindigen",
       vast("/api/v1/portaal/sessies/" + onbekend + "/_beeindigen", json::object{}),
       {N, N, N, N, N, N, N, N, N}},
      {"POST",
       "/api/v1/portaal/andere-sessies/_beeindigen",
       vast("/api/v1/portaal/andere-sessies/_beeindigen", json::object{}),
       {O, O, O, O, O, O, O, O, O}},
      {"GET", "/api/v1/portaal/netwerk", vast("/api/v1/portaal/netwerk"), {O, O, F, F, F, F, O, O, O}},
      // Household A's own users try an unknown person; the others try A's grandmother, who is not theirs.
      {"POST",
       "/api/v1/portaal/netwerk/{persoonId}/_intrekken",
       [onbekend](const Wereld& w, Lid l) {
         const bool van_a = l != Lid::afgeschermd && l != Lid::ander;
         return Aanvraag{"/api/v1/portaal/netwerk/" + (van_a ? onbekend : w.oma) + "/_intrekken",
                         json::object{}};
       },
       {N, N, F, F, F, F, N, N, N}},
      {"DELETE",
       "/api/v1/portaal/sessies/huidig",
       vast("/api/v1/portaal/sessies/huidig"),
       {O, O, O, O, O, O, O, O, O}},
  };
}

class PortaalMatrix : public ::testing::TestWithParam<store::Backend> {};

TEST_P(PortaalMatrix, EveryPortalRouteForEveryKindOfHouseholdUser) {
  const auto demo = demo_server(GetParam());
  if (!demo.server) GTEST_SKIP() << "geen PostgreSQL voor de test";
  auto& server = *demo.server;
  ApiKlant fatima{server.port()};
  ASSERT_EQ(fatima.inloggen("fatima").status, 201);
  Wereld w;
  try {
    w = bouw(fatima);
  } catch (const std::exception& e) {
    FAIL() << "de wereld van het portaal opbouwen mislukte: " << e.what();
  }
  const SchemaControle schema{json::parse(api::openapi_document()).as_object()};
  const auto document = json::parse(api::openapi_document()).as_object();
  // A household user's cookie opens no professional route: every route outside the portal that is not open
  // to all answers 401 to him, whatever its ids or body.
  int professioneel = 0;
  for (const auto& [beschreven, operaties] : document.at("paths").as_object()) {
    const auto pad = route_van_pad(document, beschreven);
    if (pad.starts_with("/api/v1/portaal/")) continue;
    for (const auto& [method, operatie] : operaties.as_object()) {
      if (!is_operatie(method)) continue;
      const auto* s = operatie.as_object().if_contains("security");
      if ((s && s->as_array().empty()) || alleen_metrics_token(s)) continue;  // open, or the scraper's
      std::string m{method}, concreet{pad};
      for (auto& c : m) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      for (auto open = concreet.find('{'); open != std::string::npos; open = concreet.find('{')) {
        const auto naam = concreet.substr(open, concreet.find('}', open) - open + 1);
        concreet.replace(open, naam.size(),
                         naam.find("ersie") != std::string::npos ? "1" : "aaaaaaaaaaaaaaaaaaaaaaaaaa");
      }
      const bool zonder_body = m == "GET" || m == "DELETE";
      const auto r =
          w.klanten.at(Lid::volwassene)
              .verzoek(m, concreet, zonder_body ? json::value(nullptr) : json::value(json::object{}));
      EXPECT_EQ(r.status, 401) << m << " " << pad << ": " << r.body;
      ++professioneel;
    }
  }
  EXPECT_GE(professioneel, 100);  // the loop did reach the professional routes
  std::set<std::string> gedekt;
  for (const auto& route : routes()) {
    gedekt.insert(route.method + " " + route.pattern);
    for (std::size_t i = 0; i < kLeden.size(); ++i) {
      const auto lid = kLeden[i];
      SCOPED_TRACE(route.method + " " + route.pattern + " als " + naam(lid));
      const auto a = route.bouw(w, lid);
      const auto r = w.klanten.at(lid).verzoek(route.method, a.pad, a.body);
      EXPECT_EQ(tekst(uitkomst(r.status)), tekst(route.verwacht[i])) << r.status << " " << r.body;
      for (const auto& fout : schema.controleer(route.method, route.pattern, r.status, r))
        ADD_FAILURE() << fout;
      EXPECT_EQ(r.body.find(kGeheim), std::string::npos) << r.body;
      EXPECT_EQ(r.body.find(kNotitie), std::string::npos) << r.body;
      const bool van_a = lid != Lid::afgeschermd && lid != Lid::ander;
      for (const auto* vreemd : {van_a ? nullptr : &w.van_a, lid == Lid::ander ? nullptr : &w.van_b,
                                 lid == Lid::afgeschermd ? nullptr : &w.van_r}) {
        if (!vreemd) continue;
        for (const auto& s : *vreemd)
          EXPECT_EQ(r.body.find(s), std::string::npos) << "bevat " << s << ": " << r.body;
      }
    }
  }
  // Every portal route of the API is in this matrix.
  for (const auto& [beschreven, operaties] : document.at("paths").as_object()) {
    const auto pad = route_van_pad(document, beschreven);
    if (!pad.starts_with("/api/v1/portaal/") || pad.starts_with("/api/v1/portaal/uitnodiging")) continue;
    for (const auto& [method, operatie] : operaties.as_object()) {
      if (!is_operatie(method)) continue;
      std::string m{method};
      for (auto& c : m) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (m == "POST" && pad == "/api/v1/portaal/sessies") continue;  // logging in: no session yet
      EXPECT_TRUE(gedekt.contains(m + " " + pad)) << m << " " << pad << " ontbreekt in de portaalmatrix";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, PortaalMatrix,
                         ::testing::Values(store::Backend::sqlite, store::Backend::postgres),
                         [](const auto& param_info) { return backend_name(param_info.param); });

}  // namespace
}  // namespace regie::testing
