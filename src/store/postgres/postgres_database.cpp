#include "store/postgres/postgres_database.hpp"

#include "store/gebundeld_schrijven.hpp"
#include "store/pool_metrics.hpp"

#include <libpq-fe.h>
#include <poll.h>

#include <cerrno>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <unordered_map>

namespace regie::store {
namespace {

// A database that does not answer must not hold a request for long: the client
// gets a 503 within about two seconds and can try again (a free connection, a
// new connection, an unacknowledged send). A statement that runs longer than
// kStatementTimeout is cancelled by the server (a 503 as well); the monitoring
// refresh's largest counts stay well below it. Both can be set in the
// connection string instead
// (`connect_timeout=…`, `options='-c statement_timeout=…'`). A server that
// stops answering altogether (a hung process still acknowledges TCP, so neither
// limit fires) is cut off by the client after the answer time: the connection
// is then dropped.
constexpr auto kPoolWait = std::chrono::seconds(2);
constexpr std::string_view kVerbindingsTijden = " connect_timeout=2 tcp_user_timeout=2000";
constexpr std::string_view kStatementTimeout = "SET statement_timeout = '15s'";

bool ongeldig(ExecStatusType status) { return status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK; }

// The connection string with the time limits above, unless it sets them itself.
std::string met_tijdslimieten(const std::string& conninfo) {
  if (conninfo.find("connect_timeout") != std::string::npos || conninfo.starts_with("postgres"))
    return conninfo;
  return conninfo + std::string{kVerbindingsTijden};
}

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

// Only the SQLSTATE and the primary message: PostgreSQL's DETAIL can quote
// values (personal data).
[[noreturn]] void fail(const PGresult* result, PGconn* conn, std::string_view what) {
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  const std::string code = state ? state : "";
  const std::string message = std::string{what} + ": " + (primary ? primary : PQerrorMessage(conn)) +
                              (code.empty() ? "" : " (" + code + ")");
  if (code.starts_with("23")) throw ConstraintError(message);
  if (code.empty() || code.starts_with("08") || code == "40001" || code == "40P01" ||
      code.starts_with("53") || code.starts_with("57")) {
    throw DatabaseUnavailable(message);
  }
  throw DatabaseError(message);
}

class Connection {
 public:
  Connection(const std::string& conninfo, std::chrono::milliseconds antwoordtijd)
      : conn_(PQconnectdb(met_tijdslimieten(conninfo).c_str())), antwoordtijd_(antwoordtijd) {
    if (PQstatus(conn_) != CONNECTION_OK) {
      const std::string message = PQerrorMessage(conn_);
      PQfinish(conn_);
      throw DatabaseUnavailable("kan geen verbinding maken met PostgreSQL: " + message);
    }
    PQsetNoticeProcessor(
        conn_, [](void*, const char*) {}, nullptr);
    if (conninfo.find("statement_timeout") == std::string::npos) {
      try {
        simple(antwoordtijd_ == kOnbeperkt ? "SET statement_timeout = 0" : kStatementTimeout);
      } catch (...) {
        PQfinish(conn_);
        throw;
      }
    }
  }
  ~Connection() { PQfinish(conn_); }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  bool healthy() const { return !verlaten_ && PQstatus(conn_) == CONNECTION_OK; }

  void simple(std::string_view sql) {
    const std::string text{sql};
    if (!PQsendQuery(conn_, text.c_str())) fail(nullptr, conn_, "script");
    antwoord("script");
  }

  Result run(std::string_view sql, std::span<const Value> params) {
    const std::string& name = prepared(sql);
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
      if (const auto* integer = std::get_if<std::int64_t>(&params[i])) {
        texts[i] = std::to_string(*integer);
        values[i] = texts[i].c_str();
      } else if (const auto* s = std::get_if<std::string>(&params[i])) {
        values[i] = s->c_str();
      }
    }
    if (!PQsendQueryPrepared(conn_, name.c_str(), static_cast<int>(params.size()), values.data(), nullptr,
                             nullptr, 0)) {
      fail(nullptr, conn_, "statement");
    }
    return antwoord("statement");
  }

 private:
  const std::string& prepared(std::string_view sql) {
    const std::string key{sql};
    if (const auto it = statements_.find(key); it != statements_.end()) return it->second;
    std::string name = "s" + std::to_string(statements_.size());
    if (!PQsendPrepare(conn_, name.c_str(), key.c_str(), 0, nullptr)) fail(nullptr, conn_, "prepare");
    antwoord("prepare");
    return statements_.emplace(key, std::move(name)).first->second;
  }

  // The result of what was just sent: its first error, else its last result.
  // Waits at most the answer time; after that the connection is given up (its
  // state is unknown) and the database counts as unavailable.
  Result antwoord(std::string_view what) {
    const bool begrensd = antwoordtijd_ != kOnbeperkt;
    const auto grens = std::chrono::steady_clock::now() + (begrensd ? antwoordtijd_ : std::chrono::hours{0});
    Result uitkomst;
    for (;;) {
      while (PQisBusy(conn_)) {
        const auto rest =
            std::chrono::duration_cast<std::chrono::milliseconds>(grens - std::chrono::steady_clock::now());
        if (begrensd && rest.count() <= 0) {
          verlaten_ = true;
          throw DatabaseUnavailable(std::string{what} + ": PostgreSQL antwoordt niet binnen " +
                                    std::to_string(antwoordtijd_.count()) + " ms");
        }
        pollfd wacht{PQsocket(conn_), POLLIN, 0};
        if (poll(&wacht, 1, begrensd ? static_cast<int>(rest.count()) : -1) < 0 && errno != EINTR) {
          verlaten_ = true;
          throw DatabaseUnavailable(std::string{what} + ": wachten op PostgreSQL mislukte");
        }
        if (!PQconsumeInput(conn_)) fail(nullptr, conn_, what);
      }
      Result r{PQgetResult(conn_)};
      if (!r) break;
      if (!uitkomst || !ongeldig(PQresultStatus(uitkomst.get()))) uitkomst = std::move(r);
    }
    if (!uitkomst || ongeldig(PQresultStatus(uitkomst.get()))) fail(uitkomst.get(), conn_, what);
    return uitkomst;
  }

  PGconn* conn_;
  std::chrono::milliseconds antwoordtijd_;
  bool verlaten_ = false;  // given up after the answer time: never used again
  std::unordered_map<std::string, std::string> statements_;
};

class PostgresTx : public Tx {
 public:
  explicit PostgresTx(Connection& c) : c_(c) {}

  std::vector<Row> query(std::string_view sql, std::span<const Value> params) override {
    ++uitgevoerde_statements;
    Result r = c_.run(sql, params);
    const int rows = PQntuples(r.get());
    const int columns = PQnfields(r.get());
    std::vector<Row> out;
    out.reserve(static_cast<std::size_t>(rows));
    for (int row = 0; row < rows; ++row) {
      std::vector<std::optional<std::string>> values;
      values.reserve(static_cast<std::size_t>(columns));
      for (int col = 0; col < columns; ++col) {
        if (PQgetisnull(r.get(), row, col)) {
          values.emplace_back();
        } else {
          values.emplace_back(std::string{PQgetvalue(r.get(), row, col),
                                          static_cast<std::size_t>(PQgetlength(r.get(), row, col))});
        }
      }
      out.emplace_back(std::move(values));
    }
    return out;
  }

  std::int64_t exec(std::string_view sql, std::span<const Value> params) override {
    ++uitgevoerde_statements;
    Result r = c_.run(sql, params);
    const char* affected = PQcmdTuples(r.get());
    return (affected && *affected) ? std::stoll(affected) : 0;
  }

  void exec_script(std::string_view sql) override { c_.simple(sql); }

 private:
  Connection& c_;
};

class PostgresDatabase : public Database {
 public:
  PostgresDatabase(std::string conninfo, unsigned pool_size, std::chrono::milliseconds antwoordtijd)
      : conninfo_(std::move(conninfo)), max_(std::max(1u, pool_size)), antwoordtijd_(antwoordtijd) {
    idle_.push_back(
        std::make_unique<Connection>(conninfo_, antwoordtijd_));  // fail now, not at the first request
    open_ = 1;
    metrics_.open.Increment();
  }
  ~PostgresDatabase() override { metrics_.open.Decrement(static_cast<double>(open_)); }

  Backend backend() const override { return Backend::postgres; }

  void write_tx(const std::function<void(Tx&)>& work) override { run("BEGIN", work); }
  void logregels_tx(const std::function<void(Tx&)>& work) override {
    logregels_.schrijven(work, [&](const GebundeldSchrijven::Batch& batch) {
      GebundeldSchrijven::in_savepoints(batch,
                                        [&](const GebundeldSchrijven::Werk& alles) { run("BEGIN", alles); });
    });
  }
  void read_tx(const std::function<void(Tx&)>& work) override { run("BEGIN READ ONLY", work); }

 private:
  void run(const char* begin, const std::function<void(Tx&)>& work) {
    auto connection = acquire();
    bool reusable = true;
    try {
      connection->simple(begin);
      PostgresTx tx{*connection};
      work(tx);
      connection->simple("COMMIT");
    } catch (...) {
      try {
        if (connection->healthy()) connection->simple("ROLLBACK");
      } catch (const DatabaseError&) {
      }
      reusable = connection->healthy();
      release(std::move(connection), reusable);
      throw;
    }
    release(std::move(connection), reusable);
  }

  std::unique_ptr<Connection> acquire() {
    metrics::Timer wachten{metrics_.wait};
    std::unique_lock lock{mutex_};
    if (!available_.wait_for(lock, kPoolWait, [&] { return !idle_.empty() || open_ < max_; })) {
      throw DatabaseUnavailable("geen databaseverbinding vrij");
    }
    if (!idle_.empty()) {
      auto c = std::move(idle_.back());
      idle_.pop_back();
      metrics_.in_use.Increment();
      return c;
    }
    ++open_;
    metrics_.open.Increment();
    lock.unlock();
    try {
      auto c = std::make_unique<Connection>(conninfo_, antwoordtijd_);
      metrics_.in_use.Increment();
      return c;
    } catch (...) {
      std::lock_guard relock{mutex_};
      --open_;
      metrics_.open.Decrement();
      available_.notify_one();
      throw;
    }
  }

  void release(std::unique_ptr<Connection> connection, bool reusable) {
    metrics_.in_use.Decrement();
    std::lock_guard lock{mutex_};
    if (reusable && connection->healthy()) {
      idle_.push_back(std::move(connection));
    } else {
      --open_;
      metrics_.open.Decrement();
    }
    available_.notify_one();
  }

  std::string conninfo_;
  unsigned max_;
  std::chrono::milliseconds antwoordtijd_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Connection>> idle_;
  unsigned open_ = 0;
  PoolMetrics metrics_{"postgres"};
  GebundeldSchrijven logregels_;
};

}  // namespace

std::unique_ptr<Database> open_postgres(const std::string& conninfo, unsigned pool_size,
                                        std::chrono::milliseconds antwoordtijd) {
  return std::make_unique<PostgresDatabase>(conninfo, pool_size, antwoordtijd);
}

std::string describe_postgres(const std::string& conninfo) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &error);
  if (options == nullptr) {
    PQfreemem(error);
    return "(ongeldige verbindingsgegevens)";
  }
  std::string host, port, dbname;
  for (auto* o = options; o->keyword != nullptr; ++o) {
    if (o->val == nullptr) continue;
    const std::string_view key = o->keyword;
    if (key == "host") host = o->val;
    if (key == "port") port = o->val;
    if (key == "dbname") dbname = o->val;
  }
  PQconninfoFree(options);
  return (host.empty() ? "localhost" : host) + (port.empty() ? "" : ":" + port) + "/" + dbname;
}

}  // namespace regie::store
