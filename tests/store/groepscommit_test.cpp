// SQLite's group-commit writer under injected faults: a statement of the writer's own that fails (the
// transaction's start, a piece's savepoint, the commit) is answered to the callers it concerns, rolled back,
// and leaves the writer free for the next batch and every reader able to go on.

#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>

#include "store/sqlite/sqlite_database.hpp"
#include "support/temp_dir.hpp"

namespace regie::store {
namespace {

using namespace std::chrono_literals;

class GroepscommitTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = open_sqlite(std::string{dir_.path()} + "/proef.db", 2);
    db_->write([](Tx& tx) { tx.exec_script("CREATE TABLE proef (id TEXT PRIMARY KEY)"); });
  }

  // A write on another thread that must finish within a few seconds: a stuck writer fails the test
  // instead of hanging it.
  void schrijf_binnen_tijd(const std::string& id) {
    // A detached thread: a future of std::async would wait for a stuck writer in its destructor.
    auto uitkomst = std::make_shared<std::promise<void>>();
    auto klaar = uitkomst->get_future();
    std::thread([db = db_.get(), id, uitkomst] {
      try {
        db->write([&](Tx& tx) { tx.exec("INSERT INTO proef (id) VALUES ($1)", {id}); });
        uitkomst->set_value();
      } catch (...) {
        uitkomst->set_exception(std::current_exception());
      }
    }).detach();
    ASSERT_EQ(klaar.wait_for(10s), std::future_status::ready) << "de schrijver blijft hangen na een fout";
    klaar.get();
  }

  std::int64_t aantal() {
    return db_->read([](Tx& tx) { return tx.query_one("SELECT count(*) FROM proef")->integer(0); });
  }

  testing::TempDir dir_;
  std::unique_ptr<SqliteDatabase> db_;
};

TEST_P(GroepscommitTest, AFailingWriterStatementReachesTheCallerAndTheNextWriteGoesThrough) {
  const std::string stap = GetParam();
  int keer = 0;
  db_->bij_schrijfstap([&](std::string_view sql) {
    if (sql == stap && keer++ == 0) throw DatabaseError("ingespoten fout bij " + stap);
  });

  EXPECT_THROW(db_->write([](Tx& tx) { tx.exec("INSERT INTO proef (id) VALUES ('eerste')"); }),
               DatabaseError);
  EXPECT_EQ(aantal(), 0) << "een mislukte schrijfopdracht liet iets achter";

  schrijf_binnen_tijd("tweede");
  EXPECT_EQ(aantal(), 1);
  db_->read([](Tx& tx) { EXPECT_TRUE(tx.query_one("SELECT 1 FROM proef WHERE id = 'tweede'").has_value()); });
}

INSTANTIATE_TEST_SUITE_P(Stappen, GroepscommitTest,
                         ::testing::Values("BEGIN IMMEDIATE", "SAVEPOINT opdracht", "RELEASE opdracht",
                                           "COMMIT"),
                         [](const auto& stap) {
                           std::string naam = stap.param;
                           for (auto& c : naam) {
                             if (c == ' ') c = '_';
                           }
                           return naam;
                         });

// A piece whose savepoint cannot start is refused alone; the others in its batch are kept.
TEST(Groepscommit, OnlyThePieceWhoseSavepointFailedIsRefused) {
  testing::TempDir dir;
  auto db = open_sqlite(std::string{dir.path()} + "/proef.db", 2);
  db->write([](Tx& tx) { tx.exec_script("CREATE TABLE proef (id TEXT PRIMARY KEY)"); });
  int savepoints = 0;
  db->bij_schrijfstap([&](std::string_view sql) {
    if (sql == "SAVEPOINT opdracht" && ++savepoints == 2) throw DatabaseError("ingespoten fout");
  });
  // The first write holds the writer while the other two queue behind it and then share one batch.
  std::promise<void> gestart;
  std::promise<void> doorgaan;
  auto eerste = std::async(std::launch::async, [&] {
    db->write([&](Tx& tx) {
      tx.exec("INSERT INTO proef (id) VALUES ('a')");
      gestart.set_value();
      doorgaan.get_future().wait();
    });
  });
  gestart.get_future().wait();
  auto schrijf = [&](const char* id) {
    return std::async(std::launch::async, [&db, id] {
      try {
        db->write([&](Tx& tx) { tx.exec("INSERT INTO proef (id) VALUES ($1)", {std::string{id}}); });
        return true;
      } catch (const DatabaseError&) {
        return false;
      }
    });
  };
  auto tweede = schrijf("b");
  auto derde = schrijf("c");
  std::this_thread::sleep_for(200ms);  // both queue behind the first: they form the next batch together
  doorgaan.set_value();
  EXPECT_NO_THROW(eerste.get());
  const bool b = tweede.get();
  const bool c = derde.get();
  EXPECT_NE(b, c) << "precies één van de twee hoort geweigerd te zijn";
  db->read([&](Tx& tx) {
    EXPECT_TRUE(tx.query_one("SELECT 1 FROM proef WHERE id = 'a'").has_value());
    EXPECT_EQ(tx.query_one("SELECT 1 FROM proef WHERE id = 'b'").has_value(), b);
    EXPECT_EQ(tx.query_one("SELECT 1 FROM proef WHERE id = 'c'").has_value(), c);
  });
}

}  // namespace
}  // namespace regie::store
