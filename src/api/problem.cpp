#include "api/problem.hpp"

#include <array>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <iostream>
#include <string>

#include "http/log.hpp"
#include "store/database.hpp"

namespace regie::api {
namespace {

namespace json = boost::json;

struct StatusTitle {
  int status;
  std::string_view title;
};

// Dutch renderings of the HTTP reason phrases (RFC 9457 §3.1.4 allows localised titles).
constexpr std::array<StatusTitle, 13> kTitles{{
    {400, "Ongeldig verzoek"},
    {401, "Niet ingelogd"},
    {403, "Geen toegang"},
    {404, "Niet gevonden"},
    {405, "Methode niet toegestaan"},
    {409, "Conflict"},
    {413, "Verzoek te groot"},
    {412, "Voorwaarde niet vervuld"},
    {415, "Mediatype niet ondersteund"},
    {429, "Te veel verzoeken"},
    {431, "Headers te groot"},
    {500, "Interne fout"},
    {503, "Tijdelijk niet beschikbaar"},
}};

std::string_view title_for(int status) {
  for (const auto& t : kTitles) {
    if (t.status == status) return t.title;
  }
  return "Fout";
}

}  // namespace

http::Response problem(int status, std::string_view detail,
                       const std::vector<service::InvalidParam>& invalid) {
  json::object body{
      {"type", "about:blank"}, {"title", title_for(status)}, {"status", status}, {"detail", detail}};
  // The occurrence: the request's id, the same as in the X-Request-Id header and in the server's log lines.
  if (const auto& verzoek = log::huidig_verzoek(); !verzoek.empty())
    body["instance"] = std::string{kInstantieVoorvoegsel} + verzoek;
  if (!invalid.empty()) {
    json::array params;
    for (const auto& p : invalid) params.push_back(json::object{{"name", p.name}, {"reason", p.reason}});
    body["invalidParams"] = std::move(params);
  }
  http::Response response;
  response.status = status;
  response.set_header("content-type", std::string{kProblemContentType});
  response.body = json::serialize(body);
  return response;
}

http::Response niet_beschikbaar(std::string_view detail) {
  auto response = problem(503, detail);
  response.set_header("retry-after", std::to_string(kRetryAfterSeconden));
  return response;
}

http::Response problem_from_current_exception() {
  try {
    throw;
  } catch (const service::BadRequest& e) {
    return problem(400, e.what(), e.invalid_params());
  } catch (const UnsupportedMediaType& e) {
    return problem(415, e.what());
  } catch (const service::NotAuthenticated& e) {
    return problem(401, e.what());
  } catch (const service::TooManyRequests& e) {
    auto response = problem(429, e.what());
    response.set_header("retry-after", std::to_string(e.retry_after_seconds()));
    return response;
  } catch (const service::Forbidden& e) {
    return problem(403, e.what());
  } catch (const service::NotFound& e) {
    return problem(404, e.what());
  } catch (const service::Conflict& e) {
    return problem(409, e.what());
  } catch (const service::Unavailable& e) {
    return niet_beschikbaar(e.what());
  } catch (const store::ConstraintError& e) {
    log::schrijf(log::Niveau::fout, "databaseregel_geschonden", {{"oorzaak", e.what()}});
    return problem(500, "Er ging iets mis aan onze kant. Probeer het later opnieuw.");
  } catch (const store::DatabaseError& e) {
    // Whatever reaches the database outside a use case's error translation (session, token and login
    // lookups): the database is at fault, not the request. Its cause (SQLSTATE and primary message, or
    // SQLite's, never quoted values) goes to the log only.
    log::schrijf(log::Niveau::fout, "database_niet_beschikbaar", {{"oorzaak", e.what()}});
    return niet_beschikbaar("De database is even niet bereikbaar. Probeer het zo opnieuw.");
  } catch (...) {
    // Only the type (and an error code's own text): a message may quote what the user sent.
    log::schrijf(log::Niveau::fout, "interne_fout", {{"type", log::exceptie_type()}});
    return problem(500, "Er ging iets mis aan onze kant. Probeer het later opnieuw.");
  }
}

}  // namespace regie::api
