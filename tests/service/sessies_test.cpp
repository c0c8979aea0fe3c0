// Login, sessions, throttling and API tokens through the service layer, on SQLite and PostgreSQL.

#include "service/sessies.hpp"

#include "service/errors.hpp"
#include "service/service_fixture.hpp"

namespace regie::testing {
namespace {

using namespace std::chrono;

class SessieTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (!test_) return;
    sessies = std::make_unique<service::Sessies>(omgeving(), service::SessieConfig{minutes(30), hours(12)});
    beheer->gebruiker_aanmaken(systeem(), regisseur_bplus_, "daan", "een-lang-wachtwoord");
  }
  // The message every failed login gets, whatever the cause.
  void verwacht_geweigerd(const std::string& naam, const std::string& wachtwoord,
                          const std::string& adres = "10.0.0.1") {
    try {
      sessies->inloggen(naam, wachtwoord, adres);
      ADD_FAILURE() << "ingelogd";
    } catch (const service::NotAuthenticated& e) {
      EXPECT_EQ(std::string{e.what()}, service::kInlogFout);
    }
  }
  std::unique_ptr<service::Sessies> sessies;
};

TEST_P(SessieTest, LoggingInGivesASessionWithTheActorsRoles) {
  const auto inlog =
      sessies->inloggen("Daan", "een-lang-wachtwoord", "10.0.0.1");  // names are case-insensitive
  EXPECT_EQ(inlog.token.size(), 43u);
  EXPECT_EQ(inlog.ctx.actor.id, regisseur_bplus_);
  EXPECT_EQ(inlog.ctx.actor.rollen, std::vector{domain::Gebruikersrol::regisseur});
  const auto s = sessies->sessie(inlog.token);
  ASSERT_TRUE(s);
  EXPECT_TRUE(sessies->csrf_klopt(*s, inlog.csrf_token));
  EXPECT_FALSE(sessies->csrf_klopt(*s, "iets-anders"));
  EXPECT_FALSE(sessies->csrf_klopt(*s, ""));
  EXPECT_EQ(service::Sessies::csrf_token(inlog.token), inlog.csrf_token);
  // Only the hash of the token is stored.
  const auto opgeslagen =
      db().read([](store::Tx& tx) { return tx.query_one("SELECT token_hash FROM sessie")->text(0); });
  EXPECT_NE(opgeslagen, inlog.token);
}

TEST_P(SessieTest, WrongPasswordUnknownAccountAndBlockedAccountLookTheSame) {
  verwacht_geweigerd("daan", "fout-wachtwoord");
  verwacht_geweigerd("onbekend", "een-lang-wachtwoord");
  sessies->blokkeren("daan", true);
  verwacht_geweigerd("daan", "een-lang-wachtwoord", "10.0.0.2");
  sessies->blokkeren("daan", false);
  tijd_ += std::chrono::minutes(16);  // the account's failures above are forgotten after the lock period
  EXPECT_NO_THROW(sessies->inloggen("daan", "een-lang-wachtwoord", "10.0.0.3"));
}

TEST_P(SessieTest, RepeatedFailuresBackOffThenLock) {
  for (int i = 0; i < 3; ++i) verwacht_geweigerd("daan", "fout");
  verwacht_geweigerd("daan", "fout");  // the fourth failure starts the backoff
  try {
    sessies->inloggen("daan", "een-lang-wachtwoord", "10.0.0.1");
    FAIL() << "te snel opnieuw";
  } catch (const service::TooManyRequests& e) {
    EXPECT_GE(e.retry_after_seconds(), 1);
  }
  // Up to the lock: ten failures, each after its wait.
  for (int i = 0; i < 6; ++i) {
    tijd_ += seconds(61);
    verwacht_geweigerd("daan", "fout");
  }
  tijd_ += seconds(61);
  EXPECT_THROW(sessies->inloggen("daan", "een-lang-wachtwoord", "10.0.0.9"),
               service::TooManyRequests);  // locked
  tijd_ += minutes(16);
  EXPECT_NO_THROW(sessies->inloggen("daan", "een-lang-wachtwoord", "10.0.0.9"));
}

TEST_P(SessieTest, AnUnknownNameIsThrottledJustLikeAKnownOne) {
  for (int i = 0; i < 4; ++i) verwacht_geweigerd("niemand", "fout", "10.0.0." + std::to_string(i + 20));
  EXPECT_THROW(sessies->inloggen("niemand", "fout", "10.0.0.99"), service::TooManyRequests);
}

TEST_P(SessieTest, SessionsExpireWhenIdleAndAtTheirEnd) {
  const auto inlog = sessies->inloggen("daan", "een-lang-wachtwoord", "10.0.0.1");
  tijd_ += minutes(20);
  ASSERT_TRUE(sessies->sessie(inlog.token));  // used: the idle clock restarts
  tijd_ += minutes(29);
  ASSERT_TRUE(sessies->sessie(inlog.token));
  tijd_ += minutes(31);
  EXPECT_FALSE(sessies->sessie(inlog.token));  // idle too long

  const auto tweede = sessies->inloggen("daan", "een-lang-wachtwoord", "10.0.0.1");
  for (int i = 0; i < 24; ++i) {
    tijd_ += minutes(29);
    ASSERT_TRUE(sessies->sessie(tweede.token)) << i;
  }
  tijd_ += minutes(29);
  EXPECT_FALSE(sessies->sessie(tweede.token));  // past the absolute 12 hours
}

TEST_P(SessieTest, LogoutAndANewPasswordEndSessions) {
  const auto a = sessies->inloggen("daan", "een-lang-wachtwoord", "10.0.0.1");
  sessies->uitloggen(*sessies->sessie(a.token));
  EXPECT_FALSE(sessies->sessie(a.token));
  const auto b = sessies->inloggen("daan", "een-lang-wachtwoord", "10.0.0.1");
  sessies->wachtwoord_zetten("daan", "een-nieuw-wachtwoord");
  EXPECT_FALSE(sessies->sessie(b.token));
  EXPECT_THROW(sessies->wachtwoord_zetten("daan", "kort"), service::BadRequest);
  EXPECT_FALSE(sessies->sessie("onzin"));
}

TEST_P(SessieTest, ApiTokensAreScopedAndStoredHashed) {
  const auto token = sessies->api_token_aanmaken(systeem(), "Wijkteam-koppeling", {"adviezen"}).token;
  const auto ctx = sessies->api_token(token, "adviezen");
  ASSERT_TRUE(ctx);
  EXPECT_EQ(ctx->actor.gemeente_id, gemeente_);
  EXPECT_TRUE(ctx->actor.rollen.empty());  // a token never reaches household content
  EXPECT_FALSE(sessies->api_token(token, "huishoudens"));
  EXPECT_FALSE(sessies->api_token("onzin", "adviezen"));
  EXPECT_EQ(velden_van_fout([&] { sessies->api_token_aanmaken(systeem(), "x", {"alles"}); }),
            std::vector<std::string>{"scopes"});
}

// Tokens expire (default 90 days, at most 365), can be listed without their secret, and revoked.
TEST_P(SessieTest, ApiTokensExpireCanBeListedAndRevoked) {
  const auto standaard = sessies->api_token_aanmaken(systeem(), "Standaard", {"adviezen"}).token;
  const auto kort = sessies->api_token_aanmaken(systeem(), "Kort", {"adviezen"}, 2).token;
  EXPECT_EQ(velden_van_fout([&] { sessies->api_token_aanmaken(systeem(), "Te lang", {"adviezen"}, 366); }),
            std::vector<std::string>{"dagen"});
  EXPECT_EQ(velden_van_fout([&] { sessies->api_token_aanmaken(systeem(), "Nul", {"adviezen"}, 0); }),
            std::vector<std::string>{"dagen"});

  const auto lijst = sessies->api_tokens(systeem(), {1, 20}).items;
  ASSERT_EQ(lijst.size(), 2u);
  EXPECT_EQ(sessies->api_tokens(systeem(), {2, 1}).items.at(0).naam, "Standaard");  // newest first, paged
  for (const auto& t : lijst) {
    EXPECT_EQ(t.token_hash.find(standaard), std::string::npos);  // the secret itself is never kept
    EXPECT_FALSE(t.ingetrokken_op);
  }
  tijd_ += std::chrono::days{3};
  EXPECT_FALSE(sessies->api_token(kort, "adviezen")) << "een verlopen token geeft nog toegang";
  EXPECT_TRUE(sessies->api_token(standaard, "adviezen"));
  tijd_ += std::chrono::days{88};
  EXPECT_FALSE(sessies->api_token(standaard, "adviezen")) << "de standaardlooptijd is 90 dagen";

  // The beheerder in the web app: made, listed and revoked as him; nobody else may.
  const auto beheerder = als(beheerder_, {domain::Gebruikersrol::beheerder});
  const auto nog_een = sessies->api_token_aanmaken(beheerder, "Intrekken", {"adviezen"});
  EXPECT_EQ(sessies->api_tokens(beheerder, {1, 20}).items.front().id, nog_een.id);  // newest first
  EXPECT_THROW(sessies->api_token_intrekken(als(regisseur_a_), nog_een.id), service::Forbidden);
  EXPECT_THROW(
      sessies->api_token_aanmaken(als(manager_, {domain::Gebruikersrol::manager}), "x", {"adviezen"}),
      service::Forbidden);
  EXPECT_THROW(sessies->api_tokens(als(regisseur_a_), {1, 20}), service::Forbidden);
  auto elders = beheerder;
  elders.actor.gemeente_id = beheer->gemeente_aanmaken("Elders");
  EXPECT_THROW(sessies->api_token_intrekken(elders, nog_een.id), service::NotFound);
  EXPECT_EQ(sessies->api_tokens(elders, {1, 20}).totaal, 0);
  sessies->api_token_intrekken(beheerder, nog_een.id);
  EXPECT_FALSE(sessies->api_token(nog_een.token, "adviezen"));
  EXPECT_THROW(sessies->api_token_intrekken(beheerder, nog_een.id), service::Conflict);
  EXPECT_EQ(gelukt_geaudit({"api_token.aanmaken", "api_token.intrekken"}, beheerder_), 2);
}

REGIE_SERVICE_BACKENDS(SessieTest);

}  // namespace
}  // namespace regie::testing
