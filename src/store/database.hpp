#pragma once
// The database behind a small interface, so that one set of repositories (plain SQL with $1, $2, …
// placeholders, a dialect both backends share) runs on SQLite and on PostgreSQL. See ADR 0004.

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace regie::store {

// A parameter: NULL, a whole number or text (dates, moments, codes and JSON are text).
using Value = std::variant<std::monostate, std::int64_t, std::string>;

inline Value null() { return std::monostate{}; }
inline Value text_or_null(const std::optional<std::string>& s) { return s ? Value{*s} : null(); }
inline Value int_or_null(const std::optional<std::int64_t>& i) { return i ? Value{*i} : null(); }

// "$1, $2, …, $n": the placeholders of an IN list of `aantal` values.
std::string parameterlijst(std::size_t aantal);
// The most values one IN list should carry (SQLite resolves "$n" names by a linear search while preparing).
inline constexpr std::size_t kMaxLijstParameters = 500;
// Calls `doen(waarden, plaatshouders)` for each part of `lijst` small enough for one IN (…).
template <typename F>
void per_lijstdeel(std::span<const std::string> lijst, F&& doen) {
  for (std::size_t begin = 0; begin < lijst.size(); begin += kMaxLijstParameters) {
    const auto deel = lijst.subspan(begin, std::min(kMaxLijstParameters, lijst.size() - begin));
    doen(std::vector<Value>(deel.begin(), deel.end()), parameterlijst(deel.size()));
  }
}

class Row {
 public:
  explicit Row(std::vector<std::optional<std::string>> columns) : columns_(std::move(columns)) {}
  bool is_null(std::size_t i) const { return !columns_.at(i).has_value(); }
  const std::string& text(std::size_t i) const;  // throws when NULL
  std::optional<std::string> opt_text(std::size_t i) const { return columns_.at(i); }
  std::int64_t integer(std::size_t i) const;
  std::optional<std::int64_t> opt_integer(std::size_t i) const;
  bool boolean(std::size_t i) const { return integer(i) != 0; }
  std::size_t size() const { return columns_.size(); }

 private:
  std::vector<std::optional<std::string>> columns_;
};

// Errors of the store. A unique or foreign-key violation is a ConstraintError (the service turns it into a
// clear message); an unreachable or overloaded database is Unavailable; everything else is a bug.
class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};
class ConstraintError : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};
class DatabaseUnavailable : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

// Statements this thread has run (every query and exec, on either backend). A test reads it around a use
// case to hold a page to the few queries it was designed for.
inline thread_local std::uint64_t uitgevoerde_statements = 0;

class Tx {
 public:
  virtual ~Tx() = default;
  virtual std::vector<Row> query(std::string_view sql, std::span<const Value> params) = 0;
  // Returns the number of rows changed.
  virtual std::int64_t exec(std::string_view sql, std::span<const Value> params) = 0;

  std::vector<Row> query(std::string_view sql, std::initializer_list<Value> params = {}) {
    return query(sql, std::span<const Value>{params.begin(), params.size()});
  }
  std::int64_t exec(std::string_view sql, std::initializer_list<Value> params = {}) {
    return exec(sql, std::span<const Value>{params.begin(), params.size()});
  }
  std::optional<Row> query_one(std::string_view sql, std::initializer_list<Value> params = {});
  // Several statements without parameters, e.g. a migration.
  virtual void exec_script(std::string_view sql) = 0;
};

// Each row to a record: `map_rows(tx.query(...), huishouden_uit)`.
template <typename F>
auto map_rows(const std::vector<Row>& rows, F&& to_record) {
  std::vector<std::decay_t<std::invoke_result_t<F&, const Row&>>> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back(to_record(r));
  return out;
}

template <typename F>
auto map_row(const std::optional<Row>& row, F&& to_record) {
  using Record = std::decay_t<std::invoke_result_t<F&, const Row&>>;
  return row ? std::optional<Record>{to_record(*row)} : std::nullopt;
}

enum class Backend { sqlite, postgres };

class Database {
 public:
  virtual ~Database() = default;
  virtual Backend backend() const = 0;

  // One transaction that may write: committed when `work` returns, rolled back when it throws. On SQLite all
  // writers are serialised (one writer connection) and concurrent ones share a commit (group commit).
  virtual void write_tx(const std::function<void(Tx&)>& work) = 0;
  // One read-only transaction on a consistent snapshot.
  virtual void read_tx(const std::function<void(Tx&)>& work) = 0;
  // A write of log lines only (a read's or a refusal's): like write_tx, but on PostgreSQL concurrent ones
  // share a transaction and its commit (store/gebundeld_schrijven.hpp). SQLite's writes are batched anyway.
  virtual void logregels_tx(const std::function<void(Tx&)>& work) { write_tx(work); }
  // The log store (ADR 0023): the audit trail and the processing log. PostgreSQL: this database. SQLite: a
  // file of its own (logboek.db) with its own writer, so that logging a read never commits to the data file.
  virtual Database& logboek() { return *this; }

  // Refreshes what the query planner knows about the data (at start-up and after a bulk load). PostgreSQL's
  // autovacuum does this itself.
  virtual void statistieken_bijwerken() {}

  template <typename F>
  auto write(F&& work) {
    return run(&Database::write_tx, std::forward<F>(work));
  }
  template <typename F>
  auto read(F&& work) {
    return run(&Database::read_tx, std::forward<F>(work));
  }

 private:
  template <typename F>
  auto run(void (Database::*tx)(const std::function<void(Tx&)>&), F&& work) {
    using R = std::invoke_result_t<F, Tx&>;
    if constexpr (std::is_void_v<R>) {
      (this->*tx)(work);
    } else {
      std::optional<R> result;
      (this->*tx)([&](Tx& t) { result.emplace(work(t)); });
      return std::move(*result);
    }
  }
};

struct DatabaseConfig {
  std::filesystem::path data_dir = "regie-data";  // SQLite: <data_dir>/regie.db and <data_dir>/logboek.db
  std::string url;                                // PostgreSQL connection string; empty: SQLite
  unsigned pool_size = 4;                         // SQLite readers, PostgreSQL connections
  // A command-line job (migrate, bench-data, monitoring verversen, …) rather than the server: on PostgreSQL
  // its statements may run as long as the work takes, where the server's are cut off (ADR 0024's backfill,
  // an index built at national scale).
  bool onderhoud = false;
};

// Opens the database (and on SQLite its log store), applies the migrations they lack, and moves into the log
// store what a crash left in the data file's queue.
std::unique_ptr<Database> open_database(const DatabaseConfig& config);

// What the configuration refers to, for messages: the file, or the PostgreSQL host and database without
// the password.
std::string describe(const DatabaseConfig& config);

}  // namespace regie::store
