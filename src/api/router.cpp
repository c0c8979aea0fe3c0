#include "api/router.hpp"

#include "http/log.hpp"
#include "store/ids.hpp"

#include <algorithm>
#include <array>
#include <chrono>

#include "api/problem.hpp"
#include "api/trace_context.hpp"
#include "metrics/metrics.hpp"
#include "service/errors.hpp"
#include "service/verzoekspoor.hpp"

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

std::vector<std::string_view> segmenten(std::string_view pad) {
  std::vector<std::string_view> uit;
  std::size_t start = 1;
  while (start <= pad.size()) {
    const auto einde = pad.find('/', start);
    uit.push_back(
        pad.substr(start, einde == std::string_view::npos ? std::string_view::npos : einde - start));
    if (einde == std::string_view::npos) break;
    start = einde + 1;
  }
  return uit;
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string decodeer(std::string_view s) {
  std::string uit;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      uit += ' ';
    } else if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      uit += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      uit += s[i];
    }
  }
  return uit;
}

std::map<std::string, std::string> parse_query(std::string_view query) {
  std::map<std::string, std::string> uit;
  while (!query.empty()) {
    const auto amp = query.find('&');
    const auto deel = query.substr(0, amp);
    const auto is = deel.find('=');
    uit[decodeer(deel.substr(0, is))] = is == std::string_view::npos ? "" : decodeer(deel.substr(is + 1));
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return uit;
}

// Labels are a bounded set: a method nobody routes, or a path no route matches, is counted under one name.
constexpr std::array<std::string_view, 7> kMethodes{"GET",   "HEAD",   "POST",   "PUT",
                                                    "PATCH", "DELETE", "OPTIONS"};
constexpr std::string_view kGeenRoute = "(geen route)";

void meten(const http::Request& request, std::string_view route, int status, double seconden) {
  static auto& verzoeken =
      metrics::counters("regie_http_requests_total", "Beantwoorde verzoeken per methode, route en status.");
  static auto& duur = metrics::histograms("regie_http_request_duration_seconds",
                                          "Tijd van ontvangen verzoek tot antwoord, per route.");
  const std::string methode{std::ranges::find(kMethodes, request.method) != kMethodes.end() ? request.method
                                                                                            : "ANDER"};
  verzoeken.Add({{"method", methode}, {"route", std::string{route}}, {"status", std::to_string(status)}})
      .Increment();
  duur.Add({{"method", methode}, {"route", std::string{route}}}, metrics::seconds_buckets())
      .Observe(seconden);
}

bool verandert_iets(std::string_view method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

}  // namespace

std::optional<std::map<std::string, std::string>> match_pattern(std::string_view pattern,
                                                                std::string_view path) {
  const auto p = segmenten(pattern);
  const auto s = segmenten(path);
  if (p.size() != s.size()) return std::nullopt;
  std::map<std::string, std::string> params;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p[i].starts_with('{') && p[i].ends_with('}')) {
      if (s[i].empty()) return std::nullopt;
      params[std::string{p[i].substr(1, p[i].size() - 2)}] = std::string{s[i]};
    } else if (p[i] != s[i]) {
      return std::nullopt;
    }
  }
  return params;
}

std::optional<std::string> cookie(const http::Request& request, std::string_view naam) {
  const auto header = request.header("cookie");
  if (!header) return std::nullopt;
  std::string_view rest = *header;
  while (!rest.empty()) {
    const auto punt = rest.find(';');
    auto deel = rest.substr(0, punt);
    while (!deel.empty() && deel.front() == ' ') deel.remove_prefix(1);
    if (deel.starts_with(naam) && deel.size() > naam.size() && deel[naam.size()] == '=') {
      return std::string{deel.substr(naam.size() + 1)};
    }
    if (punt == std::string_view::npos) break;
    rest.remove_prefix(punt + 1);
  }
  return std::nullopt;
}

void add_standard_headers(http::Response& response) {
  response.set_header("api-version", std::string{kApiVersion});
  if (!response.header("cache-control")) response.set_header("cache-control", "no-store");
  response.set_header("x-content-type-options", "nosniff");
}

void Router::add(Route route) { routes_.push_back(std::move(route)); }

void Router::add(std::string method, std::string pattern, Toegang toegang, Handler handler) {
  routes_.push_back({std::move(method), std::move(pattern), toegang, {}, std::move(handler)});
}

std::string Router::client_adres(const http::Request& request) const {
  if (config_.achter_https_proxy) {
    if (const auto doorgestuurd = request.header("x-forwarded-for")) {
      const auto laatste = doorgestuurd->rfind(',');
      auto adres = doorgestuurd->substr(laatste == std::string_view::npos ? 0 : laatste + 1);
      while (!adres.empty() && adres.front() == ' ') adres.remove_prefix(1);
      return std::string{adres};
    }
  }
  return request.remote_address;
}

std::string Router::cookie_zetten(std::string_view naam, const std::string& waarde, int seconden,
                                  const http::Request& request, std::string_view same_site,
                                  std::string_view pad) const {
  const bool https = config_.achter_https_proxy && request.header("x-forwarded-proto") == "https";
  return std::string{naam} + "=" + waarde + "; Path=" + std::string{pad} +
         "; HttpOnly; SameSite=" + std::string{same_site} + "; Max-Age=" + std::to_string(seconden) +
         (https ? "; Secure" : "");
}

// Lax: the IdP sends the browser back with a top-level navigation from its own site. Only the return path
// sees it.
std::string Router::inlogpoging_cookie(const std::string& token, const http::Request& request) const {
  return cookie_zetten(kInlogpogingCookie, token, 600, request, "Lax", kInlogpogingPad);
}

std::string Router::inlogpoging_cookie_wissen(const http::Request& request) const {
  return cookie_zetten(kInlogpogingCookie, "", 0, request, "Lax", kInlogpogingPad);
}

std::string Router::sessie_cookie(const std::string& token, const http::Request& request) const {
  return cookie_zetten(kSessieCookie, token, config_.sessie_cookie_seconden, request);
}

std::string Router::sessie_cookie_wissen(const http::Request& request) const {
  return cookie_zetten(kSessieCookie, "", 0, request);
}

std::string Router::portaal_cookie(const std::string& token, const http::Request& request) const {
  return cookie_zetten(kPortaalCookie, token, config_.portaal_cookie_seconden, request);
}

std::string Router::portaal_cookie_wissen(const http::Request& request) const {
  return cookie_zetten(kPortaalCookie, "", 0, request);
}

void Router::authenticeer_portaal(Verzoek& v) const {
  const auto token = cookie(v.http, kPortaalCookie);
  if (!token || portaal_ == nullptr)
    throw service::NotAuthenticated("Log in op het portaal om verder te gaan.");
  v.portaal_sessie = portaal_->sessie(*token);
  if (!v.portaal_sessie)
    throw service::NotAuthenticated("Uw sessie is verlopen of beëindigd. Log opnieuw in.");
  if (verandert_iets(v.http.method)) {
    const auto csrf = v.http.header(kCsrfHeader);
    if (!csrf || !portaal_->csrf_klopt(*v.portaal_sessie, std::string{*csrf})) {
      throw service::Forbidden("Het CSRF-token ontbreekt of klopt niet. Laad de pagina opnieuw.");
    }
  }
  v.ctx = v.portaal_sessie->ctx;
}

void Router::authenticeer(const Route& route, Verzoek& v) const {
  if (route.toegang == Toegang::openbaar) return;
  if (route.toegang == Toegang::portaal) return authenticeer_portaal(v);
  if (const auto authorization = v.http.header("authorization");
      authorization && authorization->starts_with("Bearer ")) {
    if (route.toegang != Toegang::token || sessies_ == nullptr) {
      throw service::NotAuthenticated("Deze URL is alleen voor ingelogde gebruikers, niet voor API-tokens.");
    }
    v.ctx = sessies_->api_token(std::string{authorization->substr(7)}, route.scope);
    if (!v.ctx)
      throw service::NotAuthenticated(
          "Het API-token is onbekend, ingetrokken of niet bedoeld voor deze URL.");
    return;
  }
  const auto token = cookie(v.http, kSessieCookie);
  if (!token || sessies_ == nullptr) throw service::NotAuthenticated("Log in om verder te gaan.");
  v.sessie = sessies_->sessie(*token);
  if (!v.sessie) throw service::NotAuthenticated("Uw sessie is verlopen of beëindigd. Log opnieuw in.");
  if (verandert_iets(v.http.method)) {
    const auto csrf = v.http.header(kCsrfHeader);
    if (!csrf || !sessies_->csrf_klopt(*v.sessie, std::string{*csrf})) {
      throw service::Forbidden("Het CSRF-token ontbreekt of klopt niet. Laad de pagina opnieuw.");
    }
  }
  v.ctx = v.sessie->ctx;
}

http::Response Router::dispatch(const http::Request& request, std::string_view& route_patroon) const {
  // A literal segment beats a parameter: "/huishoudens/_zoek" is never household "_zoek".
  std::vector<std::pair<const Route*, std::map<std::string, std::string>>> kandidaten;
  std::size_t meeste_vaste_delen = 0;
  for (const auto& route : routes_) {
    auto params = match_pattern(route.pattern, request.path);
    if (!params) continue;
    const auto vast = static_cast<std::size_t>(std::ranges::count(route.pattern, '/')) - params->size();
    if (vast > meeste_vaste_delen) {
      kandidaten.clear();
      meeste_vaste_delen = vast;
    }
    if (vast == meeste_vaste_delen) kandidaten.emplace_back(&route, std::move(*params));
  }
  std::vector<std::string_view> allowed;
  for (auto& [route_ptr, params] : kandidaten) {
    const auto& route = *route_ptr;
    // HEAD is served wherever GET is; the transport leaves out the body.
    if (route.method == request.method || (request.method == "HEAD" && route.method == "GET")) {
      route_patroon = route.pattern;
      Verzoek v{request, std::move(params), parse_query(request.query), {}, {}};
      authenticeer(route, v);
      return route.handler(v);
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

bool Router::blokkeert_niet(const http::Request& request) const {
  for (const auto& route : routes_) {
    if (route.method != request.method && !(request.method == "HEAD" && route.method == "GET")) continue;
    if (match_pattern(route.pattern, request.path)) return route.blokkeert_niet;
  }
  return false;
}

http::Response Router::handle(const http::Request& request) const {
  const auto aanroeper = lees_traceparent(request.header("traceparent").value_or(""));
  const auto trace = eigen_span(aanroeper);
  const log::VerzoekScope verzoek{store::nieuwe_id(), trace.trace_id};
  const service::VerzoekspoorScope spoor{
      {trace.trace_id, trace.parent_id, aanroeper ? std::optional{aanroeper->parent_id} : std::nullopt}};
  const auto start = std::chrono::steady_clock::now();
  std::string_view route = kGeenRoute;
  http::Response response;
  try {
    response = dispatch(request, route);
  } catch (...) {
    response = problem_from_current_exception();
  }
  meten(request, route, response.status,
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  add_standard_headers(response);
  response.set_header("x-request-id", log::huidig_verzoek());
  response.set_header("traceparent", traceparent(trace));
  if (response.status >= 500) {
    log::schrijf(
        log::Niveau::fout, "antwoord",
        {{"status", std::to_string(response.status)}, {"methode", request.method}, {"pad", request.path}});
  }
  return response;
}

http::Response Router::reject(int status) const {
  const auto* it = std::ranges::find(kRejectDetails, status, &RejectDetail::status);
  auto response = problem(status, it != kRejectDetails.end() ? it->detail : "Het verzoek is geweigerd.");
  add_standard_headers(response);
  return response;
}

}  // namespace regie::api
