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

TEST(InzetRegistratie, NeedsACriterionOrTheAcuteRoute) {
  EXPECT_EQ(inzet_bezwaren({}), std::vector{InzetBezwaar::geen_criterium});
  InzetRegistratie met_criterium;
  met_criterium.toets.criteria = {InzetCriterium::hulpvraag_moeilijk};
  EXPECT_TRUE(inzet_bezwaren(met_criterium).empty());
  InzetRegistratie acuut;
  acuut.toets.acuut_gevaar = true;
  EXPECT_TRUE(inzet_bezwaren(acuut).empty());
  InzetRegistratie basiszorg;
  basiszorg.toets.basiszorg_onvoldoende = true;
  EXPECT_TRUE(inzet_bezwaren(basiszorg).empty());
}

TEST(InzetRegistratie, AContraIndicationMustBeAcknowledgedNotAvoided) {
  InzetRegistratie r;
  r.toets.criteria = {InzetCriterium::zorgmijdend};
  r.toets.motivatie = Motivatie::afwezig_na_motivatietraject;
  r.toets.onverschillig = true;
  EXPECT_EQ(inzet_bezwaren(r), std::vector{InzetBezwaar::contra_indicatie_niet_erkend});
  r.contra_indicatie_erkend = true;
  EXPECT_TRUE(inzet_bezwaren(r).empty());
  // Acknowledging what does not hold changes nothing.
  r.toets.onverschillig = false;
  EXPECT_TRUE(inzet_bezwaren(r).empty());
  r.toets.criteria.clear();
  r.toets.onverschillig = true;
  r.contra_indicatie_erkend = false;
  EXPECT_EQ(inzet_bezwaren(r),
            (std::vector{InzetBezwaar::geen_criterium, InzetBezwaar::contra_indicatie_niet_erkend}));
}

}  // namespace
}  // namespace regie::domain
