// The crisis layer of level 5 (DOMAIN.md §4.5): one test per rule of the table in domain/crisis.cpp.

#include "domain/crisis.hpp"

#include <gtest/gtest.h>

namespace regie::domain {
namespace {

using namespace std::chrono;
constexpr Datum kVandaag{2026y, November, 30d};

std::vector<CrisisBezwaar> bezwaren(const Crisislaag& c, std::optional<Niveau> n = Niveau::vijf) {
  std::vector<CrisisBezwaar> uit;
  for (const auto& f : crisis_fouten(c, n, kVandaag)) {
    EXPECT_FALSE(f.tekst.empty());
    EXPECT_FALSE(f.veld.empty());
    uit.push_back(f.bezwaar);
  }
  return uit;
}

Crisislaag grip(std::optional<Datum> tot = std::nullopt) {
  Crisislaag c;
  c.grip_fase = GripFase::grip_1;
  c.grip_van = plus_dagen(kVandaag, -3);
  c.grip_tot = tot;
  return c;
}

TEST(Crisislaag, OnlyLevelFiveHasTheLayer) {
  for (const auto n : {Niveau::een, Niveau::twee, Niveau::drie, Niveau::vier})
    EXPECT_FALSE(heeft_crisislaag(n));
  EXPECT_TRUE(heeft_crisislaag(Niveau::vijf));
  EXPECT_FALSE(heeft_crisislaag(std::nullopt));
}

TEST(Crisislaag, AGripDeclaredAtLevelFiveIsFine) {
  EXPECT_TRUE(bezwaren(grip()).empty());
  auto c = grip();
  c.schakel_id = "ambtenaar";
  c.media_aandacht = true;
  c.communicatiecoordinator = "Woordvoerder gemeente, 0100-123456";
  EXPECT_TRUE(bezwaren(c).empty());
  EXPECT_TRUE(bezwaren({}).empty());
}

TEST(Crisislaag, AnOpenGripOrALinkingPinOnlyAtLevelFive) {
  EXPECT_EQ(bezwaren(grip(), Niveau::vier), std::vector{CrisisBezwaar::alleen_op_niveau_5});
  Crisislaag schakel;
  schakel.schakel_id = "ambtenaar";
  EXPECT_EQ(bezwaren(schakel, Niveau::vier), std::vector{CrisisBezwaar::alleen_op_niveau_5});
  // Ending a GRIP after scaling down is allowed: nothing may stay open by mistake.
  EXPECT_TRUE(bezwaren(grip(kVandaag), Niveau::vier).empty());
}

TEST(Crisislaag, PhaseAndDatesBelongTogether) {
  auto zonder_van = grip();
  zonder_van.grip_van.reset();
  EXPECT_EQ(bezwaren(zonder_van), std::vector{CrisisBezwaar::grip_van_ontbreekt});
  Crisislaag zonder_fase;
  zonder_fase.grip_van = kVandaag;
  EXPECT_EQ(bezwaren(zonder_fase), std::vector{CrisisBezwaar::grip_fase_ontbreekt});
  EXPECT_EQ(bezwaren(grip(plus_dagen(kVandaag, -4))), std::vector{CrisisBezwaar::einde_voor_begin});
  auto later = grip();
  later.grip_van = plus_dagen(kVandaag, 1);
  EXPECT_EQ(bezwaren(later), std::vector{CrisisBezwaar::begin_in_toekomst});
}

TEST(Crisislaag, GripIsInForceFromItsStartUntilItsEnd) {
  const auto c = grip(kVandaag);
  EXPECT_FALSE(grip_geldt(c, plus_dagen(kVandaag, -4)));
  EXPECT_TRUE(grip_geldt(c, plus_dagen(kVandaag, -3)));
  EXPECT_TRUE(grip_geldt(c, kVandaag));
  EXPECT_FALSE(grip_geldt(c, plus_dagen(kVandaag, 1)));
  EXPECT_TRUE(grip_geldt(grip(), plus_dagen(kVandaag, 100)));
  EXPECT_FALSE(grip_geldt({}, kVandaag));
}

}  // namespace
}  // namespace regie::domain
