// Age of a member: unborn children in negative months, bounds -9 months and 100 years.

#include "domain/leeftijd.hpp"

#include <gtest/gtest.h>

namespace regie::domain {
namespace {

using namespace std::chrono;

constexpr Datum kPeil{2026y, November, 22d};

TEST(Leeftijd, CompletedMonthsAndYears) {
  const auto l = leeftijd({2020y / May / 10d, false}, kPeil);
  ASSERT_TRUE(l.leeftijd);
  EXPECT_EQ(l.leeftijd->maanden, 6 * 12 + 6);
  EXPECT_EQ(l.leeftijd->jaren(), 6);
  EXPECT_FALSE(l.leeftijd->ongeboren);
}

TEST(Leeftijd, BirthdayCountsOnTheDay) {
  EXPECT_EQ(leeftijd({2016y / November / 22d, false}, kPeil).leeftijd->jaren(), 10);
  EXPECT_EQ(leeftijd({2016y / November / 23d, false}, kPeil).leeftijd->jaren(), 9);
}

TEST(Leeftijd, BornTodayIsZero) {
  EXPECT_EQ(leeftijd({kPeil, false}, kPeil).leeftijd, (Leeftijd{0, false, false}));
}

TEST(Leeftijd, MonthEndBirthdays) {
  EXPECT_EQ(volle_maanden(2026y / January / 31d, 2026y / February / 28d), 1);
  EXPECT_EQ(volle_maanden(2026y / January / 31d, 2026y / February / 27d), 0);
  EXPECT_EQ(volle_maanden(2024y / February / 29d, 2025y / February / 28d), 12);
}

TEST(Leeftijd, UnbornChildHasNegativeMonths) {
  const auto l = leeftijd({2027y / March / 1d, true}, kPeil);
  ASSERT_TRUE(l.leeftijd);
  EXPECT_EQ(l.leeftijd->maanden, -3);
  EXPECT_TRUE(l.leeftijd->ongeboren);
  EXPECT_EQ(l.leeftijd->jaren(), 0);
}

TEST(Leeftijd, ExpectedAtMostNineMonthsAhead) {
  const auto grens = leeftijd({2027y / August / 22d, true}, kPeil);
  ASSERT_TRUE(grens.leeftijd);
  EXPECT_EQ(grens.leeftijd->maanden, kMinimumMaanden);
  EXPECT_EQ(leeftijd({2027y / August / 23d, true}, kPeil).fout, LeeftijdFout::verwacht_te_ver_weg);
}

TEST(Leeftijd, NineMonthsFromAMonthEnd) {
  // 31 May + 9 months is the last day of February.
  EXPECT_TRUE(leeftijd({2027y / February / 28d, true}, 2026y / May / 31d).leeftijd);
  EXPECT_EQ(leeftijd({2027y / March / 1d, true}, 2026y / May / 31d).fout, LeeftijdFout::verwacht_te_ver_weg);
}

TEST(Leeftijd, ExpectedDateThatHasPassed) {
  const auto l = leeftijd({2026y / November / 1d, true}, kPeil);
  ASSERT_TRUE(l.leeftijd);
  EXPECT_EQ(l.leeftijd->maanden, 0);
  EXPECT_TRUE(l.leeftijd->ongeboren);
  EXPECT_TRUE(l.leeftijd->verwachte_datum_verstreken);
}

TEST(Leeftijd, OneHundredYearsAndOlderIsAcceptedTheSloganMeansEveryone) {
  EXPECT_EQ(leeftijd({1926y / November / 22d, false}, kPeil).leeftijd->jaren(), 100);
  EXPECT_EQ(leeftijd({1925y / November / 22d, false}, kPeil).leeftijd->jaren(), 101);
  const auto oud = leeftijd({1920y / March / 1d, false}, kPeil);
  EXPECT_FALSE(oud.fout.has_value());
  EXPECT_EQ(oud.leeftijd->jaren(), 106);
}

TEST(Leeftijd, BornInTheFutureIsAnError) {
  EXPECT_EQ(leeftijd({2026y / November / 23d, false}, kPeil).fout, LeeftijdFout::geboortedatum_in_toekomst);
}

TEST(Leeftijd, InvalidCalendarDate) {
  EXPECT_EQ(leeftijd({2026y / February / 30d, false}, kPeil).fout, LeeftijdFout::ongeldige_datum);
}

}  // namespace
}  // namespace regie::domain
