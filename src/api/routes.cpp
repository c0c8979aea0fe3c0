#include "api/routes.hpp"

namespace regie::api {

Router make_router() {
  Router router;
  add_health_routes(router);
  add_adviezen_routes(router);
  return router;
}

}  // namespace regie::api
