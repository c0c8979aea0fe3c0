// Logging in with a second factor (issue "identity and administration") through the service layer on SQLite
// and PostgreSQL: a new gemeente asks one; the first login hands out a secret and starts no session; the
// app's first code (computed by Debian's oathtool) sets it up and gives recovery codes once; every code
// works once; a wrong code is a failed login; the beheerder resets it and ends the sessions; an app once set
// up is asked even when the gemeente turns the requirement off; only a beheerder changes the setting.

#include "service/account_fixture.hpp"
#include "service/errors.hpp"
#include "support/oathtool.hpp"

namespace regie::testing {
namespace {

using namespace std::chrono;
using service::InlogVervolg;

constexpr auto kWachtwoord = "een-lang-wachtwoord";

class TweedeFactorTest : public AccountTest {
 protected:
  void SetUp() override {
    AccountTest::SetUp();
    if (!test_) return;
    daan_ = beheer->gebruiker_aanmaken(systeem(), regisseur_bplus_, "daan", kWachtwoord);
    accounts->tweede_factor_verplichten(beheerder(), true);
  }
  std::string code_nu(const std::string& geheim) {
    return oathtool_code(geheim, duration_cast<seconds>(tijd_.time_since_epoch()).count());
  }
  service::Inlog inloggen(const std::string& code = {}) {
    return sessies->inloggen("daan", kWachtwoord, "10.0.0.7", code);
  }
  // Sets up the app; its recovery codes.
  std::vector<std::string> instellen() {
    const auto eerst = inloggen();
    const auto codes = inloggen(code_nu(eerst.totp_geheim)).herstelcodes;
    tijd_ += seconds{30};
    return codes;
  }
  std::int64_t mislukt_bewaard() {
    return db().read([&](store::Tx& tx) {
      return tx.query_one("SELECT count(*) FROM inlog_mislukt WHERE gebruikersnaam = 'daan'", {})->integer(0);
    });
  }

  std::string daan_;
};

TEST_P(TweedeFactorTest, ANewGemeenteAsksASecondFactorAndOnlyABeheerderTurnsItOff) {
  if (!test_) GTEST_SKIP();
  const auto nieuw = beheer->gemeente_aanmaken("Nieuwdorp");
  EXPECT_TRUE(accounts->tweede_factor_verplicht(service::systeem_context(nieuw, "beheer")));
  EXPECT_TRUE(accounts->tweede_factor_verplicht(beheerder()));
  EXPECT_THROW(accounts->tweede_factor_verplichten(als(regisseur_bplus_), false), service::Forbidden);
  EXPECT_THROW(accounts->tweede_factor_verplichten(als(manager_, {domain::Gebruikersrol::manager}), false),
               service::Forbidden);
  EXPECT_THROW(accounts->tweede_factor_verplicht(als(regisseur_bplus_)), service::Forbidden);
  accounts->tweede_factor_verplichten(beheerder(), false);
  EXPECT_FALSE(accounts->tweede_factor_verplicht(beheerder()));
  EXPECT_FALSE(sessies->tweede_factor_verplicht(als(regisseur_bplus_)));
  // Another gemeente's setting stays as it was.
  EXPECT_TRUE(accounts->tweede_factor_verplicht(service::systeem_context(nieuw, "beheer")));
}

TEST_P(TweedeFactorTest, TheFirstLoginSetsUpTheAppWithItsFirstCodeAndGivesRecoveryCodesOnce) {
  if (!test_) GTEST_SKIP();
  const auto eerst = inloggen();
  EXPECT_EQ(eerst.vervolg, InlogVervolg::instellen);
  EXPECT_TRUE(eerst.token.empty());
  ASSERT_EQ(eerst.totp_geheim.size(), 32u);  // 160 bits in base32
  EXPECT_NE(eerst.totp_adres.find("otpauth://totp/"), std::string::npos);
  // Until its first code proves it, the same secret (a reload shows the same).
  EXPECT_EQ(inloggen().totp_geheim, eerst.totp_geheim);

  const auto goed = code_nu(eerst.totp_geheim);
  ASSERT_EQ(goed.size(), 6u) << "oathtool ontbreekt?";
  const auto fout = goed == "000000" ? std::string{"111111"} : std::string{"000000"};
  EXPECT_THROW(inloggen(fout), service::NotAuthenticated);
  EXPECT_EQ(mislukt_bewaard(), 1);
  // A recovery code cannot set up an app.
  EXPECT_THROW(inloggen("ABCD-EFGH-JKLM"), service::NotAuthenticated);

  const auto ingesteld = inloggen(goed);
  EXPECT_EQ(ingesteld.vervolg, InlogVervolg::geen);
  ASSERT_TRUE(sessies->sessie(ingesteld.token));
  ASSERT_EQ(ingesteld.herstelcodes.size(), 10u);
  EXPECT_NE(ingesteld.herstelcodes[0], ingesteld.herstelcodes[1]);
  const auto lijst = accounts->lijst(beheerder(), {1, 100}).items;
  EXPECT_TRUE(std::ranges::find(lijst, "daan", &store::AccountRegel::gebruikersnaam)->tweede_factor);

  // From now on a code is asked, and no new secret or recovery codes are handed out.
  tijd_ += seconds{30};
  const auto daarna = inloggen();
  EXPECT_EQ(daarna.vervolg, InlogVervolg::code);
  EXPECT_TRUE(daarna.totp_geheim.empty());
  const auto weer = inloggen(code_nu(eerst.totp_geheim));
  EXPECT_TRUE(sessies->sessie(weer.token));
  EXPECT_TRUE(weer.herstelcodes.empty());
}

TEST_P(TweedeFactorTest, EveryCodeWorksOnceAndAWrongOneIsAFailedLogin) {
  if (!test_) GTEST_SKIP();
  const auto geheim = inloggen().totp_geheim;
  const auto herstel = inloggen(code_nu(geheim)).herstelcodes;
  tijd_ += seconds{30};
  const auto code = code_nu(geheim);
  EXPECT_TRUE(sessies->sessie(inloggen(code).token));
  EXPECT_THROW(inloggen(code), service::NotAuthenticated);  // the same step again
  const auto gezien = mislukt_bewaard();
  EXPECT_GE(gezien, 1);

  // A recovery code, typed in lower case without dashes, works once.
  std::string getypt;
  for (const char c : herstel[3])
    if (c != '-') getypt += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_TRUE(sessies->sessie(inloggen(getypt).token));
  EXPECT_THROW(inloggen(herstel[3]), service::NotAuthenticated);
  EXPECT_TRUE(sessies->sessie(inloggen(herstel[4]).token));

  // A right code does not make a wrong password right.
  tijd_ += seconds{30};
  EXPECT_THROW(sessies->inloggen("daan", "niet-het-wachtwoord", "10.0.0.7", code_nu(geheim)),
               service::NotAuthenticated);
  EXPECT_GT(mislukt_bewaard(), gezien);
}

TEST_P(TweedeFactorTest, TheBeheerderResetsTheSecondFactorAndEndsTheSessions) {
  if (!test_) GTEST_SKIP();
  const auto oud = inloggen().totp_geheim;
  const auto sessie = inloggen(code_nu(oud));
  tijd_ += seconds{30};

  auto elders = beheerder();
  elders.actor.gemeente_id = beheer->gemeente_aanmaken("Elders");
  EXPECT_THROW(accounts->tweede_factor_wissen(elders, daan_), service::NotFound);
  EXPECT_THROW(accounts->tweede_factor_wissen(als(regisseur_a_), daan_), service::Forbidden);
  EXPECT_TRUE(sessies->sessie(sessie.token));

  accounts->tweede_factor_wissen(beheerder(), daan_);
  EXPECT_FALSE(sessies->sessie(sessie.token));
  const auto opnieuw = inloggen();
  EXPECT_EQ(opnieuw.vervolg, InlogVervolg::instellen);
  EXPECT_NE(opnieuw.totp_geheim, oud);
  EXPECT_THROW(inloggen(sessie.herstelcodes.at(0)), service::NotAuthenticated);  // the old codes are gone
  EXPECT_EQ(gelukt_geaudit({"beheer.tweede_factor_wissen"}, beheerder_), 1);
}

TEST_P(TweedeFactorTest, AnAppOnceSetUpIsAskedEvenWhenTheGemeenteNoLongerRequiresOne) {
  if (!test_) GTEST_SKIP();
  const auto geheim = inloggen().totp_geheim;
  inloggen(code_nu(geheim));
  accounts->tweede_factor_verplichten(beheerder(), false);
  EXPECT_EQ(inloggen().vervolg, InlogVervolg::code);
  // Others without an app log in with a password again.
  beheer->gebruiker_aanmaken(systeem(), regisseur_a_, "bram", kWachtwoord);
  const auto bram = sessies->inloggen("bram", kWachtwoord, "10.0.0.8");
  EXPECT_EQ(bram.vervolg, InlogVervolg::geen);
  EXPECT_TRUE(sessies->sessie(bram.token));
}

}  // namespace

REGIE_SERVICE_BACKENDS(TweedeFactorTest);

}  // namespace regie::testing
