#include "support/openapi_paden.hpp"

namespace regie::testing {
namespace {

namespace json = boost::json;

// A server URL without its trailing slash: "/" becomes "", "/api/v1/" "/api/v1".
std::string basis(const json::value& servers) {
  std::string url{servers.as_array().at(0).at("url").as_string()};
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

}  // namespace

std::string route_van_pad(const json::object& document, std::string_view pad) {
  const auto& item = document.at("paths").at(pad).as_object();
  const auto* eigen = item.if_contains("servers");
  return basis(eigen ? *eigen : document.at("servers")) + std::string{pad};
}

std::string pad_van_route(const json::object& document, std::string_view route) {
  const auto voor = basis(document.at("servers"));
  if (route.starts_with(voor + "/")) return std::string{route.substr(voor.size())};
  return std::string{route};
}

bool is_operatie(std::string_view sleutel) {
  for (const std::string_view m : {"get", "put", "post", "patch", "delete", "head", "options"})
    if (sleutel == m) return true;
  return false;
}

bool alleen_metrics_token(const boost::json::value* security) {
  if (security == nullptr || !security->is_array() || security->as_array().size() != 1) return false;
  const auto& eis = security->as_array().front().as_object();
  return eis.size() == 1 && eis.contains("metricsToken");
}

}  // namespace regie::testing
