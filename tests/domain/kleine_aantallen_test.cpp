// Small-number protection: exactly 4 against 5, empty periods, and percentages that would give a small
// count away.

#include "domain/kleine_aantallen.hpp"

#include <gtest/gtest.h>

namespace regie::domain {
namespace {

TEST(KleineAantallen, FourIsHiddenFiveIsShown) {
  EXPECT_EQ(aantal_als_tekst(4), "< 5");
  EXPECT_EQ(aantal_als_tekst(5), "5");
  EXPECT_EQ(toonbaar_aantal(4), std::nullopt);
  EXPECT_EQ(toonbaar_aantal(5), 5);
  EXPECT_EQ(aantal_als_tekst(1234567), "1234567");
}

TEST(KleineAantallen, AnEmptyPeriodIsBelowFiveToo) {
  EXPECT_EQ(aantal_als_tekst(0), "< 5");
  EXPECT_EQ(toonbaar_percentage(0, 0), std::nullopt);
}

TEST(KleineAantallen, APercentageIsHiddenWhenItsPartWholeOrRestIsSmall) {
  EXPECT_EQ(toonbaar_percentage(5, 10), 50);
  EXPECT_EQ(toonbaar_percentage(4, 100), std::nullopt);   // the part
  EXPECT_EQ(toonbaar_percentage(96, 100), std::nullopt);  // the rest: 4 households
  EXPECT_EQ(toonbaar_percentage(95, 100), 95);
  EXPECT_EQ(toonbaar_percentage(5, 9), std::nullopt);      // the rest: 4
  EXPECT_EQ(toonbaar_percentage(0, 100), std::nullopt);    // none is a small count
  EXPECT_EQ(toonbaar_percentage(100, 100), std::nullopt);  // all: the rest is 0
  EXPECT_EQ(toonbaar_percentage(7, 5), std::nullopt);      // not a part
}

}  // namespace
}  // namespace regie::domain
