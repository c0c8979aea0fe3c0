// Start passwords (issue "identity and administration") through the service layer on SQLite and PostgreSQL:
// the beheerder makes an account for a professional of his gemeente, or gives a new start password for a
// forgotten one; it lets its holder in only to choose his own, which counts once the login succeeds (after
// the second factor where one is asked); the old password and sessions end; never another gemeente's
// account, never his own, only a beheerder.

#include "service/account_fixture.hpp"
#include "service/errors.hpp"
#include "support/oathtool.hpp"

namespace regie::testing {
namespace {

using namespace std::chrono;
using service::InlogVervolg;

constexpr auto kEigen = "mijn-eigen-wachtwoord";

class StartwachtwoordTest : public AccountTest {
 protected:
  void SetUp() override {
    AccountTest::SetUp();
    if (!test_) return;
    henk_ = beheer->gebruiker_aanmaken(systeem(), beheerder_, "henk", "een-lang-wachtwoord");
  }
  service::Inlog inloggen(const std::string& wachtwoord, const std::string& nieuw = {},
                          const std::string& code = {}) {
    return sessies->inloggen("bram", wachtwoord, "10.0.0.9", code, nieuw);
  }

  std::string henk_;
};

TEST_P(StartwachtwoordTest, ANewAccountsStartPasswordOnlyLetsHimChooseHisOwn) {
  if (!test_) GTEST_SKIP();
  const auto nieuw = beheer->account_aanmaken(beheerder(), regisseur_a_, "bram");
  ASSERT_EQ(nieuw.startwachtwoord.size(), 19u);  // four groups of four, readable aloud

  const auto eerst = inloggen(nieuw.startwachtwoord);
  EXPECT_EQ(eerst.vervolg, InlogVervolg::wachtwoord);
  EXPECT_TRUE(eerst.token.empty());
  EXPECT_EQ(velden_van_fout([&] { inloggen(nieuw.startwachtwoord, "kort"); }),
            std::vector<std::string>{"nieuwWachtwoord"});
  EXPECT_EQ(velden_van_fout([&] { inloggen(nieuw.startwachtwoord, nieuw.startwachtwoord); }),
            std::vector<std::string>{"nieuwWachtwoord"});

  const auto binnen = inloggen(nieuw.startwachtwoord, kEigen);
  EXPECT_EQ(binnen.vervolg, InlogVervolg::geen);
  EXPECT_TRUE(sessies->sessie(binnen.token));
  EXPECT_THROW(inloggen(nieuw.startwachtwoord), service::NotAuthenticated);
  const auto weer = inloggen(kEigen);
  EXPECT_EQ(weer.vervolg, InlogVervolg::geen);
  EXPECT_TRUE(sessies->sessie(weer.token));

  // A name in use or not valid is named at its field; a professional of another gemeente is not his.
  EXPECT_EQ(velden_van_fout([&] { beheer->account_aanmaken(beheerder(), regisseur_b_, "bram"); }),
            std::vector<std::string>{"gebruikersnaam"});
  EXPECT_EQ(velden_van_fout([&] { beheer->account_aanmaken(beheerder(), regisseur_b_, "B"); }),
            std::vector<std::string>{"gebruikersnaam"});
  auto elders = beheerder();
  elders.actor.gemeente_id = beheer->gemeente_aanmaken("Elders");
  EXPECT_THROW(beheer->account_aanmaken(elders, regisseur_b_, "cora"), service::BadRequest);
  EXPECT_THROW(beheer->account_aanmaken(als(regisseur_a_), regisseur_b_, "cora"), service::Forbidden);
}

TEST_P(StartwachtwoordTest, AForgottenPasswordGetsANewStartPasswordAndTheSessionsEnd) {
  if (!test_) GTEST_SKIP();
  const auto bram = beheer->gebruiker_aanmaken(systeem(), regisseur_a_, "bram", kEigen);
  const auto sessie = inloggen(kEigen);
  ASSERT_TRUE(sessies->sessie(sessie.token));

  auto elders = beheerder();
  elders.actor.gemeente_id = beheer->gemeente_aanmaken("Elders");
  EXPECT_THROW(accounts->startwachtwoord(elders, bram), service::NotFound);
  EXPECT_THROW(accounts->startwachtwoord(als(manager_, {domain::Gebruikersrol::manager}), bram),
               service::Forbidden);
  EXPECT_THROW(accounts->startwachtwoord(beheerder(), henk_), service::Conflict);  // not his own
  EXPECT_TRUE(sessies->sessie(sessie.token));

  const auto start = accounts->startwachtwoord(beheerder(), bram);
  EXPECT_FALSE(sessies->sessie(sessie.token));
  EXPECT_THROW(inloggen(kEigen), service::NotAuthenticated);
  EXPECT_EQ(inloggen(start).vervolg, InlogVervolg::wachtwoord);
  EXPECT_TRUE(sessies->sessie(inloggen(start, "nog-een-eigen-wachtwoord").token));
  EXPECT_EQ(gelukt_geaudit({"beheer.startwachtwoord"}, beheerder_), 1);
}

TEST_P(StartwachtwoordTest, WithASecondFactorTheOwnPasswordCountsOnlyOnceTheAppIsSetUp) {
  if (!test_) GTEST_SKIP();
  accounts->tweede_factor_verplichten(beheerder(), true);
  const auto start = beheer->account_aanmaken(beheerder(), regisseur_a_, "bram").startwachtwoord;
  EXPECT_EQ(inloggen(start).vervolg, InlogVervolg::wachtwoord);
  const auto instellen = inloggen(start, kEigen);
  EXPECT_EQ(instellen.vervolg, InlogVervolg::instellen);
  // Not yet his own: the start password still asks for one.
  EXPECT_EQ(inloggen(start).vervolg, InlogVervolg::wachtwoord);
  const auto code =
      oathtool_code(instellen.totp_geheim, duration_cast<seconds>(tijd_.time_since_epoch()).count());
  // A wrong code changes nothing either.
  EXPECT_THROW(inloggen(start, kEigen, code == "000000" ? "111111" : "000000"), service::NotAuthenticated);
  EXPECT_EQ(inloggen(start).vervolg, InlogVervolg::wachtwoord);
  const auto binnen = inloggen(start, kEigen, code);
  EXPECT_TRUE(sessies->sessie(binnen.token));
  EXPECT_EQ(binnen.herstelcodes.size(), 10u);
  EXPECT_EQ(inloggen(kEigen).vervolg, InlogVervolg::code);
}

}  // namespace

REGIE_SERVICE_BACKENDS(StartwachtwoordTest);

}  // namespace regie::testing
