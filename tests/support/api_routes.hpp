#pragma once
// The API's real routing table (method and path pattern of every route), read from the router the server
// builds: for the tests that must cover every route (the OpenAPI document, the authorization matrix).

#include <compare>
#include <set>
#include <string>

namespace regie::testing {

struct RouteSleutel {
  std::string method;
  std::string pattern;
  auto operator<=>(const RouteSleutel&) const = default;
};

std::set<RouteSleutel> api_routes();

}  // namespace regie::testing
