#pragma once
// Small helpers to write API responses: codes, dates, optional values, pages, and the standard replies.

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "domain/codes.hpp"
#include "domain/regiekaart_types.hpp"
#include "domain/tijd.hpp"
#include "http/message.hpp"
#include "service/pagina.hpp"

namespace regie::api {

namespace json = boost::json;

template <typename E>
json::value code(E e) {
  const auto c = domain::to_code(e);
  return json::string{c.data(), c.size()};
}

template <typename E>
json::value opt_code(const std::optional<E>& e) {
  return e ? code(*e) : json::value(nullptr);
}

template <typename E>
json::array codes(const std::vector<E>& lijst) {
  json::array uit;
  for (const auto& e : lijst) uit.push_back(code(e));
  return uit;
}

json::value opt(const std::optional<std::string>& s);
json::value opt(const std::optional<int>& i);
json::value datum(domain::Datum d);
json::value opt_datum(const std::optional<domain::Datum>& d);
json::value opt_niveau(const std::optional<domain::Niveau>& n);
json::array teksten(const std::vector<std::string>& lijst);

// {"items": [...], "pagina": n, "paginaGrootte": n, "totaal": n}
json::object pagina_json(json::array items, const service::Pagina& pagina, std::int64_t totaal);

http::Response ok(const json::value& body);
http::Response created(const json::value& body, const std::string& location);
http::Response geen_inhoud();

}  // namespace regie::api
