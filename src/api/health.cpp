// GET /healthz: liveness for load balancers and the newcomer's first curl.

#include <boost/json/object.hpp>

#include "api/json_response.hpp"
#include "api/routes.hpp"

namespace regie::api {

void add_health_routes(Router& router) {
  // Answered on the network thread: a liveness probe must not queue behind requests waiting for the database.
  router.add({"GET",
              "/healthz",
              Toegang::openbaar,
              {},
              [](Verzoek&) {
                return json_response(200, boost::json::object{{"status", "ok"}, {"versie", REGIE_VERSION}});
              },
              true});
}

}  // namespace regie::api
