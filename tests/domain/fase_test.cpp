#include "domain/fase.hpp"

#include <gtest/gtest.h>

namespace regie::domain {
namespace {

using enum Fase;

TEST(Fase, TheWorkMovesForwardAndCanAlwaysEnd) {
  EXPECT_EQ(volgende_fasen(aanmelding), (std::vector{voorbereiding, afgesloten}));
  EXPECT_EQ(volgende_fasen(evaluatie), (std::vector{uitvoering, afgesloten}));
  EXPECT_TRUE(volgende_fasen(afgesloten).empty());
  EXPECT_FALSE(overgang_toegestaan(aanmelding, uitvoering));
  EXPECT_FALSE(overgang_toegestaan(uitvoering, startoverleg));
  for (auto [f, code] : CodeTable<Fase>::entries) {
    EXPECT_EQ(overgang_toegestaan(f, afgesloten), f != afgesloten) << code;
  }
}

TEST(Fase, TheStartMeetingWaitsForALevelAndTheExpert) {
  FaseToestand t;
  EXPECT_EQ(open_drempels(startoverleg, t), std::vector{FaseDrempel::niveau_ontbreekt});
  t.niveau = Niveau::drie;
  t.deskundige_voor_start_open = true;
  EXPECT_EQ(open_drempels(startoverleg, t), std::vector{FaseDrempel::deskundige_voor_start_open});
  t.deskundige_voor_start_open = false;
  EXPECT_TRUE(open_drempels(startoverleg, t).empty());
}

TEST(Fase, ExecutionNeedsThePlansOfTheLevel) {
  FaseToestand t;
  t.niveau = Niveau::een;
  EXPECT_TRUE(open_drempels(uitvoering, t).empty());
  t.niveau = Niveau::twee;
  EXPECT_EQ(open_drempels(uitvoering, t), std::vector{FaseDrempel::ondersteuningsplan_ontbreekt});
  t.niveau = Niveau::vier;
  EXPECT_EQ(open_drempels(uitvoering, t),
            (std::vector{FaseDrempel::ondersteuningsplan_ontbreekt, FaseDrempel::veiligheidsplan_ontbreekt}));
  t.heeft_ondersteuningsplan = t.heeft_veiligheidsplan = true;
  EXPECT_TRUE(open_drempels(uitvoering, t).empty());
  for (auto [d, code] : CodeTable<FaseDrempel>::entries) EXPECT_FALSE(tekst(d).empty()) << code;
}

}  // namespace
}  // namespace regie::domain
