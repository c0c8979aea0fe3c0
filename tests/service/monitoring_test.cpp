// Monitoring through the service layer: the refresh counts the households, the figures roll up from team to
// gemeente, every count below 5 is suppressed (exactly 4 against 5), and who sees which figures.

#include <algorithm>

#include "service/crisislaag.hpp"
#include "service/errors.hpp"
#include "service/monitoring.hpp"
#include "service/service_fixture.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;

class MonitoringTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (!test_) return;
    monitoring = std::make_unique<service::Monitoring>(omgeving());
  }
  service::Context agendahouder() { return als(beheerder_, {Gebruikersrol::agendahouder}); }
  service::Context af() { return als(aandachtsfunctionaris_, {Gebruikersrol::aandachtsfunctionaris}); }

  // The period's figure of a metric's key: a state now, or the events summed.
  const service::MonitorCel& totaalcel(const service::MonitorOverzicht& o, std::string_view metriek,
                                       std::string_view sleutel) {
    const auto r = std::ranges::find_if(o.reeksen, [&](const auto& x) { return x.metriek->code == metriek; });
    return *std::ranges::find(r->totaal, sleutel, &service::MonitorCel::sleutel);
  }
  std::optional<std::int64_t> totaal(const service::MonitorOverzicht& o, std::string_view metriek,
                                     std::string_view sleutel) {
    return totaalcel(o, metriek, sleutel).waarde;
  }

  std::unique_ptr<service::Monitoring> monitoring;
};

TEST_P(MonitoringTest, FiveHouseholdsShowAsFiveAndFourAsBelowFive) {
  for (int i = 0; i < 5; ++i) huishouden_op_niveau(2);
  for (int i = 0; i < 4; ++i) huishouden_op_niveau(3);
  monitoring->verversen(agendahouder());
  const auto o = monitoring->cijfers(agendahouder(), {});
  ASSERT_TRUE(o.verversing);
  EXPECT_EQ(o.maanden.size(), 12u);
  EXPECT_EQ(o.tot, maand_van(vandaag()));
  EXPECT_EQ(totaal(o, "niveau", "2"), 5);
  EXPECT_EQ(totaal(o, "niveau", "3"), std::nullopt);              // 4
  EXPECT_EQ(totaal(o, "niveau", "5"), std::nullopt);              // 0: an empty cell is not shown either
  EXPECT_EQ(totaal(o, "opschaling", "opschalen"), std::nullopt);  // first decisions have no direction
  EXPECT_EQ(totaal(o, "op", "ontbreekt"), 9);  // no plan yet in any of the nine at level 2 or higher

  // Per month: this month's level count, earlier months empty (and so not shown).
  const auto& niveau =
      *std::ranges::find_if(o.reeksen, [](const auto& r) { return r.metriek->code == "niveau"; });
  const auto cel = std::ranges::find_if(niveau.per_maand,
                                        [&](const auto& c) { return c.maand == o.tot && c.sleutel == "2"; });
  EXPECT_EQ(cel->waarde, 5);
  EXPECT_TRUE(
      std::ranges::all_of(niveau.per_maand, [&](const auto& c) { return c.maand == o.tot || !c.waarde; }));
}

TEST_P(MonitoringTest, HouseholdsCountForTheOrganisationOfTheirProcesregisseur) {
  std::vector<std::string> ids;
  for (int i = 0; i < 6; ++i) ids.push_back(huishouden_op_niveau(2));
  for (const auto& id : ids)
    regisseurs->toewijzen(als(regisseur_bplus_), id,
                          {Rol::proces, PersoonSoort::medewerker, regisseur_a_, {}});
  huishouden_op_niveau(2);  // no regisseur: the gemeente's figure only
  monitoring->verversen(agendahouder());
  EXPECT_EQ(totaal(monitoring->cijfers(agendahouder(), {}), "niveau", "2"), 7);
  EXPECT_EQ(totaal(monitoring->cijfers(agendahouder(), {lokaal_team_, {}, {}, {}}), "niveau", "2"), 6);
  EXPECT_EQ(totaal(monitoring->cijfers(agendahouder(), {zorg_, {}, {}, {}}), "niveau", "2"), std::nullopt);
  // The aandachtsfunctionaris of the lokaal team sees his organisation by default, and no other.
  const auto eigen = monitoring->cijfers(af(), {});
  EXPECT_EQ(eigen.organisatie_id, lokaal_team_);
  EXPECT_EQ(totaal(eigen, "niveau", "2"), 6);
  EXPECT_THROW(monitoring->cijfers(af(), {zorg_, {}, {}, {}}), service::Forbidden);
}

TEST_P(MonitoringTest, AnOrganisationsFigureThatWouldGiveAwayASmallOneIsShielded) {
  certificeren(als(zorg_af_, {Gebruikersrol::aandachtsfunctionaris}), zonder_profiel_,
               {Rol::proces, Profiel::A});
  const auto toewijzen = [&](const std::string& regisseur, int aantal) {
    for (int i = 0; i < aantal; ++i) {
      const auto id = huishouden_op_niveau(2);
      regisseurs->toewijzen(als(regisseur_bplus_), id,
                            {Rol::proces, PersoonSoort::medewerker, regisseur, {}});
    }
  };
  toewijzen(regisseur_a_, 6);     // lokaal team
  toewijzen(zonder_profiel_, 5);  // zorg
  toewijzen(vk_bplus_, 3);        // veiligheidsketen
  monitoring->verversen(agendahouder());
  EXPECT_EQ(totaal(monitoring->cijfers(agendahouder(), {}), "niveau", "2"), 14);
  EXPECT_EQ(totaal(monitoring->cijfers(agendahouder(), {lokaal_team_, {}, {}, {}}), "niveau", "2"), 6);
  // 14 − 6 − 5 would give the veiligheidsketen's 3 away: the smallest shown figure beside it is shielded.
  const auto zorg = monitoring->cijfers(agendahouder(), {zorg_, {}, {}, {}});
  EXPECT_EQ(totaalcel(zorg, "niveau", "2").waarde, std::nullopt);
  EXPECT_TRUE(totaalcel(zorg, "niveau", "2").afgeschermd);
  const auto zvh = monitoring->cijfers(agendahouder(), {zvh_, {}, {}, {}});
  EXPECT_EQ(totaalcel(zvh, "niveau", "2").waarde, std::nullopt);
  EXPECT_FALSE(totaalcel(zvh, "niveau", "2").afgeschermd);  // simply below 5
}

TEST_P(MonitoringTest, APeriodsEventsAddUpTheMonthsShownOnly) {
  std::vector<std::string> ids;
  for (int i = 0; i < 7; ++i) ids.push_back(huishouden_op_niveau(2));
  for (int i = 0; i < 5; ++i) besluit(ids[i], 3);
  verstrijk(std::chrono::hours(24 * 32));  // a later month
  for (int i = 5; i < 7; ++i) besluit(ids[i], 3);
  monitoring->verversen(agendahouder());
  const auto o = monitoring->cijfers(agendahouder(), {});
  // 5 and a hidden 2: an exact 7 would give the 2 away to whoever also asks for the period without that
  // month.
  const auto& op = totaalcel(o, "opschaling", "opschalen");
  EXPECT_EQ(op.waarde, 5);
  EXPECT_TRUE(op.minstens);
  // No scale-down in any month: the total is an exact 0, hidden as any count below 5.
  const auto& af = totaalcel(o, "opschaling", "afschalen");
  EXPECT_EQ(af.waarde, std::nullopt);
  EXPECT_FALSE(af.minstens);
}

// DOMAIN.md §2 and §4.5: the registrations' criteria, the frame in force and compulsory decisions are
// counted, small numbers hidden as everywhere.
TEST_P(MonitoringTest, DeploymentCriteriaFramesAndCompulsoryDecisionsAreCounted) {
  const auto ctx = als(regisseur_bplus_);
  InzetRegistratie contra;
  contra.toets.criteria = {InzetCriterium::zorgmijdend, InzetCriterium::hulpvraag_moeilijk};
  contra.toets.motivatie = Motivatie::afwezig_na_motivatietraject;
  contra.toets.onverschillig = true;
  contra.contra_indicatie_erkend = true;
  InzetRegistratie acuut;
  acuut.toets.acuut_gevaar = true;
  for (int i = 0; i < 5; ++i) {
    const auto id = huishoudens->aanmaken(ctx, "Gezin Contra", {}, contra);
    const auto kind = gezinslid(id, Relatie::kind);
    kaders->kader_vastleggen(ctx, id, {Kader::dwang, std::nullopt, "De kinderrechter besliste."});
    kaders->dwangbesluit_vastleggen(ctx, id,
                                    {DwangbesluitSoort::ondertoezichtstelling,
                                     Besluitnemer::kinderrechter,
                                     {kind},
                                     vandaag(),
                                     std::nullopt,
                                     "Voor een jaar."});
  }
  for (int i = 0; i < 3; ++i) huishoudens->aanmaken(ctx, "Gezin Acuut", {}, acuut);
  huishouden();  // registered without criteria (as before they were asked): counted nowhere
  monitoring->verversen(agendahouder());
  const auto o = monitoring->cijfers(agendahouder(), {});
  EXPECT_EQ(totaal(o, "inzet", "zorgmijdend"), 5);
  EXPECT_EQ(totaal(o, "inzet", "hulpvraag_moeilijk"), 5);
  EXPECT_EQ(totaal(o, "inzet", "contra_indicatie"), 5);
  const auto& acuut_cel = totaalcel(o, "inzet", "altijd_starten");  // 3: hidden, "at least 0" over the period
  EXPECT_EQ(acuut_cel.waarde, 0);
  EXPECT_TRUE(acuut_cel.minstens);
  EXPECT_EQ(totaal(o, "inzet", "beperkt_zelfredzaam"), std::nullopt);
  EXPECT_EQ(totaal(o, "kader", "dwang"), 5);
  EXPECT_EQ(totaal(o, "kader", "vrijwillig"), std::nullopt);  // 4
  EXPECT_EQ(totaal(o, "dwangbesluit", "ondertoezichtstelling"), 5);
  EXPECT_EQ(totaal(o, "dwangbesluit", "uithuisplaatsing"), std::nullopt);
}

// DOMAIN.md §4.5: the households for which GRIP is in force, per phase; an ended GRIP no longer counts.
TEST_P(MonitoringTest, HouseholdsUnderGripAreCountedPerPhase) {
  service::Crisislagen crisislagen{omgeving()};
  const auto ctx = als(regisseur_bplus_);
  Crisislaag laag;
  laag.grip_fase = GripFase::grip_1;
  laag.grip_van = plus_dagen(vandaag(), -3);
  for (int i = 0; i < 5; ++i) crisislagen.vastleggen(ctx, huishouden_op_niveau(5), laag, 0);
  laag.grip_tot = plus_dagen(vandaag(), -1);
  crisislagen.vastleggen(ctx, huishouden_op_niveau(5), laag, 0);
  monitoring->verversen(agendahouder());
  const auto o = monitoring->cijfers(agendahouder(), {});
  EXPECT_EQ(totaal(o, "grip", "grip_1"), 5);
  EXPECT_EQ(totaal(o, "grip", "grip_2"), std::nullopt);
}

TEST_P(MonitoringTest, PlanFindingsAreCountedPerHouseholdByTheRegisseursCheckerOnToday) {
  const auto plan_opslaan = [&](bool met_streefdatum) {
    const auto id = huishouden_op_niveau(2);
    const auto ctx = regie(id);
    auto plan = plan_met_doel(regisseur_bplus_, vandaag());
    plan.evaluatiedatum = plus_dagen(vandaag(), 30);
    if (!met_streefdatum) plan.doelen.front().streefdatum.reset();
    for (const auto& lid : huishoudens->lezen(ctx, id).gezinsleden) {
      if (lid.leeftijd.maanden < kMeerderjarigMaanden) plan.kindcheck.push_back({lid.lid.id, "Besproken."});
    }
    return plannen->ondersteuningsplan_opslaan(ctx, id, plan, std::nullopt).bevindingen.size();
  };
  for (int i = 0; i < 5; ++i) EXPECT_EQ(plan_opslaan(true), 0u);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(plan_opslaan(false), 1u);
  huishouden_op_niveau(2);  // no plan: nothing to check
  monitoring->verversen(agendahouder());
  auto o = monitoring->cijfers(agendahouder(), {});
  EXPECT_EQ(totaal(o, "plankwaliteit", kZonderBevindingen), 5);
  EXPECT_EQ(totaal(o, "plankwaliteit", "doel_zonder_streefdatum"), std::nullopt);    // 4
  EXPECT_EQ(totaal(o, "plankwaliteit", "evaluatiedatum_verstreken"), std::nullopt);  // 0

  // Forty days on, every evaluation date has passed: the plans are checked on the day of the refresh.
  verstrijk(std::chrono::hours(24 * 40));
  monitoring->verversen(agendahouder());
  o = monitoring->cijfers(agendahouder(), {});
  EXPECT_EQ(totaal(o, "plankwaliteit", "evaluatiedatum_verstreken"), 9);
  EXPECT_EQ(totaal(o, "plankwaliteit", kZonderBevindingen), std::nullopt);  // 0
}

TEST_P(MonitoringTest, OnlyTheAgendahouderAndAandachtsfunctionarissenSeeFiguresAndOnlyHeRefreshes) {
  EXPECT_THROW(monitoring->cijfers(als(regisseur_a_), {}), service::Forbidden);
  EXPECT_THROW(monitoring->cijfers(als(manager_, {Gebruikersrol::manager}), {}), service::Forbidden);
  EXPECT_THROW(monitoring->verversen(af()), service::Forbidden);
  const auto o = monitoring->cijfers(agendahouder(), {});
  EXPECT_FALSE(o.verversing);  // nothing counted yet: every figure empty, nothing shown
  EXPECT_TRUE(std::ranges::all_of(o.reeksen, [](const auto& r) {
    return std::ranges::none_of(r.totaal, [](const auto& c) { return c.waarde.has_value(); });
  }));
}

TEST_P(MonitoringTest, APeriodAndAFilterThatDoNotFitNameTheirField) {
  const auto velden = [&](service::MonitorFilter f) {
    return velden_van_fout([&] { monitoring->cijfers(agendahouder(), f); });
  };
  EXPECT_EQ(velden({{}, {}, "2026-13", {}}), std::vector<std::string>{"van"});
  EXPECT_EQ(velden({{}, {}, "2026-05", "2026-04"}), std::vector<std::string>{"van"});
  EXPECT_EQ(velden({{}, {}, "2020-01", "2026-01"}), std::vector<std::string>{"van"});  // over 36 months
  EXPECT_EQ(velden({{}, {}, {}, "november"}), std::vector<std::string>{"tot"});
  EXPECT_EQ(velden({"onbekend", {}, {}, {}}), std::vector<std::string>{"organisatieId"});
  EXPECT_EQ(velden({{}, "onbekend", {}, {}}), std::vector<std::string>{"teamId"});
  EXPECT_EQ(monitoring->cijfers(agendahouder(), {{}, {}, "2026-01", "2026-03"}).maanden.size(), 3u);
}

REGIE_SERVICE_BACKENDS(MonitoringTest);

}  // namespace
}  // namespace regie::testing
