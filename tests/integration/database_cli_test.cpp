// The database commands of the real executable: demo, audit verify, backup and migrate.

#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "store/database.hpp"
#include "store/migrations.hpp"
#include "store/sqlite/sqlite_database.hpp"
#include "support/process.hpp"
#include "support/test_database.hpp"

namespace regie::testing {
namespace {

namespace fs = std::filesystem;

RunResult regie(std::vector<std::string> args, const std::vector<std::string>& env = {}) {
  args.insert(args.begin(), REGIE_BINARY);
  return run_process(args, {}, env);
}

std::int64_t tel(store::Database& db, const std::string& sql) {
  return db.read([&](store::Tx& tx) { return tx.query_one(sql)->integer(0); });
}

class DemoTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto r = regie({"demo", "--data-dir", dir_.path()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    demo_uitvoer_ = r.out;
  }
  std::unique_ptr<store::Database> open() { return store::open_database({dir_.path(), "", 1}); }
  TempDir dir_;
  std::string demo_uitvoer_;
};

TEST_F(DemoTest, ProducesTheDemoGemeenteAndPrintsTheLogins) {
  for (const char* login : {"fatima", "annelies", "sanne", "ingrid", "henk", "regie-demo-2026"}) {
    EXPECT_NE(demo_uitvoer_.find(login), std::string::npos) << login;
  }
  // One member is invited to the household portal; only the hash of the printed code is kept.
  std::smatch code;
  ASSERT_TRUE(std::regex_search(demo_uitvoer_, code,
                                std::regex{"met code (([A-HJ-NP-Z2-9]{4}-){3}[A-HJ-NP-Z2-9]{4})"}))
      << demo_uitvoer_;
  auto db = open();
  EXPECT_EQ(tel(*db, "SELECT count(*) FROM portaal_uitnodiging WHERE gebruikt_op IS NULL"), 1);
  EXPECT_EQ(tel(*db, "SELECT count(*) FROM portaal_uitnodiging WHERE code_hash = '" + code[1].str() + "'"),
            0);
  EXPECT_EQ(tel(*db, "SELECT count(*) FROM huishouden"), 25);
  // With the gemeente's OOV team, and the neighbouring gemeente's social team.
  EXPECT_EQ(tel(*db, "SELECT count(*) FROM organisatie"), 6);
  EXPECT_EQ(tel(*db, "SELECT count(*) FROM gemeente"), 2);
  // The regional Zorg- en Veiligheidshuis: contracted by the neighbour too, its procesregisseur at level 5
  // assigned by a decision of the ZVH.
  EXPECT_EQ(tel(*db, "SELECT count(*) FROM organisatie_contract WHERE beeindigd_op IS NULL"), 1);
  EXPECT_GE(
      tel(*db,
          "SELECT count(*) FROM regisseur r JOIN huishouden h ON h.id = r.huishouden_id WHERE h.niveau = 5 "
          "AND r.rol = 'proces' AND r.tot IS NULL AND r.grondslag = 'zvh_besluit'"),
      1);
  EXPECT_EQ(tel(*db, "SELECT count(*) FROM medewerker"), 15);
  EXPECT_EQ(tel(*db, "SELECT count(*) FROM gebruiker WHERE wachtwoord_hash LIKE '$argon2id$%'"), 15);
  EXPECT_EQ(tel(*db, "SELECT count(*) FROM crisislaag"), 1);  // Gezin Pinas under GRIP
  EXPECT_EQ(tel(*db, "SELECT count(DISTINCT niveau) FROM huishouden WHERE niveau IS NOT NULL"), 5);
  EXPECT_EQ(tel(*db, "SELECT count(DISTINCT fase) FROM huishouden"), 6);
  EXPECT_GE(tel(*db, "SELECT count(*) FROM gezinslid WHERE ongeboren = 1"), 1);
  EXPECT_GE(tel(*db, "SELECT count(*) FROM escalatie WHERE gesloten_op IS NULL"), 1);
  EXPECT_GE(tel(*db, "SELECT count(*) FROM niveau_overgang WHERE nazorg_wie IS NOT NULL"), 1);
  EXPECT_GE(tel(*db, "SELECT count(*) FROM vp_afgeschermd"), 1);
  EXPECT_GE(tel(*db, "SELECT count(*) FROM regisseur WHERE knelpunt IS NOT NULL AND tot IS NULL"), 1);
  // Every household from level 3 has a safety plan, every one from level 2 a support plan.
  EXPECT_EQ(tel(*db,
                "SELECT count(*) FROM huishouden h WHERE niveau >= 3 AND fase IN ('uitvoering', 'evaluatie') "
                "AND NOT EXISTS (SELECT 1 FROM veiligheidsplan v WHERE v.huishouden_id = h.id)"),
            0);
}

TEST_F(DemoTest, DemoTwiceIsRefusedUnlessOnlyIfEmpty) {
  const auto again = regie({"demo", "--data-dir", dir_.path()});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("bestaat al"), std::string::npos);
  const auto indien_leeg = regie({"demo", "--indien-leeg", "--data-dir", dir_.path()});
  EXPECT_EQ(indien_leeg.exit_code, 0);
  EXPECT_NE(indien_leeg.out.find("fatima"), std::string::npos);
  EXPECT_EQ(tel(*open(), "SELECT count(*) FROM huishouden"), 25);
}

TEST_F(DemoTest, AuditVerifyPassesThenDetectsTampering) {
  const auto ok = regie({"audit", "verify", "--data-dir", dir_.path()});
  EXPECT_EQ(ok.exit_code, 0) << ok.out << ok.err;
  EXPECT_NE(ok.out.find("in orde"), std::string::npos);
  {
    auto db = open();
    db->logboek().write([](store::Tx& tx) {
      tx.exec_script("DROP TRIGGER audit_geen_wijziging; DROP TRIGGER verwerking_geen_wijziging");
      tx.exec("UPDATE audit SET actor_id = 'iemand-anders' WHERE volgnummer = 50");
      tx.exec("UPDATE verwerking SET status_code = 2 WHERE volgnummer = 70");
    });
  }
  const auto fout = regie({"audit", "verify", "--data-dir", dir_.path()});
  EXPECT_EQ(fout.exit_code, 1);
  EXPECT_NE(fout.out.find("audit trail, gemeente"), std::string::npos) << fout.out;
  EXPECT_NE(fout.out.find("volgnummer 50"), std::string::npos) << fout.out;
  EXPECT_NE(fout.out.find("verwerkingenlogboek, gemeente"), std::string::npos) << fout.out;
  EXPECT_NE(fout.out.find("volgnummer 70"), std::string::npos) << fout.out;
}

// A gemeente contracts a regional organisation registered elsewhere, and ends it (DOMAIN.md §6, ADR 0012):
// the demo's neighbour Noorderhaven and the Zorg- en Veiligheidshuis of Zuiderveen.
TEST_F(DemoTest, AGemeenteContractsAndEndsARegionalOrganisationOnTheCommandLine) {
  const auto zvh = open()->read([](store::Tx& tx) {
    return tx.query_one("SELECT id FROM organisatie WHERE naam = 'Zorg- en Veiligheidshuis Regio Zuid'")
        ->text(0);
  });
  const auto lopend = [&] {
    return tel(*open(), "SELECT count(*) FROM organisatie_contract WHERE beeindigd_op IS NULL");
  };
  const std::vector<std::string> map{"--data-dir", dir_.path()};
  const auto cmd = [&](std::vector<std::string> args) {
    args.insert(args.end(), map.begin(), map.end());
    return regie(args);
  };
  ASSERT_EQ(lopend(), 1);
  EXPECT_EQ(cmd({"gemeente", "contract-beeindigen", "Noorderhaven", "--organisatie", zvh}).exit_code, 0);
  EXPECT_EQ(lopend(), 0);
  const auto nogmaals = cmd({"gemeente", "contract-beeindigen", "Noorderhaven", "--organisatie", zvh});
  EXPECT_EQ(nogmaals.exit_code, 2);
  EXPECT_NE(nogmaals.err.find("geen lopend contract"), std::string::npos) << nogmaals.err;

  const auto weer =
      cmd({"gemeente", "contracteren", "Noorderhaven", "--organisatie", zvh, "--sinds", "2026-11-01"});
  EXPECT_EQ(weer.exit_code, 0) << weer.err;
  EXPECT_EQ(tel(*open(),
                "SELECT count(*) FROM organisatie_contract WHERE beeindigd_op IS NULL AND sinds = "
                "'2026-11-01'"),
            1);
  const auto eigen = cmd({"gemeente", "contracteren", "Zuiderveen", "--organisatie", zvh});
  EXPECT_EQ(eigen.exit_code, 2);
  EXPECT_NE(eigen.err.find("hoort al bij deze gemeente"), std::string::npos) << eigen.err;
  const auto onbekend = cmd({"gemeente", "contracteren", "Noorderhaven", "--organisatie", "bestaat-niet"});
  EXPECT_EQ(onbekend.exit_code, 2);
  EXPECT_NE(onbekend.err.find("organisatieId"), std::string::npos) << onbekend.err;
  EXPECT_EQ(cmd({"gemeente", "contracteren", "Noorderhaven", "--organisatie", zvh, "--sinds", "1-11-2026"})
                .exit_code,
            2);
  // Each contract change is in the contracting gemeente's audit trail, which still verifies.
  const auto db = open();
  const auto noorderhaven = db->read([](store::Tx& tx) {
    return tx.query_one("SELECT id FROM gemeente WHERE naam = 'Noorderhaven'")->text(0);
  });
  EXPECT_EQ(db->logboek().read([&](store::Tx& tx) {
    return tx
        .query_one(
            "SELECT count(*) FROM audit WHERE actie IN ('contract.vastleggen', 'contract.beeindigen') AND "
            "gemeente_id = $1",
            {noorderhaven})
        ->integer(0);
  }),
            3);  // the demo's contract, this ending and this new one
  EXPECT_EQ(cmd({"audit", "verify"}).exit_code, 0);
}

// The keys live beside the database, owner-only; without them the trail cannot be checked, and a rotated
// key keeps the old rows verifiable.
TEST_F(DemoTest, TheAuditKeysAreOwnerOnlyRequiredAndRotatable) {
  const auto bestand = dir_.path() + "/audit-sleutels";
  ASSERT_TRUE(fs::exists(bestand));
  EXPECT_EQ(fs::status(bestand).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write);
  const auto nieuw = regie({"audit", "sleutel-nieuw", "--data-dir", dir_.path()});
  ASSERT_EQ(nieuw.exit_code, 0) << nieuw.err;
  EXPECT_NE(nieuw.out.find("s2"), std::string::npos) << nieuw.out;
  const auto na = regie({"audit", "verify", "--data-dir", dir_.path()});
  EXPECT_EQ(na.exit_code, 0) << na.out << na.err;
  fs::rename(bestand, bestand + ".weg");
  const auto zonder = regie({"audit", "verify", "--data-dir", dir_.path()});
  EXPECT_EQ(zonder.exit_code, 2);
  EXPECT_NE(zonder.err.find("audit-sleutels"), std::string::npos) << zonder.err;
}

TEST_F(DemoTest, BackupCopiesTheDataAndTheLogStoreForTheOwnerOnly) {
  const std::string doel = dir_.path() + "/reservekopie";
  const auto r = regie({"backup", doel, "--data-dir", dir_.path()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(fs::status(doel).permissions() & fs::perms::all, fs::perms::owner_all);
  for (const auto* bestand : {"/regie.db", "/logboek.db"}) {
    EXPECT_EQ(fs::status(doel + bestand).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write);
  }
  EXPECT_EQ(tel(*store::open_sqlite(doel + "/regie.db", 1), "SELECT count(*) FROM huishouden"), 25);
  EXPECT_GT(tel(*store::open_sqlite(doel + "/logboek.db", 1), "SELECT count(*) FROM verwerking"), 0);
  EXPECT_EQ(regie({"backup", doel, "--data-dir", dir_.path()}).exit_code, 2);  // never overwrites
  EXPECT_EQ(regie({"backup", "--data-dir", dir_.path()}).exit_code, 2);
}

// A restored backup is a working database: put both files in an empty data directory, and Regie reads the
// same data with intact logs (the README's restore steps).
TEST_F(DemoTest, ARestoredBackupServesTheSameDataWithIntactLogs) {
  const std::string doel = dir_.path() + "/reservekopie";
  ASSERT_EQ(regie({"backup", doel, "--data-dir", dir_.path()}).exit_code, 0);
  TempDir terug;
  fs::copy_file(doel + "/regie.db", terug.path() + "/regie.db");
  fs::copy_file(doel + "/logboek.db", terug.path() + "/logboek.db");
  fs::copy_file(dir_.path() + "/audit-sleutels",
                terug.path() + "/audit-sleutels");  // kept apart, restored too
  const auto verify = regie({"audit", "verify", "--data-dir", terug.path()});
  EXPECT_EQ(verify.exit_code, 0) << verify.out << verify.err;
  EXPECT_EQ(tel(*store::open_database({terug.path(), "", 1}), "SELECT count(*) FROM huishouden"), 25);
}

// Commands that read a database never make an empty one: a wrong --data-dir is an error, and nothing is
// created there. Only serve, migrate and demo create.
TEST(DatabaseCli, ReadingCommandsRefuseADataDirectoryWithoutADatabase) {
  TempDir dir;
  const std::string verkeerd = dir.path() + "/verkeerd";
  const std::vector<std::vector<std::string>> opdrachten{
      {"backup", dir.path() + "/kopie.db", "--data-dir", verkeerd},
      {"audit", "verify", "--data-dir", verkeerd},
      {"monitoring", "verversen", "--data-dir", verkeerd},
      {"gebruiker", "blokkeren", "iemand", "--data-dir", verkeerd},
  };
  for (const auto& opdracht : opdrachten) {
    const auto r = regie(opdracht);
    EXPECT_NE(r.exit_code, 0) << opdracht[0] << ": " << r.out;
    EXPECT_NE(r.err.find("geen database van Regie"), std::string::npos) << opdracht[0] << ": " << r.err;
    EXPECT_FALSE(fs::exists(verkeerd)) << opdracht[0] << " maakte de map aan";
    EXPECT_FALSE(fs::exists(dir.path() + "/kopie.db"));
  }
}

TEST(DatabaseCli, OnlyIfEmptyNeverAddsTheDemoToRealData) {
  TempDir dir;
  {
    auto db = store::open_database({dir.path(), "", 1});
    db->write([](store::Tx& tx) {
      tx.exec("INSERT INTO gemeente (id, naam, aangemaakt_op) VALUES ('g', 'Echtdorp', 'nu')");
    });
  }
  const auto r = regie({"demo", "--indien-leeg", "--data-dir", dir.path()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(tel(*store::open_database({dir.path(), "", 1}), "SELECT count(*) FROM gemeente"), 1);
  EXPECT_EQ(regie({"demo", "--data-dir", dir.path()}).exit_code, 2);
}

TEST(DatabaseCli, MigrateReportsTheSchemaVersion) {
  TempDir dir;
  const auto r = regie({"migrate", "--data-dir", dir.path()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string versie = "Schemaversie: " + std::to_string(store::sqlite_migrations().back().versie);
  EXPECT_NE(r.out.find(versie), std::string::npos) << r.out;
  EXPECT_EQ(fs::status(dir.path()).permissions() & fs::perms::all, fs::perms::owner_all);
  EXPECT_EQ(fs::status(dir.path() + "/regie.db").permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write);
}

TEST(DatabaseCli, BackupOnPostgresExplainsPgDump) {
  const auto r = regie({"backup", "/tmp/x.dump"}, {"REGIE_DATABASE_URL=host=/nonexistent dbname=regie"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("pg_dump"), std::string::npos);
}

TEST(DatabaseCli, AnUnreachableDatabaseIsAClearError) {
  const auto r = regie({"migrate", "--database-url", "host=127.0.0.1 port=1 dbname=regie connect_timeout=2"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("kan niet worden geopend"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("password"), std::string::npos);
}

TEST(DatabaseCli, TheDemoRunsOnPostgresToo) {
  auto test = TestDatabase::create(store::Backend::postgres);
  if (!test) GTEST_SKIP() << "geen test-PostgreSQL";
  TempDir sleutels;
  const auto bestand = sleutels.path() + "/audit-sleutels";
  const auto r = regie({"demo", "--database-url", test->config().url, "--audit-sleutels", bestand});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(tel(test->db(), "SELECT count(*) FROM huishouden"), 25);
  EXPECT_EQ(
      regie({"audit", "verify", "--database-url", test->config().url, "--audit-sleutels", bestand}).exit_code,
      0);
}

// The load run's data (bench/load/run, run-postgres): its bulk load drops the secondary indexes and builds
// them again, which on PostgreSQL must leave the partitioned log's indexes whole. Both logs verify after it.
void bench_data_draaien(const std::vector<std::string>& database) {
  std::vector<std::string> args{"bench-data", "--huishoudens", "300"};
  args.insert(args.end(), database.begin(), database.end());
  const auto r = regie(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  args = {"audit", "verify"};
  args.insert(args.end(), database.begin(), database.end());
  EXPECT_EQ(regie(args).exit_code, 0);
}

TEST(DatabaseCli, BenchDataFillsSqliteWithItsIndexesRebuilt) {
  TempDir dir;
  bench_data_draaien({"--data-dir", dir.path()});
  const auto db = store::open_database({dir.path(), "", 1});
  EXPECT_EQ(tel(*db, "SELECT count(*) FROM huishouden"), 300);
  EXPECT_EQ(tel(*db, "SELECT count(*) FROM sqlite_master WHERE name = 'betrokkenheid_medewerker'"), 1);
}

TEST(DatabaseCli, BenchDataFillsPostgresWithThePartitionedLogsIndexesRebuilt) {
  auto test = TestDatabase::create(store::Backend::postgres);
  if (!test) GTEST_SKIP() << "geen test-PostgreSQL";
  bench_data_draaien({"--database-url", test->config().url});
  EXPECT_EQ(tel(test->db(), "SELECT count(*) FROM huishouden"), 300);
  EXPECT_EQ(tel(test->db(),
                "SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = "
                "'verwerking_trace'"),
            1);
}

}  // namespace
}  // namespace regie::testing
