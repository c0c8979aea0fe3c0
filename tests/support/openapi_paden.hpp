#pragma once
// The API description names its paths after its server URL ("/api/v1", where the major version lives: NL API
// Design Rules, /core/uri-version); the server's router names whole paths. These turn one into the other. A
// path with servers of its own (/healthz) is taken as the whole path.

#include <boost/json.hpp>
#include <string>
#include <string_view>

namespace regie::testing {

// "/huishoudens/{huishoudenId}" → "/api/v1/huishoudens/{huishoudenId}".
std::string route_van_pad(const boost::json::object& document, std::string_view pad);
// The other way round; a route outside the server URL stays as it is.
std::string pad_van_route(const boost::json::object& document, std::string_view route);
// Whether a key of a path item is an operation (get, post, …) rather than its servers or parameters.
bool is_operatie(std::string_view sleutel);
// Whether an operation's `security` asks for the metrics token only (/metrics: a scraper's key, no user).
bool alleen_metrics_token(const boost::json::value* security);

}  // namespace regie::testing
