// The beheerder changes a professional of his gemeente (issue "identity and administration") through the
// service layer on SQLite and PostgreSQL: team, manager, name, contact and roles, at the version he read;
// never another gemeente's professional, never his own beheerder role, only a beheerder, audited.

#include <algorithm>

#include "service/errors.hpp"
#include "service/regisseurs.hpp"
#include "service/service_fixture.hpp"

namespace regie::testing {
namespace {

using domain::Gebruikersrol;

class MedewerkerWijzigenTest : public ServiceTest {
 protected:
  service::Context beheerder() { return als(beheerder_, {Gebruikersrol::beheerder}); }
  service::MedewerkerInvoer zoals_nu(const std::string& id) {
    const auto m = beheer->medewerker(systeem(), id).medewerker;
    return {m.organisatie_id, m.team_id, m.manager_id, m.naam, m.email, m.telefoon, m.rollen};
  }
};

TEST_P(MedewerkerWijzigenTest, TheBeheerderChangesTeamManagerAndRolesAtTheVersionHeRead) {
  if (!test_) GTEST_SKIP();
  const auto team = beheer->team_aanmaken(systeem(), lokaal_team_, "Team Noord");
  auto in = zoals_nu(regisseur_b_);
  in.team_id = team;
  in.manager_id = manager_;
  in.rollen = {Gebruikersrol::regisseur, Gebruikersrol::aandachtsfunctionaris, Gebruikersrol::regisseur};
  in.email = "cora@testdorp.nl";
  beheer->medewerker_wijzigen(beheerder(), regisseur_b_, in, 1);
  auto m = beheer->medewerker(systeem(), regisseur_b_).medewerker;
  std::ranges::sort(m.rollen);  // once each; the order is the store's
  EXPECT_EQ(m.team_id, team);
  EXPECT_EQ(m.manager_id, manager_);
  EXPECT_EQ(m.rollen, (std::vector{Gebruikersrol::regisseur, Gebruikersrol::aandachtsfunctionaris}));
  EXPECT_EQ(m.email, "cora@testdorp.nl");
  EXPECT_EQ(m.versie, 2);
  EXPECT_EQ(gelukt_geaudit({"medewerker.wijzigen"}, beheerder_), 1);

  // What he read is no longer current: nothing changes.
  in.naam = "Cora Nieuw";
  EXPECT_THROW(beheer->medewerker_wijzigen(beheerder(), regisseur_b_, in, 1), service::Conflict);
  EXPECT_EQ(beheer->medewerker(systeem(), regisseur_b_).medewerker.naam, "Cora");
}

TEST_P(MedewerkerWijzigenTest, WrongInputIsNamedAndOnlyHisOwnGemeentesBeheerderMay) {
  if (!test_) GTEST_SKIP();
  auto in = zoals_nu(regisseur_b_);
  in.naam = "";
  EXPECT_EQ(velden_van_fout([&] { beheer->medewerker_wijzigen(beheerder(), regisseur_b_, in, 1); }),
            std::vector<std::string>{"naam"});
  in = zoals_nu(regisseur_b_);
  in.team_id = beheer->team_aanmaken(systeem(), zorg_, "Team Jeugd");
  EXPECT_EQ(velden_van_fout([&] { beheer->medewerker_wijzigen(beheerder(), regisseur_b_, in, 1); }),
            std::vector<std::string>{"teamId"});
  in = zoals_nu(regisseur_b_);
  in.manager_id = regisseur_b_;
  EXPECT_EQ(velden_van_fout([&] { beheer->medewerker_wijzigen(beheerder(), regisseur_b_, in, 1); }),
            std::vector<std::string>{"managerId"});

  in = zoals_nu(regisseur_b_);
  EXPECT_THROW(beheer->medewerker_wijzigen(als(regisseur_a_), regisseur_b_, in, 1), service::Forbidden);
  EXPECT_THROW(beheer->medewerker_wijzigen(als(manager_, {Gebruikersrol::manager}), regisseur_b_, in, 1),
               service::Forbidden);
  auto elders = beheerder();
  elders.actor.gemeente_id = beheer->gemeente_aanmaken("Elders");
  EXPECT_THROW(beheer->medewerker_wijzigen(elders, regisseur_b_, in, 1), service::NotFound);

  // His own beheerder role only another beheerder takes away.
  auto zelf = zoals_nu(beheerder_);
  zelf.rollen = {Gebruikersrol::regisseur};
  EXPECT_THROW(beheer->medewerker_wijzigen(beheerder(), beheerder_, zelf, 1), service::Conflict);
  EXPECT_EQ(beheer->medewerker(systeem(), regisseur_b_).medewerker.versie, 1);
}

TEST_P(MedewerkerWijzigenTest, MovesToAnotherOwnOrganisationOnlyWhoHoldsNoRegie) {
  if (!test_) GTEST_SKIP();
  auto in = zoals_nu(zonder_profiel_);
  const auto doel = in.organisatie_id == zorg_ ? lokaal_team_ : zorg_;
  const auto team = beheer->team_aanmaken(systeem(), doel, "Team Jeugd");
  in.organisatie_id = doel;
  in.team_id = team;
  beheer->medewerker_wijzigen(beheerder(), zonder_profiel_, in, 1);
  const auto m = beheer->medewerker(systeem(), zonder_profiel_).medewerker;
  EXPECT_EQ(m.organisatie_id, doel);
  EXPECT_EQ(m.team_id, team);

  // Not to another gemeente's organisation.
  const auto elders = beheer->gemeente_aanmaken("Elders");
  const auto vreemd = beheer->organisatie_aanmaken(service::systeem_context(elders, "test"),
                                                   {"Team Elders", {domain::Partij::lokaal_team}, {}, {}});
  in = zoals_nu(zonder_profiel_);
  in.organisatie_id = vreemd;
  EXPECT_EQ(velden_van_fout([&] { beheer->medewerker_wijzigen(beheerder(), zonder_profiel_, in, 2); }),
            std::vector<std::string>{"organisatieId"});

  // Who holds regie hands it over first: it rests on his organisation's chain.
  const auto h = huishouden_op_niveau(2);
  regisseurs->toewijzen(als(regisseur_bplus_), h,
                        {domain::Rol::proces, domain::PersoonSoort::medewerker, regisseur_a_, {}});
  const auto houder = regie(h).actor.id;
  ASSERT_EQ(houder, regisseur_a_);
  in = zoals_nu(houder);
  const auto versie = beheer->medewerker(systeem(), houder).medewerker.versie;
  in.organisatie_id = in.organisatie_id == zvh_ ? zorg_ : zvh_;
  in.team_id.reset();
  EXPECT_THROW(beheer->medewerker_wijzigen(beheerder(), houder, in, versie), service::Conflict);
  EXPECT_NE(beheer->medewerker(systeem(), houder).medewerker.organisatie_id, in.organisatie_id);
}

}  // namespace

REGIE_SERVICE_BACKENDS(MedewerkerWijzigenTest);

}  // namespace regie::testing
