// Deployment criteria, the intake rule and the contra-indication (DOMAIN.md §2).

#include "domain/inzet.hpp"

#include <gtest/gtest.h>

namespace regie::domain {
namespace {

TEST(Inzet, NoCriterionNoDeployment) { EXPECT_EQ(beoordeel_inzet({}), (InzetUitkomst{false, false, false})); }

TEST(Inzet, AnySingleCriterionDeploys) {
  for (const auto& [criterium, code] : CodeTable<InzetCriterium>::entries) {
    InzetToets toets;
    toets.criteria = {criterium};
    EXPECT_TRUE(beoordeel_inzet(toets).inzetten) << code;
  }
}

TEST(Inzet, AcuteDangerOrInsufficientBasicCareAlwaysStarts) {
  InzetToets acuut;
  acuut.acuut_gevaar = true;
  EXPECT_EQ(beoordeel_inzet(acuut), (InzetUitkomst{true, true, false}));
  InzetToets basiszorg;
  basiszorg.basiszorg_onvoldoende = true;
  EXPECT_EQ(beoordeel_inzet(basiszorg), (InzetUitkomst{true, true, false}));
}

TEST(Inzet, ContraIndicationWarnsButNeverBlocks) {
  InzetToets toets;
  toets.criteria = {InzetCriterium::zorgmijdend};
  toets.motivatie = Motivatie::afwezig_na_motivatietraject;
  toets.onverschillig = true;
  EXPECT_EQ(beoordeel_inzet(toets), (InzetUitkomst{true, false, true}));
  toets.acuut_gevaar = true;
  EXPECT_EQ(beoordeel_inzet(toets), (InzetUitkomst{true, true, true}));
  toets.onverschillig = false;
  EXPECT_FALSE(beoordeel_inzet(toets).contra_indicatie);
  toets.onverschillig = true;
  toets.motivatie = Motivatie::afwezig;  // no motivation trajectory yet
  EXPECT_FALSE(beoordeel_inzet(toets).contra_indicatie);
}

}  // namespace
}  // namespace regie::domain
