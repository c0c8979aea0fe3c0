// The household portal over HTTP (issue "the household as users"): the regisseur invites a member of the
// demo, the member sets up his second factor — codes computed by Debian's oathtool — and logs in; the
// portal's cookie opens portal routes only, a professional's cookie none of them; the household's access log
// shows what the member did.

#include <gtest/gtest.h>

#include <cstdio>

#include "support/api_klant.hpp"
#include "support/oathtool.hpp"
#include "support/process.hpp"

namespace regie::testing {
namespace {

namespace json = boost::json;

std::string tekst(const json::value& v, std::string_view veld) {
  return json::value_to<std::string>(v.at(veld));
}

TEST(Portaal, AnInvitedMemberSetsUpHisSecondFactorAndLogsInApartFromTheProfessionals) {
  ServerProcess server{ServerOpties{true, std::nullopt, {}, {}}};
  ApiKlant fatima{server.port()};
  ASSERT_EQ(fatima.inloggen("fatima").status, 201);
  // One of Fatima's households where she holds regie, and an adult member of it.
  std::string huishouden, lid;
  const auto caseload = json_van(fatima.get("/api/v1/mij/huishoudens?paginaGrootte=100"));
  for (const auto& h : caseload.at("items").as_array()) {
    if (tekst(h, "mijnRol") == "betrokken") continue;
    const auto dossier = json_van(fatima.get("/api/v1/huishoudens/" + tekst(h, "id")));
    if (!dossier.at("mag").at("regie").as_bool()) continue;
    for (const auto& g : dossier.at("gezinsleden").as_array()) {
      if (tekst(g, "relatie") == "ouder" && g.at("leeftijd").at("jaren").as_int64() >= 18) {
        huishouden = tekst(h, "id");
        lid = tekst(g, "id");
      }
    }
    if (!lid.empty()) break;
  }
  ASSERT_FALSE(lid.empty());
  const auto pad = "/api/v1/huishoudens/" + huishouden + "/uitnodigingen";
  auto r = fatima.post(pad, json::object{{"persoonSoort", "gezinslid"},
                                         {"persoonId", lid},
                                         {"besluit", "De ouder is niet degene tegen wie we beschermen."}});
  ASSERT_EQ(r.status, 201) << r.body;
  const auto code = tekst(json_van(r), "code");

  ApiKlant portaal{server.port()};
  r = portaal.post("/api/v1/portaal/uitnodiging/_inrichten", json::object{{"code", code}});
  ASSERT_EQ(r.status, 200) << r.body;
  const auto geheim = tekst(json_van(r), "totpGeheim");
  const auto eerste = oathtool_code(geheim);
  ASSERT_EQ(eerste.size(), 6u);
  r = portaal.post("/api/v1/portaal/uitnodiging/_accepteren",
                   json::object{{"code", code},
                                {"gebruikersnaam", "ouder-demo"},
                                {"wachtwoord", "een-lang-wachtwoord"},
                                {"totpCode", eerste}});
  ASSERT_EQ(r.status, 201) << r.body;
  const auto herstelcodes = json_van(r).at("herstelcodes").as_array();
  ASSERT_EQ(herstelcodes.size(), 10u);

  // The code that set up the account is spent; a recovery code works once.
  EXPECT_EQ(portaal.portaal_inloggen("ouder-demo", "een-lang-wachtwoord", eerste).status, 401);
  const auto herstel = json::value_to<std::string>(herstelcodes[0]);
  r = portaal.portaal_inloggen("ouder-demo", "een-lang-wachtwoord", herstel);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(tekst(json_van(r), "zekerheid"), "wachtwoord+herstelcode");
  EXPECT_NE(portaal.cookie().find("regie_portaal="), std::string::npos);
  EXPECT_EQ(ApiKlant{server.port()}.portaal_inloggen("ouder-demo", "een-lang-wachtwoord", herstel).status,
            401);

  r = portaal.get("/api/v1/portaal/mij");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(tekst(json_van(r), "gebruikersnaam"), "ouder-demo");
  EXPECT_EQ(json_van(r).at("rechten").as_array().size(), 3u);
  r = portaal.get("/api/v1/portaal/plan");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto plan = json_van(r);
  if (plan.at("vrijgegeven").as_bool()) {
    EXPECT_FALSE(plan.at("regisseurs").as_array().empty()) << r.body;
  } else {
    EXPECT_TRUE(plan.at("doelen").as_array().empty()) << r.body;
  }
  // Each cookie opens its own side only.
  EXPECT_EQ(portaal.get("/api/v1/mij").status, 401);
  EXPECT_EQ(portaal.get(pad).status, 401);
  EXPECT_EQ(fatima.get("/api/v1/portaal/mij").status, 401);

  // What the member did is in his household's access log, as a member.
  const auto log =
      json_van(fatima.get("/api/v1/huishoudens/" + huishouden + "/toegangslog?paginaGrootte=100"));
  int eigen = 0;
  for (const auto& regel : log.at("items").as_array())
    if (tekst(regel, "rol") == "gezinslid") ++eigen;
  EXPECT_GE(eigen, 3);  // set up, accepted, logged in (and read who he is)
  const auto overzicht = json_van(fatima.get(pad));
  EXPECT_EQ(tekst(overzicht.at("items").at(0), "status"), "gebruikt");
  EXPECT_EQ(overzicht.at("accounts").as_array().size(), 1u);

  // He asks for a correction of his data (possible under restricted sharing too); the regisseur sees it on
  // the household with who wrote it, answers it once, and the member reads the answer.
  r = portaal.post("/api/v1/portaal/reacties",
                   json::object{{"soort", "correctie"}, {"tekst", "Mijn tweede voornaam ontbreekt."}});
  ASSERT_EQ(r.status, 201) << r.body;
  const auto reactie = tekst(json_van(r), "id");
  r = portaal.post("/api/v1/portaal/reacties", json::object{{"soort", "opmerking"}, {"tekst", "Te snel."}});
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("doelId"), std::string::npos) << r.body;
  const auto open = json_van(fatima.get("/api/v1/huishoudens/" + huishouden + "/reacties?alleenOpen=true"));
  ASSERT_EQ(open.at("totaal").as_int64(), 1) << open;
  EXPECT_EQ(tekst(open.at("items").at(0), "soort"), "correctie");
  EXPECT_NE(tekst(open.at("items").at(0), "van"), "");
  const auto beantwoorden = "/api/v1/huishoudens/" + huishouden + "/reacties/" + reactie + "/_beantwoorden";
  r = fatima.post(beantwoorden, json::object{{"uitkomst", "overgenomen"}, {"antwoord", "Ja."}});
  EXPECT_EQ(r.status, 400) << r.body;
  r = fatima.post(beantwoorden, json::object{{"uitkomst", "gecorrigeerd"}, {"antwoord", "Aangevuld."}});
  EXPECT_EQ(r.status, 204) << r.body;
  EXPECT_EQ(
      fatima.post(beantwoorden, json::object{{"uitkomst", "gecorrigeerd"}, {"antwoord", "Nog eens."}}).status,
      409);
  const auto mijn = json_van(portaal.get("/api/v1/portaal/reacties"));
  EXPECT_EQ(tekst(mijn.at("items").at(0), "uitkomst"), "gecorrigeerd");
  EXPECT_EQ(tekst(mijn.at("items").at(0), "antwoord"), "Aangevuld.");
  EXPECT_EQ(portaal.get("/api/v1/huishoudens/" + huishouden + "/reacties").status, 401);

  // Logging out needs the portal's CSRF token.
  const auto csrf = portaal.csrf();
  portaal.zonder_csrf();
  EXPECT_EQ(portaal.del("/api/v1/portaal/sessies/huidig").status, 403);
  portaal.met_csrf(csrf);
  EXPECT_EQ(portaal.del("/api/v1/portaal/sessies/huidig").status, 204);
  EXPECT_EQ(portaal.get("/api/v1/portaal/mij").status, 401);
}

}  // namespace
}  // namespace regie::testing
