// GET /metrics: the process's figures for Prometheus. Not public: without a configured token the URL does
// not exist; with one, only a request that carries it as a bearer token gets an answer (a scraper's
// `authorization.credentials_file`). Answered on the network thread, so that it still answers when every
// worker is busy — which is when one wants to look.

#include "api/problem.hpp"
#include "api/routes.hpp"
#include "metrics/metrics.hpp"
#include "service/geheimen.hpp"
#include "store/ids.hpp"

namespace regie::api {

void add_metrics_routes(Router& router) {
  const auto token = router.config().metrics_token;
  router.add({"GET",
              "/metrics",
              Toegang::openbaar,
              {},
              [hash = token ? store::sha256_hex(*token) : std::string{}](Verzoek& v) {
                if (hash.empty()) return problem(404, "Deze URL bestaat niet in de API.");
                const auto authorization = v.http.header("authorization");
                if (!authorization || !authorization->starts_with("Bearer ") ||
                    !service::gelijk_in_constante_tijd(store::sha256_hex(authorization->substr(7)), hash)) {
                  auto r = problem(401, "Geef het token voor de metrieken mee als bearer-token.");
                  r.set_header("www-authenticate", "Bearer");
                  return r;
                }
                http::Response r;
                r.set_header("content-type", "text/plain; version=0.0.4; charset=utf-8");
                r.body = metrics::exposition();
                return r;
              },
              true});
}

}  // namespace regie::api
