#include "store/sqlite/sqlite_database.hpp"

#include "store/gebundeld_schrijven.hpp"
#include "store/pool_metrics.hpp"

#include <sqlite3.h>

#include <charconv>
#include <condition_variable>
#include <mutex>
#include <string>
#include <unordered_map>

namespace regie::store {
namespace {

constexpr int kBusyTimeoutMs = 5000;

[[noreturn]] void fail(sqlite3* db, int rc, std::string_view what) {
  // SQLite's messages name tables and columns, never the values: safe to pass on.
  const std::string message = std::string{what} + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  switch (rc & 0xff) {
    case SQLITE_CONSTRAINT:
      throw ConstraintError(message);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      throw DatabaseUnavailable(message);
    default:
      throw DatabaseError(message);
  }
}

class Connection {
 public:
  Connection(const std::filesystem::path& file, bool read_only) {
    const int rc = sqlite3_open_v2(file.c_str(), &db_,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
      const std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
      sqlite3_close_v2(db_);
      throw DatabaseUnavailable("kan de database niet openen: " + message);
    }
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
    exec_script("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
    // At national scale the database is gigabytes: keep more pages per connection than SQLite's 2 MiB
    // default. No memory map: SQLite maps at most 2 GiB and remaps whenever the file grows, which under a
    // steady stream of audit rows cost more than it saved (docs/performance.md).
    exec_script("PRAGMA cache_size = -65536;");
    if (read_only) exec_script("PRAGMA query_only = ON;");
  }

  ~Connection() {
    for (auto& [sql, p] : cache_) sqlite3_finalize(p.stmt);
    sqlite3_close_v2(db_);
  }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  sqlite3* handle() const { return db_; }

  void exec_script(std::string_view sql) {
    const std::string text{sql};
    char* error = nullptr;
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
      sqlite3_free(error);
      fail(db_, rc, "script");
    }
  }

  // A prepared statement, and for each of its parameters the number n of its name "$n".
  struct Prepared {
    sqlite3_stmt* stmt = nullptr;
    std::vector<std::size_t> nummers;
  };

  const Prepared& prepare(std::string_view sql) {
    const std::string key{sql};
    if (const auto it = cache_.find(key); it != cache_.end()) return it->second;
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db_, key.c_str(), static_cast<int>(key.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) fail(db_, rc, "prepare");
    Prepared p{stmt, {}};
    // SQLite numbers named parameters in order of first appearance; the names are looked up once here
    // (the lookup is linear per name).
    const int count = sqlite3_bind_parameter_count(stmt);
    for (int i = 1; i <= count; ++i) {
      const char* name = sqlite3_bind_parameter_name(stmt, i);
      std::size_t n = 0;
      if (name == nullptr || name[0] != '$' ||
          std::from_chars(name + 1, name + std::char_traits<char>::length(name), n).ec != std::errc{} ||
          n == 0) {
        sqlite3_finalize(stmt);
        throw DatabaseError("parameter " + std::to_string(i) + " heet niet $n");
      }
      p.nummers.push_back(n);
    }
    return cache_.emplace(key, std::move(p)).first->second;
  }

 private:
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, Prepared> cache_;
};

// Binds $1, $2, … by their numbers.
void bind(sqlite3* db, const Connection::Prepared& p, std::span<const Value> params) {
  for (std::size_t i = 0; i < p.nummers.size(); ++i) {
    const std::size_t n = p.nummers[i];
    if (n > params.size()) throw DatabaseError("parameter $" + std::to_string(n) + " heeft geen waarde");
    const Value& v = params[n - 1];
    const int index = static_cast<int>(i + 1);
    int rc = SQLITE_OK;
    if (std::holds_alternative<std::monostate>(v)) {
      rc = sqlite3_bind_null(p.stmt, index);
    } else if (const auto* integer = std::get_if<std::int64_t>(&v)) {
      rc = sqlite3_bind_int64(p.stmt, index, *integer);
    } else {
      const auto& s = std::get<std::string>(v);
      rc = sqlite3_bind_text64(p.stmt, index, s.data(), s.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    if (rc != SQLITE_OK) fail(db, rc, "bind");
  }
}

class SqliteTx : public Tx {
 public:
  explicit SqliteTx(Connection& c) : c_(c) {}

  std::vector<Row> query(std::string_view sql, std::span<const Value> params) override {
    sqlite3_stmt* stmt = start(sql, params);
    std::vector<Row> rows;
    const int columns = sqlite3_column_count(stmt);
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      std::vector<std::optional<std::string>> values;
      values.reserve(static_cast<std::size_t>(columns));
      for (int i = 0; i < columns; ++i) {
        if (sqlite3_column_type(stmt, i) == SQLITE_NULL) {
          values.emplace_back();
        } else {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
          values.emplace_back(std::string{text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, i))});
        }
      }
      rows.emplace_back(std::move(values));
    }
    finish(stmt, rc);
    return rows;
  }

  std::int64_t exec(std::string_view sql, std::span<const Value> params) override {
    sqlite3_stmt* stmt = start(sql, params);
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    }
    finish(stmt, rc);
    return sqlite3_changes64(c_.handle());
  }

  void exec_script(std::string_view sql) override { c_.exec_script(sql); }

 private:
  sqlite3_stmt* start(std::string_view sql, std::span<const Value> params) {
    ++uitgevoerde_statements;
    const auto& p = c_.prepare(sql);
    bind(c_.handle(), p, params);
    return p.stmt;
  }

  void finish(sqlite3_stmt* stmt, int rc) {
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (rc != SQLITE_DONE) fail(c_.handle(), rc, "step");
  }

  Connection& c_;
};

// Runs `work` in a transaction on `c`, rolling back when it throws.
void in_transaction(Connection& c, const char* begin, const std::function<void(Tx&)>& work) {
  c.exec_script(begin);
  try {
    SqliteTx tx{c};
    work(tx);
    c.exec_script("COMMIT");
  } catch (...) {
    sqlite3_exec(c.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

class SqliteDatabaseImpl : public SqliteDatabase {
 public:
  SqliteDatabaseImpl(const std::filesystem::path& file, unsigned readers, std::string_view naam)
      : file_(file), writer_(file, false), pool_("sqlite", naam), schrijven_(naam) {
    // Durable: a commit is on disk before the caller hears it succeeded (group commit keeps that affordable).
    writer_.exec_script("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
    for (unsigned i = 0; i < std::max(1u, readers); ++i)
      idle_readers_.push_back(std::make_unique<Connection>(file, true));
    pool_.open.Increment(static_cast<double>(idle_readers_.size()));
  }
  ~SqliteDatabaseImpl() override { pool_.open.Decrement(static_cast<double>(idle_readers_.size())); }

  Backend backend() const override { return Backend::sqlite; }

  Database& logboek() override { return logboek_ ? *logboek_ : *this; }
  void logboek_koppelen(std::unique_ptr<SqliteDatabase> logboek) override { logboek_ = std::move(logboek); }

  // Group commit: SQLite has one writer, and with synchronous = FULL each commit waits for the disk. Callers
  // queue their work; whoever finds no batch running runs everything queued in one transaction, each piece
  // in a savepoint of its own (a piece that throws is rolled back alone and its caller gets the exception),
  // and commits once. Every caller returns only after the commit that holds its work.
  void write_tx(const std::function<void(Tx&)>& work) override {
    schrijven_.queued.Increment();
    bundel_.schrijven(work, [&](const GebundeldSchrijven::Batch& batch) {
      schrijven_.queued.Decrement(static_cast<double>(batch.size()));
      schrijven_.batch_size.Observe(static_cast<double>(batch.size()));
      // Whatever happens in the batch, its callers are answered and the next batch can start: a writer
      // left waiting here would stop every later write and every audited read.
      voer_batch_uit(batch);
    });
  }

  void bij_schrijfstap(std::function<void(std::string_view)> haak) override {
    std::lock_guard lock{writer_mutex_};
    schrijfstap_ = std::move(haak);
  }

  // Never throws and never leaves a transaction open: every failure ends in a rollback and reaches the
  // callers it concerns.
  void voer_batch_uit(const GebundeldSchrijven::Batch& batch) noexcept {
    std::lock_guard lock{writer_mutex_};
    try {
      schrijf("BEGIN IMMEDIATE");
      SqliteTx tx{writer_};
      for (auto* o : batch) {
        try {
          schrijf("SAVEPOINT opdracht");
        } catch (...) {
          o->fout = std::current_exception();
          if (sqlite3_get_autocommit(writer_.handle())) throw;  // the transaction itself is gone
          continue;
        }
        try {
          (*o->werk)(tx);
          schrijf("RELEASE opdracht");
        } catch (...) {
          o->fout = std::current_exception();
          // SQLite rolled back the whole transaction (disk full, I/O error): nothing of this batch is kept.
          if (sqlite3_get_autocommit(writer_.handle())) throw;
          sqlite3_exec(writer_.handle(), "ROLLBACK TO opdracht; RELEASE opdracht", nullptr, nullptr, nullptr);
        }
      }
      schrijf("COMMIT");
    } catch (...) {
      if (!sqlite3_get_autocommit(writer_.handle())) {
        sqlite3_exec(writer_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
      }
      const auto fout = std::current_exception();
      for (auto* o : batch) {
        if (!o->fout) o->fout = fout;
      }
    }
  }

  void schrijf(std::string_view sql) {
    if (schrijfstap_) schrijfstap_(sql);
    writer_.exec_script(sql);
  }

  void statistieken_bijwerken() override {
    // A sample per index is enough for the planner to tell a selective index from a broad one.
    write_tx([](Tx& tx) { tx.exec_script("PRAGMA analysis_limit = 1000; ANALYZE;"); });
  }

  void read_tx(const std::function<void(Tx&)>& work) override {
    std::unique_ptr<Connection> reader;
    {
      metrics::Timer wachten{pool_.wait};
      std::unique_lock lock{readers_mutex_};
      readers_available_.wait(lock, [&] { return !idle_readers_.empty(); });
      reader = std::move(idle_readers_.back());
      idle_readers_.pop_back();
    }
    pool_.in_use.Increment();
    struct GiveBack {
      SqliteDatabaseImpl& db;
      std::unique_ptr<Connection>& reader;
      ~GiveBack() {
        db.pool_.in_use.Decrement();
        std::lock_guard lock{db.readers_mutex_};
        db.idle_readers_.push_back(std::move(reader));
        db.readers_available_.notify_one();
      }
    } give_back{*this, reader};
    in_transaction(*reader, "BEGIN", work);
  }

  void backup_to(const std::filesystem::path& target) override {
    sqlite3* destination = nullptr;
    if (sqlite3_open(target.c_str(), &destination) != SQLITE_OK) {
      sqlite3_close(destination);
      throw DatabaseError("kan het doelbestand niet openen");
    }
    std::lock_guard lock{writer_mutex_};
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", writer_.handle(), "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : SQLITE_ERROR;
    if (backup) sqlite3_backup_finish(backup);
    const int close_rc = sqlite3_close(destination);
    if (rc != SQLITE_DONE || close_rc != SQLITE_OK) throw DatabaseError("backup mislukt");
  }

 private:
  std::filesystem::path file_;
  GebundeldSchrijven bundel_;
  std::mutex writer_mutex_;  // the writer connection: a batch, or a backup
  Connection writer_;
  std::function<void(std::string_view)> schrijfstap_;
  std::mutex readers_mutex_;
  std::condition_variable readers_available_;
  std::vector<std::unique_ptr<Connection>> idle_readers_;
  PoolMetrics pool_;
  GroupCommitMetrics schrijven_;
  std::unique_ptr<SqliteDatabase> logboek_;
};

}  // namespace

std::unique_ptr<SqliteDatabase> open_sqlite(const std::filesystem::path& file, unsigned readers,
                                            std::string_view naam) {
  // SQLite counts every allocation under one process-wide mutex unless told not to: with a reader per worker
  // thread that mutex was contended on every page the readers touched (docs/performance.md). Only possible
  // before SQLite initialises; afterwards the call is refused and changes nothing.
  static std::once_flag geen_geheugentelling;
  std::call_once(geen_geheugentelling, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  return std::make_unique<SqliteDatabaseImpl>(file, readers, naam);
}

}  // namespace regie::store
