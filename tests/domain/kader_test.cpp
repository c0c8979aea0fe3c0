// The frame of the help and the kinds of compulsory decisions (DOMAIN.md §4.5).

#include <gtest/gtest.h>

#include "domain/kader.hpp"

namespace regie::domain {
namespace {

TEST(Kader, TheCivieleKetenIsConsultedUnderPressureOrCompulsion) {
  EXPECT_FALSE(civiele_keten_betrekken(Kader::vrijwillig));
  EXPECT_TRUE(civiele_keten_betrekken(Kader::drang));
  EXPECT_TRUE(civiele_keten_betrekken(Kader::dwang));
}

TEST(Kader, TheCardConsultsTheCivieleKetenOnceUnderPressureOrCompulsion) {
  const std::vector<Partij> niveau3{Partij::lokaal_team, Partij::zorgketen, Partij::veiligheidsketen};
  EXPECT_EQ(overleg_onder_kader(niveau3, Kader::vrijwillig), niveau3);
  auto verwacht = niveau3;
  verwacht.push_back(Partij::civiele_keten);
  EXPECT_EQ(overleg_onder_kader(niveau3, Kader::dwang), verwacht);
  EXPECT_EQ(overleg_onder_kader(verwacht, Kader::drang), verwacht);  // level 2's card names it already
}

TEST(Kader, EveryKindOfDecisionHasARuleAndOnlyChildProtectionIsForChildrenOnly) {
  for (const auto& [soort, code] : CodeTable<DwangbesluitSoort>::entries) {
    const auto& regel = regel_voor(soort);
    EXPECT_EQ(regel.soort, soort) << code;
    EXPECT_FALSE(regel.naam.empty()) << code;
    EXPECT_EQ(regel.alleen_minderjarigen, soort == DwangbesluitSoort::uithuisplaatsing ||
                                              soort == DwangbesluitSoort::ondertoezichtstelling)
        << code;
  }
}

}  // namespace
}  // namespace regie::domain
