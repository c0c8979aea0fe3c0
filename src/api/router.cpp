#include "api/router.hpp"

#include <algorithm>
#include <array>

#include "api/problem.hpp"

namespace regie::api {
namespace {

struct RejectDetail {
  int status;
  std::string_view detail;
};

constexpr std::array<RejectDetail, 3> kRejectDetails{{
    {400, "Het verzoek kon niet worden gelezen."},
    {413, "Het verzoek is groter dan de server accepteert."},
    {431, "De headers van het verzoek zijn groter dan de server accepteert."},
}};

}  // namespace

void add_standard_headers(http::Response& response) {
  response.set_header("api-version", std::string{kApiVersion});
  response.set_header("cache-control", "no-store");
  response.set_header("x-content-type-options", "nosniff");
}

void Router::add(std::string method, std::string path, Handler handler) {
  routes_.push_back({std::move(method), std::move(path), std::move(handler)});
}

http::Response Router::dispatch(const http::Request& request) const {
  std::vector<std::string_view> allowed;
  for (const auto& route : routes_) {
    if (route.path != request.path) continue;
    // HEAD is served wherever GET is; the transport leaves out the body.
    if (route.method == request.method || (request.method == "HEAD" && route.method == "GET")) {
      return route.handler(request);
    }
    allowed.push_back(route.method);
    if (route.method == "GET") allowed.push_back("HEAD");
  }
  if (allowed.empty()) return problem(404, "Deze URL bestaat niet in de API.");
  std::string allow;
  for (auto m : allowed) allow += (allow.empty() ? "" : ", ") + std::string{m};
  auto response = problem(405, "Deze methode is niet toegestaan op deze URL. Toegestaan: " + allow + ".");
  response.set_header("allow", allow);
  return response;
}

http::Response Router::handle(const http::Request& request) const {
  http::Response response;
  try {
    response = dispatch(request);
  } catch (...) {
    response = problem_from_current_exception();
  }
  add_standard_headers(response);
  return response;
}

http::Response Router::reject(int status) const {
  const auto* it = std::ranges::find(kRejectDetails, status, &RejectDetail::status);
  auto response = problem(status, it != kRejectDetails.end() ? it->detail : "Het verzoek is geweigerd.");
  add_standard_headers(response);
  return response;
}

}  // namespace regie::api
