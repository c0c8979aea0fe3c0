// `regie demo`: the fictitious demo gemeente, and the logins to try it with.

#include <chrono>
#include <iomanip>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/database_options.hpp"
#include "cli/demo/demo_gemeente.hpp"
#include "cli/demo/demo_personen.hpp"
#include "cli/demo/demo_portaal.hpp"

namespace regie::cli {
namespace {

void toon_voortgang(int gedaan, int totaal) {
  static int vorig_procent = -1;
  const int procent = totaal == 0 ? 100 : gedaan * 100 / totaal;
  if (procent == vorig_procent) return;
  vorig_procent = procent;
  constexpr int kBreedte = 30;
  const int gevuld = totaal == 0 ? kBreedte : gedaan * kBreedte / totaal;
  std::cerr << "\rDemogemeente opbouwen [" << std::string(static_cast<std::size_t>(gevuld), '#')
            << std::string(static_cast<std::size_t>(kBreedte - gevuld), '.') << "] " << std::setw(3)
            << procent << "%" << (gedaan == totaal ? "\n" : "") << std::flush;
}

void toon_logins() {
  std::cout << "\nDemologins (wachtwoord voor iedereen: " << demo::kWachtwoord << "):\n";
  for (const auto& l : demo::logins()) {
    std::cout << "  " << std::left << std::setw(10) << l.gebruikersnaam << std::setw(18) << l.naam
              << std::setw(46) << l.rollen << l.organisatie << '\n';
  }
  std::cout
      << "Alle personen en huishoudens zijn verzonnen.\n"
         "Alleen in deze demo staat de tweede factor (code uit een app) uit; een nieuwe gemeente vraagt\n"
         "hem wel. Aanzetten: regie gemeente tweede-factor "
      << demo::kGemeente << " aan\n";
}

}  // namespace

int demo_command(const std::vector<std::string>& args) {
  const Options options{args, met_database_opties({{"indien-leeg", false}})};
  const auto db = open_database(options, Nieuw::toegestaan);
  if (!demo::database_is_leeg(*db)) {
    const bool demo_bestaat = demo::bestaat(*db);
    if (!options.flag("indien-leeg")) {
      throw UsageError(
          demo_bestaat
              ? "De demogemeente " + std::string{demo::kGemeente} +
                    " bestaat al in deze database. Gebruik een lege gegevensmap."
              : std::string{"Deze database bevat al gegevens; de demo komt alleen in een lege database."});
    }
    if (demo_bestaat) {
      std::cout << "Demogemeente " << demo::kGemeente << " staat al klaar.\n";
      toon_logins();
    }
    return kExitOk;
  }
  demo::maak(*db, std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now()),
             toon_voortgang);
  std::cout << "Demogemeente " << demo::kGemeente << " is aangemaakt: " << demo::organisaties().size()
            << " organisaties, " << demo::medewerkers().size()
            << " medewerkers, 25 huishoudens. Buurgemeente " << demo::kBuurgemeente
            << " contracteert het regionale Zorg- en Veiligheidshuis ook.\n";
  toon_logins();
  if (const auto uitnodiging = demo::portaal_uitnodiging(
          *db, std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now()))) {
    std::cout
        << "\nHet huishouden zelf: " << uitnodiging->voornaam << " (" << uitnodiging->huishouden
        << ") is uitgenodigd met code " << uitnodiging->code
        << ".\nOpen /portaal/uitnodiging, houd een app voor inlogcodes bij de hand (of oathtool). De code "
           "werkt één keer en 7 dagen.\n";
  }
  return kExitOk;
}

}  // namespace regie::cli
