#include "api/json_uit.hpp"

#include "api/json_response.hpp"

namespace regie::api {

json::value opt(const std::optional<std::string>& s) { return s ? json::value(*s) : json::value(nullptr); }
json::value opt(const std::optional<int>& i) { return i ? json::value(*i) : json::value(nullptr); }
json::value datum(domain::Datum d) { return json::value(domain::format_datum(d)); }
json::value opt_datum(const std::optional<domain::Datum>& d) { return d ? datum(*d) : json::value(nullptr); }
json::value opt_niveau(const std::optional<domain::Niveau>& n) {
  return n ? json::value(domain::nummer(*n)) : json::value(nullptr);
}

json::array teksten(const std::vector<std::string>& lijst) {
  json::array uit;
  for (const auto& t : lijst) uit.emplace_back(t);
  return uit;
}

json::object pagina_json(json::array items, const service::Pagina& pagina, std::int64_t totaal) {
  return json::object{{"items", std::move(items)},
                      {"pagina", pagina.nummer},
                      {"paginaGrootte", pagina.grootte},
                      {"totaal", totaal},
                      {"aantalPaginas", (totaal + pagina.grootte - 1) / pagina.grootte}};
}

http::Response ok(const json::value& body) { return json_response(200, body); }

http::Response created(const json::value& body, const std::string& location) {
  auto r = json_response(201, body);
  r.set_header("location", location);
  return r;
}

http::Response geen_inhoud() {
  http::Response r;
  r.status = 204;
  return r;
}

}  // namespace regie::api
