// Implementation plans through the service layer: from the template, who keeps and who sees which plan,
// progress, stale writes and field errors.

#include <algorithm>

#include "service/errors.hpp"
#include "service/service_fixture.hpp"
#include "store/sessie_store.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;
class ImplementatieTest : public ServiceTest {
 protected:
  // The agendahouder and the aandachtsfunctionarissen of two organisations.
  service::Context agendahouder() { return als(beheerder_, {Gebruikersrol::agendahouder}); }
  service::Context af_lokaal_team() {
    return als(aandachtsfunctionaris_, {Gebruikersrol::aandachtsfunctionaris});
  }
  service::Context af_zorg() { return als(zonder_profiel_, {Gebruikersrol::aandachtsfunctionaris}); }
};

TEST_P(ImplementatieTest, TheAgendahouderStartsTheGemeentePlanFromItsTemplateOnce) {
  const auto id = implementatie->plan_starten(agendahouder(), std::nullopt);
  const auto l = implementatie->plan(agendahouder(), id);
  ASSERT_EQ(l.acties.size(), sjabloon_van(PlanEigenaar::gemeente).size());
  EXPECT_TRUE(
      std::ranges::all_of(l.acties, [](const auto& a) { return a.actie.stand == ActieStand::niet_gestart; }));
  EXPECT_EQ(l.acties.front().actie.sjabloon_code, "werkwijze_vastgesteld");
  EXPECT_EQ(l.voortgang.back().procent, 0);
  EXPECT_TRUE(l.mag_bewerken);
  EXPECT_THROW(implementatie->plan_starten(agendahouder(), std::nullopt), service::Conflict);
  EXPECT_THROW(implementatie->plan_starten(af_lokaal_team(), std::nullopt), service::Forbidden);
  EXPECT_THROW(implementatie->plan_starten(als(regisseur_a_), std::nullopt), service::Forbidden);
}

// DOMAIN.md §9: the gemeente needs an active agendahouder, an organisation an active aandachtsfunctionaris;
// without one, its plan says so.
TEST_P(ImplementatieTest, APlanWhoseOwnerHasNoDriverCarriesAFinding) {
  const auto gemeente = implementatie->plan_starten(agendahouder(), std::nullopt);
  EXPECT_EQ(implementatie->plan(agendahouder(), gemeente).bevinding, RolBevinding::geen_agendahouder);
  beheer->medewerker_aanmaken(
      systeem(), {lokaal_team_, {}, {}, "Lies", "lies@test.nl", "", {Gebruikersrol::agendahouder}});
  EXPECT_EQ(implementatie->plan(agendahouder(), gemeente).bevinding, std::nullopt);

  const auto eigen = implementatie->plan_starten(af_lokaal_team(), lokaal_team_);
  EXPECT_EQ(implementatie->plan(af_lokaal_team(), eigen).bevinding, std::nullopt);  // Anna
  const auto zvh = implementatie->plan_starten(als(vk_af_, {Gebruikersrol::aandachtsfunctionaris}), zvh_);
  EXPECT_EQ(implementatie->plan(agendahouder(), zvh).bevinding, std::nullopt);  // Kees
  const auto account = beheer->gebruiker_aanmaken(systeem(), vk_af_, "kees", "een-lang-wachtwoord-2026");
  db().write(
      [&](store::Tx& tx) { store::gebruiker_blokkeren(tx, account, true, domain::format_tijdstip(tijd_)); });
  EXPECT_EQ(implementatie->plan(agendahouder(), zvh).bevinding, RolBevinding::geen_aandachtsfunctionaris);
}

TEST_P(ImplementatieTest, AnOrganisationsPlanIsKeptByItsOwnAandachtsfunctionarisAndSeenByTheAgendahouder) {
  EXPECT_THROW(implementatie->plan_starten(af_zorg(), lokaal_team_), service::Forbidden);
  EXPECT_EQ(velden_van_fout([&] { implementatie->plan_starten(af_lokaal_team(), "onbekend"); }),
            std::vector<std::string>{"organisatieId"});
  const auto id = implementatie->plan_starten(af_lokaal_team(), lokaal_team_);
  const auto eigen = implementatie->plan(af_lokaal_team(), id);
  EXPECT_EQ(eigen.acties.size(), sjabloon_van(PlanEigenaar::organisatie).size());
  EXPECT_EQ(eigen.voortgang.size(), 7u);  // A..F and the whole plan
  EXPECT_TRUE(eigen.mag_bewerken);

  const auto gezien = implementatie->plan(agendahouder(), id);
  EXPECT_FALSE(gezien.mag_bewerken);
  const auto actie = gezien.acties.front();
  EXPECT_THROW(implementatie->actie_bijwerken(agendahouder(), id, actie.id, {}, actie.versie),
               service::Forbidden);
  EXPECT_THROW(implementatie->plan(af_zorg(), id), service::Forbidden);
  EXPECT_THROW(implementatie->plan(als(regisseur_a_), id), service::Forbidden);
  auto elders = agendahouder();
  elders.actor.gemeente_id = "een-andere-gemeente";
  EXPECT_THROW(implementatie->plan(elders, id), service::NotFound);
}

TEST_P(ImplementatieTest, ProgressFollowsTheActionsAndAStaleWriteLosesNothing) {
  const auto id = implementatie->plan_starten(af_lokaal_team(), lokaal_team_);
  const auto acties = implementatie->plan(af_lokaal_team(), id).acties;
  const auto& a = acties.at(0);  // section A, 3 actions
  service::ImplementatieActieWijziging gereed{"Anna", vandaag(), ActieStand::gereed, std::nullopt,
                                              "Vastgesteld."};
  implementatie->actie_bijwerken(af_lokaal_team(), id, a.id, gereed, a.versie);
  EXPECT_THROW(implementatie->actie_bijwerken(af_lokaal_team(), id, a.id, gereed, a.versie),
               service::Conflict);

  const auto& b = acties.at(1);
  EXPECT_EQ(velden_van_fout([&] {
              implementatie->actie_bijwerken(
                  af_lokaal_team(), id, b.id,
                  {std::nullopt, std::nullopt, ActieStand::niet_van_toepassing, "kort", ""}, b.versie);
            }),
            std::vector<std::string>{"reden"});
  implementatie->actie_bijwerken(af_lokaal_team(), id, b.id,
                                 {std::nullopt, std::nullopt, ActieStand::niet_van_toepassing,
                                  "Wordt al geregeld door de gemeente.", ""},
                                 b.versie);

  ImplementatieActie eigen;
  eigen.sectie = 'A';
  eigen.omschrijving = "Werkwijze bespreken in het teamoverleg";
  eigen.gepland = plus_dagen(vandaag(), -1);
  const auto eigen_id = implementatie->actie_toevoegen(af_lokaal_team(), id, eigen, "");

  const auto na = implementatie->plan(af_lokaal_team(), id);
  const auto nieuw = std::ranges::find(na.acties, eigen_id, &store::ImplementatieActieRecord::id);
  ASSERT_NE(nieuw, na.acties.end());
  EXPECT_FALSE(nieuw->actie.sjabloon_code);
  const auto& sectie_a = na.voortgang.at(0);
  EXPECT_EQ(sectie_a.sectie, 'A');
  EXPECT_EQ(sectie_a.acties, 4);
  EXPECT_EQ(sectie_a.van_toepassing, 3);  // the one not applicable left out
  EXPECT_EQ(sectie_a.gereed, 1);
  EXPECT_EQ(sectie_a.over_tijd, 1);  // the own action, planned yesterday
  EXPECT_EQ(sectie_a.procent, 33);
  EXPECT_EQ(velden_van_fout([&] {
              ImplementatieActie fout;
              fout.sectie = 'G';  // an organisation's plan has no G
              implementatie->actie_toevoegen(af_lokaal_team(), id, fout, "");
            }),
            (std::vector<std::string>{"sectie", "omschrijving"}));
}

TEST_P(ImplementatieTest, TheOverviewShowsEachRoleTheirOwnPlans) {
  const auto gemeente_plan = implementatie->plan_starten(agendahouder(), std::nullopt);
  const auto lokaal = implementatie->plan_starten(af_lokaal_team(), lokaal_team_);
  const auto zorg = implementatie->plan_starten(af_zorg(), zorg_);
  const auto ids = [](const std::vector<service::ImplementatieOverzichtRegel>& r) {
    std::vector<std::string> out;
    for (const auto& x : r) out.push_back(x.plan.id);
    return out;
  };
  const auto alles = implementatie->overzicht(agendahouder());
  EXPECT_EQ(ids(alles).front(), gemeente_plan);  // the gemeente's own first
  EXPECT_EQ(alles.size(), 3u);
  EXPECT_EQ(ids(implementatie->overzicht(af_lokaal_team())), std::vector<std::string>{lokaal});
  EXPECT_EQ(ids(implementatie->overzicht(af_zorg())), std::vector<std::string>{zorg});
  EXPECT_THROW(implementatie->overzicht(als(regisseur_a_)), service::Forbidden);
}

TEST_P(ImplementatieTest, TheYearlyMomentsAreRecordedNewestFirstAndNotInTheFuture) {
  const auto id = implementatie->plan_starten(agendahouder(), std::nullopt);
  store::ImplementatieMomentRecord evaluatie{"",
                                             "",
                                             MomentSoort::evaluatie,
                                             plus_dagen(vandaag(), -300),
                                             "Gemeente en organisaties",
                                             "De werkwijze wordt gebruikt.",
                                             "Scholing herhalen.",
                                             "",
                                             ""};
  implementatie->moment_vastleggen(agendahouder(), id, evaluatie);
  auto dialoog = evaluatie;
  dialoog.soort = MomentSoort::dialoogsessie;
  dialoog.datum = vandaag();
  implementatie->moment_vastleggen(agendahouder(), id, dialoog);
  const auto momenten = implementatie->plan(agendahouder(), id).momenten;
  ASSERT_EQ(momenten.size(), 2u);
  EXPECT_EQ(momenten[0].soort, MomentSoort::dialoogsessie);
  EXPECT_EQ(momenten[1].besluiten, "Scholing herhalen.");

  auto later = dialoog;
  later.datum = plus_dagen(vandaag(), 1);
  later.bevindingen = "";
  EXPECT_EQ(velden_van_fout([&] { implementatie->moment_vastleggen(agendahouder(), id, later); }),
            (std::vector<std::string>{"bevindingen", "datum"}));
  EXPECT_THROW(implementatie->moment_vastleggen(af_lokaal_team(), id, dialoog), service::Forbidden);
}

REGIE_SERVICE_BACKENDS(ImplementatieTest);

}  // namespace
}  // namespace regie::testing
