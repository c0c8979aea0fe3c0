// advise(): levels, transitions, the KE floor, manager escalation and the warnings (DOMAIN.md §4, §11).

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/advies.hpp"
#include "domain/taxaties.hpp"

namespace regie::domain {
namespace {

using testing::taxatie_voor_niveau;

std::vector<RedenCode> reden_codes(const Advies& a) {
  std::vector<RedenCode> out;
  for (const auto& r : a.redenen) out.push_back(r.code);
  return out;
}

std::vector<WaarschuwingCode> waarschuwing_codes(const Advies& a) {
  std::vector<WaarschuwingCode> out;
  for (const auto& w : a.waarschuwingen) out.push_back(w.code);
  return out;
}

const Waarschuwing* waarschuwing(const Advies& a, WaarschuwingCode code) {
  const auto it = std::ranges::find(a.waarschuwingen, code, &Waarschuwing::code);
  return it == a.waarschuwingen.end() ? nullptr : &*it;
}

struct NiveauGeval {
  const char* naam;
  Taxatie taxatie;
  int niveau;
  std::vector<RedenCode> redenen;
};

Taxatie met(Taxatie t, auto wijziging) {
  wijziging(t);
  return t;
}

const std::vector<NiveauGeval> kNiveauGevallen{
    {"eigen_regie", taxatie_voor_niveau(1), 1, {}},
    {"hulp_ontoereikend", taxatie_voor_niveau(2), 2, {RedenCode::hulp_ontoereikend}},
    {"volledig_uit_balans_niet_zelfredzaam",
     met(taxatie_voor_niveau(2),
         [](Taxatie& t) {
           t.draagkracht = Draagkracht::volledig_uit_balans;
           t.zelfredzaamheid = Zelfredzaamheid::niet;
         }),
     2,
     {RedenCode::hulp_ontoereikend}},
    {"basiszorg_volstaat_nog",
     met(taxatie_voor_niveau(2), [](Taxatie& t) { t.basiszorg_toereikend = true; }),
     1,
     {}},
    {"voldoende_zelfredzaam",
     met(taxatie_voor_niveau(2), [](Taxatie& t) { t.zelfredzaamheid = Zelfredzaamheid::voldoende; }),
     1,
     {}},
    {"draagkracht_in_balans",
     met(taxatie_voor_niveau(2), [](Taxatie& t) { t.draagkracht = Draagkracht::in_balans; }),
     1,
     {}},
    {"signalen_van_onveiligheid",
     met(taxatie_voor_niveau(2), [](Taxatie& t) { t.veiligheid = Veiligheid::signalen; }),
     3,
     {RedenCode::hulp_ontoereikend, RedenCode::onveiligheid}},
    {"onveilig_huishouden",
     taxatie_voor_niveau(3),
     3,
     {RedenCode::hulp_ontoereikend, RedenCode::onveiligheid}},
    {"onveilig_omgeving_zonder_ketenoverstijgend",
     met(taxatie_voor_niveau(3), [](Taxatie& t) { t.veiligheid = Veiligheid::onveilig_omgeving; }),
     3,
     {RedenCode::hulp_ontoereikend, RedenCode::onveiligheid}},
    {"effectief_signaal_maakt_k3",
     met(taxatie_voor_niveau(2),
         [](Taxatie& t) {
           t.veiligheid = Veiligheid::signalen;
           t.signalen = {{SignaalType::stalking, false, std::nullopt, {}}};
         }),
     3,
     {RedenCode::hulp_ontoereikend, RedenCode::onveiligheid}},
    // K4 counts signals of unsafety too, not only an unsafe situation (DOMAIN.md §4.2).
    {"signalen_met_ketenoverstijgend",
     met(taxatie_voor_niveau(4), [](Taxatie& t) { t.veiligheid = Veiligheid::signalen; }),
     4,
     {RedenCode::hulp_ontoereikend, RedenCode::onveiligheid, RedenCode::onveilig_ketenoverstijgend}},
    {"effectief_signaal_met_ketenoverstijgend",
     met(taxatie_voor_niveau(4),
         [](Taxatie& t) {
           t.veiligheid = Veiligheid::signalen;
           t.signalen = {{SignaalType::eergerelateerd_geweld, false, std::nullopt, {}}};
         }),
     4,
     {RedenCode::hulp_ontoereikend, RedenCode::onveiligheid, RedenCode::onveilig_ketenoverstijgend}},
    {"onveilig_ketenoverstijgend",
     taxatie_voor_niveau(4),
     4,
     {RedenCode::hulp_ontoereikend, RedenCode::onveiligheid, RedenCode::onveilig_ketenoverstijgend}},
    {"onveilig_omgeving_ketenoverstijgend",
     met(taxatie_voor_niveau(4), [](Taxatie& t) { t.veiligheid = Veiligheid::onveilig_omgeving; }),
     4,
     {RedenCode::hulp_ontoereikend, RedenCode::onveiligheid, RedenCode::onveilig_ketenoverstijgend}},
    {"dreigende_escalatie",
     taxatie_voor_niveau(5),
     5,
     {RedenCode::hulp_ontoereikend, RedenCode::onveiligheid, RedenCode::onveilig_ketenoverstijgend,
      RedenCode::escalatie}},
    {"actuele_escalatie",
     met(taxatie_voor_niveau(5), [](Taxatie& t) { t.escalatie = Escalatie::actueel; }),
     5,
     {RedenCode::hulp_ontoereikend, RedenCode::onveiligheid, RedenCode::onveilig_ketenoverstijgend,
      RedenCode::escalatie}},
};

class NiveauTest : public ::testing::TestWithParam<NiveauGeval> {};

TEST_P(NiveauTest, AdvisesTheLevelWithItsReasons) {
  const auto& g = GetParam();
  const Advies a = advise(g.taxatie);
  EXPECT_EQ(nummer(a.niveau), g.niveau);
  EXPECT_EQ(reden_codes(a), g.redenen);
  EXPECT_EQ(waarschuwing(a, WaarschuwingCode::beoordeling_inconsistent), nullptr);
  for (const auto& r : a.redenen) EXPECT_FALSE(r.tekst.empty());
}

INSTANTIATE_TEST_SUITE_P(Niveaus, NiveauTest, ::testing::ValuesIn(kNiveauGevallen),
                         [](const auto& p) { return std::string{p.param.naam}; });

TEST(Advise, CopiesTheLevelRowIntoTheAdvice) {
  for (int n = 1; n <= 5; ++n) {
    const Advies a = advise(taxatie_voor_niveau(n));
    const NiveauKaart& k = kaart_voor(niveau_uit_nummer(n));
    EXPECT_EQ(a.kleur, k.kleur);
    EXPECT_EQ(a.plannen, (Plannen{k.ondersteuningsplan, k.variant, k.veiligheidsplan}));
    EXPECT_EQ(a.casusregie, k.casusregie);
    EXPECT_EQ(a.procesregie, k.procesregie);
    EXPECT_EQ(a.inzet, k.inzet);
    EXPECT_EQ(a.overleg, k.overleg);
    EXPECT_EQ(a.operationeel_verantwoordelijk, k.operationeel_verantwoordelijk);
    EXPECT_EQ(a.bestuurlijk_verantwoordelijk, k.bestuurlijk_verantwoordelijk);
  }
}

TEST(Advise, SingleConcernAtLevelTwoAlsoAllowsBasiszorgAsCasusregisseur) {
  Taxatie t = taxatie_voor_niveau(2);
  t.zorgen = Zorgen::enkelvoudig;
  EXPECT_EQ(advise(t).casusregie.door,
            (std::vector{Partij::basiszorg, Partij::lokaal_team, Partij::zorgketen}));
  t.zorgen = Zorgen::meervoudig;
  EXPECT_EQ(advise(t).casusregie.door, (std::vector{Partij::lokaal_team, Partij::zorgketen}));
  Taxatie drie = taxatie_voor_niveau(3);
  drie.zorgen = Zorgen::enkelvoudig;
  EXPECT_EQ(advise(drie).casusregie.door, kaart_voor(Niveau::drie).casusregie.door);
}

// Every pair of current and advised level, jumps of several levels included.
struct Overgang {
  int van;
  int naar;
};

class OvergangTest : public ::testing::TestWithParam<Overgang> {};

TEST_P(OvergangTest, DirectionAndAftercare) {
  const auto [van, naar] = GetParam();
  Taxatie t = taxatie_voor_niveau(naar);
  t.huidig_niveau = niveau_uit_nummer(van);
  const Advies a = advise(t);
  ASSERT_EQ(nummer(a.niveau), naar);
  ASSERT_TRUE(a.richting.has_value());
  const Richting verwacht = naar > van   ? Richting::opschalen
                            : naar < van ? Richting::afschalen
                                         : Richting::gelijk;
  EXPECT_EQ(*a.richting, verwacht);
  EXPECT_EQ(a.nazorgafspraak_vereist, naar < van && van >= 3);
}

std::vector<Overgang> alle_overgangen() {
  std::vector<Overgang> out;
  for (int van = 1; van <= 5; ++van) {
    for (int naar = 1; naar <= 5; ++naar) out.push_back({van, naar});
  }
  return out;
}

INSTANTIATE_TEST_SUITE_P(AlleOvergangen, OvergangTest, ::testing::ValuesIn(alle_overgangen()),
                         [](const auto& p) {
                           return "van" + std::to_string(p.param.van) + "naar" + std::to_string(p.param.naar);
                         });

TEST(Advise, NoDirectionWithoutCurrentLevel) {
  const Advies a = advise(taxatie_voor_niveau(3));
  EXPECT_FALSE(a.richting.has_value());
  EXPECT_FALSE(a.nazorgafspraak_vereist);
}

struct ExpertiseGeval {
  int situatie;
  StagnatieProblematiek stagnatie;
  int niveau;
};

class ExpertiseTest : public ::testing::TestWithParam<ExpertiseGeval> {};

TEST_P(ExpertiseTest, StagnationByTheClientsProblemsSetsAFloor) {
  const auto g = GetParam();
  Taxatie t = taxatie_voor_niveau(g.situatie);
  t.stagnatie_problematiek = g.stagnatie;
  const Advies a = advise(t);
  EXPECT_EQ(nummer(a.niveau), g.niveau);
  const auto codes = reden_codes(a);
  const bool reden = std::ranges::find(codes, RedenCode::expertise_nodig) != codes.end();
  EXPECT_EQ(reden, g.stagnatie != StagnatieProblematiek::geen);
  // The floor is no inconsistency: it is not one of the cumulative criteria.
  EXPECT_EQ(waarschuwing(a, WaarschuwingCode::beoordeling_inconsistent), nullptr);
}

INSTANTIATE_TEST_SUITE_P(KE, ExpertiseTest,
                         ::testing::Values(ExpertiseGeval{1, StagnatieProblematiek::geen, 1},
                                           ExpertiseGeval{1, StagnatieProblematiek::A, 2},
                                           ExpertiseGeval{1, StagnatieProblematiek::B, 3},
                                           ExpertiseGeval{1, StagnatieProblematiek::B_plus, 4},
                                           ExpertiseGeval{2, StagnatieProblematiek::A, 2},
                                           ExpertiseGeval{2, StagnatieProblematiek::B, 3},
                                           ExpertiseGeval{3, StagnatieProblematiek::A, 3},
                                           ExpertiseGeval{3, StagnatieProblematiek::B_plus, 4},
                                           ExpertiseGeval{5, StagnatieProblematiek::B_plus, 5}));

TEST(Advise, ExpertiseReasonNamesTheProfile) {
  Taxatie t = taxatie_voor_niveau(1);
  t.stagnatie_problematiek = StagnatieProblematiek::B_plus;
  const Advies a = advise(t);
  ASSERT_EQ(a.redenen.size(), 1u);
  EXPECT_NE(a.redenen[0].tekst.find("B+"), std::string::npos);
}

TEST(Advise, ScalingDownWhenStagnationIsOverNeedsAftercareFromThree) {
  Taxatie t = taxatie_voor_niveau(2);
  t.huidig_niveau = Niveau::vier;  // was raised to 4 for B+ expertise; the stagnation is over
  const Advies a = advise(t);
  EXPECT_EQ(a.niveau, Niveau::twee);
  EXPECT_EQ(a.richting, Richting::afschalen);
  EXPECT_TRUE(a.nazorgafspraak_vereist);
}

class SamenwerkingTest : public ::testing::TestWithParam<StagnatieSamenwerking> {};

TEST_P(SamenwerkingTest, DisagreementGoesToTheManagerWithoutChangingTheLevel) {
  for (int n = 1; n <= 5; ++n) {
    Taxatie t = taxatie_voor_niveau(n);
    t.stagnatie_samenwerking = GetParam();
    const Advies a = advise(t);
    EXPECT_EQ(nummer(a.niveau), n);
    EXPECT_EQ(a.opschalen_naar_manager, GetParam() != StagnatieSamenwerking::geen);
  }
}

INSTANTIATE_TEST_SUITE_P(Samenwerking, SamenwerkingTest,
                         ::testing::Values(StagnatieSamenwerking::geen, StagnatieSamenwerking::organisatie,
                                           StagnatieSamenwerking::inhoud));

TEST(Waarschuwingen, EscalationWithoutTheLowerCriteriaIsInconsistent) {
  Taxatie t = taxatie_voor_niveau(1);
  t.escalatie = Escalatie::actueel;
  const Advies a = advise(t);
  EXPECT_EQ(a.niveau, Niveau::vijf);  // safety first
  const auto* w = waarschuwing(a, WaarschuwingCode::beoordeling_inconsistent);
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->ontbrekende_criteria, (std::vector{RedenCode::hulp_ontoereikend, RedenCode::onveiligheid,
                                                  RedenCode::onveilig_ketenoverstijgend}));
  EXPECT_NE(w->tekst.find("niveau 5"), std::string::npos);
  EXPECT_NE(w->tekst.find("hulp ontoereikend"), std::string::npos);
}

TEST(Waarschuwingen, UnsafetyWhileSelfReliantIsInconsistent) {
  Taxatie t = taxatie_voor_niveau(1);
  t.veiligheid = Veiligheid::onveilig_huishouden;
  const Advies a = advise(t);
  EXPECT_EQ(a.niveau, Niveau::drie);
  const auto* w = waarschuwing(a, WaarschuwingCode::beoordeling_inconsistent);
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->ontbrekende_criteria, std::vector{RedenCode::hulp_ontoereikend});
}

TEST(Waarschuwingen, SafeWithAnEffectiveSignalIsInconsistent) {
  Taxatie t = taxatie_voor_niveau(2);
  t.signalen = {{SignaalType::intiem_terrorisme, false, std::nullopt, {}}};
  const Advies a = advise(t);
  EXPECT_EQ(a.niveau, Niveau::drie);
  const auto* w = waarschuwing(a, WaarschuwingCode::beoordeling_inconsistent);
  ASSERT_NE(w, nullptr);
  EXPECT_TRUE(w->ontbrekende_criteria.empty());
  EXPECT_NE(w->tekst.find("veilig"), std::string::npos);
}

TEST(Waarschuwingen, SafeWithADivorceBelowGlaslThreeIsConsistent) {
  Taxatie t = taxatie_voor_niveau(2);
  t.signalen = {{SignaalType::complexe_scheiding, false, 2, {}}};
  const Advies a = advise(t);
  EXPECT_EQ(a.niveau, Niveau::twee);
  EXPECT_TRUE(a.waarschuwingen.empty());
}

TEST(Waarschuwingen, ContraIndicationNeedsBothAbsentMotivationAfterATrajectoryAndIndifference) {
  struct Geval {
    Motivatie motivatie;
    bool onverschillig;
    bool waarschuwing;
  };
  for (const auto& g : {Geval{Motivatie::afwezig_na_motivatietraject, true, true},
                        Geval{Motivatie::afwezig_na_motivatietraject, false, false},
                        Geval{Motivatie::afwezig, true, false}, Geval{Motivatie::aanwezig, true, false}}) {
    Taxatie t = taxatie_voor_niveau(2);
    t.motivatie = g.motivatie;
    t.onverschillig = g.onverschillig;
    const Advies a = advise(t);
    EXPECT_EQ(waarschuwing(a, WaarschuwingCode::contra_indicatie) != nullptr, g.waarschuwing);
    EXPECT_EQ(a.niveau, Niveau::twee);  // a warning, never a different level
  }
}

TEST(Waarschuwingen, NoFurtherScalingUpOnlyAtFiveWithActualEscalation) {
  struct Geval {
    int huidig;
    Escalatie escalatie;
    bool waarschuwing;
  };
  for (const auto& g : {Geval{5, Escalatie::actueel, true}, Geval{5, Escalatie::dreigend, false},
                        Geval{4, Escalatie::actueel, false}}) {
    Taxatie t = taxatie_voor_niveau(5);
    t.escalatie = g.escalatie;
    t.huidig_niveau = niveau_uit_nummer(g.huidig);
    EXPECT_EQ(waarschuwing(advise(t), WaarschuwingCode::geen_verdere_opschaling) != nullptr, g.waarschuwing);
  }
}

TEST(Waarschuwingen, AllThreeTogether) {
  Taxatie t = taxatie_voor_niveau(1);
  t.escalatie = Escalatie::actueel;
  t.huidig_niveau = Niveau::vijf;
  t.motivatie = Motivatie::afwezig_na_motivatietraject;
  t.onverschillig = true;
  EXPECT_EQ(waarschuwing_codes(advise(t)),
            (std::vector{WaarschuwingCode::beoordeling_inconsistent, WaarschuwingCode::contra_indicatie,
                         WaarschuwingCode::geen_verdere_opschaling}));
}

TEST(Advise, AcuteProblemsAndConcernsDoNotChangeTheLevel) {
  Taxatie t = taxatie_voor_niveau(1);
  t.acute_problematiek = true;
  t.zorgen = Zorgen::complex;
  EXPECT_EQ(advise(t).niveau, Niveau::een);
}

}  // namespace
}  // namespace regie::domain
