#include "support/api_klant.hpp"

#include <map>
#include <utility>
#include <vector>

#include "support/oathtool.hpp"

namespace regie::testing {

namespace json = boost::json;

json::value json_van(const HttpResponse& r) { return r.body.empty() ? json::value{} : json::parse(r.body); }

namespace {

// Recovery codes per server and account, kept from setting up the app: a second login in the same 30-second
// step cannot use the app's code again, so it uses one of these.
std::map<std::pair<unsigned short, std::string>, std::vector<std::string>>& herstelcodes() {
  static std::map<std::pair<unsigned short, std::string>, std::vector<std::string>> codes;
  return codes;
}

}  // namespace

HttpResponse ApiKlant::inloggen(const std::string& gebruikersnaam, const std::string& wachtwoord) {
  json::object inlog{{"gebruikersnaam", gebruikersnaam}, {"wachtwoord", wachtwoord}};
  auto r = HttpConnection{port_}.request("POST", "/api/v1/sessies", json::serialize(inlog));
  // A gemeente that asks a second factor: set up the app the first time, as a professional would.
  if (r.status == 200) {
    const auto vervolg = json::parse(r.body);
    auto& codes = herstelcodes()[{port_, gebruikersnaam}];
    const bool instellen = vervolg.at("vervolg") == "instellen";
    if (vervolg.at("vervolg") == "wachtwoord") {
      return r;  // a start password: choosing one's own is the test's own step
    } else if (instellen) {
      inlog["code"] = oathtool_code(json::value_to<std::string>(vervolg.at("totpGeheim")));
    } else if (!codes.empty()) {
      inlog["code"] = codes.back();
      codes.pop_back();
    } else {
      return r;
    }
    r = HttpConnection{port_}.request("POST", "/api/v1/sessies", json::serialize(inlog));
    if (r.status == 201 && instellen)
      codes = json::value_to<std::vector<std::string>>(json::parse(r.body).at("herstelcodes"));
  }
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

int ApiKlant::met_sessie(const std::string& sessie_token) {
  cookie_ = "regie_sessie=" + sessie_token;
  const auto r = get("/api/v1/sessies/huidig");
  if (r.status == 200) csrf_ = std::string{json::parse(r.body).at("csrfToken").as_string()};
  return r.status;
}

}  // namespace regie::testing
