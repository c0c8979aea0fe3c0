// The API over HTTP with the demo gemeente: logging in and out, CSRF, login throttling, tokens, the caseload
// with its filters and pages, optimistic concurrency and validation problems.

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "support/api_klant.hpp"
#include "support/process.hpp"

namespace regie::testing {
namespace {

namespace json = boost::json;

constexpr const char* kInlogFout = "De combinatie van gebruikersnaam en wachtwoord is onjuist.";

bool bevat(const std::string& tekst, std::string_view deel) { return tekst.find(deel) != std::string::npos; }

std::vector<std::string> invalid_params(const HttpResponse& r) {
  std::vector<std::string> namen;
  const auto body = json::parse(r.body);
  for (const auto& p : body.at("invalidParams").as_array())
    namen.push_back(json::value_to<std::string>(p.at("name")));
  return namen;
}

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new ServerProcess(ServerOpties{true, std::nullopt, {}, {}}); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  ApiKlant ingelogd(const std::string& naam) {
    ApiKlant k{server_->port()};
    EXPECT_EQ(k.inloggen(naam).status, 201);
    return k;
  }
  // The first household on the caseload of the user.
  std::string eerste_huishouden(ApiKlant& k) {
    const auto r = k.get("/api/v1/mij/huishoudens?sorteer=naam");
    return json::value_to<std::string>(json_van(r).at("items").at(0).at("id"));
  }
  static inline ServerProcess* server_ = nullptr;
};

TEST_F(ApiTest, LoginGivesAHardenedCookieAndLogoutEndsTheSession) {
  ApiKlant k{server_->port()};
  const auto r = k.inloggen("fatima");
  ASSERT_EQ(r.status, 201);
  const auto cookie = r.header("set-cookie");
  for (const char* deel : {"regie_sessie=", "HttpOnly", "SameSite=Strict", "Path=/", "Max-Age="})
    EXPECT_TRUE(bevat(cookie, deel)) << cookie;
  EXPECT_FALSE(bevat(cookie, "Secure"));  // plain HTTP on loopback; see the proxy test
  EXPECT_EQ(r.header("location"), "/api/v1/sessies/huidig");
  const auto body = json_van(r);
  EXPECT_EQ(body.at("rollen"), json::array{"regisseur"});
  EXPECT_FALSE(bevat(r.body, "regie_sessie"));  // the session token is only in the cookie

  const auto huidig = k.get("/api/v1/sessies/huidig");
  ASSERT_EQ(huidig.status, 200);
  EXPECT_EQ(json_van(huidig).at("csrfToken"), body.at("csrfToken"));

  const auto uit = k.del("/api/v1/sessies/huidig");
  EXPECT_EQ(uit.status, 204);
  EXPECT_TRUE(bevat(uit.header("set-cookie"), "Max-Age=0"));
  EXPECT_EQ(k.get("/api/v1/sessies/huidig").status, 401);
  EXPECT_EQ(k.get("/api/v1/mij").status, 401);  // the old cookie is revoked on the server
}

TEST(ApiBehindProxy, TheCookieIsSecureWhenTheProxySaysHttps) {
  ServerProcess server{ServerOpties{true, std::nullopt, {"--achter-https-proxy"}, {}}};
  HttpConnection c{server.port()};
  const auto r =
      c.request("POST", "/api/v1/sessies", R"({"gebruikersnaam":"fatima","wachtwoord":"regie-demo-2026"})",
                "application/json", {{"X-Forwarded-Proto", "https"}, {"X-Forwarded-For", "203.0.113.9"}});
  ASSERT_EQ(r.status, 201);
  EXPECT_TRUE(bevat(r.header("set-cookie"), "; Secure"));
}

TEST_F(ApiTest, ChangesNeedTheCsrfTokenOfTheirOwnSession) {
  auto fatima = ingelogd("fatima");
  const auto id = eerste_huishouden(fatima);
  const json::object notitie{{"tekst", "Telefonisch contact met moeder."}};
  const std::string pad = "/api/v1/huishoudens/" + id + "/notities";

  auto zonder = fatima;
  zonder.zonder_csrf();
  EXPECT_EQ(zonder.get(pad).status, 200);  // reading needs no token
  const auto geweigerd = zonder.post(pad, notitie);
  EXPECT_EQ(geweigerd.status, 403);
  EXPECT_TRUE(bevat(json_van(geweigerd).at("detail").as_string().c_str(), "CSRF"));

  auto ander = ingelogd("priya");
  auto verkeerd = fatima;
  verkeerd.met_csrf(ander.csrf());
  EXPECT_EQ(verkeerd.post(pad, notitie).status, 403);
  EXPECT_EQ(fatima.post(pad, notitie).status, 201);
}

TEST_F(ApiTest, FailedLoginsGetOneMessageAndAreThrottledThenLocked) {
  ApiKlant k{server_->port()};
  const auto onbekend = k.inloggen("bestaat-niet", "een-fout-wachtwoord");
  EXPECT_EQ(onbekend.status, 401);
  EXPECT_EQ(json_van(onbekend).at("detail"), kInlogFout);

  // Three failures are free; after that each one makes the account wait longer, until it is locked.
  std::optional<HttpResponse> geremd;
  for (int poging = 1; poging <= 12 && !geremd; ++poging) {
    const auto r = k.inloggen("jeroen", "een-fout-wachtwoord");
    if (r.status == 429) {
      EXPECT_GT(poging, 4);
      geremd = r;
    } else {
      ASSERT_EQ(r.status, 401);
      EXPECT_EQ(json_van(r).at("detail"), kInlogFout);
    }
  }
  ASSERT_TRUE(geremd);
  EXPECT_GE(std::stoi(geremd->header("retry-after")), 1);
  EXPECT_EQ(k.inloggen("jeroen").status, 429);           // also with the right password while it must wait
  EXPECT_EQ(ingelogd("priya").cookie().empty(), false);  // other accounts on the same address carry on
}

TEST_F(ApiTest, AnApiTokenOnlyReachesTheRoutesOfItsScope) {
  std::vector<std::string> args{REGIE_BINARY, "token",     "aanmaken", "--gemeente", "Zuiderveen",
                                "--naam",     "koppeling", "--scope",  "adviezen"};
  for (const auto& a : server_->database_args()) args.push_back(a);
  const auto r = run_process(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ApiKlant k{server_->port()};
  k.met_token(r.out.substr(0, r.out.find('\n')));
  const auto advies = k.post("/api/v1/adviezen", json::parse(R"({"draagkracht":"in_balans",
      "zelfredzaamheid":"volledig","basiszorgToereikend":true,"veiligheid":"veilig",
      "ketenoverstijgendNodig":false,"escalatie":"geen"})"));
  EXPECT_EQ(advies.status, 200);
  EXPECT_EQ(k.get("/api/v1/mij").status, 401);
  EXPECT_EQ(k.post("/api/v1/huishoudens/_zoek", json::object{{"achternaam", "Jansen"}}).status, 401);

  // Listed without its secret, with its expiry; revoked from the command line, it stops working at once.
  auto cli = [&](std::vector<std::string> a) {
    a.insert(a.begin(), REGIE_BINARY);
    for (const auto& d : server_->database_args()) a.push_back(d);
    return run_process(a);
  };
  const auto lijst = cli({"token", "lijst", "--gemeente", "Zuiderveen"});
  ASSERT_EQ(lijst.exit_code, 0) << lijst.err;
  const auto regel = lijst.out.substr(0, lijst.out.find('\n'));
  EXPECT_NE(regel.find("koppeling"), std::string::npos) << lijst.out;
  EXPECT_NE(regel.find("verloopt"), std::string::npos) << lijst.out;
  EXPECT_EQ(lijst.out.find(r.out.substr(0, r.out.find('\n'))), std::string::npos)
      << "het geheim staat in de lijst";
  const auto id = regel.substr(0, regel.find(' '));
  const auto in = cli({"token", "intrekken", id, "--gemeente", "Zuiderveen"});
  ASSERT_EQ(in.exit_code, 0) << in.err;
  EXPECT_EQ(k.post("/api/v1/adviezen", json::parse(R"({"draagkracht":"in_balans",
      "zelfredzaamheid":"volledig","basiszorgToereikend":true,"veiligheid":"veilig",
      "ketenoverstijgendNodig":false,"escalatie":"geen"})"))
                .status,
            401);
  EXPECT_EQ(cli({"token", "intrekken", id, "--gemeente", "Zuiderveen"}).exit_code, 2);  // already revoked
  EXPECT_EQ(cli({"token", "aanmaken", "--gemeente", "Zuiderveen", "--naam", "x", "--scope", "adviezen",
                 "--dagen", "400"})
                .exit_code,
            2);
}

TEST_F(ApiTest, TheCaseloadShowsLevelColourPhaseAndFlagsAndPages) {
  auto k = ingelogd("priya");
  const auto alles = json_van(k.get("/api/v1/mij/huishoudens?paginaGrootte=100"));
  const auto totaal = alles.at("totaal").as_int64();
  ASSERT_GE(totaal, 3);
  const auto& eerste = alles.at("items").at(0).as_object();
  for (const char* veld : {"id", "naam", "niveau", "kleur", "fase", "volgendeEvaluatie", "verlopenActies",
                           "openMaatregelen", "kenmerken", "mijnRol"}) {
    EXPECT_TRUE(eerste.contains(veld)) << veld;
  }

  const auto pagina2 = json_van(k.get("/api/v1/mij/huishoudens?paginaGrootte=2&pagina=2"));
  EXPECT_EQ(pagina2.at("pagina"), 2);
  EXPECT_EQ(pagina2.at("totaal"), totaal);
  EXPECT_EQ(pagina2.at("aantalPaginas"), (totaal + 1) / 2);
  EXPECT_EQ(pagina2.at("items").at(0), alles.at("items").at(2));

  const auto aflopend = json_van(k.get("/api/v1/mij/huishoudens?sorteer=-niveau&paginaGrootte=100"));
  std::int64_t vorige = 6;
  for (const auto& item : aflopend.at("items").as_array()) {
    if (item.at("niveau").is_null()) continue;
    EXPECT_LE(item.at("niveau").as_int64(), vorige);
    vorige = item.at("niveau").as_int64();
  }
  const auto niveau4 = json_van(k.get("/api/v1/mij/huishoudens?niveau=4"));
  for (const auto& item : niveau4.at("items").as_array()) {
    EXPECT_EQ(item.at("niveau"), 4);
    EXPECT_EQ(item.at("kleur"), "rood");
  }

  EXPECT_EQ(invalid_params(k.get("/api/v1/mij/huishoudens?paginaGrootte=1000")),
            std::vector<std::string>{"paginaGrootte"});
  EXPECT_EQ(invalid_params(k.get("/api/v1/mij/huishoudens?sorteer=geboortedatum")),
            std::vector<std::string>{"sorteer"});
  EXPECT_EQ(invalid_params(k.get("/api/v1/mij/huishoudens?fase=klaar")), std::vector<std::string>{"fase"});
}

TEST_F(ApiTest, AStaleWriteIsAConflictAndChangesNothing) {
  auto k = ingelogd("fatima");
  const auto id = eerste_huishouden(k);
  const std::string pad = "/api/v1/huishoudens/" + id;
  const auto lid = json_van(k.get(pad)).at("gezinsleden").at(0).as_object();
  const auto lid_pad = pad + "/gezinsleden/" + json::value_to<std::string>(lid.at("id"));
  json::object body{{"voornaam", lid.at("voornaam")},
                    {"achternaam", lid.at("achternaam")},
                    {"geboortedatum", lid.at("geboortedatum")},
                    {"relatie", lid.at("relatie")},
                    {"versie", lid.at("versie")}};
  if (!lid.at("bsn").is_null()) body["bsn"] = lid.at("bsn");
  body["voornaam"] = "Eerste-wijziging";
  EXPECT_EQ(k.put(lid_pad, body).status, 204);
  body["voornaam"] = "Verouderde-wijziging";
  const auto oud = k.put(lid_pad, body);
  EXPECT_EQ(oud.status, 409);
  EXPECT_EQ(oud.header("content-type"), "application/problem+json");
  EXPECT_EQ(json_van(k.get(pad)).at("gezinsleden").at(0).at("voornaam"), "Eerste-wijziging");
}

// DOMAIN.md §2: the registration records why the method is deployed; a contra-indication is acknowledged,
// never a block.
TEST_F(ApiTest, RegistrationRecordsTheDeploymentCriteria) {
  auto k = ingelogd("fatima");
  const auto zonder =
      k.post("/api/v1/huishoudens", json::parse(R"({"naam":"Gezin Zonder","inzet":{"criteria":[]}})"));
  EXPECT_EQ(zonder.status, 400);
  EXPECT_EQ(invalid_params(zonder), std::vector<std::string>{"inzet.criteria"});
  const auto onbekend = k.post("/api/v1/huishoudens",
                               json::parse(R"({"naam":"Gezin Onbekend","inzet":{"criteria":["armoede"]}})"));
  EXPECT_EQ(invalid_params(onbekend), std::vector<std::string>{"inzet.criteria"});

  const auto contra = json::parse(R"({"naam":"Gezin Contra","inzet":{"criteria":["zorgmijdend","zorgmijdend"],
      "motivatie":"afwezig_na_motivatietraject","onverschillig":true}})");
  const auto niet_erkend = k.post("/api/v1/huishoudens", contra);
  EXPECT_EQ(niet_erkend.status, 400);
  EXPECT_EQ(invalid_params(niet_erkend), std::vector<std::string>{"inzet.contraIndicatieErkend"});

  auto erkend = contra;
  erkend.as_object()["inzet"].as_object()["contraIndicatieErkend"] = true;
  const auto aangemaakt = k.post("/api/v1/huishoudens", erkend);
  ASSERT_EQ(aangemaakt.status, 201) << aangemaakt.body;
  const auto id = json_van(aangemaakt).at("id").as_string();
  const auto inzet = json_van(k.get("/api/v1/huishoudens/" + std::string{id})).at("inzet");
  EXPECT_EQ(inzet.at("criteria"), json::array{"zorgmijdend"});
  EXPECT_EQ(inzet.at("contraIndicatie"), true);
  EXPECT_EQ(inzet.at("contraIndicatieErkend"), true);
  EXPECT_EQ(inzet.at("altijdStarten"), false);

  // The intake's acute route needs no criterion.
  const auto acuut =
      k.post("/api/v1/huishoudens",
             json::parse(R"({"naam":"Gezin Acuut","inzet":{"criteria":[],"acuutGevaar":true}})"));
  ASSERT_EQ(acuut.status, 201) << acuut.body;
  const auto acuut_inzet =
      json_van(k.get("/api/v1/huishoudens/" + std::string{json_van(acuut).at("id").as_string()})).at("inzet");
  EXPECT_EQ(acuut_inzet.at("altijdStarten"), true);
  EXPECT_EQ(acuut_inzet.at("contraIndicatie"), false);
}

TEST_F(ApiTest, ValidationProblemsNameEveryFieldInDutch) {
  auto k = ingelogd("fatima");
  const auto leeg = k.post("/api/v1/huishoudens", json::object{});
  EXPECT_EQ(leeg.status, 400);
  EXPECT_EQ(invalid_params(leeg), (std::vector<std::string>{"naam", "inzet"}));

  const auto id = eerste_huishouden(k);
  const auto lid =
      k.post("/api/v1/huishoudens/" + id + "/gezinsleden",
             json::object{{"voornaam", ""}, {"geboortedatum", "31-12-2020"}, {"bsn", "123"}, {"x", 1}});
  EXPECT_EQ(lid.status, 400);
  const auto velden = invalid_params(lid);
  for (const char* veld : {"voornaam", "geboortedatum", "x"})
    EXPECT_NE(std::ranges::find(velden, veld), velden.end()) << veld << " in " << lid.body;
  EXPECT_FALSE(bevat(lid.body, "31-12-2020"));  // the problem names the field, it does not echo the value
}

TEST_F(ApiTest, SearchTermsTravelInTheBodyNotInTheUrl) {
  auto k = ingelogd("fatima");
  EXPECT_EQ(k.get("/api/v1/huishoudens/_zoek?achternaam=Jansen").status, 405);
  const auto r = k.post("/api/v1/huishoudens/_zoek", json::object{{"achternaam", "Jansen"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_FALSE(json_van(r).at("items").as_array().empty());
  const auto leeg = k.post("/api/v1/huishoudens/_zoek", json::object{});
  EXPECT_EQ(leeg.status, 400);
}

}  // namespace
}  // namespace regie::testing
