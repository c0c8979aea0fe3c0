// POST /api/v1/adviezen: the stateless regiekaart advice for an assessment (DOMAIN.md §11). Nothing is
// stored and the assessment carries no identity, so this resource needs no service-layer use case.

#include "api/json_response.hpp"
#include "api/problem.hpp"
#include "api/routes.hpp"
#include "codec/advies_json.hpp"
#include "codec/taxatie_json.hpp"
#include "domain/advies.hpp"

namespace regie::api {

void add_adviezen_routes(Router& router) {
  router.add("POST", "/api/v1/adviezen", [](const http::Request& request) {
    if (!declares_json(request)) {
      return problem(415, "Stuur de taxatie als JSON, met de header Content-Type: application/json.");
    }
    const domain::Taxatie taxatie = codec::parse_taxatie(request.body);
    return json_response(200, codec::serialize_advies(domain::advise(taxatie)));
  });
}

}  // namespace regie::api
