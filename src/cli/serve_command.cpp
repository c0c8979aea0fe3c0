// `regie serve`: the HTTP server with the API.

#include <cctype>
#include <charconv>
#include <fstream>
#include <iostream>

#include "api/routes.hpp"
#include "cli/commands.hpp"
#include "cli/database_options.hpp"
#include "cli/mail_options.hpp"
#include "cli/options.hpp"
#include "cli/periodieke_taak.hpp"
#include "http/log.hpp"
#include "http/server.hpp"
#include "http/webapp.hpp"
#include "service/diensten.hpp"
#include "store/logboek.hpp"

namespace regie::cli {

namespace {

// The token for /metrics, from a file only the operator and the scraper can read (never on the command
// line, where every user of the machine sees it).
std::optional<std::string> metrics_token(const Options& options) {
  const auto bestand = options.value_or_env("metrics-token-bestand", "REGIE_METRICS_TOKEN_BESTAND");
  if (!bestand) return std::nullopt;
  std::ifstream in{*bestand};
  std::string token;
  if (!in || !std::getline(in, token))
    throw UsageError("Het bestand met het metrics-token (" + *bestand + ") is niet te lezen.");
  while (!token.empty() && std::isspace(static_cast<unsigned char>(token.back()))) token.pop_back();
  if (token.size() < 32 || token.find_first_of(" \t") != std::string::npos)
    throw UsageError("Het metrics-token is te kort: kies minstens 32 tekens zonder spaties.");
  return token;
}

}  // namespace

int serve_command(const std::vector<std::string>& args) {
  const Options options{args, met_database_opties(met_mail_opties({{"port", true},
                                                                   {"host", true},
                                                                   {"read-timeout", true},
                                                                   {"achter-https-proxy", false},
                                                                   {"web", true},
                                                                   {"monitoring-interval", true},
                                                                   {"werkthreads", true},
                                                                   {"metrics-token-bestand", true}}))};
  http::ServerConfig config;
  if (const auto port = options.value_or_env("port", "REGIE_PORT"))
    config.port = parse_port(*port, "De poort");
  if (const auto host = options.value_or_env("host", "REGIE_HOST")) config.host = *host;
  if (const auto timeout = options.value_or_env("read-timeout", "REGIE_READ_TIMEOUT")) {
    config.read_timeout = std::chrono::seconds{parse_seconds(*timeout, "De leestime-out")};
  }
  // The handlers' threads, and as many database connections (docs/performance.md measures the choice).
  if (const auto n = options.value_or_env("werkthreads", "REGIE_WERKTHREADS"))
    config.worker_threads = parse_threads(*n, "Het aantal werkthreads");
  std::optional<http::WebApp> webapp;
  const auto web_optie = options.value_or_env("web", "REGIE_WEB");
  if (const auto map =
          web_optie ? std::optional<std::filesystem::path>{*web_optie} : http::standaard_webapp_map()) {
    try {
      webapp = http::WebApp::laden(*map);
    } catch (const std::exception& e) {
      std::cerr << "regie serve: de webapp in " << map->string() << " is niet te laden (" << e.what()
                << "). Bouw hem met make build.\n";
      return kExitFailure;
    }
  }
  const auto interval = options.value_or_env("monitoring-interval", "REGIE_MONITORING_INTERVAL");
  int minuten = 15;
  if (interval) {
    const auto [eind, fout] = std::from_chars(interval->data(), interval->data() + interval->size(), minuten);
    if (fout != std::errc{} || eind != interval->data() + interval->size() || minuten < 0 || minuten > 1440)
      throw UsageError("Het monitoringinterval is een aantal minuten van 0 tot en met 1440.");
  }
  const auto smtp = smtp_config(options);
  const auto adres = regie_adres(options);
  std::optional<mail::SmtpVerzender> verzender;
  if (smtp) verzender.emplace(*smtp);
  const auto database = open_database(options, Nieuw::toegestaan, config.worker_threads, Gebruik::server);
  database->statistieken_bijwerken();
  api::ApiConfig api_config;
  api_config.achter_https_proxy =
      options.flag("achter-https-proxy") ||
      options.value_or_env("achter-https-proxy", "REGIE_ACHTER_HTTPS_PROXY") == "1";
  if (verzender) api_config.mail = &*verzender;
  api_config.adres = adres;
  api_config.metrics_token = metrics_token(options);
  service::Diensten diensten{service::Omgeving{*database, service::systeemklok()}, service::SessieConfig{}};
  const api::Router router = api::make_router(diensten, api_config);
  const auto voor_app = [&webapp](const http::Request& r) { return webapp && http::WebApp::is_voor_app(r); };
  http::Server server{
      config,
      {[&](const http::Request& r) { return voor_app(r) ? webapp->beantwoorden(r) : router.handle(r); },
       [&router](int status) { return router.reject(status); },
       [&](const http::Request& r) { return voor_app(r) || router.blokkeert_niet(r); }}};
  try {
    server.listen();
  } catch (const std::exception&) {
    std::cerr << "regie serve: kan niet luisteren op " << config.host << ':' << config.port
              << " (is het adres geldig en de poort vrij?).\n";
    return kExitFailure;
  }
  std::cout << "Database: " << store::describe(database_config(options)) << '\n';
  std::cout << (webapp ? "Webapp: " + std::to_string(webapp->aantal_bestanden()) + " bestanden\n"
                       : std::string{"Webapp: niet gebouwd (alleen de API)\n"});
  std::cout << (verzender ? "E-mail bij meldingen: aan\n" : "E-mail bij meldingen: uit (geen mailserver)\n");
  std::cout << "Regie draait op http://" << config.host << ':' << server.port() << "  (stoppen: Ctrl+C)"
            << std::endl;
  // Moves what a failing log store left in the data file's queue; makes the coming month's partitions.
  const PeriodiekeTaak logboek{"logboek_onderhoud", [&] { store::logboek_onderhoud(*database); },
                               std::chrono::minutes{60}};
  std::optional<PeriodiekeTaak> verversing, herinneringen, mailen;
  if (minuten > 0) {
    verversing.emplace(
        "monitoring_bijwerken", [&] { diensten.monitoring.alles_verversen(); },
        std::chrono::minutes{minuten});
    // Reminders are about days: looked for hourly, sent once a day (and once at start-up).
    herinneringen.emplace(
        "herinneringen_versturen",
        [&diensten, laatste = domain::Datum{}]() mutable {
          const auto dag = domain::datum_van(service::systeemklok()());
          if (dag == laatste) return;
          diensten.herinneringen.alles_versturen();
          laatste = dag;
        },
        std::chrono::minutes{60});
  }
  if (verzender) {
    mailen.emplace(
        "meldingen_mailen",
        [&] {
          const auto ronde = diensten.meldingsmail.alles_versturen(*verzender, adres);
          if (ronde.mislukt > 0) {
            log::schrijf(log::Niveau::fout, "meldingsmail_mislukt",
                         {{"aantal", std::to_string(ronde.mislukt)}, {"oorzaak", ronde.oorzaak}});
          }
        },
        std::chrono::minutes{5});
  }
  server.run();
  std::cout << "Regie is gestopt." << std::endl;
  return kExitOk;
}

}  // namespace regie::cli
