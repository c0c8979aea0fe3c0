// The bounds DOMAIN.md §8 sets on an organisation's norms per level: the light plan evaluated at least every
// ten months, a higher level at least as often as every level below it, weights and terms positive.

#include <gtest/gtest.h>

#include "domain/normen.hpp"

namespace regie::domain {
namespace {

NiveauNormen standaard() {
  NiveauNormen n{};
  for (int i = 1; i <= 5; ++i) n[static_cast<std::size_t>(i - 1)] = standaard_norm(niveau_uit_nummer(i));
  return n;
}

std::vector<std::pair<std::size_t, NormBevinding::Deel>> waar(const NiveauNormen& n) {
  std::vector<std::pair<std::size_t, NormBevinding::Deel>> uit;
  for (const auto& b : controleer_normen(n)) uit.emplace_back(b.index, b.deel);
  return uit;
}

using Deel = NormBevinding::Deel;

TEST(Normen, TheDefaultsKeepToTheMethod) { EXPECT_TRUE(controleer_normen(standaard()).empty()); }

TEST(Normen, TheLightPlanIsEvaluatedWithinTenMonths) {
  auto n = standaard();
  n[0].evaluatie_termijn_dagen = kLangsteEvaluatieTermijnLichtPlanDagen;
  EXPECT_TRUE(controleer_normen(n).empty());
  n[0].evaluatie_termijn_dagen = kLangsteEvaluatieTermijnLichtPlanDagen + 1;
  const auto b = controleer_normen(n);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].index, 0u);
  EXPECT_EQ(b[0].deel, Deel::evaluatie_termijn);
  EXPECT_NE(b[0].uitleg.find("304 dagen"), std::string::npos);
}

TEST(Normen, AHigherLevelIsEvaluatedAtLeastAsOftenAsEveryLevelBelow) {
  auto n = standaard();
  for (auto& norm : n) norm.evaluatie_termijn_dagen = 30;  // everything monthly: stricter than the method
  EXPECT_TRUE(controleer_normen(n).empty());
  n = standaard();
  n[1].evaluatie_termijn_dagen = 301;  // level 2 less often than the light plan
  n[4].evaluatie_termijn_dagen = 43;   // level 5 less often than level 4
  EXPECT_EQ(waar(n), (std::vector<std::pair<std::size_t, Deel>>{{1, Deel::evaluatie_termijn},
                                                                {4, Deel::evaluatie_termijn}}));
  // Measured against the shortest term below, not only the level just below.
  n = standaard();
  n[1].evaluatie_termijn_dagen = 30;
  n[2].evaluatie_termijn_dagen = 28;
  n[3].evaluatie_termijn_dagen = 30;  // within level 2's term, beyond level 3's
  EXPECT_EQ(waar(n), (std::vector<std::pair<std::size_t, Deel>>{{3, Deel::evaluatie_termijn},
                                                                {4, Deel::evaluatie_termijn}}));
  EXPECT_NE(controleer_normen(n)[0].uitleg.find("hoogstens 28 dagen"), std::string::npos);
}

TEST(Normen, AnOverlongLightPlanDoesNotHideTheLevelsAbove) {
  auto n = standaard();
  n[0].evaluatie_termijn_dagen = 400;
  n[1].evaluatie_termijn_dagen = 350;
  EXPECT_EQ(waar(n), (std::vector<std::pair<std::size_t, Deel>>{{0, Deel::evaluatie_termijn},
                                                                {1, Deel::evaluatie_termijn}}));
}

TEST(Normen, WeightsAndTermsArePositive) {
  auto n = standaard();
  n[2].caseload_gewicht = 0;
  n[3].evaluatie_termijn_dagen = -1;
  EXPECT_EQ(waar(n), (std::vector<std::pair<std::size_t, Deel>>{{2, Deel::caseload_gewicht},
                                                                {3, Deel::evaluatie_termijn}}));
}

}  // namespace
}  // namespace regie::domain
