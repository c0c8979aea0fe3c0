// Both plans through the service layer: versions, conflicts, findings, sign-off and shielded parts.

#include <algorithm>

#include "service/errors.hpp"
#include "service/service_fixture.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;
using namespace std::chrono;

using PlanTest = ServiceTest;

std::vector<BevindingCode> codes(const std::vector<Bevinding>& b) {
  std::vector<BevindingCode> out;
  for (const auto& x : b) out.push_back(x.code);
  return out;
}

bool heeft(const std::vector<Bevinding>& b, BevindingCode code) {
  return std::ranges::any_of(b, [&](const Bevinding& x) { return x.code == code; });
}

TEST_P(PlanTest, VersionsGrowOnTopOfTheirBaseAndAStaleBaseLosesNothing) {
  const auto id = huishouden_op_niveau(2);
  const auto ctx = als(regisseur_bplus_);
  const auto v1 =
      plannen->ondersteuningsplan_opslaan(ctx, id, plan_met_doel(regisseur_bplus_, vandaag()), std::nullopt);
  EXPECT_EQ(v1.record.kop.versie, 1);
  const auto& doel = v1.record.plan.doelen.at(0);
  EXPECT_EQ(doel.id.size(), 26u);  // ids are given to new goals and actions
  EXPECT_EQ(doel.acties.at(0).id.size(), 26u);

  auto tweede = v1.record.plan;
  tweede.doelen[0].acties[0].status = ActieStatus::gedaan;
  const auto v2 = plannen->ondersteuningsplan_opslaan(ctx, id, tweede, 1);
  EXPECT_EQ(v2.record.kop.versie, 2);
  EXPECT_EQ(v2.record.plan.doelen[0].id, doel.id);  // ids stay across versions

  auto gelijktijdig = v1.record.plan;
  gelijktijdig.eigen_woorden = "Iemand anders schreef tegelijk";
  EXPECT_THROW(plannen->ondersteuningsplan_opslaan(ctx, id, gelijktijdig, 1), service::Conflict);
  EXPECT_THROW(plannen->ondersteuningsplan_opslaan(ctx, id, gelijktijdig, std::nullopt), service::Conflict);
  const auto huidig = plannen->ondersteuningsplan(ctx, id);
  ASSERT_TRUE(huidig);
  EXPECT_EQ(huidig->record.kop.versie, 2);
  EXPECT_EQ(huidig->record.plan, v2.record.plan);
  EXPECT_EQ(plannen->ondersteuningsplan(ctx, id, 1)->record.plan, v1.record.plan);
  EXPECT_EQ(plannen->ondersteuningsplan_versies(ctx, id).size(), 2u);
  EXPECT_THROW(plannen->ondersteuningsplan(ctx, id, 9), service::NotFound);
}

TEST_P(PlanTest, FindingsComeWithEveryReadIncludingTheKindcheck) {
  const auto id = huishouden_op_niveau(3);
  const auto ctx = als(regisseur_bplus_);
  Ondersteuningsplan p;
  p.leefgebieden = {{Leefgebied::gezondheid, std::nullopt, "", "Vader drinkt te veel.", ""}};
  p.doelen = {{"", "Minder drinken", Leefgebied::gezondheid, std::nullopt, std::nullopt, {}}};
  const auto lezing = plannen->ondersteuningsplan_opslaan(ctx, id, p, std::nullopt);
  const auto c = codes(lezing.bevindingen);
  for (auto verwacht : {BevindingCode::doel_zonder_streefdatum, BevindingCode::doel_zonder_actie,
                        BevindingCode::eigen_woorden_ontbreken, BevindingCode::evaluatiedatum_ontbreekt,
                        BevindingCode::kindcheck_ontbreekt, BevindingCode::veiligheidsplan_ontbreekt}) {
    EXPECT_NE(std::ranges::find(c, verwacht), c.end()) << to_code(verwacht);
  }
  // Both minors — Lotte and the unborn child — must be considered.
  EXPECT_EQ(std::ranges::count(c, BevindingCode::kindcheck_ontbreekt), 2);
  EXPECT_EQ(codes(plannen->ondersteuningsplan(ctx, id)->bevindingen), c);
}

TEST_P(PlanTest, ADraftIsCheckedWithoutBeingSavedAndOnlyByWhoMayWriteThePlan) {
  const auto id = huishouden_op_niveau(3);
  Ondersteuningsplan concept_plan;
  concept_plan.leefgebieden = {{Leefgebied::gezondheid, std::nullopt, "", "Vader drinkt te veel.", ""}};
  concept_plan.doelen = {{"", "Minder drinken", Leefgebied::gezondheid, std::nullopt, std::nullopt, {}}};
  const auto b = plannen->ondersteuningsplan_toetsen(als(regisseur_bplus_), id, concept_plan);
  EXPECT_TRUE(heeft(b, BevindingCode::doel_zonder_streefdatum));
  EXPECT_TRUE(heeft(b, BevindingCode::doel_zonder_actie));
  EXPECT_TRUE(heeft(b, BevindingCode::kindcheck_ontbreekt));
  EXPECT_FALSE(plannen->ondersteuningsplan(als(regisseur_bplus_), id));  // nothing was saved
  EXPECT_THROW(plannen->ondersteuningsplan_toetsen(als(zonder_profiel_), id, concept_plan),
               service::Forbidden);
}

TEST_P(PlanTest, APlanSatisfyingEveryCheckHasNoFindings) {
  const auto id = huishouden_op_niveau(3);
  const auto ctx = als(regisseur_bplus_);
  Veiligheidsplan vp;
  vp.veiligheidsdoel = "Niemand in huis wordt bedreigd of geslagen.";
  vp.afspraken = {{"Moeder", "Belt de wijkagent bij bedreiging", "Direct", "Procesregisseur"}};
  vp.evaluatiedatum = plus_dagen(vandaag(), 30);
  EXPECT_TRUE(plannen->veiligheidsplan_opslaan(ctx, id, vp, std::nullopt).bevindingen.empty());
  auto p = plan_met_doel(regisseur_bplus_, vandaag());
  p.evaluatiedatum = plus_dagen(vandaag(), 30);  // within the 6 weeks of level 3
  for (const auto& lid : huishoudens->lezen(ctx, id).gezinsleden) {
    if (lid.leeftijd.maanden < kMeerderjarigMaanden)
      p.kindcheck.push_back({lid.lid.id, "Besproken met de ouders."});
  }
  EXPECT_TRUE(plannen->ondersteuningsplan_opslaan(ctx, id, p, std::nullopt).bevindingen.empty());
  // Later the evaluation date passes.
  verstrijk(std::chrono::hours(24 * 40));
  EXPECT_TRUE(
      heeft(plannen->ondersteuningsplan(ctx, id)->bevindingen, BevindingCode::evaluatiedatum_verstreken));
}

// DOMAIN.md §8: the household's own proposals with whether they were taken over, and at levels 4 and 5 the
// surroundings, kept per version on both backends.
TEST_P(PlanTest, TheSafetyPlanKeepsOwnProposalsAndTheSurroundings) {
  const auto id = huishouden_op_niveau(4);
  const auto ctx = als(regisseur_bplus_);
  Veiligheidsplan vp;
  vp.veiligheidsdoel = "Niemand in huis of in de straat wordt bedreigd.";
  vp.afspraken = {{"Moeder", "Belt de wijkagent bij bedreiging", "Direct", "Procesregisseur"}};
  vp.evaluatiedatum = plus_dagen(vandaag(), 30);
  vp.eigen_voorstellen_overgenomen = Overname::ja;
  try {
    plannen->veiligheidsplan_opslaan(ctx, id, vp, std::nullopt);
    ADD_FAILURE() << "overgenomen zonder voorstellen";
  } catch (const service::BadRequest& e) {
    ASSERT_EQ(e.invalid_params().size(), 1u);
    EXPECT_EQ(e.invalid_params()[0].name, "eigenVoorstellenOvergenomen");
  }
  vp.eigen_voorstellen = "Oma komt elke avond langs.";
  const auto v1 = plannen->veiligheidsplan_opslaan(ctx, id, vp, std::nullopt);
  EXPECT_TRUE(heeft(v1.bevindingen, BevindingCode::omgevingsnorm_ontbreekt));
  EXPECT_TRUE(heeft(v1.bevindingen, BevindingCode::omgeving_niet_betrokken));
  vp.omgeving_norm = "Geen klachten van de buren.";
  vp.omgeving_betrokken = "De wijkagent spreekt de buren.";
  const auto v2 = plannen->veiligheidsplan_opslaan(ctx, id, vp, 1);
  EXPECT_TRUE(v2.bevindingen.empty());
  EXPECT_EQ(plannen->veiligheidsplan(ctx, id)->record.plan, vp);
  EXPECT_TRUE(plannen->veiligheidsplan(ctx, id, 1)->record.plan.omgeving_norm.empty());
}

TEST_P(PlanTest, InvalidPlansAreRefusedNamingTheField) {
  const auto id = huishouden_op_niveau(2);
  const auto ctx = als(regisseur_bplus_);
  auto p = plan_met_doel("onbekend", vandaag());
  p.variant = PlanVariant::preventief;
  p.doelen.push_back({"", " ", std::nullopt, std::string{"geen-lid"}, std::nullopt, {}});
  p.kindcheck = {{"geen-lid", "x"}};
  EXPECT_EQ(velden_van_fout([&] { plannen->ondersteuningsplan_opslaan(ctx, id, p, std::nullopt); }),
            (std::vector<std::string>{"variant", "doelen[0].acties[0].eigenaar", "doelen[1].omschrijving",
                                      "doelen[1].gezinslidId", "kindcheck[0].gezinslidId"}));
  EXPECT_FALSE(plannen->ondersteuningsplan(ctx, id).has_value());
}

TEST_P(PlanTest, TheHouseholdSignsTheNewestVersion) {
  const auto id = huishouden_op_niveau(2);
  const auto ctx = als(regisseur_bplus_);
  const auto leden = huishoudens->lezen(ctx, id).gezinsleden;
  const auto ouder =
      std::ranges::find_if(leden, [](const auto& l) { return l.lid.relatie == Relatie::ouder; })->lid.id;
  const auto ongeboren =
      std::ranges::find_if(leden, [](const auto& l) { return l.lid.geboorte.verwacht; })->lid.id;
  plannen->ondersteuningsplan_opslaan(ctx, id, plan_met_doel(regisseur_bplus_, vandaag()), std::nullopt);
  plannen->ondersteuningsplan_opslaan(ctx, id, plan_met_doel(regisseur_bplus_, vandaag()), 1);
  EXPECT_THROW(plannen->ondersteuningsplan_ondertekenen(ctx, id, 1, ouder), service::Conflict);
  EXPECT_EQ(velden_van_fout([&] { plannen->ondersteuningsplan_ondertekenen(ctx, id, 2, ongeboren); }),
            std::vector<std::string>{"gezinslidId"});
  plannen->ondersteuningsplan_ondertekenen(ctx, id, 2, ouder);
  EXPECT_THROW(plannen->ondersteuningsplan_ondertekenen(ctx, id, 2, ouder), service::Conflict);
  const auto r = plannen->ondersteuningsplan(ctx, id)->record;
  EXPECT_EQ(r.ondertekend_door, ouder);
  EXPECT_TRUE(r.ondertekend_op.has_value());
}

TEST_P(PlanTest, AShieldedPartIsAbsentForEveryoneNotNamedAndSurvivesTheirEdits) {
  const auto id = huishouden_op_niveau(3);
  const auto schrijver = als(regisseur_bplus_);
  const auto lezer = als(regisseur_b_);
  huishoudens->betrokkenheid_starten(schrijver, id, regisseur_b_, "jeugdbeschermer");
  Veiligheidsplan vp;
  vp.veiligheidsdoel = "Moeder en kinderen zijn veilig voor de ex-partner.";
  vp.afgeschermd = {{"", "Vluchtadres", "Blijf-van-mijn-lijfhuis, adres bekend bij Cora.", {regisseur_b_}}};
  const auto opgeslagen = plannen->veiligheidsplan_opslaan(schrijver, id, vp, std::nullopt);
  EXPECT_TRUE(opgeslagen.record.plan.afgeschermd.empty());  // the writer is not named on it either

  const auto voor_lezer = plannen->veiligheidsplan(lezer, id);
  ASSERT_EQ(voor_lezer->record.plan.afgeschermd.size(), 1u);
  EXPECT_EQ(voor_lezer->record.plan.afgeschermd[0].titel, "Vluchtadres");
  EXPECT_TRUE(plannen->veiligheidsplan(schrijver, id)->record.plan.afgeschermd.empty());

  // The writer saves a new version without knowing the part exists: it is carried over unchanged.
  auto v2 = plannen->veiligheidsplan(schrijver, id)->record.plan;
  v2.monitoring = "Wekelijks contact met de procesregisseur.";
  plannen->veiligheidsplan_opslaan(schrijver, id, v2, 1);
  const auto na = plannen->veiligheidsplan(lezer, id)->record;
  EXPECT_EQ(na.kop.versie, 2);
  ASSERT_EQ(na.plan.afgeschermd.size(), 1u);
  EXPECT_EQ(na.plan.afgeschermd[0], voor_lezer->record.plan.afgeschermd[0]);
  EXPECT_EQ(na.plan.monitoring, "Wekelijks contact met de procesregisseur.");

  EXPECT_EQ(velden_van_fout([&] {
              Veiligheidsplan zonder_lezers;
              zonder_lezers.afgeschermd = {{"", "Geheim", "inhoud", {}}};
              plannen->veiligheidsplan_opslaan(schrijver, id, zonder_lezers, 2);
            }),
            std::vector<std::string>{"afgeschermd[0].zichtbaarVoor"});
}

REGIE_SERVICE_BACKENDS(PlanTest);

}  // namespace
}  // namespace regie::testing
