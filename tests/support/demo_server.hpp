#pragma once
// The demo on a real server for one backend: in the server's own SQLite file, or in a throwaway PostgreSQL
// database. Without a configured PostgreSQL there is no server: the test skips.

#include <memory>

#include "support/process.hpp"
#include "support/test_database.hpp"

namespace regie::testing {

struct DemoServer {
  std::unique_ptr<TestDatabase> pg;
  std::unique_ptr<ServerProcess> server;  // null: no PostgreSQL for the test
  // The server's database, for reading it straight from the test.
  store::DatabaseConfig database() const;
};

DemoServer demo_server(store::Backend backend);

}  // namespace regie::testing
