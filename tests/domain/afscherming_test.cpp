// Secondary small-number protection: no count from 1 to 4 can be worked out from the shown figures of a
// relation, and no more is hidden than that needs.

#include "domain/afscherming.hpp"

#include <gtest/gtest.h>

#include "domain/monitoring.hpp"

namespace regie::domain {
namespace {

using enum Zichtbaarheid;

// A total (cell 0) and its parts: total − parts = 0.
Verband totaal_en_delen(std::size_t delen) {
  Verband v;
  v.leden.push_back({0, -1});
  for (std::size_t i = 1; i <= delen; ++i) v.leden.push_back({i, +1});
  return v;
}

TEST(Afscherming, OneHiddenSmallPartNextToItsTotalHidesTheSmallestShownPartToo) {
  const std::vector<std::int64_t> w{14, 6, 5, 3};
  const std::vector v{totaal_en_delen(3)};
  EXPECT_EQ(afschermen(w, v), (std::vector{getoond, getoond, afgeschermd, klein}));
}

TEST(Afscherming, WithoutARelationOnlyTheSmallCountIsHidden) {
  const std::vector<std::int64_t> w{14, 6, 5, 3};
  EXPECT_EQ(afschermen(w, {}), (std::vector{getoond, getoond, getoond, klein}));
}

TEST(Afscherming, AWorkedOutZeroIsHarmless) {
  const std::vector<std::int64_t> w{11, 6, 5, 0};
  EXPECT_EQ(afschermen(w, std::vector{totaal_en_delen(3)}), (std::vector{getoond, getoond, getoond, klein}));
}

TEST(Afscherming, TwoHiddenSmallPartsProtectEachOtherUnlessBothMustBeFour) {
  // 3 + 2 = 5: each lies between 1 and 3 for the reader.
  EXPECT_EQ(afschermen(std::vector<std::int64_t>{15, 10, 3, 2}, std::vector{totaal_en_delen(3)}),
            (std::vector{getoond, getoond, klein, klein}));
  // 4 + 4 = 8: both can only be 4.
  EXPECT_EQ(afschermen(std::vector<std::int64_t>{18, 10, 4, 4}, std::vector{totaal_en_delen(3)}),
            (std::vector{getoond, afgeschermd, klein, klein}));
}

TEST(Afscherming, AHiddenZeroProtectsASmallCountBecauseTheReaderCannotTellItIsZero) {
  EXPECT_EQ(afschermen(std::vector<std::int64_t>{9, 6, 3, 0}, std::vector{totaal_en_delen(3)}),
            (std::vector{getoond, getoond, klein, klein}));
}

TEST(Afscherming, WhenOnlyTheTotalIsLeftItIsHidden) {
  EXPECT_EQ(afschermen(std::vector<std::int64_t>{7, 3, 4}, std::vector{totaal_en_delen(2)}),
            (std::vector{getoond, klein, klein}));  // 3 + 4 = 7: 3..4 and 3..4, not pinned
  EXPECT_EQ(afschermen(std::vector<std::int64_t>{8, 4, 4}, std::vector{totaal_en_delen(2)}),
            (std::vector{afgeschermd, klein, klein}));
  EXPECT_EQ(afschermen(std::vector<std::int64_t>{6, 6}, std::vector{totaal_en_delen(1)}),
            (std::vector{getoond, getoond}));
}

TEST(Afscherming, HidingForOneRelationProtectsAnotherThatSharesTheCell) {
  // Two relations share cell 2: hiding it for the first also covers the small count in the second.
  Verband eerste = totaal_en_delen(3);  // 0 = 1 + 2 + 3
  Verband tweede;                       // 4 = 2 + 5
  tweede.leden = {{4, -1}, {2, +1}, {5, +1}};
  const std::vector<std::int64_t> w{14, 6, 5, 3, 7, 2};
  EXPECT_EQ(afschermen(w, std::vector{eerste, tweede}),
            (std::vector{getoond, getoond, afgeschermd, klein, getoond, klein}));
}

TEST(Afscherming, AnOrganisationsSmallTeamIsNotGivenAwayByItsOtherTeam) {
  // Organisation o: 9 households at level 2, team a 6 and team b 3, nobody without a team.
  const std::vector<Telling> t{{"", "", "2026-11", "niveau", "2", 9},
                               {"o", "", "2026-11", "niveau", "2", 9},
                               {"o", "a", "2026-11", "niveau", "2", 6},
                               {"o", "b", "2026-11", "niveau", "2", 3}};
  const auto a = aanvullend_afschermen(t);
  // Team a hides (the smallest shown of o's relation); the gemeente and o stay, as o = gemeente holds no
  // small count.
  EXPECT_EQ(a, (std::vector{false, false, true, false}));
}

TEST(Afscherming, RelatedMetricsProtectEachOther) {
  // Households with a support plan present or missing are those from level 2: the plans give level 2 away
  // when levels 3 to 5 are shown.
  const std::vector<Telling> t{{"", "", "2026-11", "niveau", "2", 3},
                               {"", "", "2026-11", "niveau", "3", 6},
                               {"", "", "2026-11", "op", "aanwezig", 9}};
  // aanwezig 9 + ontbreekt 0 = 3 + 6 + 0 + 0, but levels 4 and 5 and "ontbreekt" are hidden zeros the reader
  // cannot tell from small counts, so level 2 is not pinned.
  EXPECT_EQ(aanvullend_afschermen(t), (std::vector{false, false, false}));
  const std::vector<Telling> vol{
      {"", "", "2026-11", "niveau", "2", 3},     {"", "", "2026-11", "niveau", "3", 6},
      {"", "", "2026-11", "niveau", "4", 5},     {"", "", "2026-11", "niveau", "5", 5},
      {"", "", "2026-11", "op", "aanwezig", 14}, {"", "", "2026-11", "op", "ontbreekt", 5}};
  // Everything else shown: level 2 = 19 − 6 − 5 − 5. The smallest shown figure of the relation hides.
  EXPECT_EQ(aanvullend_afschermen(vol), (std::vector{false, false, false, false, false, true}));
}

}  // namespace
}  // namespace regie::domain
