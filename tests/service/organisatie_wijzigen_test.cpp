// The beheerder changes an organisation of his gemeente (issue "identity and administration") on SQLite and
// PostgreSQL: name, caseload norm and the norms per level, at the version he read; the chains stay; never
// another gemeente's organisation (also not one his gemeente contracts), only a beheerder, audited.

#include "service/errors.hpp"
#include "service/service_fixture.hpp"
#include "store/beheer_store.hpp"

namespace regie::testing {
namespace {

using domain::Gebruikersrol;

class OrganisatieWijzigenTest : public ServiceTest {
 protected:
  service::Context beheerder() { return als(beheerder_, {Gebruikersrol::beheerder}); }
  static service::OrganisatieInvoer invoer(std::string naam) {
    service::OrganisatieInvoer in{std::move(naam), {domain::Partij::veiligheidsketen}, 40, std::nullopt};
    std::array<domain::NiveauNorm, 5> normen{};
    for (int n = 1; n <= 5; ++n) normen[static_cast<std::size_t>(n - 1)] = {n + 1, 70 - 10 * n};
    in.normen = normen;
    return in;
  }
};

TEST_P(OrganisatieWijzigenTest, TheBeheerderChangesNameAndNormsAtTheVersionHeReadButNotTheChains) {
  if (!test_) GTEST_SKIP();
  const auto o = beheer->organisatie_wijzigen(beheerder(), lokaal_team_, invoer("Sociaal Team Testdorp"), 1);
  EXPECT_EQ(o.naam, "Sociaal Team Testdorp");
  EXPECT_EQ(o.caseload_norm, 40);
  EXPECT_EQ(o.normen[4].caseload_gewicht, 6);
  EXPECT_EQ(o.normen[4].evaluatie_termijn_dagen, 20);
  EXPECT_EQ(o.ketens, std::vector{domain::Partij::lokaal_team});
  EXPECT_EQ(o.versie, 2);
  const auto gelezen = db().read([&](store::Tx& tx) { return store::organisatie(tx, lokaal_team_); });
  EXPECT_EQ(gelezen->normen[0].caseload_gewicht, 2);
  EXPECT_EQ(gelezen->normen[0].evaluatie_termijn_dagen, 60);
  EXPECT_EQ(gelukt_geaudit({"organisatie.wijzigen"}, beheerder_), 1);
  // Someone else's change meanwhile: the old version is refused, nothing changes.
  EXPECT_THROW(beheer->organisatie_wijzigen(beheerder(), lokaal_team_, invoer("Oud"), 1), service::Conflict);
  EXPECT_EQ(db().read([&](store::Tx& tx) { return store::organisatie(tx, lokaal_team_); })->naam,
            "Sociaal Team Testdorp");
}

TEST_P(OrganisatieWijzigenTest, WrongInputIsNamedAndOnlyItsOwnGemeentesBeheerderMay) {
  if (!test_) GTEST_SKIP();
  auto fout = invoer("");
  fout.caseload_norm = 0;
  (*fout.normen)[2].evaluatie_termijn_dagen = 0;
  EXPECT_EQ(velden_van_fout([&] { beheer->organisatie_wijzigen(beheerder(), zorg_, fout, 1); }),
            (std::vector<std::string>{"naam", "caseloadNorm", "normen[2].evaluatieTermijnDagen"}));
  auto elders = beheerder();
  elders.actor.gemeente_id = beheer->gemeente_aanmaken("Elders");
  EXPECT_THROW(beheer->organisatie_wijzigen(elders, zorg_, invoer("Overgenomen"), 1), service::NotFound);
  EXPECT_THROW(
      beheer->organisatie_wijzigen(als(manager_, {Gebruikersrol::manager}), zorg_, invoer("Anders"), 1),
      service::Forbidden);
  EXPECT_NE(db().read([&](store::Tx& tx) { return store::organisatie(tx, zorg_); })->naam, "Overgenomen");
}

}  // namespace

REGIE_SERVICE_BACKENDS(OrganisatieWijzigenTest);

}  // namespace regie::testing
