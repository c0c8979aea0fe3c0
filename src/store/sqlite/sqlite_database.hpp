#pragma once
// SQLite behind the Database interface: WAL, synchronous=FULL on the writer (a committed write survives a
// power cut) with group commit, foreign keys on, a busy timeout, one writer connection (BEGIN IMMEDIATE) and
// a pool of readers, prepared statements cached per connection.

#include <filesystem>
#include <functional>
#include <memory>
#include <string_view>

#include "store/database.hpp"

namespace regie::store {

class SqliteDatabase : public Database {
 public:
  // Copies the live database to `target` with SQLite's online backup API (readers and writers go on).
  virtual void backup_to(const std::filesystem::path& target) = 0;
  // Fault injection for tests: called with each statement the group-commit writer is about to run itself
  // ("BEGIN IMMEDIATE", "SAVEPOINT opdracht", …); whatever it throws stands for that statement failing.
  virtual void bij_schrijfstap(std::function<void(std::string_view)> haak) = 0;
  // The log store's file, owned from then on (Database::logboek()).
  virtual void logboek_koppelen(std::unique_ptr<SqliteDatabase> logboek) = 0;
};

// `naam` labels its figures on /metrics ("data", "logboek").
std::unique_ptr<SqliteDatabase> open_sqlite(const std::filesystem::path& file, unsigned readers,
                                            std::string_view naam = "data");

}  // namespace regie::store
