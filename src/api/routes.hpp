#pragma once
// Builds the API's routing table: one registration function per resource.

#include "api/router.hpp"

namespace regie::api {

void add_health_routes(Router& router);
void add_adviezen_routes(Router& router);

Router make_router();

}  // namespace regie::api
