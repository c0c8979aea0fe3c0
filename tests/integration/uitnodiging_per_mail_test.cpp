// An invitation by e-mail over HTTP (issue "the household as users"), through a real mail server on loopback
// (tests/support/nep_smtp.hpp) with libcurl speaking SMTP: the mail carries the code, the regisseur gets the
// check code, and accepting needs both. Without a mail server the choice is refused, naming the field.

#include <gtest/gtest.h>

#include <regex>

#include "support/api_klant.hpp"
#include "support/nep_smtp.hpp"
#include "support/oathtool.hpp"
#include "support/process.hpp"

namespace regie::testing {
namespace {

namespace json = boost::json;

std::string tekst(const json::value& v, std::string_view veld) {
  return json::value_to<std::string>(v.at(veld));
}

// A household of Fatima's where she holds regie, and an adult member in it.
std::pair<std::string, std::string> huishouden_met_volwassene(ApiKlant& fatima) {
  const auto caseload = json_van(fatima.get("/api/v1/mij/huishoudens?paginaGrootte=100"));
  for (const auto& h : caseload.at("items").as_array()) {
    if (tekst(h, "mijnRol") == "betrokken") continue;
    const auto dossier = json_van(fatima.get("/api/v1/huishoudens/" + tekst(h, "id")));
    if (!dossier.at("mag").at("regie").as_bool()) continue;
    for (const auto& g : dossier.at("gezinsleden").as_array())
      if (g.at("leeftijd").at("jaren").as_int64() >= 18) return {tekst(h, "id"), tekst(g, "id")};
  }
  return {};
}

TEST(UitnodigingPerMail, TheMailCarriesTheCodeAndAcceptingNeedsTheCheckCodeToo) {
  NepSmtp smtp;
  ServerProcess server{ServerOpties{true,
                                    std::nullopt,
                                    {"--smtp-url", smtp.url(), "--smtp-afzender", "regie@zuiderveen.example",
                                     "--adres", "https://regie.zuiderveen.example"},
                                    {}}};
  ApiKlant fatima{server.port()};
  ASSERT_EQ(fatima.inloggen("fatima").status, 201);
  const auto [huishouden, lid] = huishouden_met_volwassene(fatima);
  ASSERT_FALSE(lid.empty());
  const auto pad = "/api/v1/huishoudens/" + huishouden + "/uitnodigingen";

  auto r = fatima.post(
      pad, json::object{{"persoonSoort", "gezinslid"}, {"persoonId", lid}, {"email", "geen adres"}});
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_NE(r.body.find("\"email\""), std::string::npos) << r.body;

  r = fatima.post(
      pad, json::object{{"persoonSoort", "gezinslid"}, {"persoonId", lid}, {"email", "lid@voorbeeld.nl"}});
  ASSERT_EQ(r.status, 201) << r.body;
  const auto uitgegeven = json_van(r);
  EXPECT_FALSE(uitgegeven.as_object().contains("code"));  // the code went by mail only
  EXPECT_EQ(uitgegeven.at("gemaild"), true);
  const auto controle = tekst(uitgegeven, "controlecode");

  // The mail to the member (the server's round may also mail staff about notifications).
  std::string code;
  for (int poging = 0; poging < 50 && code.empty(); ++poging) {
    for (const auto& mail : smtp.mails(1, std::chrono::milliseconds{200})) {
      if (mail.aan != std::vector<std::string>{"lid@voorbeeld.nl"}) continue;
      std::smatch m;
      ASSERT_TRUE(std::regex_search(mail.inhoud, m, std::regex{"([A-HJ-NP-Z2-9]{4}-){3}[A-HJ-NP-Z2-9]{4}"}));
      code = m[0];
      EXPECT_NE(mail.inhoud.find("Subject: Uw uitnodiging voor Regie\r\n"), std::string::npos);
      EXPECT_NE(mail.inhoud.find("https://regie.zuiderveen.example/portaal/uitnodiging"), std::string::npos);
      EXPECT_EQ(mail.inhoud.find(controle), std::string::npos);
    }
  }
  ASSERT_FALSE(code.empty()) << server.output();
  int gemaild = 0;
  const auto lijst = json_van(fatima.get(pad));
  for (const auto& u : lijst.at("items").as_array())
    if (tekst(u, "persoonId") == lid && !u.at("gemaildOp").is_null()) ++gemaild;
  EXPECT_EQ(gemaild, 1);

  ApiKlant lid_klant{server.port()};
  r = lid_klant.post("/api/v1/portaal/uitnodiging/_inrichten", json::object{{"code", code}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json_van(r).at("controlecodeNodig"), true);
  const auto totp = oathtool_code(tekst(json_van(r), "totpGeheim"));
  json::object aanmelding{{"code", code},
                          {"gebruikersnaam", "lid-per-mail"},
                          {"wachtwoord", "een-lang-wachtwoord"},
                          {"totpCode", totp}};
  r = lid_klant.post("/api/v1/portaal/uitnodiging/_accepteren", aanmelding);
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_NE(r.body.find("\"controlecode\""), std::string::npos) << r.body;
  aanmelding["controlecode"] = controle;
  r = lid_klant.post("/api/v1/portaal/uitnodiging/_accepteren", aanmelding);
  EXPECT_EQ(r.status, 201) << r.body;
}

TEST(UitnodigingPerMail, WithoutAMailServerTheChoiceIsRefused) {
  ServerProcess server{ServerOpties{true, std::nullopt, {}, {}}};
  ApiKlant fatima{server.port()};
  ASSERT_EQ(fatima.inloggen("fatima").status, 201);
  const auto [huishouden, lid] = huishouden_met_volwassene(fatima);
  ASSERT_FALSE(lid.empty());
  const auto r = fatima.post(
      "/api/v1/huishoudens/" + huishouden + "/uitnodigingen",
      json::object{{"persoonSoort", "gezinslid"}, {"persoonId", lid}, {"email", "lid@voorbeeld.nl"}});
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_NE(r.body.find("geen mailserver"), std::string::npos) << r.body;
}

}  // namespace
}  // namespace regie::testing
