#pragma once
// A request as an API handler sees it: the HTTP message, the path parameters, the decoded query, and who is
// acting (after the router authenticated the request).

#include <boost/json/object.hpp>
#include <map>
#include <optional>
#include <string>

#include "http/message.hpp"
#include "service/context.hpp"
#include "service/pagina.hpp"
#include "service/portaal_sessies.hpp"
#include "service/sessies.hpp"

namespace regie::api {

struct Verzoek {
  const http::Request& http;
  std::map<std::string, std::string> params;  // from the path pattern, e.g. {"huishoudenId": "…"}
  std::map<std::string, std::string> query;   // decoded
  std::optional<service::Context> ctx;
  std::optional<service::SessieInfo> sessie;                   // when authenticated by cookie
  std::optional<service::PortaalSessieInfo> portaal_sessie{};  // a household user, by the portal's cookie

  const service::Context& context() const;  // throws NotAuthenticated when absent
  const std::string& param(const std::string& naam) const;

  // The body as a JSON object (strict: duplicate keys refused). 415 unless the body is declared JSON.
  boost::json::object body() const;

  std::optional<std::string> query_tekst(const std::string& naam) const;
  // Throws BadRequest naming the parameter when it is not a whole number in [min, max].
  std::optional<int> query_getal(const std::string& naam, int min, int max) const;
  // "true" or "false"; absent is false. Throws BadRequest naming the parameter otherwise.
  bool query_vlag(const std::string& naam) const;
  service::Pagina pagina() const;
};

}  // namespace regie::api
