// Monitoring as data: the metric table, rolling counts up from team to gemeente, months and periods, and the
// mean that is only shown on five cases or more.

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "domain/monitoring.hpp"
#include "domain/plan_kwaliteit.hpp"

namespace regie::domain {
namespace {

using namespace std::chrono;

TEST(Monitoring, EveryMetricHasAUniqueCodeKeysAndADutchTitle) {
  std::set<std::string_view> codes;
  for (const auto& m : metrieken()) {
    EXPECT_TRUE(codes.insert(m.code).second) << m.code;
    EXPECT_FALSE(m.sleutels.empty()) << m.code;
    EXPECT_FALSE(m.titel.empty());
    EXPECT_EQ(metriek(m.code), &m);
  }
  EXPECT_EQ(metriek("onbekend"), nullptr);
}

TEST(Monitoring, PlanQualityHasAKeyForEveryFindingOfThePlanChecker) {
  const auto* m = metriek("plankwaliteit");
  ASSERT_NE(m, nullptr);
  std::set<std::string_view> sleutels;
  for (const auto& s : m->sleutels) sleutels.insert(s.sleutel);
  EXPECT_TRUE(sleutels.contains(kZonderBevindingen));
  for (const auto& [code, tekst] : CodeTable<BevindingCode>::entries)
    EXPECT_TRUE(sleutels.contains(tekst)) << tekst;
  EXPECT_EQ(sleutels.size(), CodeTable<BevindingCode>::entries.size() + 1);
}

TEST(Monitoring, CountsRollUpToTheOrganisationAndTheGemeenteOnce) {
  const std::vector<Telling> ruw{{"org1", "teamA", "2026-11", "niveau", "3", 2},
                                 {"org1", "teamB", "2026-11", "niveau", "3", 3},
                                 {"org1", "", "2026-11", "niveau", "3", 1},  // a regisseur without a team
                                 {"", "", "2026-11", "niveau", "3", 4}};     // no professional regisseur
  const auto op = rol_op(ruw);
  const auto waarde = [&](std::string_view org, std::string_view team) {
    const auto t = std::ranges::find_if(
        op, [&](const Telling& x) { return x.organisatie_id == org && x.team_id == team; });
    return t == op.end() ? -1 : t->waarde;
  };
  EXPECT_EQ(waarde("org1", "teamA"), 2);
  EXPECT_EQ(waarde("org1", "teamB"), 3);
  EXPECT_EQ(waarde("org1", ""), 6);
  EXPECT_EQ(waarde("", ""), 10);
  EXPECT_EQ(op.size(), 4u);
}

TEST(Monitoring, MonthsAndPeriods) {
  EXPECT_EQ(maand_van(2026y / November / 22d), "2026-11");
  EXPECT_EQ(parse_maand("2026-02"), std::optional{2026y / February});
  for (const auto* fout : {"2026-13", "2026-1", "202602", "abcd-ef", "2026-00", ""})
    EXPECT_FALSE(parse_maand(fout)) << fout;
  EXPECT_EQ(maanden(2025y / November, 2026y / February),
            (std::vector<std::string>{"2025-11", "2025-12", "2026-01", "2026-02"}));
  EXPECT_EQ(maanden(2026y / March, 2026y / March).size(), 1u);
}

TEST(Monitoring, AMeanIsShownFromFiveCasesAndRounded) {
  EXPECT_FALSE(toonbaar_gemiddelde(400, 4));
  EXPECT_EQ(toonbaar_gemiddelde(52, 5), 10);  // 10.4
  EXPECT_EQ(toonbaar_gemiddelde(53, 5), 11);  // 10.6
  EXPECT_FALSE(toonbaar_gemiddelde(0, 0));    // an empty period
}

}  // namespace
}  // namespace regie::domain
