#include "support/api_klant.hpp"

namespace regie::testing {

namespace json = boost::json;

json::value json_van(const HttpResponse& r) { return r.body.empty() ? json::value{} : json::parse(r.body); }

HttpResponse ApiKlant::inloggen(const std::string& gebruikersnaam, const std::string& wachtwoord) {
  HttpConnection c{port_};
  const auto r = c.request(
      "POST", "/api/v1/sessies",
      json::serialize(json::object{{"gebruikersnaam", gebruikersnaam}, {"wachtwoord", wachtwoord}}));
  if (r.status == 201) {
    const auto set_cookie = r.header("set-cookie");
    cookie_ = set_cookie.substr(0, set_cookie.find(';'));
    csrf_ = std::string{json::parse(r.body).at("csrfToken").as_string()};
  }
  return r;
}

HttpResponse ApiKlant::portaal_inloggen(const std::string& gebruikersnaam, const std::string& wachtwoord,
                                        const std::string& code) {
  HttpConnection c{port_};
  const auto r =
      c.request("POST", "/api/v1/portaal/sessies",
                json::serialize(json::object{
                    {"gebruikersnaam", gebruikersnaam}, {"wachtwoord", wachtwoord}, {"code", code}}));
  if (r.status == 201) {
    const auto set_cookie = r.header("set-cookie");
    cookie_ = set_cookie.substr(0, set_cookie.find(';'));
    csrf_ = std::string{json::parse(r.body).at("csrfToken").as_string()};
  }
  return r;
}

HttpResponse ApiKlant::verzoek(const std::string& method, const std::string& pad, const json::value& body) {
  std::vector<std::pair<std::string, std::string>> headers;
  if (!cookie_.empty()) headers.emplace_back("Cookie", cookie_);
  if (!csrf_.empty()) headers.emplace_back("X-CSRF-Token", csrf_);
  if (!token_.empty()) headers.emplace_back("Authorization", "Bearer " + token_);
  const bool met_body = method == "POST" || method == "PUT" || method == "PATCH";
  HttpConnection c{port_};
  return c.request(method, pad, met_body ? json::serialize(body) : std::string{},
                   met_body ? "application/json" : "", headers);
}

}  // namespace regie::testing
