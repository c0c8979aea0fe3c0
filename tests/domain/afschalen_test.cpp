// Scaling down by each level's own conditions (DOMAIN.md §4.3): a household leaves a level only when all
// of that level's conditions hold; the advice says which do not yet.

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/advies.hpp"
#include "domain/afschalen.hpp"
#include "domain/taxaties.hpp"

namespace regie::domain {
namespace {

using testing::taxatie_voor_niveau;
using V = AfschaalVoorwaarde;

bool heeft_reden(const Advies& a, RedenCode code) {
  return std::ranges::find(a.redenen, code, &Reden::code) != a.redenen.end();
}

TEST(Afschalen, CapacityBackInBalanceButNotSelfReliantStaysAtTwo) {
  Taxatie t = taxatie_voor_niveau(2);
  t.draagkracht = Draagkracht::in_balans;  // K2 no longer holds
  t.huidig_niveau = Niveau::twee;
  const Advies a = advise(t);
  EXPECT_EQ(a.niveau, Niveau::twee);
  EXPECT_EQ(a.richting, Richting::gelijk);
  ASSERT_TRUE(a.nog_niet_afschalen.has_value());
  EXPECT_EQ(a.nog_niet_afschalen->naar, Niveau::een);
  EXPECT_EQ(a.nog_niet_afschalen->voorwaarden, (std::vector{V::zelfredzaam, V::basiszorg_toereikend}));
  EXPECT_TRUE(heeft_reden(a, RedenCode::afschalen_nog_niet));
}

TEST(Afschalen, SafeButStillNeedingCrossChainCooperationStaysAtFour) {
  Taxatie t = taxatie_voor_niveau(2);
  t.ketenoverstijgend_nodig = true;  // safe again, but the chains still have to work together
  t.huidig_niveau = Niveau::vier;
  const Advies a = advise(t);
  EXPECT_EQ(a.niveau, Niveau::vier);
  EXPECT_EQ(a.richting, Richting::gelijk);
  ASSERT_TRUE(a.nog_niet_afschalen.has_value());
  EXPECT_EQ(a.nog_niet_afschalen->naar, Niveau::drie);
  EXPECT_EQ(a.nog_niet_afschalen->voorwaarden, std::vector{V::niet_ketenoverstijgend});
  EXPECT_FALSE(a.nazorgafspraak_vereist);
}

TEST(Afschalen, SeveralStepsAtOnceWhenEveryStepsConditionsHold) {
  Taxatie t = taxatie_voor_niveau(1);
  t.huidig_niveau = Niveau::vijf;
  const Advies a = advise(t);
  EXPECT_EQ(a.niveau, Niveau::een);
  EXPECT_EQ(a.richting, Richting::afschalen);
  EXPECT_TRUE(a.nazorgafspraak_vereist);
  EXPECT_FALSE(a.nog_niet_afschalen.has_value());  // nothing lies below level 1
  EXPECT_FALSE(heeft_reden(a, RedenCode::afschalen_nog_niet));
}

TEST(Afschalen, TheWalkDownStopsAtTheFirstStepThatDoesNotHold) {
  Taxatie t = taxatie_voor_niveau(2);
  t.ketenoverstijgend_nodig = true;
  t.huidig_niveau = Niveau::vijf;  // the threat of escalation is gone: 5 → 4 holds, 4 → 3 does not
  const Advies a = advise(t);
  EXPECT_EQ(a.niveau, Niveau::vier);
  EXPECT_EQ(a.richting, Richting::afschalen);
  EXPECT_TRUE(a.nazorgafspraak_vereist);
  ASSERT_TRUE(a.nog_niet_afschalen.has_value());
  EXPECT_EQ(a.nog_niet_afschalen->naar, Niveau::drie);
}

TEST(Afschalen, TheExpertiseFloorHoldsEveryStep) {
  Taxatie t = taxatie_voor_niveau(1);
  t.stagnatie_problematiek = StagnatieProblematiek::B;
  t.huidig_niveau = Niveau::vier;
  const Advies a = advise(t);
  EXPECT_EQ(a.niveau, Niveau::drie);
  ASSERT_TRUE(a.nog_niet_afschalen.has_value());
  EXPECT_EQ(a.nog_niet_afschalen->voorwaarden, std::vector{V::geen_stagnatie_problematiek});
  EXPECT_TRUE(heeft_reden(a, RedenCode::expertise_nodig));
  EXPECT_FALSE(heeft_reden(a, RedenCode::afschalen_nog_niet));  // the floor, not the step, holds it here
}

TEST(Afschalen, NoStepDownAnswerWithoutACurrentLevelOrWhenScalingUp) {
  EXPECT_FALSE(advise(taxatie_voor_niveau(3)).nog_niet_afschalen.has_value());
  Taxatie t = taxatie_voor_niveau(3);
  t.huidig_niveau = Niveau::twee;
  const Advies a = advise(t);
  EXPECT_EQ(a.richting, Richting::opschalen);
  EXPECT_FALSE(a.nog_niet_afschalen.has_value());
}

// Each condition of each level's row, broken on its own in an otherwise good assessment: the household does
// not go below that level, and where it stays there the advice names the condition.
struct Breuk {
  V voorwaarde;
  void (*breek)(Taxatie&);
};

const std::vector<Breuk> kBreuken{
    {V::geen_escalatie, [](Taxatie& t) { t.escalatie = Escalatie::dreigend; }},
    {V::niet_ketenoverstijgend, [](Taxatie& t) { t.ketenoverstijgend_nodig = true; }},
    {V::veilig, [](Taxatie& t) { t.veiligheid = Veiligheid::signalen; }},
    {V::veilig,
     [](Taxatie& t) {
       t.signalen = {{SignaalType::stalking, false, std::nullopt, {}}};
     }},
    {V::draagkracht_in_balans, [](Taxatie& t) { t.draagkracht = Draagkracht::deels_uit_balans; }},
    {V::zelfredzaam, [](Taxatie& t) { t.zelfredzaamheid = Zelfredzaamheid::beperkt; }},
    {V::basiszorg_toereikend, [](Taxatie& t) { t.basiszorg_toereikend = false; }},
};

TEST(Afschalen, EveryConditionOfEveryRowHoldsTheHousehold) {
  int genoemd = 0;
  for (int van = 2; van <= 5; ++van) {
    const auto rij = afschaalvoorwaarden(niveau_uit_nummer(van));
    for (const auto& b : kBreuken) {
      if (std::ranges::find(rij, b.voorwaarde) == rij.end()) continue;
      SCOPED_TRACE("van niveau " + std::to_string(van) + ", " + std::string{to_code(b.voorwaarde)});
      Taxatie t = taxatie_voor_niveau(1);
      b.breek(t);
      t.huidig_niveau = niveau_uit_nummer(van);
      const Advies a = advise(t);
      EXPECT_GE(nummer(a.niveau), van);
      if (nummer(a.niveau) != van) continue;
      ++genoemd;
      ASSERT_TRUE(a.nog_niet_afschalen.has_value());
      EXPECT_NE(std::ranges::find(a.nog_niet_afschalen->voorwaarden, b.voorwaarde),
                a.nog_niet_afschalen->voorwaarden.end());
    }
  }
  EXPECT_GE(genoemd, 8);
}

TEST(Afschalen, TheRowsAreTheSpecificationsTable) {
  EXPECT_TRUE(afschaalvoorwaarden(Niveau::een).empty());
  EXPECT_EQ(std::vector(afschaalvoorwaarden(Niveau::vijf).begin(), afschaalvoorwaarden(Niveau::vijf).end()),
            std::vector{V::geen_escalatie});
  EXPECT_EQ(afschaalvoorwaarden(Niveau::vier).size(), 2u);
  EXPECT_EQ(afschaalvoorwaarden(Niveau::drie).size(), 3u);
  EXPECT_EQ(afschaalvoorwaarden(Niveau::twee).size(), 6u);
  for (const auto& [v, code] : CodeTable<V>::entries) EXPECT_FALSE(tekst(v).empty()) << code;
}

}  // namespace
}  // namespace regie::domain
