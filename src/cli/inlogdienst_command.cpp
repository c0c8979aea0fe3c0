#include "cli/inlogdienst_command.hpp"

#include <boost/url/parse.hpp>
#include <iostream>

#include "cli/cli_hulp.hpp"
#include "cli/commands.hpp"
#include "cli/database_options.hpp"
#include "domain/huishouden.hpp"
#include "service/inlogdiensten.hpp"
#include "service/sessies.hpp"

namespace regie::cli {
namespace {

constexpr std::string_view kGebruik =
    "Gebruik: regie gemeente inlogdienst NAAM --issuer URL --client-id ID --terugkeer-adres URL [--naam "
    "TEKST]\n"
    "           [--client-secret-stdin] [--account-claim CLAIM] [--acr NIVEAU] [--aanmaken-bij-eerste-login\n"
    "           --organisatie ID [--team ID] [--team-claim CLAIM --teams WAARDE=TEAM_ID,...]]\n"
    "           [--rollen-claim CLAIM --rollen WAARDE=ROL,...]\n"
    "         regie gemeente inlogdienst NAAM uit";

// "a=x,b=y" → pairs; `uitleg` names what the right side should be when a part is no WAARDE=….
std::vector<std::pair<std::string, std::string>> paren_lezen(const std::string& tekst, std::string_view optie,
                                                             const std::string& uitleg) {
  std::vector<std::pair<std::string, std::string>> uit;
  std::string_view rest = tekst;
  while (!rest.empty()) {
    const auto komma = rest.find(',');
    const auto deel = rest.substr(0, komma);
    const auto is = deel.find('=');
    if (is == std::string_view::npos || is == 0 || is + 1 == deel.size())
      throw UsageError("--" + std::string{optie} + ": '" + std::string{deel} + "' is geen " + uitleg + ".");
    uit.emplace_back(std::string{deel.substr(0, is)}, std::string{deel.substr(is + 1)});
    if (komma == std::string_view::npos) break;
    rest.remove_prefix(komma + 1);
  }
  return uit;
}

// "medewerkers=regisseur,leiding=manager" → pairs; UsageError naming the wrong part.
std::vector<std::pair<std::string, domain::Gebruikersrol>> rollen_lezen(const std::string& tekst) {
  const auto uitleg = "WAARDE=ROL (rollen: " + domain::allowed_codes<domain::Gebruikersrol>() + ")";
  std::vector<std::pair<std::string, domain::Gebruikersrol>> uit;
  for (const auto& [waarde, code] : paren_lezen(tekst, "rollen", uitleg)) {
    const auto rol = domain::from_code<domain::Gebruikersrol>(code);
    if (!rol) throw UsageError("--rollen: '" + waarde + "=" + code + "' is geen " + uitleg + ".");
    uit.emplace_back(waarde, *rol);
  }
  return uit;
}

std::string oorsprong(const std::string& adres) {
  const auto url = boost::urls::parse_absolute_uri(adres);
  return url ? std::string{url->scheme()} + "://" + std::string{url->encoded_authority()} : adres;
}

}  // namespace

std::vector<OptionSpec> inlogdienst_opties() {
  return {{"issuer", true},
          {"client-id", true},
          {"terugkeer-adres", true},
          {"naam", true},
          {"client-secret-stdin", false},
          {"account-claim", true},
          {"acr", true},
          {"aanmaken-bij-eerste-login", false},
          {"team", true},
          {"team-claim", true},
          {"teams", true},
          {"rollen-claim", true},
          {"rollen", true}};
}

int inlogdienst_command(const Options& options) {
  const auto& pos = options.positional();
  const bool uit = pos.size() == 3 && pos[2] == "uit";
  if ((pos.size() != 2 && !uit) || (!uit && (!options.value("issuer") || !options.value("client-id") ||
                                             !options.value("terugkeer-adres"))))
    throw UsageError(std::string{kGebruik});
  const auto db = open_database(options, Nieuw::geweigerd);
  const service::Omgeving omgeving{*db, service::systeemklok()};
  service::Sessies sessies{omgeving, {}};
  service::OidcClient client;
  service::Inlogdiensten inlogdiensten{omgeving, sessies, client};
  const auto gemeente = gemeente_id(*db, pos[1]);
  const auto ctx = service::systeem_context(gemeente, "beheer");
  return met_invoerfouten([&] {
    if (uit) {
      std::cout << (inlogdiensten.verwijderen(ctx)
                        ? "Medewerkers van " + pos[1] + " loggen niet meer in via de eigen inlogdienst.\n"
                        : pos[1] + " had geen eigen inlogdienst ingesteld.\n");
      return kExitOk;
    }
    service::InlogdienstInvoer invoer;
    invoer.naam = options.value("naam").value_or("Inloggen via " + pos[1]);
    invoer.issuer = *options.value("issuer");
    invoer.client_id = *options.value("client-id");
    invoer.terugkeer_adres = *options.value("terugkeer-adres");
    invoer.account_claim = options.value("account-claim").value_or("preferred_username");
    invoer.acr = options.value("acr");
    invoer.aanmaken_bij_eerste_login = options.flag("aanmaken-bij-eerste-login");
    invoer.organisatie_id = options.value("organisatie");
    invoer.team_id = options.value("team");
    invoer.team_claim = options.value("team-claim");
    if (const auto teams = options.value("teams"))
      invoer.teams = paren_lezen(*teams, "teams", "WAARDE=TEAM_ID");
    invoer.rollen_claim = options.value("rollen-claim");
    if (const auto rollen = options.value("rollen")) invoer.rollen = rollen_lezen(*rollen);
    if (options.flag("client-secret-stdin")) {
      invoer.authenticatie = service::ClientAuthenticatie::client_secret_basic;
      invoer.client_secret = lees_wachtwoord();
    }
    inlogdiensten.instellen(ctx, invoer);
    const auto instelling = inlogdiensten.instelling(ctx);
    std::cout << "De inlogdienst van " << pos[1] << " is ingesteld. Registreer Regie daar met:\n"
              << "  redirect URI:             " << invoer.terugkeer_adres << '\n'
              << "  post-logout redirect URI: " << oorsprong(invoer.terugkeer_adres) << "/\n";
    if (instelling && instelling->publieke_sleutel) {
      std::cout << "  clientauthenticatie:      private_key_jwt (ES256), sleutels op "
                << oorsprong(invoer.terugkeer_adres) << "/api/v1/inlogdiensten/" << gemeente << "/sleutels\n"
                << "  publieke sleutel:         " << *instelling->publieke_sleutel << '\n';
    } else {
      std::cout << "  clientauthenticatie:      client_secret_basic\n";
    }
    return kExitOk;
  });
}

}  // namespace regie::cli
