#include "support/test_database.hpp"

#include "store/audit_sleutels.hpp"

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <sodium.h>

#include <cstdlib>
#include <stdexcept>

namespace regie::testing {
namespace {

void run_admin(const std::string& url, const std::string& sql) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    const std::string message = PQerrorMessage(conn);
    PQfinish(conn);
    throw std::runtime_error("test-PostgreSQL niet bereikbaar: " + message);
  }
  PGresult* r = PQexec(conn, sql.c_str());
  const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
  const std::string message = PQerrorMessage(conn);
  PQclear(r);
  PQfinish(conn);
  if (!ok) throw std::runtime_error(message);
}

// The same server, with the schema first on the search path.
std::string with_schema(const std::string& url, const std::string& schema) {
  if (url.starts_with("postgres")) {
    return url + (url.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema;
  }
  return url + " options='-csearch_path=" + schema + "'";
}

}  // namespace

std::string backend_name(store::Backend backend) {
  return backend == store::Backend::sqlite ? "sqlite" : "postgres";
}

std::unique_ptr<TestDatabase> TestDatabase::create(store::Backend backend) {
  // A fixed key: the audit trail is never written unkeyed, in tests neither.
  static const bool sleutels = [] {
    store::AuditSleutel s{"test", "0000-00-00T00:00:00.000000Z", {}};
    s.geheim.fill(0x42);
    store::audit_sleutels_instellen(std::make_shared<const store::AuditSleutelbos>(std::vector{s}));
    return true;
  }();
  (void)sleutels;
  std::unique_ptr<TestDatabase> t{new TestDatabase};
  t->config_.data_dir = t->dir_.path();
  if (backend == store::Backend::postgres) {
    const char* url = std::getenv("REGIE_TEST_DATABASE_URL");
    if (url == nullptr || *url == '\0') {
      const char* required = std::getenv("REGIE_TEST_POSTGRES_VEREIST");
      if (required != nullptr && std::string{required} == "1") {
        ADD_FAILURE() << "REGIE_TEST_DATABASE_URL ontbreekt terwijl PostgreSQL vereist is";
      }
      return nullptr;
    }
    if (sodium_init() < 0) throw std::runtime_error("libsodium");
    t->admin_url_ = url;
    t->schema_ = "t_" + std::to_string(randombytes_random()) + std::to_string(randombytes_random());
    run_admin(t->admin_url_, "CREATE SCHEMA " + t->schema_);
    t->config_.url = with_schema(t->admin_url_, t->schema_);
  }
  t->db_ = store::open_database(t->config_);
  return t;
}

std::unique_ptr<store::Database> TestDatabase::open_again() const { return store::open_database(config_); }

TestDatabase::~TestDatabase() {
  db_.reset();
  if (!schema_.empty()) {
    try {
      run_admin(admin_url_, "DROP SCHEMA " + schema_ + " CASCADE");
    } catch (const std::exception&) {
    }
  }
}

}  // namespace regie::testing
