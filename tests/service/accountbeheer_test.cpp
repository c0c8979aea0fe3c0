// The beheerder's account management (issue "identity and administration") through the service layer on
// SQLite and PostgreSQL: the list of his gemeente's accounts, blocking (which ends the sessions) and
// unblocking, ending all sessions; never another gemeente's account or his own block; only a beheerder,
// audited.

#include "service/accountbeheer.hpp"

#include "service/account_fixture.hpp"
#include "service/errors.hpp"

namespace regie::testing {
namespace {

using namespace std::chrono;

class AccountbeheerTest : public AccountTest {
 protected:
  void SetUp() override {
    AccountTest::SetUp();
    if (!test_) return;
    beheer->gebruiker_aanmaken(systeem(), regisseur_bplus_, "daan", "een-lang-wachtwoord");
    beheer->gebruiker_aanmaken(systeem(), beheerder_, "henk", "een-lang-wachtwoord");
  }
  std::string id_van(const std::string& naam) {
    for (const auto& a : accounts->lijst(beheerder(), {1, 100}).items)
      if (a.gebruikersnaam == naam) return a.gebruiker_id;
    return {};
  }
};

TEST_P(AccountbeheerTest, TheBeheerderBlocksUnblocksAndLogsOutAnAccountOfHisGemeente) {
  if (!test_) GTEST_SKIP();
  const auto inlog = sessies->inloggen("daan", "een-lang-wachtwoord", "10.0.0.1");
  auto lijst = accounts->lijst(beheerder(), {1, 100});
  ASSERT_EQ(lijst.totaal, 2);
  EXPECT_EQ(lijst.items[0].gebruikersnaam, "daan");  // by name
  EXPECT_EQ(lijst.items[0].medewerker, "Daan");
  EXPECT_EQ(lijst.items[0].lopende_sessies, 1);
  EXPECT_FALSE(lijst.items[0].geblokkeerd);
  EXPECT_EQ(accounts->lijst(beheerder(), {2, 1}).items.at(0).gebruikersnaam, "henk");

  const auto daan = id_van("daan");
  accounts->blokkeren(beheerder(), daan, true);
  EXPECT_FALSE(sessies->sessie(inlog.token));
  EXPECT_THROW(sessies->inloggen("daan", "een-lang-wachtwoord", "10.0.0.1"), service::NotAuthenticated);
  EXPECT_TRUE(accounts->lijst(beheerder(), {1, 100}).items[0].geblokkeerd);
  accounts->blokkeren(beheerder(), daan, false);
  const auto weer = sessies->inloggen("daan", "een-lang-wachtwoord", "10.0.0.1");
  accounts->sessies_beeindigen(beheerder(), daan);
  EXPECT_FALSE(sessies->sessie(weer.token));
  EXPECT_EQ(
      gelukt_geaudit({"beheer.account_blokkeren", "beheer.account_deblokkeren", "beheer.account_uitloggen"},
                     beheerder_),
      3);

  // Not his own block; paging is checked.
  EXPECT_THROW(accounts->blokkeren(beheerder(), id_van("henk"), true), service::Conflict);
  EXPECT_EQ(velden_van_fout([&] {
              accounts->lijst(beheerder(), {0, 20});
            }),
            std::vector<std::string>{"pagina"});
}

TEST_P(AccountbeheerTest, AnotherGemeentesBeheerderSeesAndChangesNothingAndOnlyABeheerderMay) {
  if (!test_) GTEST_SKIP();
  const auto daan = id_van("daan");
  auto elders = beheerder();
  elders.actor.gemeente_id = beheer->gemeente_aanmaken("Elders");
  EXPECT_EQ(accounts->lijst(elders, {1, 100}).totaal, 0);
  EXPECT_THROW(accounts->blokkeren(elders, daan, true), service::NotFound);
  EXPECT_THROW(accounts->sessies_beeindigen(elders, daan), service::NotFound);
  EXPECT_THROW(accounts->lijst(als(regisseur_bplus_), {1, 20}), service::Forbidden);
  EXPECT_THROW(accounts->blokkeren(als(manager_, {domain::Gebruikersrol::manager}), daan, true),
               service::Forbidden);
  EXPECT_NO_THROW(sessies->inloggen("daan", "een-lang-wachtwoord", "10.0.0.1"));
}

}  // namespace

REGIE_SERVICE_BACKENDS(AccountbeheerTest);

}  // namespace regie::testing
