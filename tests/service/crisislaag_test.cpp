// The crisis layer of level 5 through the service (DOMAIN.md §4.5), on both backends: versions, the level
// rule, the linking pin who is involved and so sees the household, and a stale version refused.

#include "service/crisislaag.hpp"

#include <algorithm>

#include "service/errors.hpp"
#include "service/service_fixture.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;

bool heeft(const std::vector<Eis>& eisen, Eis eis) { return std::ranges::find(eisen, eis) != eisen.end(); }

class CrisislaagTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (!test_) return;
    crisislagen = std::make_unique<service::Crisislagen>(omgeving());
  }
  std::unique_ptr<service::Crisislagen> crisislagen;
};

TEST_P(CrisislaagTest, GripAndTheLinkingPinAtLevelFiveWithEveryVersionKept) {
  const auto id = huishouden_op_niveau(5);
  const auto ctx = als(regisseur_bplus_);
  EXPECT_TRUE(heeft(huishoudens->lezen(ctx, id).eisen, Eis::schakel_ivz_oov_vereist));
  // The linking pin cannot see the household before he is named.
  EXPECT_THROW(huishoudens->lezen(als(zonder_profiel_), id), service::Forbidden);

  Crisislaag laag;
  laag.grip_fase = GripFase::grip_1;
  laag.grip_van = vandaag();
  laag.schakel_id = zonder_profiel_;
  laag.media_aandacht = true;
  EXPECT_EQ(crisislagen->vastleggen(ctx, id, laag, 0), 1);
  EXPECT_NO_THROW(huishoudens->lezen(als(zonder_profiel_), id));
  EXPECT_FALSE(heeft(huishoudens->lezen(ctx, id).eisen, Eis::schakel_ivz_oov_vereist));

  laag.grip_fase = GripFase::grip_2;
  EXPECT_EQ(crisislagen->vastleggen(ctx, id, laag, 1), 2);
  EXPECT_THROW(crisislagen->vastleggen(ctx, id, laag, 1), service::Conflict);  // stale version

  const auto o = crisislagen->lezen(ctx, id);
  EXPECT_TRUE(o.geldt);
  EXPECT_TRUE(o.grip_geldt);
  ASSERT_EQ(o.geschiedenis.size(), 2u);
  EXPECT_EQ(o.huidig->laag, laag);
  EXPECT_EQ(o.geschiedenis[1].laag.grip_fase, GripFase::grip_1);
}

TEST_P(CrisislaagTest, BelowLevelFiveOnlyEndingIsAllowed) {
  const auto id = huishouden_op_niveau(4);
  const auto ctx = als(regisseur_bplus_);
  EXPECT_FALSE(heeft(huishoudens->lezen(ctx, id).eisen, Eis::schakel_ivz_oov_vereist));
  Crisislaag laag;
  laag.grip_fase = GripFase::grip_1;
  laag.grip_van = plus_dagen(vandaag(), -2);
  EXPECT_EQ(velden_van_fout([&] { crisislagen->vastleggen(ctx, id, laag, 0); }),
            std::vector<std::string>{"gripFase"});
  laag.grip_tot = vandaag();
  EXPECT_EQ(crisislagen->vastleggen(ctx, id, laag, 0), 1);
  EXPECT_FALSE(crisislagen->lezen(ctx, id).geldt);
  // Someone who is not involved may not record it.
  EXPECT_THROW(crisislagen->vastleggen(als(zonder_profiel_), id, laag, 1), service::Forbidden);
}

REGIE_SERVICE_BACKENDS(CrisislaagTest);

}  // namespace
}  // namespace regie::testing
