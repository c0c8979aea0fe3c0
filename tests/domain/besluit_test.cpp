// The level decision: motivation when deviating, aftercare when scaling down from level 3 or higher.

#include "domain/besluit.hpp"

#include <gtest/gtest.h>

#include "domain/tijd.hpp"

namespace regie::domain {
namespace {

using namespace std::chrono;

constexpr Datum kVandaag{2026y, November, 22d};
const std::string kMotivatie = "De school ziet sinds kort verwondingen bij het jongste kind.";
const Nazorgafspraak kNazorg{"Wijkteam", "Schoolverzuim van de kinderen", 2027y / February / 1d,
                             "Verzuim van meer dan drie dagen"};

std::vector<std::string> velden(const std::vector<BesluitFout>& f) {
  std::vector<std::string> out;
  for (const auto& x : f) {
    EXPECT_FALSE(x.reden.empty());
    out.push_back(x.veld);
  }
  return out;
}

TEST(Besluit, FollowingTheAdviceNeedsNoMotivation) {
  EXPECT_TRUE(toets_besluit(Niveau::drie, Niveau::twee, {Niveau::drie, "", {}}, kVandaag).empty());
}

TEST(Besluit, DeviatingEitherWayNeedsAMotivationOfSubstance) {
  for (auto besloten : {Niveau::twee, Niveau::vier}) {
    EXPECT_EQ(velden(toets_besluit(Niveau::drie, std::nullopt, {besloten, "", {}}, kVandaag)),
              std::vector<std::string>{"motivatie"});
    EXPECT_EQ(
        velden(toets_besluit(Niveau::drie, std::nullopt, {besloten, "   zie dossier      ", {}}, kVandaag)),
        std::vector<std::string>{"motivatie"});
    EXPECT_TRUE(toets_besluit(Niveau::drie, std::nullopt, {besloten, kMotivatie, {}}, kVandaag).empty());
  }
}

TEST(Besluit, AftercareOnlyWhenScalingDownFromThreeOrHigher) {
  EXPECT_FALSE(nazorgafspraak_vereist(std::nullopt, Niveau::een));
  EXPECT_FALSE(nazorgafspraak_vereist(Niveau::twee, Niveau::een));
  EXPECT_FALSE(nazorgafspraak_vereist(Niveau::drie, Niveau::drie));
  EXPECT_FALSE(nazorgafspraak_vereist(Niveau::drie, Niveau::vier));
  EXPECT_TRUE(nazorgafspraak_vereist(Niveau::drie, Niveau::twee));
  EXPECT_TRUE(nazorgafspraak_vereist(Niveau::vijf, Niveau::een));
  EXPECT_EQ(velden(toets_besluit(Niveau::twee, Niveau::vier, {Niveau::twee, "", {}}, kVandaag)),
            std::vector<std::string>{"nazorgafspraak"});
  EXPECT_TRUE(toets_besluit(Niveau::twee, Niveau::vier, {Niveau::twee, "", kNazorg}, kVandaag).empty());
}

TEST(Besluit, AnAftercareAgreementIsComplete) {
  const Nazorgafspraak leeg{" ", "", kVandaag, ""};
  EXPECT_EQ(velden(toets_besluit(Niveau::twee, Niveau::drie, {Niveau::twee, "", leeg}, kVandaag)),
            (std::vector<std::string>{"nazorgafspraak.wie", "nazorgafspraak.wat", "nazorgafspraak.tot",
                                      "nazorgafspraak.signaalOpschalen"}));
}

TEST(Besluit, Direction) {
  EXPECT_EQ(richting_van_besluit(std::nullopt, Niveau::drie), std::nullopt);
  EXPECT_EQ(richting_van_besluit(Niveau::een, Niveau::vier), Richting::opschalen);
  EXPECT_EQ(richting_van_besluit(Niveau::vier, Niveau::een), Richting::afschalen);
  EXPECT_EQ(richting_van_besluit(Niveau::twee, Niveau::twee), Richting::gelijk);
}

}  // namespace
}  // namespace regie::domain
