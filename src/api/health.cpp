// GET /healthz: liveness for load balancers and the newcomer's first curl. GET /readyz: readiness, 503
// while the database cannot answer (a load balancer then sends requests elsewhere).

#include <boost/json/object.hpp>

#include "api/json_response.hpp"
#include "api/problem.hpp"
#include "api/routes.hpp"

namespace regie::api {

void add_health_routes(Router& router, service::Diensten& d) {
  // Answered on the network thread: a liveness probe must not queue behind requests waiting for the database.
  router.add({"GET",
              "/healthz",
              Toegang::openbaar,
              {},
              [](Verzoek&) {
                return json_response(200, boost::json::object{{"status", "ok"}, {"versie", REGIE_VERSION}});
              },
              true});
  router.add("GET", "/readyz", Toegang::openbaar, [&d](Verzoek&) {
    if (!d.gereedheid.database_bereikbaar()) {
      return niet_beschikbaar("De database is niet bereikbaar.");
    }
    return json_response(200, boost::json::object{{"status", "gereed"}});
  });
}

}  // namespace regie::api
