// Failed logins as the beheerder sees them (issue "identity and administration") through the service layer on
// SQLite and PostgreSQL: per account of his gemeente and per address, over a day and a week, with the
// throttle's lock; lifting a lock lets the account in at once; another gemeente's accounts and addresses are
// neither shown nor his to lift; only a beheerder, audited.

#include "service/inlogbewaking.hpp"

#include "service/errors.hpp"
#include "service/service_fixture.hpp"
#include "service/sessies.hpp"

namespace regie::testing {
namespace {

using namespace std::chrono;
using service::BlokkadeSoort;

class InlogbewakingTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (!test_) return;
    sessies = std::make_unique<service::Sessies>(omgeving(), service::SessieConfig{minutes(30), hours(12)});
    bewaking = std::make_unique<service::Inlogbewaking>(omgeving());
    beheer->gebruiker_aanmaken(systeem(), regisseur_bplus_, "daan", "een-lang-wachtwoord");
  }
  // Tries with a wrong password `keer` times from `adres`, each a minute apart (past the short waits).
  void mislukt(const std::string& naam, const std::string& adres, int keer) {
    for (int i = 0; i < keer; ++i) {
      tijd_ += minutes(1);
      try {
        sessies->inloggen(naam, "fout-wachtwoord", adres);
      } catch (const service::NotAuthenticated&) {
      } catch (const service::TooManyRequests&) {
      }
    }
  }
  service::Context beheerder() { return als(beheerder_, {domain::Gebruikersrol::beheerder}); }

  std::unique_ptr<service::Sessies> sessies;
  std::unique_ptr<service::Inlogbewaking> bewaking;
};

TEST_P(InlogbewakingTest, TheBeheerderSeesFailuresPerAccountAndAddressAndLiftsALock) {
  if (!test_) GTEST_SKIP();
  mislukt("daan", "10.0.0.1", 2);
  tijd_ += hours(30);                 // these two are older than a day
  mislukt("Daan", "10.0.0.2", 10);    // locked now
  mislukt("niemand", "10.0.0.3", 2);  // a name nobody has: no gemeente's business

  const auto o = bewaking->overzicht(beheerder());
  ASSERT_EQ(o.accounts.size(), 1u);
  EXPECT_EQ(o.accounts[0].sleutel, "daan");
  EXPECT_EQ(o.accounts[0].aantal_dag, 10);
  EXPECT_EQ(o.accounts[0].aantal_week, 12);
  EXPECT_TRUE(o.accounts[0].geblokkeerd_tot);
  ASSERT_EQ(o.adressen.size(), 2u);
  EXPECT_EQ(o.adressen[0].sleutel, "10.0.0.2");  // the most recent first
  EXPECT_EQ(o.adressen[1].sleutel, "10.0.0.1");
  EXPECT_EQ(o.adressen[1].aantal_dag, 0);
  EXPECT_THROW(sessies->inloggen("daan", "een-lang-wachtwoord", "10.0.0.4"), service::TooManyRequests);

  bewaking->blokkade_opheffen(beheerder(), BlokkadeSoort::account, "daan");
  EXPECT_FALSE(bewaking->overzicht(beheerder()).accounts[0].geblokkeerd_tot);
  EXPECT_NO_THROW(sessies->inloggen("daan", "een-lang-wachtwoord", "10.0.0.4"));
  EXPECT_NO_THROW(bewaking->blokkade_opheffen(beheerder(), BlokkadeSoort::adres, "10.0.0.2"));
  EXPECT_EQ(gelukt_geaudit({"beheer.blokkade_opheffen"}, beheerder_), 2);
}

TEST_P(InlogbewakingTest, AnotherGemeentesAccountsAndAddressesAreNotHis) {
  if (!test_) GTEST_SKIP();
  mislukt("daan", "10.0.0.1", 3);
  auto elders = beheerder();
  elders.actor.gemeente_id = beheer->gemeente_aanmaken("Elders");
  const auto o = bewaking->overzicht(elders);
  EXPECT_TRUE(o.accounts.empty());
  EXPECT_TRUE(o.adressen.empty());
  EXPECT_EQ(velden_van_fout([&] { bewaking->blokkade_opheffen(elders, BlokkadeSoort::account, "daan"); }),
            std::vector<std::string>{"waarde"});
  EXPECT_EQ(velden_van_fout([&] { bewaking->blokkade_opheffen(elders, BlokkadeSoort::adres, "10.0.0.1"); }),
            std::vector<std::string>{"waarde"});
  EXPECT_EQ(
      velden_van_fout([&] { bewaking->blokkade_opheffen(beheerder(), BlokkadeSoort::account, "niemand"); }),
      std::vector<std::string>{"waarde"});
}

TEST_P(InlogbewakingTest, OnlyABeheerder) {
  if (!test_) GTEST_SKIP();
  EXPECT_THROW(bewaking->overzicht(als(regisseur_bplus_)), service::Forbidden);
  EXPECT_THROW(bewaking->overzicht(als(manager_, {domain::Gebruikersrol::manager})), service::Forbidden);
  EXPECT_THROW(bewaking->blokkade_opheffen(als(regisseur_bplus_), BlokkadeSoort::account, "daan"),
               service::Forbidden);
}

}  // namespace

REGIE_SERVICE_BACKENDS(InlogbewakingTest);

}  // namespace regie::testing
