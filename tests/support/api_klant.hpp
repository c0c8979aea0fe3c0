#pragma once
// An API client for the integration tests: logs in like the web app (cookie + CSRF header) and speaks JSON.

#include <boost/json.hpp>
#include <string>

#include "support/http_client.hpp"

namespace regie::testing {

inline constexpr const char* kDemoWachtwoord = "regie-demo-2026";

class ApiKlant {
 public:
  explicit ApiKlant(unsigned short port) : port_(port) {}

  // Logs in; returns the response (201 on success). Keeps the cookie and the CSRF token.
  HttpResponse inloggen(const std::string& gebruikersnaam, const std::string& wachtwoord = kDemoWachtwoord);
  // Logs in to the household portal (its own cookie); keeps cookie and CSRF token on success.
  HttpResponse portaal_inloggen(const std::string& gebruikersnaam, const std::string& wachtwoord,
                                const std::string& code);
  void met_token(const std::string& token) { token_ = token; }
  // A session started elsewhere (through an IdP): its cookie value; the CSRF token is fetched. The status of
  // GET /api/v1/sessies/huidig.
  int met_sessie(const std::string& sessie_token);
  void zonder_csrf() { csrf_.clear(); }
  void met_csrf(std::string csrf) { csrf_ = std::move(csrf); }

  HttpResponse get(const std::string& pad) { return verzoek("GET", pad, {}); }
  HttpResponse post(const std::string& pad, const boost::json::value& body) {
    return verzoek("POST", pad, body);
  }
  HttpResponse put(const std::string& pad, const boost::json::value& body) {
    return verzoek("PUT", pad, body);
  }
  HttpResponse patch(const std::string& pad, const boost::json::value& body) {
    return verzoek("PATCH", pad, body);
  }
  HttpResponse del(const std::string& pad) { return verzoek("DELETE", pad, {}); }
  HttpResponse verzoek(const std::string& method, const std::string& pad, const boost::json::value& body);

  const std::string& cookie() const { return cookie_; }
  unsigned short port() const { return port_; }
  const std::string& csrf() const { return csrf_; }

 private:
  unsigned short port_;
  std::string cookie_;
  std::string csrf_;
  std::string token_;
};

boost::json::value json_van(const HttpResponse& r);

}  // namespace regie::testing
