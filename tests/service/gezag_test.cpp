// Parental authority over a minor member (DOMAIN.md §12) through the service layer on SQLite and PostgreSQL:
// a regisseur records it, it is shown with the member, a holder who cannot hold it is refused naming the
// field, it replaces what was there, and only the household's regisseur may record it, audited.

#include "service/gezag.hpp"

#include "service/errors.hpp"
#include "service/service_fixture.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;

class GezagTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (!test_) return;
    gezag = std::make_unique<service::Gezag>(omgeving());
    id_ = huishouden_op_niveau(2);
    for (const auto& l : huishoudens->lezen(systeem(), id_).gezinsleden) {
      if (l.lid.voornaam == "Mila") mila_ = l.lid.id;
      if (l.lid.voornaam == "Noah") noah_ = l.lid.id;
    }
    sam_ = gezinslid(id_, Relatie::kind);  // 16
  }
  std::optional<store::GezagRecord> gelezen(const std::string& kind) {
    for (const auto& l : huishoudens->lezen(regie(id_), id_).gezinsleden)
      if (l.lid.id == kind) return l.gezag;
    return std::nullopt;
  }

  std::unique_ptr<service::Gezag> gezag;
  std::string id_, mila_, noah_, sam_;
};

TEST_P(GezagTest, TheRegisseurRecordsWhoHoldsItAndTheHouseholdPageShowsIt) {
  if (!test_) GTEST_SKIP();
  EXPECT_FALSE(gelezen(sam_));
  const auto g = gezag->vastleggen(regie(id_), id_, sam_, {{noah_, mila_}, ""});
  auto verwacht = std::vector<std::string>{mila_, noah_};
  std::ranges::sort(verwacht);
  EXPECT_EQ(g.gezagsdragers, verwacht);
  ASSERT_TRUE(gelezen(sam_));
  EXPECT_EQ(gelezen(sam_)->gezagsdragers, verwacht);
  EXPECT_FALSE(gelezen(mila_));

  // Recording again replaces it: Mila alone, and a note on the father elsewhere.
  gezag->vastleggen(regie(id_), id_, sam_, {{mila_}, "Vader woont elders en heeft ook gezag."});
  EXPECT_EQ(gelezen(sam_)->gezagsdragers, std::vector<std::string>{mila_});
  EXPECT_EQ(gelezen(sam_)->toelichting, "Vader woont elders en heeft ook gezag.");
  EXPECT_EQ(db().logboek().read([&](store::Tx& tx) {
    return tx
        .query_one(
            "SELECT count(*) FROM audit WHERE actie = 'gezinslid.gezag_vastleggen' AND "
            "resultaat = 'gelukt' AND huishouden_id = $1",
            {id_})
        ->integer(0);
  }),
            2);
}

TEST_P(GezagTest, AHolderWhoCannotHoldItIsRefusedNamingTheFieldAndNothingChanges) {
  if (!test_) GTEST_SKIP();
  gezag->vastleggen(regie(id_), id_, sam_, {{mila_}, ""});
  const auto ander = gezinslid(huishouden());
  const auto lotte = huishoudens->gezinslid_toevoegen(
      regie(id_), id_,
      {"Lotte", "de Vries", {std::chrono::year{2012} / 1 / 5, false}, std::nullopt, Relatie::kind});
  EXPECT_EQ(velden_van_fout([&] {
              gezag->vastleggen(regie(id_), id_, sam_, {{ander}, ""});
            }),
            std::vector<std::string>{"gezagsdragers"});  // of another household
  EXPECT_EQ(velden_van_fout([&] {
              gezag->vastleggen(regie(id_), id_, lotte, {{sam_}, ""});
            }),
            std::vector<std::string>{"gezagsdragers"});  // a brother of 16
  EXPECT_EQ(velden_van_fout([&] {
              gezag->vastleggen(regie(id_), id_, sam_, {{mila_, mila_}, ""});
            }),
            std::vector<std::string>{"gezagsdragers"});
  EXPECT_EQ(velden_van_fout([&] {
              gezag->vastleggen(regie(id_), id_, sam_, {{}, " "});
            }),
            std::vector<std::string>{"toelichting"});
  EXPECT_EQ(velden_van_fout([&] {
              gezag->vastleggen(regie(id_), id_, mila_, {{noah_}, ""});
            }),
            std::vector<std::string>{"gezinslidId"});  // an adult
  EXPECT_EQ(gelezen(sam_)->gezagsdragers, std::vector<std::string>{mila_});
  EXPECT_THROW(gezag->vastleggen(regie(id_), id_, ander, {{mila_}, ""}), service::NotFound);
}

TEST_P(GezagTest, OnlyTheHouseholdsRegisseurRecordsIt) {
  if (!test_) GTEST_SKIP();
  // With a professional regisseur, an involved professional reads the household but records nothing in it.
  regisseurs->toewijzen(
      als(regisseur_bplus_), id_,
      {Rol::casus, PersoonSoort::medewerker, regisseur_bplus_, {{Leefgebied::jeugdhulp, {}}}});
  huishoudens->betrokkenheid_starten(regie(id_), id_, vk_collega_, "jeugdhulp");
  ASSERT_NO_THROW(huishoudens->lezen(als(vk_collega_), id_));
  EXPECT_THROW(gezag->vastleggen(als(vk_collega_), id_, sam_, {{mila_}, ""}), service::Forbidden);
  EXPECT_THROW(gezag->vastleggen(als(regisseur_b_), id_, sam_, {{mila_}, ""}), service::Forbidden);
  EXPECT_THROW(gezag->vastleggen(als(beheerder_, {Gebruikersrol::beheerder}), id_, sam_, {{mila_}, ""}),
               service::Forbidden);
  EXPECT_FALSE(gelezen(sam_));
}

}  // namespace

REGIE_SERVICE_BACKENDS(GezagTest);

}  // namespace regie::testing
