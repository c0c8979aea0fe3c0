#include "support/demo_server.hpp"

namespace regie::testing {

DemoServer demo_server(store::Backend backend) {
  DemoServer uit;
  ServerOpties opties{true, std::nullopt, {}, {}};
  if (backend == store::Backend::postgres) {
    uit.pg = TestDatabase::create(store::Backend::postgres);
    if (!uit.pg) return uit;
    opties.database_url = uit.pg->config().url;
  }
  uit.server = std::make_unique<ServerProcess>(opties);
  return uit;
}

store::DatabaseConfig DemoServer::database() const {
  return pg ? pg->config() : store::DatabaseConfig{server->data_dir(), "", 1};
}

}  // namespace regie::testing
