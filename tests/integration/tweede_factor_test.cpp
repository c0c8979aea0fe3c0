// The second factor over HTTP with the real `regie` executable (issue "identity and administration"): the
// demo gemeente logs in with a password until `regie gemeente tweede-factor` turns it on; then the first
// login hands out a secret and no cookie, the app's code (from Debian's oathtool) sets it up and returns
// recovery codes once, a wrong code is a 401 problem, and the beheerder's reset in the web app's API ends the
// session.

#include <gtest/gtest.h>

#include "support/api_klant.hpp"
#include "support/oathtool.hpp"
#include "support/process.hpp"

namespace regie::testing {
namespace {

namespace json = boost::json;

std::string cli(std::vector<std::string> args, const ServerProcess& server) {
  args.insert(args.begin(), REGIE_BINARY);
  for (const auto& a : server.database_args()) args.push_back(a);
  const auto r = run_process(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out;
}

HttpResponse inloggen(const ServerProcess& server, const std::string& naam, const std::string& code = {}) {
  json::object body{{"gebruikersnaam", naam}, {"wachtwoord", kDemoWachtwoord}};
  if (!code.empty()) body["code"] = code;
  return HttpConnection{server.port()}.request("POST", "/api/v1/sessies", json::serialize(body));
}

TEST(TweedeFactor, TurnedOnForTheDemoTheFirstLoginSetsUpTheAppAndTheBeheerderCanResetIt) {
  ServerProcess server{ServerOpties{true, std::nullopt, {}, {}}};
  // The demo logs in with a password alone, and says so to the web app.
  ApiKlant lisa{server.port()};
  ASSERT_EQ(lisa.inloggen("lisa").status, 201);
  EXPECT_EQ(json_van(lisa.get("/api/v1/sessies/huidig")).at("tweedeFactorVerplicht"), false);

  EXPECT_NE(cli({"gemeente", "tweede-factor", "Zuiderveen", "aan"}, server).find("tweede factor"),
            std::string::npos);
  auto r = inloggen(server, "fatima");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.header("set-cookie").empty());
  const auto vervolg = json_van(r);
  EXPECT_EQ(vervolg.at("vervolg"), "instellen");
  const auto geheim = json::value_to<std::string>(vervolg.at("totpGeheim"));
  EXPECT_EQ(json::value_to<std::string>(vervolg.at("totpAdres")).rfind("otpauth://totp/", 0), 0u);

  const auto code = oathtool_code(geheim);
  ASSERT_EQ(code.size(), 6u) << "oathtool ontbreekt?";
  r = inloggen(server, "fatima", code == "123456" ? "654321" : "123456");
  EXPECT_EQ(r.status, 401);
  EXPECT_EQ(r.header("content-type"), "application/problem+json");
  EXPECT_TRUE(r.header("set-cookie").empty());

  r = inloggen(server, "fatima", code);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_FALSE(r.header("set-cookie").empty());
  const auto sessie = json_van(r);
  EXPECT_EQ(sessie.at("herstelcodes").as_array().size(), 10u);
  EXPECT_EQ(sessie.at("tweedeFactorVerplicht"), true);
  // Now a code is asked; a recovery code logs her in (the app's code of this step is spent).
  r = inloggen(server, "fatima");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(json_van(r).at("vervolg"), "code");
  ApiKlant fatima{server.port()};
  ASSERT_EQ(fatima.inloggen("fatima").status, 200);  // the test's client holds no codes of hers
  r = inloggen(server, "fatima", json::value_to<std::string>(sessie.at("herstelcodes").at(0)));
  ASSERT_EQ(r.status, 201) << r.body;
  const auto cookie = r.header("set-cookie").substr(0, r.header("set-cookie").find(';'));
  auto huidig = HttpConnection{server.port()}.request("GET", "/api/v1/sessies/huidig", "", "application/json",
                                                      {{"Cookie", cookie}});
  EXPECT_EQ(huidig.status, 200);

  // Henk sets up his own app (the test's client does it as he would), sees hers, and resets it.
  ApiKlant henk{server.port()};
  ASSERT_EQ(henk.inloggen("henk").status, 201);
  std::string fatima_id;
  const auto accounts = json_van(henk.get("/api/v1/beheer/accounts?paginaGrootte=100"));
  for (const auto& a : accounts.at("items").as_array()) {
    if (a.at("gebruikersnaam") != "fatima") continue;
    EXPECT_EQ(a.at("tweedeFactor"), true);
    fatima_id = json::value_to<std::string>(a.at("id"));
  }
  ASSERT_FALSE(fatima_id.empty());
  EXPECT_EQ(henk.del("/api/v1/beheer/accounts/" + fatima_id + "/tweede-factor").status, 204);
  huidig = HttpConnection{server.port()}.request("GET", "/api/v1/sessies/huidig", "", "application/json",
                                                 {{"Cookie", cookie}});
  EXPECT_EQ(huidig.status, 401);
  r = inloggen(server, "fatima");
  EXPECT_EQ(json_van(r).at("vervolg"), "instellen");
  EXPECT_NE(json::value_to<std::string>(json_van(r).at("totpGeheim")), geheim);

  // Turned off in the beheerder's screen: whoever has no app logs in with a password again.
  EXPECT_EQ(henk.put("/api/v1/beheer/inlogbeleid", json::object{{"tweedeFactorVerplicht", false}}).status,
            200);
  EXPECT_EQ(json_van(henk.get("/api/v1/beheer/inlogbeleid")).at("tweedeFactorVerplicht"), false);
  EXPECT_EQ(inloggen(server, "fatima").status, 201);
  EXPECT_EQ(henk.put("/api/v1/beheer/inlogbeleid", json::object{{"tweedeFactorVerplicht", "nee"}}).status,
            400);
}

}  // namespace
}  // namespace regie::testing
