// Profile inclusions (DOMAIN.md §7) and the requirement per level and role.

#include "domain/profielen.hpp"

#include <gtest/gtest.h>

namespace regie::domain {
namespace {

constexpr auto cA = kCasusA, cB = kCasusB, cBp = kCasusBplus;
constexpr auto pA = kProcesA, pB = kProcesB, pBp = kProcesBplus;
const std::vector<Certificering> kAlle{cA, cB, cBp, pA, pB, pBp};

struct Dekking {
  Certificering certificering;
  std::vector<Certificering> gedekt;  // everything it covers, itself included
};

class DekkingTest : public ::testing::TestWithParam<Dekking> {};

TEST_P(DekkingTest, CoversExactlyItsInclusions) {
  const auto& d = GetParam();
  for (const auto& eis : kAlle) {
    const bool verwacht = std::ranges::find(d.gedekt, eis) != d.gedekt.end();
    EXPECT_EQ(dekt(d.certificering, eis), verwacht)
        << to_code(d.certificering.rol) << to_code(d.certificering.profiel) << " dekt " << to_code(eis.rol)
        << to_code(eis.profiel);
  }
}

INSTANTIATE_TEST_SUITE_P(Profielen, DekkingTest,
                         ::testing::Values(Dekking{cA, {cA}}, Dekking{cB, {cB, cA}},
                                           Dekking{cBp, {cBp, cB, cA}}, Dekking{pA, {pA, cA}},
                                           Dekking{pB, {pB, pA, cB, cA}},
                                           Dekking{pBp, {pBp, pB, pA, cB, cA}}));

TEST(Profielen, RequirementPerLevelAndRole) {
  EXPECT_EQ(profiel_eis(Niveau::een, Rol::casus), cA);
  EXPECT_EQ(profiel_eis(Niveau::een, Rol::proces), std::nullopt);
  EXPECT_EQ(profiel_eis(Niveau::twee, Rol::casus), cA);
  EXPECT_EQ(profiel_eis(Niveau::twee, Rol::proces), pA);
  EXPECT_EQ(profiel_eis(Niveau::drie, Rol::casus), cB);
  EXPECT_EQ(profiel_eis(Niveau::drie, Rol::proces), pB);
  EXPECT_EQ(profiel_eis(Niveau::vier, Rol::casus), cBp);
  EXPECT_EQ(profiel_eis(Niveau::vier, Rol::proces), pBp);
  EXPECT_EQ(profiel_eis(Niveau::vijf, Rol::casus), cBp);
  EXPECT_EQ(profiel_eis(Niveau::vijf, Rol::proces), pBp);
}

TEST(Profielen, AnyOfSeveralCertificationsMayCover) {
  const std::vector<Certificering> certificeringen{cA, pB};
  EXPECT_TRUE(dekt(certificeringen, cB));
  EXPECT_FALSE(dekt(certificeringen, cBp));
  EXPECT_FALSE(dekt(std::vector<Certificering>{}, cA));
}

}  // namespace
}  // namespace regie::domain
