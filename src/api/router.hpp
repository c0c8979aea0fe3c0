#pragma once
// Routes requests to handlers: 404 for an unknown path, 405 (with Allow) for a known path with another
// method. Adds the headers every API response carries (API-Version, no caching, no sniffing) and turns
// exceptions into problem+json.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "http/message.hpp"

namespace regie::api {

inline constexpr std::string_view kApiVersion = "1.0.0";

using Handler = std::function<http::Response(const http::Request&)>;

class Router {
 public:
  void add(std::string method, std::string path, Handler handler);
  http::Response handle(const http::Request& request) const;

  // For requests the transport refuses before they reach a route (too large, malformed, too slow).
  http::Response reject(int status) const;

 private:
  struct Route {
    std::string method;
    std::string path;
    Handler handler;
  };
  http::Response dispatch(const http::Request& request) const;
  std::vector<Route> routes_;
};

// Every response: API-Version and the safety headers.
void add_standard_headers(http::Response& response);

}  // namespace regie::api
