// Signals, the measures checklist and the meldcode through the service layer.

#include <algorithm>

#include "service/errors.hpp"
#include "service/service_fixture.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;
using namespace std::chrono;
using store::MaatregelStatus;

using VeiligheidTest = ServiceTest;

const store::MaatregelRecord& zoek(const std::vector<store::MaatregelRecord>& lijst, MaatregelCode code) {
  const auto it = std::ranges::find(lijst, code, &store::MaatregelRecord::code);
  if (it == lijst.end()) throw std::runtime_error("maatregel ontbreekt");
  return *it;
}

TEST_P(VeiligheidTest, AnEffectiveSignalShieldsTheRecordAndFillsTheChecklist) {
  const auto id = huishouden_op_niveau(2);
  const auto ctx = als(regisseur_bplus_);
  const Signaal s{SignaalType::eergerelateerd_geweld, false, std::nullopt, {}};
  veiligheid->signaal_vastleggen(ctx, id, s, "Zus vertelt over dreigementen van de familie.");
  const auto h = huishoudens->lezen(ctx, id).huishouden;
  EXPECT_TRUE(h.afgeschermd);
  EXPECT_TRUE(h.afgeschermd_sinds.has_value());
  std::vector<MaatregelCode> codes;
  for (const auto& m : veiligheid->maatregelen(ctx, id)) {
    codes.push_back(m.code);
    EXPECT_EQ(m.status, MaatregelStatus::open);
    EXPECT_EQ(m.signalen, std::vector{SignaalType::eergerelateerd_geweld});
  }
  std::vector<MaatregelCode> verwacht;
  for (const auto& m : maatregelen_voor(std::vector{s})) verwacht.push_back(m.code);
  std::ranges::sort(codes);
  std::ranges::sort(verwacht);
  EXPECT_EQ(codes, verwacht);
}

TEST_P(VeiligheidTest, ADivorceBelowGlaslThreeIsRecordedButChangesNothing) {
  const auto id = huishouden_op_niveau(2);
  const auto ctx = als(regisseur_bplus_);
  veiligheid->signaal_vastleggen(ctx, id, {SignaalType::complexe_scheiding, false, 2, {}}, "");
  EXPECT_FALSE(huishoudens->lezen(ctx, id).huishouden.afgeschermd);
  EXPECT_TRUE(veiligheid->maatregelen(ctx, id).empty());
  const auto signalen = veiligheid->signalen(ctx, id);
  ASSERT_EQ(signalen.size(), 1u);
  EXPECT_FALSE(signalen[0].effectief);
  EXPECT_EQ(velden_van_fout([&] {
              veiligheid->signaal_vastleggen(ctx, id, {SignaalType::complexe_scheiding, false, {}, {}}, "");
            }),
            std::vector<std::string>{"glaslFase"});
  EXPECT_EQ(velden_van_fout([&] {
              veiligheid->signaal_vastleggen(ctx, id, {SignaalType::stalking, false, 4, {}}, "");
            }),
            std::vector<std::string>{"glaslFase"});
}

TEST_P(VeiligheidTest, EveryNewAcuteSignalCallsForThePoliceAgain) {
  const auto id = huishouden_op_niveau(3);
  const auto ctx = als(regisseur_bplus_);
  veiligheid->signaal_vastleggen(ctx, id, {SignaalType::stalking, true, std::nullopt, {}}, "");
  auto lijst = veiligheid->maatregelen(ctx, id);
  EXPECT_EQ(lijst.front().code, MaatregelCode::politie_direct);
  const auto politie = zoek(lijst, MaatregelCode::politie_direct);
  const auto meldcode = zoek(lijst, MaatregelCode::meldcode_veilig_thuis_deskundige);
  veiligheid->maatregel_bijwerken(ctx, id, politie.id, MaatregelStatus::gedaan, {}, politie.versie);
  veiligheid->maatregel_bijwerken(ctx, id, meldcode.id, MaatregelStatus::gedaan, {}, meldcode.versie);

  veiligheid->signaal_vastleggen(ctx, id, {SignaalType::intiem_terrorisme, true, std::nullopt, {}}, "");
  lijst = veiligheid->maatregelen(ctx, id);
  EXPECT_EQ(zoek(lijst, MaatregelCode::politie_direct).status, MaatregelStatus::open);
  EXPECT_EQ(zoek(lijst, MaatregelCode::politie_direct).signalen,
            (std::vector{SignaalType::stalking, SignaalType::intiem_terrorisme}));
  EXPECT_EQ(zoek(lijst, MaatregelCode::meldcode_veilig_thuis_deskundige).status, MaatregelStatus::gedaan);
  EXPECT_EQ(lijst.size(),
            maatregelen_voor(std::vector<Signaal>{{SignaalType::stalking, true, {}, {}},
                                                  {SignaalType::intiem_terrorisme, true, {}, {}}})
                .size());
}

// A sub-resource is changed only through its own household: a measure id of another household is unknown
// here, even for someone who holds regie in both.
TEST_P(VeiligheidTest, AMeasureOfAnotherHouseholdCannotBeChangedThroughThisOne) {
  const auto een = huishouden_op_niveau(3);
  const auto twee = huishouden_op_niveau(3);
  const auto ctx = als(regisseur_bplus_);
  veiligheid->signaal_vastleggen(ctx, twee, {SignaalType::stalking, false, std::nullopt, {}}, "");
  const auto van_twee = veiligheid->maatregelen(ctx, twee).front();
  EXPECT_THROW(
      veiligheid->maatregel_bijwerken(ctx, een, van_twee.id, MaatregelStatus::gedaan, {}, van_twee.versie),
      service::NotFound);
  EXPECT_EQ(veiligheid->maatregelen(ctx, twee).front().status, MaatregelStatus::open);
}

TEST_P(VeiligheidTest, NotApplicableNeedsAReasonAndStaleUpdatesConflict) {
  const auto id = huishouden_op_niveau(3);
  const auto ctx = als(regisseur_bplus_);
  veiligheid->signaal_vastleggen(ctx, id, {SignaalType::stalking, false, std::nullopt, {}}, "");
  const auto m = zoek(veiligheid->maatregelen(ctx, id), MaatregelCode::methodiek_veiligheidsmaatregelen);
  EXPECT_EQ(velden_van_fout([&] {
              veiligheid->maatregel_bijwerken(ctx, id, m.id, MaatregelStatus::niet_van_toepassing, "nvt",
                                              m.versie);
            }),
            std::vector<std::string>{"reden"});
  veiligheid->maatregel_bijwerken(ctx, id, m.id, MaatregelStatus::niet_van_toepassing,
                                  "Er wordt geen gespecialiseerde methodiek gebruikt.", m.versie);
  EXPECT_THROW(veiligheid->maatregel_bijwerken(ctx, id, m.id, MaatregelStatus::gedaan, {}, m.versie),
               service::Conflict);
  const auto na = zoek(veiligheid->maatregelen(ctx, id), MaatregelCode::methodiek_veiligheidsmaatregelen);
  EXPECT_EQ(na.status, MaatregelStatus::niet_van_toepassing);
  EXPECT_EQ(na.reden, "Er wordt geen gespecialiseerde methodiek gebruikt.");
  EXPECT_EQ(na.bijgewerkt_door, regisseur_bplus_);
}

TEST_P(VeiligheidTest, TheMeldcodeGoesStepByStepAndAReportCannotBeSkipped) {
  const auto id = huishouden_op_niveau(3);
  const auto ctx = als(regisseur_bplus_);
  const auto traject = veiligheid->meldcode_starten(ctx, id);
  EXPECT_THROW(veiligheid->meldcode_starten(ctx, id), service::Conflict);
  auto stap = [&](int n) {
    return service::MeldcodeStapInvoer{n, vandaag(), "Bram, Cora", "Vastgelegd", {}, {}};
  };
  EXPECT_EQ(velden_van_fout([&] { veiligheid->meldcode_stap_vastleggen(ctx, id, traject, stap(2)); }),
            std::vector<std::string>{"stap"});
  for (int n = 1; n <= 3; ++n) veiligheid->meldcode_stap_vastleggen(ctx, id, traject, stap(n));

  auto vier = stap(4);
  EXPECT_EQ(velden_van_fout([&] { veiligheid->meldcode_stap_vastleggen(ctx, id, traject, vier); }),
            std::vector<std::string>{"afweging"});
  vier.afweging = Afwegingskader{true, false, true, false, std::nullopt};  // help is not accepted → report
  veiligheid->meldcode_stap_vastleggen(ctx, id, traject, vier);

  auto vijf = stap(5);
  vijf.besluit = MeldcodeBesluit{false, true};
  EXPECT_EQ(velden_van_fout([&] { veiligheid->meldcode_stap_vastleggen(ctx, id, traject, vijf); }),
            std::vector<std::string>{"besluit.melden"});
  vijf.besluit = MeldcodeBesluit{true, true};
  veiligheid->meldcode_stap_vastleggen(ctx, id, traject, vijf);

  const auto t = veiligheid->meldcode_trajecten(ctx, id).at(0);
  EXPECT_TRUE(t.afgerond_op.has_value());
  ASSERT_EQ(t.stappen.size(), 5u);
  EXPECT_EQ(weeg(*t.stappen[3].afweging), Afweging::melden);
  EXPECT_TRUE(t.stappen[4].besluit->melden);
  EXPECT_NE(veiligheid->meldcode_starten(ctx, id), traject);  // a new trajectory may start now
}

TEST_P(VeiligheidTest, MeldcodeStepsAreNotInTheFuture) {
  const auto id = huishouden_op_niveau(2);
  const auto ctx = als(regisseur_bplus_);
  const auto traject = veiligheid->meldcode_starten(ctx, id);
  EXPECT_EQ(velden_van_fout([&] {
              veiligheid->meldcode_stap_vastleggen(ctx, id, traject,
                                                   {1, plus_dagen(vandaag(), 1), "x", "y", {}, {}});
            }),
            std::vector<std::string>{"datum"});
}

REGIE_SERVICE_BACKENDS(VeiligheidTest);

}  // namespace
}  // namespace regie::testing
