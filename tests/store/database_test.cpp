// The database layer on both backends: parameters, types, NULL, transactions, constraints, migrations.

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <future>
#include <thread>

#include "store/een_proces.hpp"
#include "store/migrations.hpp"
#include "support/test_database.hpp"

namespace regie::store {
namespace {

using testing::TestDatabase;

class DatabaseTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    test_ = TestDatabase::create(GetParam());
    if (!test_) GTEST_SKIP() << "geen test-PostgreSQL";
    db().write([](Tx& tx) {
      tx.exec_script("CREATE TABLE proef (id TEXT PRIMARY KEY, getal INTEGER, tekst TEXT, UNIQUE (getal))");
    });
  }
  Database& db() { return test_->db(); }
  std::unique_ptr<TestDatabase> test_;
};

TEST_P(DatabaseTest, ParametersTypesAndNull) {
  db().write([](Tx& tx) {
    EXPECT_EQ(tx.exec("INSERT INTO proef (id, getal, tekst) VALUES ($1, $2, $3)",
                      {std::string{"a"}, std::int64_t{-42}, std::string{"één \"twee\" 'drie'"}}),
              1);
    tx.exec("INSERT INTO proef (id, getal, tekst) VALUES ($1, $2, $3)", {std::string{"b"}, null(), null()});
  });
  db().read([](Tx& tx) {
    const auto rows = tx.query("SELECT id, getal, tekst FROM proef ORDER BY id");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].text(0), "a");
    EXPECT_EQ(rows[0].integer(1), -42);
    EXPECT_EQ(rows[0].text(2), "één \"twee\" 'drie'");
    EXPECT_TRUE(rows[1].is_null(1));
    EXPECT_EQ(rows[1].opt_text(2), std::nullopt);
    EXPECT_EQ(rows[1].opt_integer(1), std::nullopt);
  });
}

TEST_P(DatabaseTest, ParametersByNumberInAnyOrderAndRepeated) {
  db().write([](Tx& tx) {
    tx.exec("INSERT INTO proef (id, getal, tekst) VALUES ($2, $1, $2 || '-' || $2)",
            {std::int64_t{7}, std::string{"x"}});
  });
  const auto row = db().read([](Tx& tx) {
    return *tx.query_one("SELECT getal, tekst FROM proef WHERE id = $1", {std::string{"x"}});
  });
  EXPECT_EQ(row.integer(0), 7);
  EXPECT_EQ(row.text(1), "x-x");
}

TEST_P(DatabaseTest, ThrowingRollsTheWholeTransactionBack) {
  EXPECT_THROW(db().write([](Tx& tx) {
    tx.exec("INSERT INTO proef (id) VALUES ($1)", {std::string{"weg"}});
    throw std::runtime_error("halverwege mis");
  }),
               std::runtime_error);
  EXPECT_EQ(db().read([](Tx& tx) { return tx.query("SELECT id FROM proef").size(); }), 0u);
}

TEST_P(DatabaseTest, ConstraintViolationIsAConstraintErrorAndRollsBack) {
  db().write([](Tx& tx) { tx.exec("INSERT INTO proef (id, getal) VALUES ('a', 1)"); });
  EXPECT_THROW(db().write([](Tx& tx) {
    tx.exec("INSERT INTO proef (id, getal) VALUES ('b', 2)");
    tx.exec("INSERT INTO proef (id, getal) VALUES ('c', 1)");
  }),
               ConstraintError);
  EXPECT_EQ(db().read([](Tx& tx) { return tx.query("SELECT id FROM proef").size(); }), 1u);
  db().write([](Tx& tx) { tx.exec("INSERT INTO proef (id, getal) VALUES ('d', 3)"); });  // still usable
}

TEST_P(DatabaseTest, ReturnsWhatTheWorkReturns) {
  const auto n = db().write([](Tx& tx) { return tx.exec("INSERT INTO proef (id) VALUES ('a'), ('b')"); });
  EXPECT_EQ(n, 2);
  EXPECT_EQ(db().read([](Tx& tx) { return tx.query_one("SELECT count(*) FROM proef")->integer(0); }), 2);
}

TEST_P(DatabaseTest, ConcurrentWritersAreSerialisedWithoutLoss) {
  db().write([](Tx& tx) { tx.exec("INSERT INTO proef (id, getal) VALUES ('teller', 0)"); });
  std::vector<std::jthread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([this] {
      for (int i = 0; i < 25; ++i) {
        db().write([](Tx& tx) {
          const auto n = tx.query_one("SELECT getal FROM proef WHERE id = 'teller'")->integer(0);
          tx.exec("UPDATE proef SET getal = $1 WHERE id = 'teller' AND getal = $2", {n + 1, n});
        });
      }
    });
  }
  threads.clear();
  // On PostgreSQL two transactions may read the same value; the guarded UPDATE then changes nothing,
  // which is what optimistic versioning relies on. On SQLite writers never interleave.
  const auto n = db().read(
      [](Tx& tx) { return tx.query_one("SELECT getal FROM proef WHERE id = 'teller'")->integer(0); });
  if (GetParam() == Backend::sqlite) {
    EXPECT_EQ(n, 100);
  } else {
    EXPECT_LE(n, 100);
    EXPECT_GT(n, 0);
  }
}

// Concurrent writers share commits on SQLite (group commit): a piece of work that fails is undone on its
// own and only its caller hears of it; every other piece is kept.
// Eight threads writing at once through `schrijf` (write_tx, or logregels_tx), every fifth write breaking
// a constraint: only those are lost, and their callers hear it.
void alleen_eigen_werk_verloren(Database& db, void (Database::*schrijf)(const std::function<void(Tx&)>&)) {
  std::atomic<int> geweigerd = 0;
  std::vector<std::jthread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&db, schrijf, t, &geweigerd] {
      for (int i = 0; i < 20; ++i) {
        const std::string id = std::to_string(t) + "-" + std::to_string(i);
        try {
          (db.*schrijf)([&](Tx& tx) {
            tx.exec("INSERT INTO proef (id, getal) VALUES ($1, $2)", {id, std::int64_t{t * 100 + i}});
            if (i % 5 == 4)
              tx.exec("INSERT INTO proef (id, getal) VALUES ($1, $2)",
                      {id + "-dubbel", std::int64_t{t * 100 + i}});
          });
        } catch (const ConstraintError&) {
          ++geweigerd;
        }
      }
    });
  }
  threads.clear();
  EXPECT_EQ(geweigerd, 8 * 4);
  db.read([](Tx& tx) {
    EXPECT_EQ(tx.query_one("SELECT count(*) FROM proef")->integer(0), 8 * 16);
    EXPECT_EQ(tx.query_one("SELECT count(*) FROM proef WHERE id LIKE '%-4' OR id LIKE '%dubbel'")->integer(0),
              0);
  });
}

TEST_P(DatabaseTest, AFailingWriterAmongConcurrentOnesLosesOnlyItsOwnWork) {
  alleen_eigen_werk_verloren(db(), &Database::write_tx);
}

TEST_P(DatabaseTest, AFailingLogWriteAmongConcurrentOnesLosesOnlyItsOwnLines) {
  alleen_eigen_werk_verloren(db(), &Database::logregels_tx);
}

// On PostgreSQL, log writes that arrive while one is committing share the next transaction: one claim on
// the chain head and one commit for all of them (store/gebundeld_schrijven.hpp).
TEST_P(DatabaseTest, OnPostgresLogWritesThatWaitShareOneTransaction) {
  if (GetParam() != Backend::postgres) GTEST_SKIP() << "SQLite bundelt elke schrijfactie al";
  std::promise<void> vrijgeven;
  auto vrij = vrijgeven.get_future().share();
  auto schrijf = [&](const std::string& id, bool wachten) {
    db().logregels_tx([&](Tx& tx) {
      tx.exec("INSERT INTO proef (id, tekst) VALUES ($1, CAST(txid_current() AS TEXT))", {id});
      if (wachten) vrij.wait();
    });
  };
  std::jthread eerste{[&] { schrijf("eerste", true); }};
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // the first batch is running and waits
  std::vector<std::jthread> volgende;
  for (int i = 0; i < 5; ++i)
    volgende.emplace_back([&, i] { schrijf("volgende-" + std::to_string(i), false); });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the five are queued behind it
  vrijgeven.set_value();
  eerste.join();
  volgende.clear();
  db().read([](Tx& tx) {
    EXPECT_EQ(tx.query_one("SELECT count(*) FROM proef")->integer(0), 6);
    EXPECT_EQ(tx.query_one("SELECT count(DISTINCT tekst) FROM proef WHERE id LIKE 'volgende-%'")->integer(0),
              1);
    EXPECT_EQ(tx.query_one("SELECT count(DISTINCT tekst) FROM proef")->integer(0), 2);
  });
}

TEST_P(DatabaseTest, MigrationsAreAppliedOnceAndRecorded) {
  const auto again = migrate(db());
  EXPECT_TRUE(again.toegepast.empty());
  EXPECT_GE(again.versie, 1);
  const auto count =
      db().read([](Tx& tx) { return tx.query_one("SELECT count(*) FROM schema_migratie")->integer(0); });
  EXPECT_EQ(count, again.versie);
  auto second = test_->open_again();  // another process starting on the same database
  EXPECT_TRUE(migrate(*second).toegepast.empty());
}

TEST_P(DatabaseTest, RefusesADatabaseNewerThanTheProgram) {
  db().write([](Tx& tx) {
    tx.exec("INSERT INTO schema_migratie (versie, naam, toegepast_op) VALUES (9999, 'x', 'y')");
  });
  EXPECT_THROW(migrate(db()), DatabaseError);
}

TEST_P(DatabaseTest, AuditRowsCannotBeChangedOrDeleted) {
  db().write([](Tx& tx) {
    tx.exec("INSERT INTO gemeente (id, naam, aangemaakt_op) VALUES ('g', 'Proefdorp', 'nu')");
  });
  auto& logboek = db().logboek();
  logboek.write([](Tx& tx) {
    tx.exec(
        "INSERT INTO audit (gemeente_id, volgnummer, tijdstip, actor_id, rol, actie, personen, doel, "
        "resultaat, vorige_hash, hash) VALUES ('g', 1, 't', 'a', 'r', 'x', '', 'd', 'gelukt', '', 'h')");
  });
  EXPECT_THROW(logboek.write([](Tx& tx) { tx.exec("UPDATE audit SET actie = 'y'"); }), DatabaseError);
  EXPECT_THROW(logboek.write([](Tx& tx) { tx.exec("DELETE FROM audit"); }), DatabaseError);
}

// The processing log is append-only too, and its register keeps every version a line may point at.
TEST_P(DatabaseTest, ProcessingLogLinesCannotBeChangedOrDeleted) {
  db().write([](Tx& tx) {
    tx.exec("INSERT INTO gemeente (id, naam, aangemaakt_op) VALUES ('g', 'Proefdorp', 'nu')");
  });
  auto& logboek = db().logboek();
  logboek.write([](Tx& tx) {
    tx.exec(
        "INSERT INTO verwerkingsactiviteit (id, gemeente_id, code, versie, naam, doel, geldig_vanaf) VALUES "
        "('va', 'g', 'dossier', 1, 'n', 'd', 'nu')");
    tx.exec(
        "INSERT INTO verwerking (gemeente_id, volgnummer, trace_id, operation_id, status_code, name, "
        "start_time, end_time, activiteit_id, vorige_hash, hash) VALUES ('g', 1, 't', 'o', 1, 'x', "
        "1764633600000, 1764633600001, 'va', '', 'h')");
  });
  EXPECT_THROW(logboek.write([](Tx& tx) { tx.exec("UPDATE verwerking SET name = 'y'"); }), DatabaseError);
  EXPECT_THROW(logboek.write([](Tx& tx) { tx.exec("DELETE FROM verwerking"); }), DatabaseError);
  EXPECT_THROW(logboek.write([](Tx& tx) { tx.exec("DELETE FROM verwerkingsactiviteit"); }), DatabaseError);
}

// Several server processes on one PostgreSQL database: work meant for one of them at a time (the monitoring
// refresh) runs in whichever takes it first; the others skip their turn until it is done.
TEST_P(DatabaseTest, WorkForOneProcessRunsInOneAtATime) {
  auto tweede = test_->open_again();
  bool eerste_liep = false;
  bool tweede_liep = false;
  EXPECT_TRUE(in_een_proces(db(), kMonitoringSlot, [&] {
    eerste_liep = true;
    const bool liep = in_een_proces(*tweede, kMonitoringSlot, [&] { tweede_liep = true; });
    // SQLite has one process: nothing to exclude.
    EXPECT_EQ(liep, GetParam() == Backend::sqlite);
  }));
  EXPECT_TRUE(eerste_liep);
  EXPECT_EQ(tweede_liep, GetParam() == Backend::sqlite);
  tweede_liep = false;
  EXPECT_TRUE(in_een_proces(*tweede, kMonitoringSlot, [&] { tweede_liep = true; }));
  EXPECT_TRUE(tweede_liep);
  EXPECT_THROW(in_een_proces(db(), kMonitoringSlot, [] { throw DatabaseError("mislukt"); }), DatabaseError);
  EXPECT_TRUE(in_een_proces(*tweede, kMonitoringSlot, [] {}));  // a failure released it
}

// The server's statements are cut off after 15 s; a command-line job's (migrate, bench-data) are not.
TEST_P(DatabaseTest, OnPostgresOnlyACommandLineJobMayRunLongStatements) {
  if (GetParam() != Backend::postgres) GTEST_SKIP() << "SQLite kent geen tijdslimiet per opdracht";
  const auto limiet = [](Database& d) {
    return d.read([](Tx& tx) { return tx.query_one("SHOW statement_timeout")->text(0); });
  };
  EXPECT_EQ(limiet(db()), "15s");
  auto config = test_->config();
  config.onderhoud = true;
  EXPECT_EQ(limiet(*open_database(config)), "0");
}

INSTANTIATE_TEST_SUITE_P(Backends, DatabaseTest, ::testing::Values(Backend::sqlite, Backend::postgres),
                         [](const auto& p) { return testing::backend_name(p.param); });

}  // namespace
}  // namespace regie::store
