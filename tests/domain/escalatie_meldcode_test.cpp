// The escalation chain per level (§4.4) and the afwegingskader of the meldcode (§5.1).

#include <gtest/gtest.h>

#include "domain/escalatie.hpp"
#include "domain/meldcode.hpp"

namespace regie::domain {
namespace {

using enum EscalatiePartij;
using Keten = std::vector<std::vector<EscalatiePartij>>;

TEST(Escalatie, TheChainPerLevel) {
  EXPECT_EQ(escalatieketen(std::nullopt), (Keten{{manager}, {directie}}));
  EXPECT_EQ(escalatieketen(Niveau::een), (Keten{{manager}, {directie}}));
  EXPECT_EQ(escalatieketen(Niveau::twee), (Keten{{manager}, {directie}, {wethouder}}));
  EXPECT_EQ(escalatieketen(Niveau::drie), (Keten{{manager}, {directie}, {wethouder}}));
  EXPECT_EQ(escalatieketen(Niveau::vier), (Keten{{manager}, {directie}, {wethouder, ketenmanager_zvh}}));
  EXPECT_EQ(escalatieketen(Niveau::vijf),
            (Keten{{manager}, {directie}, {wethouder}, {ambtenaar_ivz_oov, burgemeester}}));
}

TEST(Escalatie, InformingGoesStageByStage) {
  EXPECT_EQ(toets_informeren(Niveau::vier, {}, manager).fout, std::nullopt);
  EXPECT_EQ(toets_informeren(Niveau::vier, {}, directie).fout, InformerenFout::eerdere_stap_open);
  EXPECT_EQ(toets_informeren(Niveau::vier, {manager}, manager).fout, InformerenFout::al_geinformeerd);
  EXPECT_EQ(toets_informeren(Niveau::vier, {manager, directie}, ketenmanager_zvh).fout,
            std::nullopt);  // together with the wethouder
  EXPECT_EQ(toets_informeren(Niveau::vier, {manager, directie}, burgemeester).fout,
            InformerenFout::niet_in_keten);
  EXPECT_EQ(toets_informeren(Niveau::vijf, {manager, directie}, burgemeester).fout,
            InformerenFout::eerdere_stap_open);
  EXPECT_EQ(toets_informeren(Niveau::vijf, {manager, directie, wethouder}, burgemeester).fout, std::nullopt);
  EXPECT_EQ(toets_informeren(Niveau::vijf, {manager, directie, wethouder}, ambtenaar_ivz_oov).fout,
            std::nullopt);
  EXPECT_EQ(toets_informeren(Niveau::drie, {manager, directie}, ketenmanager_zvh).fout,
            InformerenFout::niet_in_keten);
  EXPECT_EQ(toets_informeren(Niveau::een, {manager, directie}, wethouder).fout,
            InformerenFout::niet_in_keten);
}

TEST(Escalatie, PassingAnOpenStageNeedsAReasonAndNamesWhoWasPassedOver) {
  const auto zonder = toets_informeren(Niveau::vijf, {manager}, burgemeester);
  EXPECT_EQ(zonder.fout, InformerenFout::eerdere_stap_open);
  const auto met = toets_informeren(Niveau::vijf, {manager}, burgemeester, true);
  EXPECT_EQ(met.fout, std::nullopt);
  EXPECT_EQ(met.overgeslagen, (std::vector{directie, wethouder}));
  // Within the stage of the party itself nobody is passed over.
  EXPECT_TRUE(toets_informeren(Niveau::vijf, {manager, directie, wethouder}, burgemeester, true)
                  .overgeslagen.empty());
  // A reason changes nothing for a party outside the chain or one informed already.
  EXPECT_EQ(toets_informeren(Niveau::drie, {}, burgemeester, true).fout, InformerenFout::niet_in_keten);
  EXPECT_EQ(toets_informeren(Niveau::drie, {manager}, manager, true).fout, InformerenFout::al_geinformeerd);
}

struct Weging {
  Afwegingskader kader;
  Afweging uitkomst;
};

class AfwegingTest : public ::testing::TestWithParam<Weging> {};

TEST_P(AfwegingTest, StopsAtTheFirstDecidingAnswer) {
  EXPECT_EQ(weeg(GetParam().kader), GetParam().uitkomst);
}

INSTANTIATE_TEST_SUITE_P(
    Afwegingskader, AfwegingTest,
    ::testing::Values(Weging{{}, Afweging::onvolledig},
                      Weging{{false, {}, {}, {}, {}}, Afweging::geen_vermoeden},
                      Weging{{true, {}, {}, {}, {}}, Afweging::onvolledig},
                      Weging{{true, true, {}, {}, {}}, Afweging::melden},  // acute or structural unsafety
                      Weging{{true, false, false, {}, {}}, Afweging::melden},
                      Weging{{true, false, true, false, {}}, Afweging::melden},
                      Weging{{true, false, true, true, false}, Afweging::melden},
                      Weging{{true, false, true, true, {}}, Afweging::onvolledig},
                      Weging{{true, false, true, true, true}, Afweging::hulp_organiseren}));

TEST(Meldcode, ARequiredReportCannotBeSkipped) {
  EXPECT_FALSE(besluit_volgt_afweging(Afweging::melden, {false, true}));
  EXPECT_TRUE(besluit_volgt_afweging(Afweging::melden, {true, false}));
  EXPECT_TRUE(besluit_volgt_afweging(Afweging::hulp_organiseren, {false, true}));
  EXPECT_TRUE(besluit_volgt_afweging(Afweging::hulp_organiseren, {true, true}));
  EXPECT_FALSE(besluit_volgt_afweging(Afweging::onvolledig, {true, true}));
  for (int stap = 1; stap <= kMeldcodeStappen; ++stap) EXPECT_FALSE(stap_naam(stap).empty());
}

}  // namespace
}  // namespace regie::domain
