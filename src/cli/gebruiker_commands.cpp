// `regie gebruiker …` and `regie token …`: accounts and integration tokens from the command line.

#include <chrono>
#include <iostream>
#include <optional>

#include "cli/cli_hulp.hpp"
#include "cli/commands.hpp"
#include "cli/database_options.hpp"
#include "cli/inlogdienst_command.hpp"
#include "domain/huishouden.hpp"
#include "domain/tijd.hpp"
#include "service/accountbeheer.hpp"
#include "service/beheer.hpp"
#include "service/sessies.hpp"
#include "store/beheer_store.hpp"

namespace regie::cli {
int gebruiker_command(const std::vector<std::string>& args) {
  const Options options{args, met_database_opties({{"medewerker", true}}), 2};
  const auto& pos = options.positional();
  if (pos.empty()) throw UsageError("Kies toevoegen, wachtwoord, blokkeren of deblokkeren.");
  const auto db = open_database(options, Nieuw::geweigerd);
  service::Omgeving omgeving{*db, service::systeemklok()};
  return met_invoerfouten([&] {
    if (pos[0] == "toevoegen") {
      if (pos.size() != 2 || !options.value("medewerker")) {
        throw UsageError("Gebruik: regie gebruiker toevoegen GEBRUIKERSNAAM --medewerker MEDEWERKER_ID");
      }
      const auto medewerker = *options.value("medewerker");
      const auto gemeente =
          db->read([&](store::Tx& tx) { return store::medewerker_gemeente(tx, medewerker); });
      if (!gemeente) throw UsageError("Deze medewerker bestaat niet.");
      service::Beheer beheer{omgeving};
      beheer.gebruiker_aanmaken(service::systeem_context(*gemeente, "beheer"), medewerker, pos[1],
                                lees_wachtwoord());
      std::cout << "Gebruiker " << pos[1] << " is aangemaakt.\n";
      return kExitOk;
    }
    if (pos.size() != 2) throw UsageError("Gebruik: regie gebruiker " + pos[0] + " GEBRUIKERSNAAM");
    service::Sessies sessies{omgeving, {}};
    if (pos[0] == "wachtwoord") {
      sessies.wachtwoord_zetten(pos[1], lees_wachtwoord());
      std::cout << "Het wachtwoord is gewijzigd; lopende sessies van " << pos[1] << " zijn beëindigd.\n";
    } else if (pos[0] == "blokkeren" || pos[0] == "deblokkeren") {
      sessies.blokkeren(pos[1], pos[0] == "blokkeren");
      std::cout << "Gebruiker " << pos[1]
                << (pos[0] == "blokkeren" ? " is geblokkeerd.\n" : " kan weer inloggen.\n");
    } else {
      throw UsageError("Onbekende opdracht '" + pos[0] + "'.");
    }
    return kExitOk;
  });
}

// A gemeente contracts, or stops contracting, an organisation registered in another gemeente (DOMAIN.md §6).
int contract_command(const Options& options) {
  const auto& pos = options.positional();
  if (pos.size() != 2 || !options.value("organisatie")) {
    throw UsageError("Gebruik: regie gemeente " + pos[0] + " NAAM --organisatie ORGANISATIE_ID" +
                     (pos[0] == "contracteren" ? " [--sinds JJJJ-MM-DD]" : ""));
  }
  std::optional<domain::Datum> sinds;
  if (const auto tekst = options.value("sinds")) {
    sinds = domain::parse_datum(*tekst);
    if (!sinds) throw UsageError("Geef --sinds als JJJJ-MM-DD.");
  }
  const auto db = open_database(options, Nieuw::geweigerd);
  service::Beheer beheer{{*db, service::systeemklok()}};
  const auto ctx = service::systeem_context(gemeente_id(*db, pos[1]), "inrichting");
  return met_invoerfouten([&] {
    if (pos[0] == "contracteren") {
      beheer.contract_vastleggen(
          ctx, *options.value("organisatie"),
          sinds.value_or(std::chrono::floor<std::chrono::days>(service::systeemklok()())));
      std::cout << "Gemeente " << pos[1] << " contracteert nu deze organisatie; haar medewerkers kunnen in "
                << pos[1] << " werken.\n";
    } else {
      beheer.contract_beeindigen(ctx, *options.value("organisatie"));
      std::cout << "Het contract is beëindigd.\n";
    }
    return kExitOk;
  });
}

// Whether the gemeente asks a second factor of its professionals: on unless turned off (demo, training).
int tweede_factor_command(const Options& options) {
  const auto& pos = options.positional();
  if (pos.size() != 3 || (pos[2] != "aan" && pos[2] != "uit"))
    throw UsageError("Gebruik: regie gemeente tweede-factor NAAM aan|uit");
  const auto db = open_database(options, Nieuw::geweigerd);
  service::Accountbeheer accountbeheer{{*db, service::systeemklok()}};
  accountbeheer.tweede_factor_verplichten(service::systeem_context(gemeente_id(*db, pos[1]), "beheer"),
                                          pos[2] == "aan");
  std::cout << (pos[2] == "aan"
                    ? "Medewerkers van " + pos[1] +
                          " loggen voortaan in met een tweede factor; wie nog geen app "
                          "heeft, stelt die bij de volgende inlog in.\n"
                    : "Medewerkers van " + pos[1] +
                          " loggen voortaan in zonder tweede factor. Doe dit alleen voor een demo- of "
                          "oefenomgeving.\n");
  return kExitOk;
}

int gemeente_command(const std::vector<std::string>& args) {
  auto opties = inlogdienst_opties();
  opties.insert(opties.end(),
                {{"organisatie", true}, {"beheerder", true}, {"gebruikersnaam", true}, {"sinds", true}});
  const Options options{args, met_database_opties(opties), 3};
  const auto& pos = options.positional();
  if (!pos.empty() && pos[0] == "inlogdienst") return inlogdienst_command(options);
  if (!pos.empty() && (pos[0] == "contracteren" || pos[0] == "contract-beeindigen"))
    return contract_command(options);
  if (!pos.empty() && pos[0] == "tweede-factor") return tweede_factor_command(options);
  if (pos.size() != 2 || pos[0] != "aanmaken" || !options.value("organisatie") ||
      !options.value("beheerder") || !options.value("gebruikersnaam")) {
    throw UsageError(
        "Gebruik: regie gemeente aanmaken NAAM --organisatie ORGANISATIE --beheerder NAAM --gebruikersnaam "
        "NAAM");
  }
  const auto db = open_database(options, Nieuw::geweigerd);
  service::Beheer beheer{{*db, service::systeemklok()}};
  try {
    const auto wachtwoord = lees_wachtwoord();
    const auto gemeente = beheer.gemeente_aanmaken(pos[1]);
    const auto ctx = service::systeem_context(gemeente, "inrichting");
    const auto organisatie = beheer.organisatie_aanmaken(
        ctx, {*options.value("organisatie"), {domain::Partij::lokaal_team}, {}, {}});
    const auto medewerker = beheer.medewerker_aanmaken(
        ctx, {organisatie, {}, {}, *options.value("beheerder"), "", "", {domain::Gebruikersrol::beheerder}});
    beheer.gebruiker_aanmaken(ctx, medewerker, *options.value("gebruikersnaam"), wachtwoord);
    std::cout << "Gemeente " << pos[1] << " is aangemaakt (id " << gemeente << "), met organisatie "
              << organisatie << " en beheerder " << *options.value("gebruikersnaam") << " (medewerker "
              << medewerker << ").\n";
    return kExitOk;
  } catch (const service::BadRequest& e) {
    meld_fout(e);
    return kExitUsage;
  } catch (const service::Conflict& e) {
    meld_fout(e);
    return kExitUsage;
  }
}

std::vector<store::ApiTokenRecord> alle_tokens(service::Sessies& sessies, const service::Context& ctx) {
  std::vector<store::ApiTokenRecord> alle;
  for (int nummer = 1;; ++nummer) {
    auto pagina = sessies.api_tokens(ctx, {nummer, service::kMaxPaginaGrootte});
    alle.insert(alle.end(), pagina.items.begin(), pagina.items.end());
    if (pagina.items.empty() || static_cast<std::int64_t>(alle.size()) >= pagina.totaal) return alle;
  }
}

int token_command(const std::vector<std::string>& args) {
  const Options options{
      args, met_database_opties({{"gemeente", true}, {"naam", true}, {"scope", true}, {"dagen", true}}), 2};
  const auto& pos = options.positional();
  const std::string actie = pos.empty() ? "" : pos[0];
  if (!(actie == "aanmaken" && pos.size() == 1) && !(actie == "lijst" && pos.size() == 1) &&
      !(actie == "intrekken" && pos.size() == 2)) {
    throw UsageError("Kies 'aanmaken', 'lijst' of 'intrekken ID'; 'regie token --help' legt ze uit.");
  }
  if (!options.value("gemeente")) throw UsageError("Geef --gemeente op.");
  if (actie == "aanmaken" && (!options.value("naam") || !options.value("scope"))) {
    throw UsageError("Geef --naam en --scope op.");
  }
  std::optional<int> dagen;
  if (const auto d = options.value("dagen")) {
    try {
      dagen = std::stoi(*d);
    } catch (const std::exception&) {
      throw UsageError("--dagen is een aantal dagen, bijvoorbeeld 90.");
    }
  }
  const auto db = open_database(options, Nieuw::geweigerd);
  service::Sessies sessies{{*db, service::systeemklok()}, {}};
  const auto ctx = service::systeem_context(gemeente_id(*db, *options.value("gemeente")), "beheer");
  try {
    if (actie == "aanmaken") {
      const auto nieuw =
          sessies.api_token_aanmaken(ctx, *options.value("naam"), {*options.value("scope")}, dagen);
      std::cout << nieuw.token << '\n';
      std::cerr
          << "Bewaar dit token nu: het wordt nergens anders getoond (de database kent alleen de hash).\n";
    } else if (actie == "lijst") {
      // Never the secret: the database has only its hash.
      for (const auto& t : alle_tokens(sessies, ctx)) {
        std::string scopes;
        for (const auto& s : t.scopes) scopes += (scopes.empty() ? "" : ",") + s;
        std::cout << t.id << "  " << t.naam << "  scope " << scopes << "  aangemaakt "
                  << t.aangemaakt_op.substr(0, 10) << "  "
                  << (t.ingetrokken_op ? "ingetrokken " + t.ingetrokken_op->substr(0, 10)
                                       : "verloopt " + t.verloopt_op.substr(0, 10))
                  << '\n';
      }
    } else {
      sessies.api_token_intrekken(ctx, pos[1]);
      std::cout << "Token " << pos[1] << " is ingetrokken: het geeft vanaf nu geen toegang meer.\n";
    }
    return kExitOk;
  } catch (const service::Error& e) {  // a wrong field, an unknown or an already revoked token
    meld_fout(e);
    return kExitUsage;
  }
}

}  // namespace regie::cli
