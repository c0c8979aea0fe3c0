// GET /api/v1/openapi.json: the API described in OpenAPI 3.0 (src/api/openapi.json, embedded at build time).

#include "api/json_response.hpp"
#include "api/openapi.hpp"
#include "api/routes.hpp"

namespace regie::api {

void add_openapi_routes(Router& router) {
  router.add({"GET",
              "/api/v1/openapi.json",
              Toegang::openbaar,
              {},
              [](Verzoek&) {
                auto r = json_response(200, std::string{openapi_document()});
                r.set_header("cache-control", "public, max-age=300");
                return r;
              },
              true});
}

}  // namespace regie::api
