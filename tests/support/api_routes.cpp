#include "support/api_routes.hpp"

#include "api/routes.hpp"
#include "store/database.hpp"
#include "support/temp_dir.hpp"

namespace regie::testing {

std::set<RouteSleutel> api_routes() {
  // The services keep a reference to a database but do not use it while the routes are registered.
  TempDir dir;
  const auto db = store::open_database({dir.path(), "", 1});
  service::Diensten diensten{service::Omgeving{*db}, service::SessieConfig{}};
  const auto router = api::make_router(diensten, api::ApiConfig{});
  std::set<RouteSleutel> uit;
  for (const auto& r : router.routes()) uit.insert({r.method, r.pattern});
  return uit;
}

}  // namespace regie::testing
