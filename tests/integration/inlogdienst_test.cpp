// Logging in through the gemeente's own identity provider (issue "identity and administration", ADR 0021),
// end to end against a real OpenID provider on loopback: the project's `oidc-provider` configuration
// (tools/test-idp), started by the test like the throwaway PostgreSQL. The real `regie` server, configured
// with `regie gemeente inlogdienst`; a small browser follows the redirects between the two. Every refusal is
// seen from outside: no session cookie, and the app's login page named with the reason.

#include <gtest/gtest.h>

#include <optional>

#include "service/oidc_client.hpp"
#include "support/api_klant.hpp"
#include "support/process.hpp"
#include "support/test_idp.hpp"

namespace regie::testing {
namespace {

namespace json = boost::json;

constexpr const char* kGeheim = "een-clientgeheim-van-de-test-idp";
constexpr const char* kNergens = "http://127.0.0.1:9/terug";  // a redirect URI nobody serves

json::object accounts() {
  return {{"u-fatima", json::object{{"preferred_username", "Fatima"}, {"name", "Fatima"}}},
          {"u-nieuw", json::object{{"preferred_username", "nieuwe.collega"},
                                   {"name", "Nieuwe Collega"},
                                   {"email", "nieuw@example.org"},
                                   {"groups", json::array{"regie-regisseurs", "iets-anders"}}}},
          {"u-niemand", json::object{{"preferred_username", "niemand"}}}};
}

// Regie with the demo gemeente Zuiderveen, whose IdP is the test IdP on a port chosen beforehand.
class Inlogdienst : public ::testing::Test {
 protected:
  std::string regie() const { return "http://127.0.0.1:" + std::to_string(server_.port()); }
  std::string terugkeer() const { return regie() + "/api/v1/inlogdiensten/terugkeer"; }

  std::string cli(std::vector<std::string> args, const std::string& invoer = {}) {
    args.insert(args.begin(), REGIE_BINARY);
    for (const auto& a : server_.database_args()) args.push_back(a);
    const auto r = run_process(args, invoer);
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    return r.out;
  }

  // Sets Regie up with its own key and starts the IdP with that key registered (and a second client that
  // authenticates with a secret).
  void instellen(const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args{"gemeente",
                                  "inlogdienst",
                                  "Zuiderveen",
                                  "--issuer",
                                  issuer_,
                                  "--client-id",
                                  "regie",
                                  "--terugkeer-adres",
                                  terugkeer(),
                                  "--acr",
                                  "urn:test:loa:substantieel"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto uit = cli(args);
    const auto begin = uit.find("publieke sleutel:");
    ASSERT_NE(begin, std::string::npos) << uit;
    const auto sleutel =
        json::parse(uit.substr(uit.find('{', begin), uit.find('\n', begin) - uit.find('{', begin)));
    json::array clients{json::object{{"client_id", "regie"},
                                     {"token_endpoint_auth_method", "private_key_jwt"},
                                     {"token_endpoint_auth_signing_alg", "ES256"},
                                     {"jwks", json::object{{"keys", json::array{sleutel}}}},
                                     {"redirect_uris", json::array{terugkeer().c_str()}},
                                     {"post_logout_redirect_uris", json::array{(regie() + "/").c_str()}}},
                        json::object{{"client_id", "regie-geheim"},
                                     {"client_secret", kGeheim},
                                     {"token_endpoint_auth_method", "client_secret_basic"},
                                     {"redirect_uris", json::array{terugkeer().c_str(), kNergens}},
                                     {"post_logout_redirect_uris", json::array{(regie() + "/").c_str()}}}};
    idp_.emplace(clients, accounts(), idp_poort_);
    const auto lijst = json_van(HttpConnection{server_.port()}.request("GET", "/api/v1/inlogdiensten"));
    ASSERT_EQ(lijst.at("items").as_array().size(), 1u);
    gemeente_ = json::value_to<std::string>(lijst.at("items").at(0).at("gemeenteId"));
  }

  // The browser starts at Regie, logs in at the IdP as `sub`, and stops where the IdP sends it back.
  std::string naar_idp_en_terug(Browser& browser, const std::string& sub) {
    idp_->inlogger(sub);
    return browser.volgen(regie() + "/api/v1/inlogdiensten/" + gemeente_ + "/_inloggen", terugkeer());
  }

  struct Uitkomst {
    std::string naar;                   // where Regie sends the browser
    std::optional<std::string> sessie;  // the session cookie, if one was set
  };
  Uitkomst terug_bij_regie(Browser& browser, const std::string& adres) {
    const auto r = browser.get(adres);
    EXPECT_EQ(r.status, 302) << r.body;
    return {r.header("location"), browser.cookie(server_.port(), "regie_sessie")};
  }

  Uitkomst inloggen(const std::string& sub) {
    Browser browser;
    return terug_bij_regie(browser, naar_idp_en_terug(browser, sub));
  }

  ServerProcess server_{ServerOpties{true, std::nullopt, {}, {}}};
  unsigned short idp_poort_ = vrije_poort();
  std::string issuer_ = "http://127.0.0.1:" + std::to_string(idp_poort_);
  std::optional<TestIdp> idp_;
  std::string gemeente_;
};

TEST_F(Inlogdienst, LogsInWithPrivateKeyJwtFollowsKeyRotationAndLogsOutAtTheIdpToo) {
  instellen();
  auto uit = inloggen("u-fatima");
  EXPECT_EQ(uit.naar, "/");
  ASSERT_TRUE(uit.sessie);
  ApiKlant fatima{server_.port()};
  ASSERT_EQ(fatima.met_sessie(*uit.sessie), 200);
  const auto huidig = json_van(fatima.get("/api/v1/sessies/huidig"));
  EXPECT_EQ(huidig.at("rollen"), json::array{"regisseur"});
  // Regie's public key for private_key_jwt is published for the IdP.
  const auto sleutels = json_van(
      HttpConnection{server_.port()}.request("GET", "/api/v1/inlogdiensten/" + gemeente_ + "/sleutels"));
  EXPECT_EQ(sleutels.at("keys").at(0).at("kty"), "EC");
  EXPECT_FALSE(sleutels.at("keys").at(0).as_object().contains("d"));

  // Logging out ends the session here and sends the browser to the IdP's logout.
  const auto r = fatima.del("/api/v1/sessies/huidig");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto bij_idp = json::value_to<std::string>(json_van(r).at("uitloggenBijInlogdienst"));
  EXPECT_EQ(bij_idp.rfind(issuer_ + "/session/end?", 0), 0u) << bij_idp;
  EXPECT_NE(bij_idp.find("client_id=regie"), std::string::npos);
  EXPECT_EQ(fatima.met_sessie(*uit.sessie), 401);
  Browser browser;
  EXPECT_EQ(browser.get(bij_idp).status, 200);  // the IdP asks to confirm

  // The IdP rotates its keys (new kids): Regie fetches its JWKS again.
  idp_->herstarten();
  EXPECT_TRUE(inloggen("u-fatima").sessie);

  // Unknown here, or blocked: no session (and her running session ends with the block).
  uit = inloggen("u-niemand");
  EXPECT_EQ(uit.naar, "/?inlogfout=account");
  EXPECT_FALSE(uit.sessie);
  const auto lopend = inloggen("u-fatima");
  ASSERT_TRUE(lopend.sessie);
  cli({"gebruiker", "blokkeren", "fatima"});
  uit = inloggen("u-fatima");
  EXPECT_EQ(uit.naar, "/?inlogfout=account");
  EXPECT_FALSE(uit.sessie);
  EXPECT_EQ(ApiKlant{server_.port()}.met_sessie(*lopend.sessie), 401);

  // The beheerder sees the settings (never a secret) and the failed logins.
  ApiKlant henk{server_.port()};
  ASSERT_EQ(henk.inloggen("henk").status, 201);
  const auto instelling = json_van(henk.get("/api/v1/beheer/inlogdienst"));
  EXPECT_EQ(instelling.at("authenticatie"), "private_key_jwt");
  EXPECT_EQ(instelling.at("issuer"), issuer_.c_str());
  EXPECT_FALSE(instelling.at("publiekeSleutel").as_object().contains("d"));
  const auto mislukt = henk.get("/api/v1/beheer/mislukte-inlogpogingen");
  EXPECT_NE(mislukt.body.find("niemand"), std::string::npos);
}

TEST_F(Inlogdienst, RefusesEveryBrokenIdTokenFromTheProvider) {
  instellen();
  for (const auto* fout :
       {"nonce", "aud", "iss", "verlopen", "handtekening", "alg-none", "onbekende-kid", "hs256"}) {
    idp_->fout(fout);
    const auto uit = inloggen("u-fatima");
    EXPECT_EQ(uit.naar, "/?inlogfout=token") << fout;
    EXPECT_FALSE(uit.sessie) << fout;
  }
  idp_->fout("");
  EXPECT_TRUE(inloggen("u-fatima").sessie);
}

TEST_F(Inlogdienst, RefusesAForgedOrReplayedReturn) {
  instellen();
  // Another state than the one this browser was given.
  Browser a;
  auto adres = naar_idp_en_terug(a, "u-fatima");
  const auto state = adres.find("state=") + 6;
  auto vervalst = adres;
  vervalst[state] = vervalst[state] == 'A' ? 'B' : 'A';
  EXPECT_EQ(terug_bij_regie(a, vervalst).naar, "/?inlogfout=verlopen");
  // The right state, but the used one is gone: the genuine return fails too.
  EXPECT_EQ(terug_bij_regie(a, adres).naar, "/?inlogfout=verlopen");

  // The return in another browser than the one that started (login CSRF).
  Browser b, c;
  adres = naar_idp_en_terug(b, "u-fatima");
  auto uit = terug_bij_regie(c, adres);
  EXPECT_EQ(uit.naar, "/?inlogfout=verlopen");
  EXPECT_FALSE(uit.sessie);

  // A return used once cannot be used again.
  Browser d;
  adres = naar_idp_en_terug(d, "u-fatima");
  EXPECT_TRUE(terug_bij_regie(d, adres).sessie);
  Browser d2;
  naar_idp_en_terug(d2, "u-fatima");
  EXPECT_EQ(terug_bij_regie(d, adres).naar, "/?inlogfout=verlopen");

  // A used code smuggled into a new login of the same browser: the IdP refuses it (used, and bound to
  // another PKCE challenge).
  Browser e;
  const auto eerste = naar_idp_en_terug(e, "u-fatima");
  ASSERT_TRUE(terug_bij_regie(e, eerste).sessie);
  const auto tweede = naar_idp_en_terug(e, "u-fatima");
  const auto code_van = [](const std::string& s) {
    const auto begin = s.find("code=") + 5;
    return s.substr(begin, s.find('&', begin) - begin);
  };
  auto gesmokkeld = tweede;
  gesmokkeld.replace(gesmokkeld.find("code=") + 5, code_van(tweede).size(), code_van(eerste));
  uit = terug_bij_regie(e, gesmokkeld);
  EXPECT_EQ(uit.naar, "/?inlogfout=onbereikbaar");

  // The IdP's own refusal comes back as such.
  Browser f;
  adres = naar_idp_en_terug(f, "u-fatima");
  const auto zonder_code =
      adres.substr(0, adres.find("code=")) + "error=access_denied&" + adres.substr(adres.find("state="));
  EXPECT_EQ(terug_bij_regie(f, zonder_code).naar, "/?inlogfout=geweigerd");
}

TEST_F(Inlogdienst, WithAClientSecretMakesAnUnknownColleagueAtHisFirstLogin) {
  instellen();
  ApiKlant henk{server_.port()};
  ASSERT_EQ(henk.inloggen("henk").status, 201);
  const auto organisatie =
      json::value_to<std::string>(json_van(henk.get("/api/v1/organisaties")).at("items").at(0).at("id"));
  cli({"gemeente", "inlogdienst", "Zuiderveen", "--issuer", issuer_, "--client-id", "regie-geheim",
       "--terugkeer-adres", terugkeer(), "--client-secret-stdin", "--aanmaken-bij-eerste-login",
       "--organisatie", organisatie, "--rollen-claim", "groups", "--rollen",
       "regie-regisseurs=regisseur,regie-leiding=manager"},
      std::string{kGeheim} + "\n");
  EXPECT_EQ(json_van(henk.get("/api/v1/beheer/inlogdienst")).at("authenticatie"), "client_secret_basic");

  const auto uit = inloggen("u-nieuw");
  ASSERT_TRUE(uit.sessie) << uit.naar;
  ApiKlant nieuw{server_.port()};
  ASSERT_EQ(nieuw.met_sessie(*uit.sessie), 200);
  const auto huidig = json_van(nieuw.get("/api/v1/sessies/huidig"));
  EXPECT_EQ(huidig.at("rollen"), json::array{"regisseur"});
  const auto medewerker =
      json_van(nieuw.get("/api/v1/medewerkers/" + json::value_to<std::string>(huidig.at("medewerkerId"))));
  EXPECT_EQ(medewerker.at("naam"), "Nieuwe Collega");
  // The second login finds the account made at the first.
  const auto weer = inloggen("u-nieuw");
  ASSERT_TRUE(weer.sessie);
  ApiKlant opnieuw{server_.port()};
  ASSERT_EQ(opnieuw.met_sessie(*weer.sessie), 200);
  EXPECT_EQ(json_van(opnieuw.get("/api/v1/sessies/huidig")).at("medewerkerId"), huidig.at("medewerkerId"));

  // A wrong secret: the IdP refuses the exchange.
  cli({"gemeente", "inlogdienst", "Zuiderveen", "--issuer", issuer_, "--client-id", "regie-geheim",
       "--terugkeer-adres", terugkeer(), "--client-secret-stdin"},
      "een-ander-geheim-dan-het-echte\n");
  EXPECT_EQ(inloggen("u-fatima").naar, "/?inlogfout=onbereikbaar");
  cli({"gemeente", "inlogdienst", "Zuiderveen", "uit"});
  EXPECT_EQ(HttpConnection{server_.port()}
                .request("GET", "/api/v1/inlogdiensten/" + gemeente_ + "/_inloggen")
                .status,
            404);
}

// Regie's OIDC client itself against the provider: the code is exchanged only with the PKCE verifier of
// the login that asked for it.
TEST(InlogdienstClient, TheProviderRefusesACodeWithoutItsPkceVerifier) {
  const auto poort = vrije_poort();
  const TestIdp idp{json::array{json::object{{"client_id", "regie-geheim"},
                                             {"client_secret", kGeheim},
                                             {"token_endpoint_auth_method", "client_secret_basic"},
                                             {"redirect_uris", json::array{kNergens}}}},
                    accounts(), poort};
  store::InlogdienstRecord dienst;
  dienst.issuer = idp.issuer();
  dienst.client_id = "regie-geheim";
  dienst.client_secret = kGeheim;
  dienst.terugkeer_adres = kNergens;
  dienst.account_claim = "preferred_username";
  service::OidcClient client;
  const auto code_voor = [&](const service::OidcPoging& poging) {
    Browser browser;
    const auto adres = browser.volgen(client.autorisatie_adres(dienst, poging), kNergens);
    const auto begin = adres.find("code=") + 5;
    return adres.substr(begin, adres.find('&', begin) - begin);
  };
  const auto nu = std::chrono::time_point_cast<domain::Tijdstip::duration>(std::chrono::system_clock::now());

  auto poging = service::oidc_poging_nieuw();
  auto zonder = poging;
  zonder.verifier.clear();
  EXPECT_THROW(client.inwisselen(dienst, code_voor(poging), zonder, nu), service::IdpOnbereikbaar);
  poging = service::oidc_poging_nieuw();
  auto ander = poging;
  ander.verifier = service::oidc_poging_nieuw().verifier;
  EXPECT_THROW(client.inwisselen(dienst, code_voor(poging), ander, nu), service::IdpOnbereikbaar);
  poging = service::oidc_poging_nieuw();
  EXPECT_EQ(client.inwisselen(dienst, code_voor(poging), poging, nu).at("preferred_username"), "Fatima");
}

}  // namespace
}  // namespace regie::testing
