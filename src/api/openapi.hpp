#pragma once

#include <string_view>

namespace regie::api {

// The OpenAPI 3.0 document of the API (generated from src/api/openapi.json at build time).
std::string_view openapi_document();

}  // namespace regie::api
