#include "api/verzoek.hpp"

#include <charconv>

#include "api/json_response.hpp"
#include "api/problem.hpp"
#include "codec/json_reader.hpp"
#include "codec/strict_json.hpp"
#include "service/errors.hpp"

namespace regie::api {

const service::Context& Verzoek::context() const {
  if (!ctx) throw service::NotAuthenticated("Log in om verder te gaan.");
  return *ctx;
}

const std::string& Verzoek::param(const std::string& naam) const { return params.at(naam); }

boost::json::object Verzoek::body() const {
  if (!declares_json(http)) {
    throw UnsupportedMediaType("Stuur de gegevens als JSON, met de header Content-Type: application/json.");
  }
  return codec::require_object(codec::parse_strict_json(http.body));
}

std::optional<std::string> Verzoek::query_tekst(const std::string& naam) const {
  const auto it = query.find(naam);
  if (it == query.end() || it->second.empty()) return std::nullopt;
  return it->second;
}

std::optional<int> Verzoek::query_getal(const std::string& naam, int min, int max) const {
  const auto tekst = query_tekst(naam);
  if (!tekst) return std::nullopt;
  int waarde = 0;
  const auto [end, ec] = std::from_chars(tekst->data(), tekst->data() + tekst->size(), waarde);
  if (ec != std::errc{} || end != tekst->data() + tekst->size() || waarde < min || waarde > max) {
    throw service::BadRequest("Een parameter van het verzoek klopt niet.",
                              {{naam, "Moet een geheel getal zijn van " + std::to_string(min) +
                                          " tot en met " + std::to_string(max) + "."}});
  }
  return waarde;
}

bool Verzoek::query_vlag(const std::string& naam) const {
  const auto tekst = query_tekst(naam);
  if (tekst && *tekst != "true" && *tekst != "false")
    throw service::BadRequest("Onbekende waarde.", {{naam, "Kies true of false."}});
  return tekst == "true";
}

service::Pagina Verzoek::pagina() const {
  return {query_getal("pagina", 1, 1000000).value_or(1),
          query_getal("paginaGrootte", 1, service::kMaxPaginaGrootte).value_or(20)};
}

}  // namespace regie::api
