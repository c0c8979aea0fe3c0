// The frame of the help with its history, and compulsory decisions per member (DOMAIN.md §4.5).

#include "service/errors.hpp"
#include "service/service_fixture.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;

using KaderTest = ServiceTest;

std::string lid_id(service::Huishoudens& huishoudens, const service::Context& ctx, const std::string& id,
                   std::string_view voornaam) {
  for (const auto& g : huishoudens.lezen(ctx, id).gezinsleden)
    if (g.lid.voornaam == voornaam) return g.lid.id;
  throw std::runtime_error("geen gezinslid " + std::string{voornaam});
}

TEST_P(KaderTest, VoluntaryUntilRecordedOtherwiseAndEveryChangeStaysInTheHistory) {
  const auto id = huishouden();
  const auto ctx = als(regisseur_bplus_);
  auto o = kaders->lezen(ctx, id);
  EXPECT_EQ(o.huidig, Kader::vrijwillig);
  EXPECT_TRUE(o.geschiedenis.empty());

  EXPECT_EQ(velden_van_fout([&] {
              kaders->kader_vastleggen(ctx, id, {Kader::drang, plus_dagen(vandaag(), 1), " "});
            }),
            (std::vector<std::string>{"toelichting", "van"}));
  kaders->kader_vastleggen(
      ctx, id, {Kader::drang, plus_dagen(vandaag(), -30), "De jeugdbeschermer dringt aan op hulp."});
  kaders->kader_vastleggen(ctx, id, {Kader::dwang, std::nullopt, "De kinderrechter sprak een OTS uit."});
  o = kaders->lezen(ctx, id);
  EXPECT_EQ(o.huidig, Kader::dwang);
  ASSERT_EQ(o.geschiedenis.size(), 2u);
  EXPECT_EQ(o.geschiedenis[0].kader, Kader::dwang);  // newest first
  EXPECT_EQ(o.geschiedenis[1].kader, Kader::drang);
  EXPECT_FALSE(o.geschiedenis[0].vastgelegd_door_naam.empty());
  EXPECT_EQ(huishoudens->lezen(ctx, id).kader, Kader::dwang);  // the household overview knows it too
}

TEST_P(KaderTest, ACompulsoryDecisionNamesItsMembersAndOnlyChildrenForChildProtection) {
  const auto id = huishouden();
  const auto ctx = als(regisseur_bplus_);
  const auto mila = lid_id(*huishoudens, ctx, id, "Mila");
  const auto lotte = lid_id(*huishoudens, ctx, id, "Lotte");
  const auto datum = plus_dagen(vandaag(), -3);
  service::DwangbesluitInvoer ots{DwangbesluitSoort::ondertoezichtstelling,
                                  Besluitnemer::kinderrechter,
                                  {lotte, mila},
                                  datum,
                                  plus_dagen(datum, -1),
                                  "Een jaar ondertoezichtstelling."};
  EXPECT_EQ(velden_van_fout([&] { kaders->dwangbesluit_vastleggen(ctx, id, ots); }),
            std::vector<std::string>{"einddatum"});
  ots.einddatum = std::nullopt;
  EXPECT_EQ(velden_van_fout([&] { kaders->dwangbesluit_vastleggen(ctx, id, ots); }),
            std::vector<std::string>{"gezinsleden[1]"});  // Mila is an adult
  ots.gezinsleden = {lotte, "bestaatniet2345678901234567"};
  EXPECT_EQ(velden_van_fout([&] { kaders->dwangbesluit_vastleggen(ctx, id, ots); }),
            std::vector<std::string>{"gezinsleden[1]"});
  ots.gezinsleden = {};
  EXPECT_EQ(velden_van_fout([&] { kaders->dwangbesluit_vastleggen(ctx, id, ots); }),
            std::vector<std::string>{"gezinsleden"});
  EXPECT_TRUE(kaders->lezen(ctx, id).dwangbesluiten.empty());  // nothing half-written

  ots.gezinsleden = {lotte};
  const auto b = kaders->dwangbesluit_vastleggen(ctx, id, ots);
  // A temporary restraining order for an adult, at a household without any level: possible at every level.
  kaders->dwangbesluit_vastleggen(ctx, id,
                                  {DwangbesluitSoort::tijdelijk_huisverbod,
                                   Besluitnemer::burgemeester,
                                   {mila},
                                   datum,
                                   std::nullopt,
                                   "Tien dagen."});
  auto besluiten = kaders->lezen(ctx, id).dwangbesluiten;
  ASSERT_EQ(besluiten.size(), 2u);
  const auto ots_rij = std::ranges::find(besluiten, b, &store::DwangbesluitRecord::id);
  ASSERT_NE(ots_rij, besluiten.end());
  EXPECT_EQ(ots_rij->gezinsleden, std::vector{lotte});
  EXPECT_FALSE(ots_rij->einddatum.has_value());

  // The end date once known; never before the decision; a stale version is a conflict.
  EXPECT_EQ(velden_van_fout([&] { kaders->dwangbesluit_beeindigen(ctx, id, b, plus_dagen(datum, -1), 1); }),
            std::vector<std::string>{"einddatum"});
  kaders->dwangbesluit_beeindigen(ctx, id, b, plus_dagen(datum, 365), 1);
  EXPECT_THROW(kaders->dwangbesluit_beeindigen(ctx, id, b, plus_dagen(datum, 300), 1), service::Conflict);
  besluiten = kaders->lezen(ctx, id).dwangbesluiten;
  EXPECT_EQ(std::ranges::find(besluiten, b, &store::DwangbesluitRecord::id)->einddatum,
            std::optional<std::string>{format_datum(plus_dagen(datum, 365))});
}

TEST_P(KaderTest, ADecisionOfAnotherHouseholdIsUnknownHereAndOnlyItsRegisseursRecord) {
  const auto id = huishouden();
  const auto ander = huishouden();
  const auto ctx = als(regisseur_bplus_);
  const auto lotte = lid_id(*huishoudens, ctx, id, "Lotte");
  const auto b = kaders->dwangbesluit_vastleggen(ctx, id,
                                                 {DwangbesluitSoort::uithuisplaatsing,
                                                  Besluitnemer::kinderrechter,
                                                  {lotte},
                                                  vandaag(),
                                                  std::nullopt,
                                                  "Pleeggezin."});
  EXPECT_THROW(kaders->dwangbesluit_beeindigen(ctx, ander, b, vandaag(), 1), service::NotFound);
  // A member of the other household cannot be named here.
  const auto lotte_elders = lid_id(*huishoudens, ctx, ander, "Lotte");
  EXPECT_EQ(velden_van_fout([&] {
              kaders->dwangbesluit_vastleggen(ctx, id,
                                              {DwangbesluitSoort::uithuisplaatsing,
                                               Besluitnemer::kinderrechter,
                                               {lotte_elders},
                                               vandaag(),
                                               std::nullopt,
                                               "x"});
            }),
            std::vector<std::string>{"gezinsleden[0]"});
  EXPECT_THROW(kaders->kader_vastleggen(als(manager_, {Gebruikersrol::manager}), id,
                                        {Kader::dwang, std::nullopt, "x"}),
               service::Forbidden);
}

REGIE_SERVICE_BACKENDS(KaderTest);

}  // namespace
}  // namespace regie::testing
