// POST /api/v1/adviezen: the stateless regiekaart advice for an assessment (DOMAIN.md §11). Nothing is
// stored and the assessment carries no identity; it needs a logged-in user or a token with scope
// `adviezen`.

#include "api/json_response.hpp"
#include "api/problem.hpp"
#include "api/routes.hpp"
#include "codec/advies_json.hpp"
#include "codec/taxatie_json.hpp"
#include "domain/advies.hpp"

namespace regie::api {

void add_adviezen_routes(Router& router) {
  router.add({"POST", "/api/v1/adviezen", Toegang::token, "adviezen", [](Verzoek& v) {
                if (!declares_json(v.http)) {
                  throw UnsupportedMediaType(
                      "Stuur de taxatie als JSON, met de header Content-Type: application/json.");
                }
                const domain::Taxatie taxatie = codec::parse_taxatie(v.http.body);
                return json_response(200, codec::serialize_advies(domain::advise(taxatie)));
              }});
}

}  // namespace regie::api
