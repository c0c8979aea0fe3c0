#pragma once
// A fresh, migrated database for one test: a SQLite file in a temporary directory, or a schema of its own
// in the PostgreSQL that `make test` starts (REGIE_TEST_DATABASE_URL), dropped afterwards.

#include <memory>
#include <string>

#include "store/database.hpp"
#include "support/temp_dir.hpp"

namespace regie::testing {

class TestDatabase {
 public:
  // Skips the test (GTEST_SKIP) on PostgreSQL when no test server is configured, unless
  // REGIE_TEST_POSTGRES_VEREIST=1 (as in `make test`), in which case the missing server is a failure.
  static std::unique_ptr<TestDatabase> create(store::Backend backend);
  ~TestDatabase();

  store::Database& db() { return *db_; }
  const store::DatabaseConfig& config() const { return config_; }
  // Opens a second Database on the same data, as another server process would.
  std::unique_ptr<store::Database> open_again() const;

 private:
  TestDatabase() = default;
  TempDir dir_;
  store::DatabaseConfig config_;
  std::string admin_url_;
  std::string schema_;
  std::unique_ptr<store::Database> db_;
};

std::string backend_name(store::Backend backend);

}  // namespace regie::testing
