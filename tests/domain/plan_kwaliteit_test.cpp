// Plan quality findings (DOMAIN.md §8), the kindcheck included.

#include "domain/plan_kwaliteit.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/eisen.hpp"
#include "domain/tijd.hpp"

namespace regie::domain {
namespace {

using namespace std::chrono;
constexpr Datum kVandaag{2026y, November, 22d};

PlanContext context(std::optional<Niveau> niveau = Niveau::twee) {
  PlanContext c;
  c.vandaag = kVandaag;
  c.opgesteld_op = kVandaag;
  c.niveau = niveau;
  c.gezinsleden = {
      {"moeder", {420, false, false}}, {"zoon", {96, false, false}}, {"baby", {-2, true, false}}};
  c.evaluatie_termijn_dagen = 91;
  return c;
}

Ondersteuningsplan goed_plan() {
  Ondersteuningsplan p;
  p.leefgebieden = {{Leefgebied::wonen, std::nullopt, "Fijne buurt.", "Huurachterstand.", ""}};
  p.doelen = {{"d1",
               "Huur op tijd betaald",
               Leefgebied::wonen,
               std::nullopt,
               plus_dagen(kVandaag, 90),
               {{"a1", "Betalingsregeling", Eigenaar{PersoonSoort::gezinslid, "moeder"},
                 plus_dagen(kVandaag, 7), ActieStatus::open}}}};
  p.kindcheck = {{"zoon", "Zoon merkt de spanning; school is ingelicht."},
                 {"baby", "Kraamzorg let op de situatie."}};
  p.eigen_woorden = "Wij willen in dit huis blijven wonen.";
  p.evaluatiedatum = plus_dagen(kVandaag, 60);
  return p;
}

std::vector<std::pair<BevindingCode, std::string>> bevindingen(const Ondersteuningsplan& p,
                                                               const PlanContext& c) {
  std::vector<std::pair<BevindingCode, std::string>> out;
  for (const auto& b : check_plan(p, c)) {
    EXPECT_FALSE(b.tekst.empty());
    out.emplace_back(b.code, b.verwijzing);
  }
  return out;
}

using B = std::vector<std::pair<BevindingCode, std::string>>;

TEST(PlanKwaliteit, AGoodPlanHasNoFindings) { EXPECT_TRUE(check_plan(goed_plan(), context()).empty()); }

TEST(PlanKwaliteit, GoalsAndActions) {
  auto p = goed_plan();
  p.doelen[0].streefdatum.reset();
  p.doelen[0].acties[0].eigenaar.reset();
  p.doelen[0].acties[0].uiterlijk.reset();
  p.doelen.push_back({"d2", "Werk vinden", Leefgebied::werk, std::nullopt, plus_dagen(kVandaag, 200), {}});
  EXPECT_EQ(bevindingen(p, context()), (B{{BevindingCode::doel_zonder_streefdatum, "d1"},
                                          {BevindingCode::actie_zonder_eigenaar, "a1"},
                                          {BevindingCode::actie_zonder_datum, "a1"},
                                          {BevindingCode::doel_zonder_actie, "d2"}}));
}

TEST(PlanKwaliteit, EveryLifeDomainWithConcernsHasAGoal) {
  auto p = goed_plan();
  p.leefgebieden.push_back({Leefgebied::gezondheid, std::nullopt, "", "Slaapt slecht.", ""});
  p.leefgebieden.push_back({Leefgebied::werk, std::nullopt, "Heeft werk.", "", ""});
  EXPECT_EQ(bevindingen(p, context()), (B{{BevindingCode::zorg_zonder_doel, "gezondheid"}}));
}

TEST(PlanKwaliteit, OwnWordsExceptInThePreventiveVariant) {
  auto p = goed_plan();
  p.eigen_woorden = " ";
  EXPECT_EQ(bevindingen(p, context()), (B{{BevindingCode::eigen_woorden_ontbreken, ""}}));
  p.variant = PlanVariant::preventief;
  EXPECT_TRUE(check_plan(p, context(Niveau::een)).empty());
}

TEST(PlanKwaliteit, EvaluationDate) {
  auto p = goed_plan();
  p.evaluatiedatum.reset();
  EXPECT_EQ(bevindingen(p, context()), (B{{BevindingCode::evaluatiedatum_ontbreekt, ""}}));
  p.evaluatiedatum = plus_dagen(kVandaag, -1);
  EXPECT_EQ(bevindingen(p, context()), (B{{BevindingCode::evaluatiedatum_verstreken, ""}}));
  p.evaluatiedatum = plus_dagen(kVandaag, 92);
  EXPECT_EQ(bevindingen(p, context()), (B{{BevindingCode::evaluatiedatum_te_ver, ""}}));
  p.evaluatiedatum = plus_dagen(kVandaag, 91);
  EXPECT_TRUE(check_plan(p, context()).empty());
}

TEST(PlanKwaliteit, KindcheckForEachMinorWhenAnAdultHasProblems) {
  auto p = goed_plan();
  p.kindcheck = {{"zoon", "Besproken."}, {"baby", " "}};
  EXPECT_EQ(bevindingen(p, context()), (B{{BevindingCode::kindcheck_ontbreekt, "baby"}}));
  // Concerns only about the son himself: no adult with problems, so no kindcheck needed.
  p.kindcheck.clear();
  p.leefgebieden = {{Leefgebied::onderwijs, std::string{"zoon"}, "", "Spijbelt.", ""}};
  p.doelen[0].leefgebied = Leefgebied::onderwijs;
  EXPECT_TRUE(check_plan(p, context()).empty());
  // Concerns about the mother: both minors must be considered.
  p.leefgebieden = {{Leefgebied::onderwijs, std::string{"moeder"}, "", "Ongeletterd.", ""}};
  EXPECT_EQ(bevindingen(p, context()),
            (B{{BevindingCode::kindcheck_ontbreekt, "zoon"}, {BevindingCode::kindcheck_ontbreekt, "baby"}}));
}

TEST(PlanKwaliteit, FromLevelThreeTheSafetyPlanMustExistAndBeRecent) {
  auto c = context(Niveau::drie);
  c.evaluatie_termijn_dagen = 42;
  auto p = goed_plan();
  p.evaluatiedatum = plus_dagen(kVandaag, 30);
  EXPECT_EQ(bevindingen(p, c), (B{{BevindingCode::veiligheidsplan_ontbreekt, ""}}));
  c.veiligheidsplan_bijgewerkt_op = plus_dagen(kVandaag, -43);
  EXPECT_EQ(bevindingen(p, c), (B{{BevindingCode::veiligheidsplan_verouderd, ""}}));
  c.veiligheidsplan_bijgewerkt_op = plus_dagen(kVandaag, -42);
  EXPECT_TRUE(check_plan(p, c).empty());
}

TEST(PlanKwaliteit, SafetyPlan) {
  Veiligheidsplan vp;
  std::vector<BevindingCode> codes;
  for (const auto& b : check_plan(vp, context(Niveau::drie))) codes.push_back(b.code);
  EXPECT_EQ(codes,
            (std::vector{BevindingCode::veiligheidsdoel_ontbreekt, BevindingCode::geen_veiligheidsafspraken,
                         BevindingCode::evaluatiedatum_ontbreekt}));
}

// DOMAIN.md §8: at levels 4 and 5 the plans hold a norm for no nuisance to the surroundings and how the
// surroundings are involved; below level 4 neither is asked.
TEST(PlanKwaliteit, SurroundingsAtLevelsFourAndFive) {
  Veiligheidsplan vp;
  vp.veiligheidsdoel = "Niemand wordt meer bedreigd.";
  vp.afspraken = {{"moeder", "belt bij dreiging 112", "direct", "wijkagent"}};
  vp.evaluatiedatum = plus_dagen(kVandaag, 30);
  const auto codes = [&](Niveau n) {
    std::vector<BevindingCode> uit;
    for (const auto& b : check_plan(vp, context(n))) uit.push_back(b.code);
    return uit;
  };
  EXPECT_TRUE(codes(Niveau::drie).empty());
  for (const auto n : {Niveau::vier, Niveau::vijf}) {
    EXPECT_EQ(codes(n),
              (std::vector{BevindingCode::omgevingsnorm_ontbreekt, BevindingCode::omgeving_niet_betrokken}));
  }
  vp.omgeving_norm = "Geen klachten van buren over geluid of bedreiging.";
  EXPECT_EQ(codes(Niveau::vier), std::vector{BevindingCode::omgeving_niet_betrokken});
  vp.omgeving_betrokken = "De buren en de school weten wie ze kunnen bellen.";
  EXPECT_TRUE(codes(Niveau::vijf).empty());
  vp.omgeving_norm = "  ";
  EXPECT_EQ(codes(Niveau::vijf), std::vector{BevindingCode::omgevingsnorm_ontbreekt});
}

// DOMAIN.md §8: a target or due date years away from the version's date is most likely a typing error.
TEST(PlanKwaliteit, ImplausibleDatesAreFindings) {
  auto p = goed_plan();
  p.doelen[0].streefdatum = plus_dagen(kVandaag, -kPlausibelDagenTerug - 1);
  p.doelen[0].acties[0].uiterlijk = plus_dagen(kVandaag, kPlausibelDagenVooruit + 1);
  EXPECT_EQ(bevindingen(p, context()), (B{{BevindingCode::datum_onwaarschijnlijk, "d1"},
                                          {BevindingCode::datum_onwaarschijnlijk, "a1"}}));
  // At the edges still plausible: a goal overdue by a year, an action planned five years ahead.
  p.doelen[0].streefdatum = plus_dagen(kVandaag, -kPlausibelDagenTerug);
  p.doelen[0].acties[0].uiterlijk = plus_dagen(kVandaag, kPlausibelDagenVooruit);
  EXPECT_TRUE(check_plan(p, context()).empty());
  // Counted from the version's own date, not from today.
  auto c = context();
  c.opgesteld_op = plus_dagen(kVandaag, -2 * kPlausibelDagenTerug);
  p.doelen[0].streefdatum = plus_dagen(c.opgesteld_op, 30);
  p.doelen[0].acties[0].uiterlijk = plus_dagen(c.opgesteld_op, 7);
  for (const auto& b : check_plan(p, c)) EXPECT_NE(b.code, BevindingCode::datum_onwaarschijnlijk);
}

TEST(Eisen, WhatTheLevelAsksThatIsNotInPlace) {
  EisToestand t;
  EXPECT_TRUE(openstaande_eisen(t).empty());
  t.niveau = Niveau::een;
  EXPECT_TRUE(openstaande_eisen(t).empty());  // everything optional at level 1
  t.niveau = Niveau::drie;
  EXPECT_EQ(openstaande_eisen(t), (std::vector{Eis::ondersteuningsplan_vereist, Eis::veiligheidsplan_vereist,
                                               Eis::casusregisseur_vereist, Eis::procesregisseur_vereist}));
  t.heeft_ondersteuningsplan = t.heeft_casusregisseur = t.heeft_procesregisseur = true;
  t.regisseur_met_knelpunt = true;
  EXPECT_EQ(openstaande_eisen(t), (std::vector{Eis::veiligheidsplan_vereist, Eis::regisseur_met_knelpunt}));
  // Level 5's crisis layer asks for the ambtenaar IVZ/OOV as linking pin; level 4 does not.
  t.heeft_veiligheidsplan = true;
  t.regisseur_met_knelpunt = false;
  t.niveau = Niveau::vier;
  EXPECT_TRUE(openstaande_eisen(t).empty());
  t.niveau = Niveau::vijf;
  EXPECT_EQ(openstaande_eisen(t), std::vector{Eis::schakel_ivz_oov_vereist});
  t.heeft_schakel_ivz_oov = true;
  EXPECT_TRUE(openstaande_eisen(t).empty());
  for (auto [e, code] : CodeTable<Eis>::entries) EXPECT_FALSE(tekst(e).empty()) << code;
}

TEST(Tijd, DatesAndMomentsRoundTrip) {
  EXPECT_EQ(format_datum(kVandaag), "2026-11-22");
  EXPECT_EQ(parse_datum("2026-11-22"), kVandaag);
  for (const char* fout : {"2026-02-30", "2026-1-22", "22-11-2026", "2026-11-22T", ""})
    EXPECT_EQ(parse_datum(fout), std::nullopt) << fout;
  const Tijdstip t = Tijdstip{sys_days{kVandaag}} + hours(7) + minutes(8) + seconds(9) + microseconds(123456);
  EXPECT_EQ(format_tijdstip(t), "2026-11-22T07:08:09.123456Z");
  EXPECT_EQ(parse_tijdstip(format_tijdstip(t)), t);
  EXPECT_EQ(parse_tijdstip("2026-11-22T25:00:00.000000Z"), std::nullopt);
  EXPECT_EQ(datum_van(t), kVandaag);
}

}  // namespace
}  // namespace regie::domain
