// Measures per signal (DOMAIN.md §5): exact sets, acute signals, the Glasl threshold, de-duplication.

#include "domain/maatregelen.hpp"

#include <gtest/gtest.h>

#include <set>

#include "domain/advies.hpp"
#include "domain/taxaties.hpp"

namespace regie::domain {
namespace {

using enum MaatregelCode;
using Set = std::set<MaatregelCode>;

Set codes(const std::vector<Maatregel>& maatregelen) {
  Set out;
  for (const auto& m : maatregelen) out.insert(m.code);
  return out;
}

const Set kBijElkEffectiefSignaal{politie_bij_acuut_gevaar, meldcode_veilig_thuis_deskundige,
                                  afgeschermde_regie, methodiek_veiligheidsmaatregelen,
                                  deskundige_voor_start};

Set plus(Set s, std::initializer_list<MaatregelCode> extra) {
  s.insert(extra);
  return s;
}

struct SignaalGeval {
  const char* naam;
  Signaal signaal;
  Set maatregelen;
};

const std::vector<SignaalGeval> kGevallen{
    {"intiem_terrorisme", {SignaalType::intiem_terrorisme, false, std::nullopt, {}}, kBijElkEffectiefSignaal},
    {"eergerelateerd_geweld",
     {SignaalType::eergerelateerd_geweld, false, std::nullopt, {}},
     plus(kBijElkEffectiefSignaal, {veilig_thuis_betrekken})},
    {"meisjesbesnijdenis",
     {SignaalType::meisjesbesnijdenis, false, std::nullopt, {}},
     plus(kBijElkEffectiefSignaal, {veilig_thuis_betrekken, jgz_aandachtsfunctionaris})},
    {"complexe_scheiding_fase3",
     {SignaalType::complexe_scheiding, false, 3, {}},
     plus(kBijElkEffectiefSignaal, {check_partnergeweld})},
    {"complexe_scheiding_fase9",
     {SignaalType::complexe_scheiding, false, 9, {}},
     plus(kBijElkEffectiefSignaal, {check_partnergeweld})},
    {"complexe_scheiding_fase2", {SignaalType::complexe_scheiding, false, 2, {}}, {}},
    {"complexe_scheiding_fase1", {SignaalType::complexe_scheiding, false, 1, {}}, {}},
    {"stalking",
     {SignaalType::stalking, false, std::nullopt, {}},
     plus(kBijElkEffectiefSignaal, {check_partnergeweld})},
    {"stalking_acuut",
     {SignaalType::stalking, true, std::nullopt, {}},
     plus(kBijElkEffectiefSignaal, {check_partnergeweld, politie_direct})},
    {"meisjesbesnijdenis_acuut",
     {SignaalType::meisjesbesnijdenis, true, std::nullopt, {}},
     plus(kBijElkEffectiefSignaal, {veilig_thuis_betrekken, jgz_aandachtsfunctionaris, politie_direct})},
    // Acute danger always means calling the police, even for a divorce below Glasl phase 3.
    {"complexe_scheiding_fase2_acuut", {SignaalType::complexe_scheiding, true, 2, {}}, {politie_direct}},
};

class SignaalTest : public ::testing::TestWithParam<SignaalGeval> {};

TEST_P(SignaalTest, ExactMeasureSet) {
  const auto& g = GetParam();
  const auto maatregelen = maatregelen_voor(std::vector{g.signaal});
  EXPECT_EQ(codes(maatregelen), g.maatregelen);
  for (const auto& m : maatregelen) {
    EXPECT_EQ(m.signalen, std::vector{g.signaal.type});
    EXPECT_FALSE(m.tekst.empty());
  }
}

INSTANTIATE_TEST_SUITE_P(Signalen, SignaalTest, ::testing::ValuesIn(kGevallen),
                         [](const auto& p) { return std::string{p.param.naam}; });

TEST(Maatregelen, EffectiveFromGlaslPhaseThree) {
  EXPECT_FALSE(is_effectief({SignaalType::complexe_scheiding, false, 2, {}}));
  EXPECT_TRUE(is_effectief({SignaalType::complexe_scheiding, false, 3, {}}));
  EXPECT_TRUE(is_effectief({SignaalType::stalking, false, std::nullopt, {}}));
}

TEST(Maatregelen, PoliceNowComesFirst) {
  const auto maatregelen = maatregelen_voor(std::vector<Signaal>{
      {SignaalType::eergerelateerd_geweld, false, {}, {}}, {SignaalType::stalking, true, {}, {}}});
  ASSERT_FALSE(maatregelen.empty());
  EXPECT_EQ(maatregelen.front().code, politie_direct);
  EXPECT_EQ(maatregelen.front().signalen, std::vector{SignaalType::stalking});
}

TEST(Maatregelen, EachMeasureOnceWithEachCausingTypeOnce) {
  const auto maatregelen =
      maatregelen_voor(std::vector<Signaal>{{SignaalType::stalking, false, {}, {}},
                                            {SignaalType::stalking, true, {}, {}},
                                            {SignaalType::complexe_scheiding, false, 5, {}},
                                            {SignaalType::complexe_scheiding, false, 1, {}},
                                            {SignaalType::meisjesbesnijdenis, false, {}, {}}});
  std::set<MaatregelCode> gezien;
  for (const auto& m : maatregelen) {
    EXPECT_TRUE(gezien.insert(m.code).second) << to_code(m.code) << " komt dubbel voor";
    const std::set<SignaalType> types(m.signalen.begin(), m.signalen.end());
    EXPECT_EQ(types.size(), m.signalen.size()) << to_code(m.code);
  }
  const auto partner = std::ranges::find(maatregelen, check_partnergeweld, &Maatregel::code);
  ASSERT_NE(partner, maatregelen.end());
  EXPECT_EQ(partner->signalen, (std::vector{SignaalType::stalking, SignaalType::complexe_scheiding}));
  const auto veilig_thuis = std::ranges::find(maatregelen, veilig_thuis_betrekken, &Maatregel::code);
  ASSERT_NE(veilig_thuis, maatregelen.end());
  EXPECT_EQ(veilig_thuis->signalen, std::vector{SignaalType::meisjesbesnijdenis});
}

TEST(Maatregelen, NoSignalsNoMeasures) { EXPECT_TRUE(maatregelen_voor({}).empty()); }

// DOMAIN.md §5: doubt about the safety is enough to consult an expert before the start meeting.
TEST(Maatregelen, DoubtAboutSafetyAsksForTheExpertBeforeTheStartMeetingWithoutATypedSignal) {
  const auto bij_twijfel = maatregelen_voor({}, true);
  ASSERT_EQ(bij_twijfel.size(), 1u);
  EXPECT_EQ(bij_twijfel[0].code, MaatregelCode::deskundige_voor_start);
  EXPECT_TRUE(bij_twijfel[0].signalen.empty());
  // A divorce below Glasl 3 yields nothing of its own; the doubt still asks for the expert.
  const auto scheiding =
      maatregelen_voor(std::vector<Signaal>{{SignaalType::complexe_scheiding, false, 2, {}}}, true);
  ASSERT_EQ(scheiding.size(), 1u);
  EXPECT_EQ(scheiding[0].code, MaatregelCode::deskundige_voor_start);
  // With an effective signal the measure is there once, naming the signal.
  const auto met_signaal =
      maatregelen_voor(std::vector<Signaal>{{SignaalType::stalking, false, {}, {}}}, true);
  EXPECT_EQ(std::ranges::count(met_signaal, MaatregelCode::deskundige_voor_start, &Maatregel::code), 1);
  Taxatie t = testing::taxatie_voor_niveau(3);  // unsafe, no signal typed
  const auto a = advise(t);
  ASSERT_EQ(a.maatregelen.size(), 1u);
  EXPECT_EQ(a.maatregelen[0].code, MaatregelCode::deskundige_voor_start);
}

TEST(Maatregelen, AdviceCarriesTheMeasuresAndTheSignalRaisesTheLevel) {
  Taxatie t = testing::taxatie_voor_niveau(2);
  t.veiligheid = Veiligheid::signalen;
  t.signalen = {{SignaalType::eergerelateerd_geweld, true, std::nullopt, {}}};
  const Advies a = advise(t);
  EXPECT_EQ(a.niveau, Niveau::drie);
  EXPECT_EQ(a.maatregelen, maatregelen_voor(t.signalen, t.veiligheid != Veiligheid::veilig));
  EXPECT_EQ(a.maatregelen.front().code, politie_direct);
}

}  // namespace
}  // namespace regie::domain
