// Logging in through the gemeente's IdP at the service layer, on SQLite and PostgreSQL (ADR 0021): which
// account a claim may name, accounts made at the first login, a state that works once in one browser, and
// the beheerder's settings. The IdP is played here by a stand-in that signs real tokens with libcjose; the
// integration test runs the same flow against a real provider.

#include <boost/json.hpp>
#include <boost/url/parse.hpp>

#include "service/account_fixture.hpp"
#include "service/inlogdiensten.hpp"
#include "service/jose.hpp"

namespace regie::testing {
namespace {

namespace json = boost::json;
using service::InlogdienstReden;

const std::string kIssuer = "https://idp.test";

// Discovery, keys and a token endpoint that signs an ID token for the nonce of the last authorization
// request.
struct NepIdp {
  std::string sleutel = service::jose::sleutel_nieuw();
  std::string nonce;
  json::object claims;
  int tokens = 0;

  http::UitgaandAntwoord antwoord(const http::UitgaandVerzoek& v, domain::Tijdstip nu) {
    if (v.adres == kIssuer + "/.well-known/openid-configuration")
      return {200, json::serialize(json::object{{"issuer", kIssuer},
                                                {"authorization_endpoint", kIssuer + "/auth"},
                                                {"token_endpoint", kIssuer + "/token"},
                                                {"jwks_uri", kIssuer + "/jwks"},
                                                {"end_session_endpoint", kIssuer + "/uitloggen"}})};
    if (v.adres == kIssuer + "/jwks")
      return {200, json::serialize(json::object{
                       {"keys", json::array{json::parse(service::jose::publieke_sleutel(sleutel))}}})};
    if (v.adres == kIssuer + "/token" && v.methode == "POST") {
      ++tokens;
      const auto s = std::chrono::duration_cast<std::chrono::seconds>(nu.time_since_epoch()).count();
      json::object c{{"iss", kIssuer}, {"aud", "regie"}, {"sub", "s-1"},
                     {"nonce", nonce}, {"iat", s},       {"exp", s + 300}};
      for (const auto& [k, w] : claims) c[k] = w;
      return {200, json::serialize(json::object{
                       {"id_token", service::jose::ondertekenen(json::serialize(c), sleutel, "ES256")}})};
    }
    return {404, ""};
  }
};

class InlogdienstTest : public AccountTest {
 protected:
  void SetUp() override {
    AccountTest::SetUp();
    if (!test_) return;
    client = std::make_unique<service::OidcClient>(
        [this](const http::UitgaandVerzoek& v) { return idp.antwoord(v, tijd_); });
    inlogdiensten = std::make_unique<service::Inlogdiensten>(omgeving(), *sessies, *client);
    beheer->gebruiker_aanmaken(systeem(), regisseur_bplus_, "daan", "een-lang-wachtwoord");
    inlogdiensten->instellen(beheerder(), invoer());
  }

  static service::InlogdienstInvoer invoer() {
    service::InlogdienstInvoer i;
    i.naam = "Inloggen via de gemeente";
    i.issuer = kIssuer;
    i.client_id = "regie";
    i.terugkeer_adres = "https://regie.test/api/v1/inlogdiensten/terugkeer";
    return i;
  }

  struct Start {
    service::InlogdienstStart start;
    std::string state;
  };
  Start starten() {
    const auto start = inlogdiensten->starten(gemeente_);
    Start s{start, {}};
    for (const auto p : boost::urls::parse_uri(start.adres).value().params()) {
      if (p.key == "state") s.state = p.value;
      if (p.key == "nonce") idp.nonce = p.value;
    }
    return s;
  }

  service::Inlog inloggen(json::object claims) {
    idp.claims = std::move(claims);
    const auto s = starten();
    return inlogdiensten->terugkeer({s.start.browser_token, s.state, "een-code", "", ""}, "10.0.0.9");
  }

  InlogdienstReden geweigerd(json::object claims) {
    try {
      inloggen(std::move(claims));
    } catch (const service::InlogdienstMislukt& e) {
      return e.reden;
    }
    ADD_FAILURE() << "ingelogd";
    return InlogdienstReden::verlopen;
  }

  NepIdp idp;
  std::unique_ptr<service::OidcClient> client;
  std::unique_ptr<service::Inlogdiensten> inlogdiensten;
};

TEST_P(InlogdienstTest, LogsInOnlyAnUnblockedAccountOfItsOwnGemeente) {
  if (!test_) GTEST_SKIP();
  const auto inlog = inloggen({{"preferred_username", "Daan"}});
  EXPECT_EQ(inlog.ctx.actor.id, regisseur_bplus_);
  const auto sessie = sessies->sessie(inlog.token);
  ASSERT_TRUE(sessie);
  EXPECT_EQ(
      inlogdiensten->uitlog_adres(*sessie).value_or("").rfind(kIssuer + "/uitloggen?client_id=regie", 0), 0u);
  const auto met_wachtwoord = sessies->inloggen("daan", "een-lang-wachtwoord", "10.0.0.1");
  EXPECT_FALSE(inlogdiensten->uitlog_adres(*sessies->sessie(met_wachtwoord.token)));

  // Another gemeente's account with the name the claim gives: this IdP does not vouch for it.
  const auto elders = beheer->gemeente_aanmaken("Elders");
  const auto ctx = service::systeem_context(elders, "test");
  const auto organisatie =
      beheer->organisatie_aanmaken(ctx, {"Team Elders", {domain::Partij::lokaal_team}, {}, {}});
  const auto els = beheer->medewerker_aanmaken(
      ctx, {organisatie, {}, {}, "Els", "", "", {domain::Gebruikersrol::regisseur}});
  beheer->gebruiker_aanmaken(ctx, els, "els", "een-lang-wachtwoord");
  EXPECT_EQ(geweigerd({{"preferred_username", "els"}}), InlogdienstReden::account);
  EXPECT_EQ(geweigerd({{"preferred_username", "niemand"}}), InlogdienstReden::account);
  EXPECT_EQ(geweigerd({{"sub", "s-2"}}), InlogdienstReden::account);  // no claim with a name at all
  sessies->blokkeren("daan", true);
  EXPECT_EQ(geweigerd({{"preferred_username", "daan"}}), InlogdienstReden::account);
  EXPECT_EQ(gelukt_geaudit({"sessie.inloggen_via_inlogdienst"}, regisseur_bplus_), 1);
}

TEST_P(InlogdienstTest, MakesAnAccountAtTheFirstLoginWithTheRolesItsGroupsGive) {
  if (!test_) GTEST_SKIP();
  EXPECT_EQ(geweigerd({{"preferred_username", "nieuw.lid"}}), InlogdienstReden::account);
  auto i = invoer();
  i.aanmaken_bij_eerste_login = true;
  i.organisatie_id = lokaal_team_;
  i.rollen_claim = "groups";
  i.rollen = {{"team-regie", domain::Gebruikersrol::regisseur}, {"leiding", domain::Gebruikersrol::manager}};
  inlogdiensten->instellen(beheerder(), i);
  const json::object claims{
      {"preferred_username", "Nieuw.Lid"}, {"name", "Nieuw Lid"}, {"groups", json::array{"leiding", "iets"}}};
  const auto eerste = inloggen(claims);
  EXPECT_EQ(eerste.ctx.actor.rollen, std::vector{domain::Gebruikersrol::manager});
  const auto tweede = inloggen(claims);
  EXPECT_EQ(tweede.ctx.actor.id, eerste.ctx.actor.id);
  EXPECT_EQ(beheer->medewerker(beheerder(), eerste.ctx.actor.id).medewerker.naam, "Nieuw Lid");
  EXPECT_EQ(gelukt_geaudit({"inlogdienst.account_aanmaken"}, "systeem"), 1);
  // The account has no password anyone knows.
  EXPECT_THROW(sessies->inloggen("nieuw.lid", "", "10.0.0.1"), service::NotAuthenticated);
}

TEST_P(InlogdienstTest, AClaimPlacesAFirstLoginAccountInItsTeamElseTheSettingsPlaceIt) {
  if (!test_) GTEST_SKIP();
  const auto jeugd = beheer->team_aanmaken(beheerder(), zorg_, "Jeugd");
  auto i = invoer();
  i.aanmaken_bij_eerste_login = true;
  i.organisatie_id = lokaal_team_;
  i.team_claim = "department";
  i.teams = {{"afd-jeugd", jeugd}};
  inlogdiensten->instellen(beheerder(), i);
  EXPECT_EQ(inlogdiensten->instelling(beheerder())->record.teams,
            json::serialize(json::object{{"afd-jeugd", jeugd}}));

  const auto medewerker = [&](const service::Inlog& inlog) {
    return beheer->medewerker(beheerder(), inlog.ctx.actor.id).medewerker;
  };
  const auto jeugdwerker = medewerker(
      inloggen({{"preferred_username", "jeugd.werker"}, {"department", json::array{"iets", "afd-jeugd"}}}));
  EXPECT_EQ(jeugdwerker.organisatie_id, zorg_);
  EXPECT_EQ(jeugdwerker.team_id, jeugd);
  const auto ander =
      medewerker(inloggen({{"preferred_username", "ander.lid"}, {"department", "afd-onbekend"}}));
  EXPECT_EQ(ander.organisatie_id, lokaal_team_);
  EXPECT_FALSE(ander.team_id);

  // The settings name only the gemeente's own teams, and a claim for them.
  const auto elders = beheer->gemeente_aanmaken("Elders");
  const auto ctx = service::systeem_context(elders, "test");
  const auto organisatie =
      beheer->organisatie_aanmaken(ctx, {"Team Elders", {domain::Partij::lokaal_team}, {}, {}});
  i.teams = {{"afd-jeugd", jeugd}, {"afd-elders", beheer->team_aanmaken(ctx, organisatie, "Elders")}};
  EXPECT_EQ(velden_van_fout([&] { inlogdiensten->instellen(beheerder(), i); }),
            std::vector<std::string>{"teams[1].teamId"});
  i.team_claim.reset();
  EXPECT_EQ(velden_van_fout([&] { inlogdiensten->instellen(beheerder(), i); }),
            std::vector<std::string>{"teamClaim"});
}

TEST_P(InlogdienstTest, WithARolesClaimTheIdpDecidesTheRolesAtEveryLogin) {
  if (!test_) GTEST_SKIP();
  // Daan was made beforehand, as a regisseur; without a roles claim the IdP leaves his roles alone.
  using domain::Gebruikersrol;
  const auto rollen = [&] { return beheer->medewerker(beheerder(), regisseur_bplus_).medewerker.rollen; };
  const auto vooraf = rollen();
  EXPECT_EQ(inloggen({{"preferred_username", "daan"}, {"groups", json::array{"leiding"}}}).ctx.actor.rollen,
            vooraf);
  auto i = invoer();
  i.rollen_claim = "groups";
  i.rollen = {{"team-regie", Gebruikersrol::regisseur}, {"leiding", Gebruikersrol::manager}};
  inlogdiensten->instellen(beheerder(), i);

  // Now the groups he has there are the roles he has here, from this login on.
  auto inlog = inloggen({{"preferred_username", "daan"}, {"groups", json::array{"leiding", "team-regie"}}});
  EXPECT_EQ(inlog.ctx.actor.rollen, (std::vector{Gebruikersrol::manager, Gebruikersrol::regisseur}));
  EXPECT_EQ(rollen(), (std::vector{Gebruikersrol::manager, Gebruikersrol::regisseur}));
  inlog = inloggen({{"preferred_username", "daan"}, {"groups", json::array{"team-regie"}}});
  EXPECT_EQ(inlog.ctx.actor.rollen, std::vector{Gebruikersrol::regisseur});
  EXPECT_EQ(rollen(), std::vector{Gebruikersrol::regisseur});
  EXPECT_EQ(gelukt_geaudit({"inlogdienst.rollen_bijwerken"}, "systeem"), 2);
  // The same roles again change nothing; a token without the claim says nothing about roles.
  inloggen({{"preferred_username", "daan"}, {"groups", json::array{"team-regie"}}});
  inloggen({{"preferred_username", "daan"}});
  EXPECT_EQ(rollen(), std::vector{Gebruikersrol::regisseur});
  EXPECT_EQ(gelukt_geaudit({"inlogdienst.rollen_bijwerken"}, "systeem"), 2);
  // No group that counts here: no role left, so nothing he may do.
  inlog = inloggen({{"preferred_username", "daan"}, {"groups", json::array{"iets-anders"}}});
  EXPECT_TRUE(inlog.ctx.actor.rollen.empty());
  EXPECT_TRUE(rollen().empty());
}

TEST_P(InlogdienstTest, AStateWorksOnceOnlyInTheBrowserThatStartedItAndForTenMinutes) {
  if (!test_) GTEST_SKIP();
  idp.claims = {{"preferred_username", "daan"}};
  const auto reden = [&](const service::InlogdienstTerugkeer& t) {
    try {
      inlogdiensten->terugkeer(t, "10.0.0.9");
    } catch (const service::InlogdienstMislukt& e) {
      return e.reden;
    }
    ADD_FAILURE() << "ingelogd";
    return InlogdienstReden::token;
  };
  auto s = starten();
  EXPECT_EQ(reden({"een-andere-browser", s.state, "een-code", "", ""}), InlogdienstReden::verlopen);
  EXPECT_EQ(reden({s.start.browser_token, s.state, "een-code", "", ""}), InlogdienstReden::verlopen);
  s = starten();
  verstrijk(std::chrono::hours(1));
  EXPECT_EQ(reden({s.start.browser_token, s.state, "een-code", "", ""}), InlogdienstReden::verlopen);
  s = starten();
  EXPECT_EQ(reden({s.start.browser_token, s.state, "een-code", "", "https://een-andere-idp.test"}),
            InlogdienstReden::token);
  s = starten();
  EXPECT_EQ(reden({s.start.browser_token, s.state, "", "access_denied", ""}), InlogdienstReden::geweigerd);
  EXPECT_EQ(idp.tokens, 0);  // none of these reached the token endpoint
}

TEST_P(InlogdienstTest, TheSettingsAreCheckedPerFieldAndNeverShowASecretOrKey) {
  if (!test_) GTEST_SKIP();
  auto i = invoer();
  i.issuer = "http://idp.example";
  i.terugkeer_adres = "https://regie.test/terug";
  i.account_claim = "";
  i.aanmaken_bij_eerste_login = true;
  i.authenticatie = service::ClientAuthenticatie::client_secret_basic;
  i.client_secret = "kort";
  EXPECT_EQ(velden_van_fout([&] { inlogdiensten->instellen(beheerder(), i); }),
            (std::vector<std::string>{"issuer", "terugkeerAdres", "accountClaim", "organisatieId",
                                      "clientSecret"}));
  i = invoer();
  i.authenticatie = service::ClientAuthenticatie::client_secret_basic;
  EXPECT_EQ(velden_van_fout([&] { inlogdiensten->instellen(beheerder(), i); }),
            std::vector<std::string>{"clientSecret"});
  i.client_secret = "een-geheim-van-de-inlogdienst";
  inlogdiensten->instellen(beheerder(), i);
  i.client_secret.clear();  // keeps the stored one
  inlogdiensten->instellen(beheerder(), i);
  const auto instelling = inlogdiensten->instelling(beheerder());
  ASSERT_TRUE(instelling);
  EXPECT_TRUE(instelling->heeft_client_secret);
  EXPECT_FALSE(instelling->record.client_secret);
  EXPECT_FALSE(instelling->record.client_sleutel);
  EXPECT_FALSE(inlogdiensten->publieke_sleutels(gemeente_));

  EXPECT_THROW(inlogdiensten->instelling(als(regisseur_bplus_)), service::Forbidden);
  EXPECT_THROW(inlogdiensten->instellen(als(manager_, {domain::Gebruikersrol::manager}), invoer()),
               service::Forbidden);
  auto elders = beheerder();
  elders.actor.gemeente_id = beheer->gemeente_aanmaken("Elders");
  EXPECT_FALSE(inlogdiensten->instelling(elders));
  EXPECT_FALSE(inlogdiensten->verwijderen(elders));
  EXPECT_TRUE(inlogdiensten->verwijderen(beheerder()));
  EXPECT_THROW(inlogdiensten->starten(gemeente_), service::NotFound);
}

}  // namespace

REGIE_SERVICE_BACKENDS(InlogdienstTest);

}  // namespace regie::testing
