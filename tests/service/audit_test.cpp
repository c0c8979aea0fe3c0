// The audit trail: every action leaves a row in the same transaction, and tampering is detected.

#include <algorithm>
#include <thread>

#include "service/errors.hpp"
#include "service/service_fixture.hpp"
#include "store/huishouden_store.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;

using AuditTest = ServiceTest;

// What an attacker with database access would do first: switch off the append-only triggers.
void triggers_uit(store::Database& db) {
  db.write([&](store::Tx& tx) {
    if (db.backend() == store::Backend::sqlite) {
      tx.exec_script("DROP TRIGGER audit_geen_wijziging; DROP TRIGGER audit_geen_verwijdering;");
    } else {
      tx.exec_script("ALTER TABLE audit DISABLE TRIGGER USER");
    }
  });
}

TEST_P(AuditTest, EveryReadAndWriteOfPersonalDataIsLogged) {
  const auto id = huishouden();
  const auto ctx = als(regisseur_bplus_);
  huishoudens->lezen(ctx, id);
  const auto log = toegangslog->lezen(ctx, id, {1, 100});
  std::vector<std::string> acties;
  for (const auto& r : log.regels) acties.push_back(r.invoer.actie);
  // Newest first: the dossier read, four members added, the household created.
  ASSERT_GE(acties.size(), 6u);
  EXPECT_EQ(acties[0], "huishouden.lezen");
  EXPECT_EQ(std::ranges::count(acties, "gezinslid.toevoegen"), 4);
  EXPECT_EQ(acties.back(), "huishouden.aanmaken");
  const auto& lezen = log.regels[0].invoer;
  EXPECT_EQ(lezen.actor_id, regisseur_bplus_);
  EXPECT_EQ(lezen.rol, "regisseur");
  EXPECT_EQ(lezen.doel, "test");
  EXPECT_EQ(lezen.resultaat, "gelukt");
  EXPECT_EQ(lezen.personen.size(), 4u);  // the members whose data was read
  EXPECT_EQ(log.totaal, static_cast<std::int64_t>(log.regels.size()));
  EXPECT_EQ(service::audit_verifieren(db()).problemen.size(), 0u);
}

TEST_P(AuditTest, TheAccessLogIsPaginated) {
  const auto id = huishouden();
  const auto ctx = als(regisseur_bplus_);
  const auto eerste = toegangslog->lezen(ctx, id, {1, 2});
  EXPECT_EQ(eerste.regels.size(), 2u);
  const auto tweede = toegangslog->lezen(ctx, id, {2, 2});
  EXPECT_EQ(tweede.regels.size(), 2u);
  EXPECT_NE(eerste.regels[0].volgnummer, tweede.regels[0].volgnummer);
  EXPECT_EQ(velden_van_fout([&] {
              toegangslog->lezen(ctx, id, {0, 500});
            }),
            (std::vector<std::string>{"pagina", "paginaGrootte"}));
}

TEST_P(AuditTest, AFailedOperationLeavesNeitherDataNorAuditRow) {
  const auto id = huishouden_op_niveau(2);
  const auto ctx = als(regisseur_bplus_);
  const auto voor =
      db().read([](store::Tx& tx) { return tx.query_one("SELECT count(*) FROM audit")->integer(0); });
  EXPECT_THROW(regisseurs->toewijzen(ctx, id, {Rol::proces, PersoonSoort::medewerker, zonder_profiel_, {}}),
               service::BadRequest);
  const auto na =
      db().read([](store::Tx& tx) { return tx.query_one("SELECT count(*) FROM audit")->integer(0); });
  EXPECT_EQ(na, voor);
  EXPECT_TRUE(huishoudens->lezen(ctx, id).regisseurs.empty());
}

TEST_P(AuditTest, AChangedRowIsDetected) {
  huishouden();
  triggers_uit(db());
  db().write([](store::Tx& tx) { tx.exec("UPDATE audit SET actie = 'niets.gedaan' WHERE volgnummer = 3"); });
  const auto v = service::audit_verifieren(db());
  ASSERT_EQ(v.problemen.size(), 1u);
  EXPECT_EQ(v.problemen[0].volgnummer, 3);
  EXPECT_NE(v.problemen[0].probleem.find("gewijzigd"), std::string::npos);
}

TEST_P(AuditTest, ADeletedRowIsDetected) {
  huishouden();
  triggers_uit(db());
  db().write([](store::Tx& tx) { tx.exec("DELETE FROM audit WHERE volgnummer = 4"); });
  const auto v = service::audit_verifieren(db());
  ASSERT_FALSE(v.problemen.empty());
  EXPECT_EQ(v.problemen[0].volgnummer, 4);
}

TEST_P(AuditTest, DeletingTheNewestRowsIsDetectedByTheChainHead) {
  huishouden();
  triggers_uit(db());
  db().write([](store::Tx& tx) {
    const auto laatste = tx.query_one("SELECT max(volgnummer) FROM audit")->integer(0);
    tx.exec("DELETE FROM audit WHERE volgnummer >= $1", {laatste - 1});
  });
  const auto v = service::audit_verifieren(db());
  ASSERT_EQ(v.problemen.size(), 1u);
  EXPECT_NE(v.problemen[0].probleem.find("laatste"), std::string::npos);
}

TEST_P(AuditTest, ConcurrentWritersKeepTheChainIntact) {
  const auto id = huishouden();
  auto tweede = test_->open_again();  // a second server process
  service::Huishoudens andere{{*tweede, [this] { return tijd_; }}};
  std::vector<std::jthread> threads;
  threads.emplace_back([&] {
    for (int i = 0; i < 10; ++i) huishoudens->lezen(als(regisseur_bplus_), id);
  });
  threads.emplace_back([&] {
    for (int i = 0; i < 10; ++i) andere.lezen(als(regisseur_bplus_), id);
  });
  threads.clear();
  const auto v = service::audit_verifieren(db());
  EXPECT_TRUE(v.problemen.empty());
  EXPECT_GE(v.gecontroleerd, 20);
}

REGIE_SERVICE_BACKENDS(AuditTest);

}  // namespace
}  // namespace regie::testing
