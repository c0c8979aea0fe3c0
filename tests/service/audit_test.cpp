// The audit trail: every action leaves a row with its change (or before its data is returned), and tampering
// is detected.

#include <algorithm>
#include <thread>

#include "service/errors.hpp"
#include "service/service_fixture.hpp"
#include "store/audit_sleutels.hpp"
#include "store/audit_store.hpp"
#include "store/huishouden_store.hpp"
#include "store/ids.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;

using AuditTest = ServiceTest;

// What an attacker with database access would do first: switch off the append-only triggers.
void triggers_uit(store::Database& db) {
  db.logboek().write([&](store::Tx& tx) {
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
  EXPECT_EQ(service::logboeken_verifieren(db()).problemen.size(), 0u);
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
  const auto voor = db().logboek().read(
      [](store::Tx& tx) { return tx.query_one("SELECT count(*) FROM audit")->integer(0); });
  EXPECT_THROW(regisseurs->toewijzen(ctx, id, {Rol::proces, PersoonSoort::medewerker, zonder_profiel_, {}}),
               service::BadRequest);
  const auto na = db().logboek().read(
      [](store::Tx& tx) { return tx.query_one("SELECT count(*) FROM audit")->integer(0); });
  EXPECT_EQ(na, voor);
  EXPECT_TRUE(huishoudens->lezen(ctx, id).regisseurs.empty());
}

TEST_P(AuditTest, AChangedRowIsDetected) {
  huishouden();
  triggers_uit(db());
  db().logboek().write(
      [](store::Tx& tx) { tx.exec("UPDATE audit SET actie = 'niets.gedaan' WHERE volgnummer = 3"); });
  const auto v = service::logboeken_verifieren(db());
  ASSERT_EQ(v.problemen.size(), 1u);
  EXPECT_EQ(v.problemen[0].volgnummer, 3);
  EXPECT_NE(v.problemen[0].probleem.find("gewijzigd"), std::string::npos);
}

TEST_P(AuditTest, ADeletedRowIsDetected) {
  huishouden();
  triggers_uit(db());
  db().logboek().write([](store::Tx& tx) { tx.exec("DELETE FROM audit WHERE volgnummer = 4"); });
  const auto v = service::logboeken_verifieren(db());
  ASSERT_FALSE(v.problemen.empty());
  EXPECT_EQ(v.problemen[0].volgnummer, 4);
}

TEST_P(AuditTest, DeletingTheNewestRowsIsDetectedByTheChainHead) {
  huishouden();
  triggers_uit(db());
  db().logboek().write([](store::Tx& tx) {
    const auto laatste = tx.query_one("SELECT max(volgnummer) FROM audit")->integer(0);
    tx.exec("DELETE FROM audit WHERE volgnummer >= $1", {laatste - 1});
  });
  const auto v = service::logboeken_verifieren(db());
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
  const auto v = service::logboeken_verifieren(db());
  EXPECT_TRUE(v.problemen.empty());
  EXPECT_GE(v.gecontroleerd, 20);
}

// Whoever can write the table but lacks the key: he rewrites a row and recomputes every hash after it, as a
// plain SHA-256 chain or under a key of his own. Both are detected (ADR 0011).
void herschrijf_keten_vanaf(store::Database& db, std::int64_t vanaf,
                            const std::function<std::string(const std::string&)>& hash_van) {
  db.logboek().write([&](store::Tx& tx) {
    tx.exec("UPDATE audit SET actor_id = 'iemand-anders' WHERE volgnummer = $1", {vanaf});
    std::string vorige = tx.query_one("SELECT hash FROM audit WHERE volgnummer = $1", {vanaf - 1})->text(0);
    for (const auto& r : tx.query(
             "SELECT gemeente_id, volgnummer, tijdstip, actor_id, rol, actie, huishouden_id, personen, doel, "
             "resultaat, trace_id FROM audit WHERE volgnummer >= $1 ORDER BY volgnummer",
             {vanaf})) {
      store::AuditInvoer a{r.text(0),     r.text(2), r.text(3), r.text(4), r.text(5),
                           r.opt_text(6), {},        r.text(8), r.text(9), r.opt_text(10).value_or("")};
      if (!r.text(7).empty()) a.personen = {r.text(7)};
      const auto hash = hash_van(store::audit_canoniek(vorige, a, r.integer(1)));
      tx.exec("UPDATE audit SET vorige_hash = $2, hash = $3 WHERE volgnummer = $1",
              {r.integer(1), vorige, hash});
      vorige = hash;
    }
    tx.exec("UPDATE audit_keten SET laatste_hash = $1", {vorige});
  });
}

TEST_P(AuditTest, EveryRowIsSignedWithTheKey) {
  huishouden();
  db().logboek().read([](store::Tx& tx) {
    EXPECT_EQ(tx.query_one("SELECT count(*) FROM audit WHERE hash NOT LIKE 'test:%'")->integer(0), 0);
  });
}

TEST_P(AuditTest, AChainRecomputedWithoutTheKeyIsDetected) {
  huishouden();
  triggers_uit(db());
  herschrijf_keten_vanaf(db(), 3, [](const std::string& tekst) { return store::sha256_hex(tekst); });
  const auto v = service::logboeken_verifieren(db());
  ASSERT_FALSE(v.problemen.empty());
  EXPECT_EQ(v.problemen[0].volgnummer, 3);
  EXPECT_NE(v.problemen[0].probleem.find("zonder sleutel"), std::string::npos) << v.problemen[0].probleem;
}

TEST_P(AuditTest, AChainRecomputedWithAnotherKeyIsDetected) {
  huishouden();
  triggers_uit(db());
  store::AuditSleutel eigen{"test", "", {}};
  eigen.geheim.fill(0x07);  // the attacker's guess of a key
  herschrijf_keten_vanaf(db(), 3, [&](const std::string& tekst) { return store::audit_mac(eigen, tekst); });
  const auto v = service::logboeken_verifieren(db());
  ASSERT_FALSE(v.problemen.empty());
  EXPECT_EQ(v.problemen[0].volgnummer, 3);
  EXPECT_NE(v.problemen[0].probleem.find("gewijzigd"), std::string::npos);
}

// Rotation: a new key signs the new rows, the old one keeps verifying the old; without the old key the old
// rows cannot be verified.
TEST_P(AuditTest, ARotatedKeySignsNewRowsAndTheOldOnesStillVerify) {
  const auto oud = store::audit_sleutels();
  huishouden();
  store::AuditSleutel nieuw{"s2", "0000-00-00T00:00:01.000000Z", {}};
  nieuw.geheim.fill(0x24);
  store::audit_sleutels_instellen(std::make_shared<const store::AuditSleutelbos>(
      std::vector<store::AuditSleutel>{oud->huidige(), nieuw}));
  huishouden();
  db().logboek().read([](store::Tx& tx) {
    EXPECT_GT(tx.query_one("SELECT count(*) FROM audit WHERE hash LIKE 's2:%'")->integer(0), 0);
  });
  EXPECT_TRUE(service::logboeken_verifieren(db()).problemen.empty());
  store::audit_sleutels_instellen(std::make_shared<const store::AuditSleutelbos>(std::vector{nieuw}));
  const auto zonder_oud = service::logboeken_verifieren(db());
  store::audit_sleutels_instellen(oud);
  ASSERT_FALSE(zonder_oud.problemen.empty());
  EXPECT_NE(zonder_oud.problemen[0].probleem.find("sleutel"), std::string::npos);
}

REGIE_SERVICE_BACKENDS(AuditTest);

}  // namespace
}  // namespace regie::testing
