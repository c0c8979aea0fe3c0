#pragma once
// Routes requests to handlers by method and path pattern ("/api/v1/huishoudens/{huishoudenId}"): 404 for an
// unknown path, 405 (with Allow) for a known path with another method. Authenticates per route (session
// cookie, or a bearer token with a scope), requires the CSRF header on state-changing requests made with a
// cookie, adds the headers every response carries, and turns exceptions into problem+json.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "api/verzoek.hpp"
#include "http/message.hpp"
#include "service/mail_verzender.hpp"
#include "service/sessies.hpp"

namespace regie::api {

inline constexpr std::string_view kApiVersion = "1.0.0";
inline constexpr std::string_view kSessieCookie = "regie_sessie";
// The household portal's session: a cookie of its own (issue "the household as users").
inline constexpr std::string_view kPortaalCookie = "regie_portaal";
inline constexpr std::string_view kCsrfHeader = "x-csrf-token";
// A login through the gemeente's IdP under way: binds the IdP's answer to the browser that asked.
inline constexpr std::string_view kInlogpogingCookie = "regie_inlogpoging";
inline constexpr std::string_view kInlogpogingPad = "/api/v1/inlogdiensten";

using Handler = std::function<http::Response(Verzoek&)>;

enum class Toegang {
  openbaar,  // no login
  sessie,    // a logged-in user
  token,     // a logged-in user, or an integration's bearer token with the route's scope
  portaal,   // a household user logged in to the portal (its own cookie)
};

struct Route {
  std::string method;
  std::string pattern;
  Toegang toegang = Toegang::sessie;
  std::string scope;  // for Toegang::token
  Handler handler;
  bool blokkeert_niet = false;  // never touches the database: may run on the network thread
};

struct ApiConfig {
  bool achter_https_proxy = false;  // trust X-Forwarded-Proto/-For from the proxy in front
  int sessie_cookie_seconden = 12 * 3600;
  int portaal_cookie_seconden = 4 * 3600;
  // The configured mail server, if any: professionals can choose notification mail, and an invitation can
  // go by e-mail. Owned by whoever runs the server.
  service::MailVerzender* mail = nullptr;
  std::optional<std::string> adres{};  // where Regie is reached, named in mail
  // The bearer token a scraper shows to read /metrics; without one, /metrics does not exist.
  std::optional<std::string> metrics_token{};
};

class Router {
 public:
  Router(service::Sessies* sessies, ApiConfig config) : sessies_(sessies), config_(config) {}

  void add(Route route);
  void add(std::string method, std::string pattern, Toegang toegang, Handler handler);
  http::Response handle(const http::Request& request) const;
  // Whether the route of this request is marked as never blocking.
  bool blokkeert_niet(const http::Request& request) const;

  // For requests the transport refuses before they reach a route (too large, malformed).
  http::Response reject(int status) const;

  const std::vector<Route>& routes() const { return routes_; }
  const ApiConfig& config() const { return config_; }
  std::string client_adres(const http::Request& request) const;
  std::string sessie_cookie(const std::string& token, const http::Request& request) const;
  std::string sessie_cookie_wissen(const http::Request& request) const;
  void met_portaal(service::PortaalSessies* portaal) { portaal_ = portaal; }
  std::string portaal_cookie(const std::string& token, const http::Request& request) const;
  std::string portaal_cookie_wissen(const http::Request& request) const;
  std::string inlogpoging_cookie(const std::string& token, const http::Request& request) const;
  std::string inlogpoging_cookie_wissen(const http::Request& request) const;

 private:
  // Sets `route_patroon` to the pattern of the route that answers, if one does.
  http::Response dispatch(const http::Request& request, std::string_view& route_patroon) const;
  void authenticeer(const Route& route, Verzoek& verzoek) const;

  std::string cookie_zetten(std::string_view naam, const std::string& waarde, int seconden,
                            const http::Request& request, std::string_view same_site = "Strict",
                            std::string_view pad = "/") const;
  void authenticeer_portaal(Verzoek& verzoek) const;

  service::Sessies* sessies_;
  service::PortaalSessies* portaal_ = nullptr;
  ApiConfig config_;
  std::vector<Route> routes_;
};

// The value of a cookie the request carries.
std::optional<std::string> cookie(const http::Request& request, std::string_view naam);

// Every response: API-Version and the safety headers.
void add_standard_headers(http::Response& response);

// "/a/{x}/b" against "/a/123/b" → {"x": "123"}; nullopt when it does not match.
std::optional<std::map<std::string, std::string>> match_pattern(std::string_view pattern,
                                                                std::string_view path);

}  // namespace regie::api
