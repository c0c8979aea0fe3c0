#include <algorithm>
#include <array>
#include <iostream>
#include <string_view>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "service/errors.hpp"
#include "store/database.hpp"

namespace regie::cli {
namespace {

struct Command {
  std::string_view name;
  std::string_view summary;
  std::string_view help;
  int (*run)(const std::vector<std::string>&);
};

const std::array<Command, 12> kCommands{{
    {"advies", "Geef het regiekaartadvies voor een taxatie (JSON).",
     "Gebruik: regie advies [--invoer BESTAND]\n"
     "\n"
     "Leest een taxatie van een huishouden als JSON-object (standaard van stdin) en schrijft het advies\n"
     "van de regiekaart als JSON naar stdout: niveau, kleur, redenen, plannen, wie de regie voert,\n"
     "extra veiligheidsmaatregelen en waarschuwingen.\n"
     "\n"
     "Opties:\n"
     "  --invoer BESTAND   lees de taxatie uit BESTAND in plaats van stdin\n"
     "  --help             toon deze hulp\n"
     "\n"
     "Exitcodes: 0 advies gegeven; 2 ongeldige invoer (de melding op stderr noemt elk fout veld).\n"
     "\n"
     "Voorbeeld:\n"
     "  echo '{\"draagkracht\":\"deels_uit_balans\",\"zelfredzaamheid\":\"beperkt\",\n"
     "        \"basiszorgToereikend\":false,\"veiligheid\":\"signalen\",\n"
     "        \"ketenoverstijgendNodig\":false,\"escalatie\":\"geen\"}' | regie advies\n",
     advies_command},
    {"serve", "Start de Regie-server (API en webapp).",
     "Gebruik: regie serve [--port N] [--host ADRES] [--data-dir MAP] [--web MAP]\n"
     "\n"
     "Start de HTTP-server. Stoppen met Ctrl+C of SIGTERM: lopende verzoeken worden eerst afgemaakt.\n"
     "\n"
     "Opties (tussen haakjes de omgevingsvariabele die hetzelfde doet):\n"
     "  --port N             poort om op te luisteren, 0 = een vrije poort (REGIE_PORT, standaard 8080)\n"
     "  --host ADRES         IP-adres om op te luisteren (REGIE_HOST, standaard 127.0.0.1)\n"
     "  --read-timeout S     seconden om een verzoek te ontvangen of op het volgende te wachten\n"
     "                       (REGIE_READ_TIMEOUT, standaard 30)\n"
     "  --werkthreads N      threads die verzoeken afhandelen, en evenveel databaseverbindingen\n"
     "                       (REGIE_WERKTHREADS, 1 tot en met 256, standaard 16)\n"
     "  --data-dir MAP       map voor de gegevens (REGIE_DATA_DIR, standaard ./regie-data)\n"
     "  --database-url URL   PostgreSQL in plaats van SQLite (REGIE_DATABASE_URL)\n"
     "  --achter-https-proxy de server staat achter een proxy die HTTPS afhandelt: vertrouw X-Forwarded-For\n"
     "                       en -Proto en zet Secure op de sessiecookie (REGIE_ACHTER_HTTPS_PROXY=1)\n"
     "  --web MAP            de gebouwde webapp (REGIE_WEB, standaard web/dist in de broncode waaruit\n"
     "                       regie gebouwd is; ontbreekt die, dan alleen de API)\n"
     "  --monitoring-interval M  minuten tussen twee keer de monitoringcijfers bijwerken; 0 = nooit\n"
     "                       (REGIE_MONITORING_INTERVAL, standaard 15; ook bij het starten)\n"
     "  --smtp-url URL       mailserver (smtp:// met STARTTLS, of smtps://) om medewerkers te laten weten\n"
     "                       dat er iets voor hen klaarstaat (REGIE_SMTP_URL; zonder: geen e-mail). De\n"
     "                       e-mail noemt geen huishouden of persoon. Inloggen bij de mailserver met\n"
     "                       REGIE_SMTP_GEBRUIKER en REGIE_SMTP_WACHTWOORD\n"
     "  --smtp-afzender ADRES  afzender van die e-mail (REGIE_SMTP_AFZENDER)\n"
     "  --adres URL          waar medewerkers Regie openen, genoemd in de e-mail (REGIE_ADRES)\n"
     "  --metrics-token-bestand BESTAND  zet /metrics (Prometheus) aan, alleen te lezen met het token\n"
     "                       in dit bestand als bearer-token (REGIE_METRICS_TOKEN_BESTAND; zonder: uit)\n"
     "  --help               toon deze hulp\n"
     "\n"
     "Bij het starten worden ontbrekende databasemigraties toegepast.\n",
     serve_command},
    {"migrate", "Breng het databaseschema bij (gebeurt ook bij het starten).",
     "Gebruik: regie migrate [--data-dir MAP] [--database-url URL]\n"
     "\n"
     "Past de databasemigraties toe die nog ontbreken, in één transactie, en toont de schemaversie.\n"
     "\n"
     "Opties:\n"
     "  --data-dir MAP       map voor de gegevens (REGIE_DATA_DIR, standaard ./regie-data)\n"
     "  --database-url URL   PostgreSQL in plaats van SQLite (REGIE_DATABASE_URL)\n",
     migrate_command},
    {"demo", "Vul een lege database met een fictieve demogemeente.",
     "Gebruik: regie demo [--indien-leeg] [--data-dir MAP] [--database-url URL]\n"
     "\n"
     "Maakt de fictieve gemeente Zuiderveen aan met vijf organisaties, veertien medewerkers met\n"
     "verschillende competentieprofielen en 25 huishoudens op alle niveaus en in alle fasen, met\n"
     "plannen, signalen, een escalatie en geschiedenis. Buurgemeente Noorderhaven contracteert het\n"
     "regionale Zorg- en Veiligheidshuis ook. Alle namen en gegevens zijn verzonnen.\n"
     "Toont daarna de demologins.\n"
     "\n"
     "Opties:\n"
     "  --indien-leeg        alleen in een lege database; anders niets doen (of, als de demo er al\n"
     "                       staat, de logins tonen) — zo gebruikt make run het\n"
     "  --data-dir MAP       map voor de gegevens (REGIE_DATA_DIR, standaard ./regie-data)\n"
     "  --database-url URL   PostgreSQL in plaats van SQLite (REGIE_DATABASE_URL)\n",
     demo_command},
    {"backup", "Maak een back-up van de SQLite-database terwijl Regie draait.",
     "Gebruik: regie backup NIEUWE_MAP [--data-dir MAP]\n"
     "\n"
     "Kopieert de gegevens (regie.db) en het logboek (logboek.db) met de online back-up van SQLite naar\n"
     "NIEUWE_MAP (die nog niet mag bestaan); de server kan blijven draaien. Voor PostgreSQL toont de\n"
     "opdracht hoe u pg_dump gebruikt.\n",
     backup_command},
    {"monitoring", "Werk de monitoringcijfers van elke gemeente bij.",
     "Gebruik: regie monitoring verversen [--data-dir MAP] [--database-url URL]\n"
     "\n"
     "Telt de cijfers voor de dashboards opnieuw uit de huishoudens (zonder namen of ids). De server doet\n"
     "dit ook zelf, bij het starten en daarna elke 15 minuten.\n",
     monitoring_command},
    {"meldingen", "Laat medewerkers per e-mail weten dat er iets voor hen klaarstaat.",
     "Gebruik: regie meldingen mailen --smtp-url URL --smtp-afzender ADRES [--adres URL]\n"
     "                              [--data-dir MAP] [--database-url URL]\n"
     "\n"
     "Stuurt elke medewerker met ongelezen meldingen waarover nog niet gemaild is één e-mail, hooguit\n"
     "eens per uur, als hij een e-mailadres heeft en de e-mail niet heeft uitgezet. De e-mail zegt alleen\n"
     "dat er iets klaarstaat. De server doet dit zelf elke 5 minuten als een mailserver is ingesteld.\n"
     "Omgevingsvariabelen: REGIE_SMTP_URL, REGIE_SMTP_AFZENDER, REGIE_SMTP_GEBRUIKER,\n"
     "REGIE_SMTP_WACHTWOORD, REGIE_ADRES.\n"
     "\n"
     "Exitcodes: 0 alles verstuurd; 1 een of meer e-mails niet (die gaan mee met de volgende ronde).\n",
     meldingen_command},
    {"audit", "Controleer of de audit trail en het verwerkingenlogboek onaangetast zijn.",
     "Gebruik: regie audit verify [--data-dir MAP] [--database-url URL]\n"
     "\n"
     "Loopt elke hashketen van de audit trail en van het verwerkingenlogboek na. Een gewijzigde of\n"
     "verwijderde regel wordt gemeld met het logboek, de gemeente en het volgnummer.\n"
     "\n"
     "Exitcodes: 0 in orde; 1 aangetast; 2 verkeerd gebruik.\n",
     audit_command},
    {"gebruiker", "Beheer inlogaccounts (toevoegen, wachtwoord, blokkeren).",
     "Gebruik:\n"
     "  regie gebruiker toevoegen GEBRUIKERSNAAM --medewerker MEDEWERKER_ID\n"
     "  regie gebruiker wachtwoord GEBRUIKERSNAAM\n"
     "  regie gebruiker blokkeren GEBRUIKERSNAAM\n"
     "  regie gebruiker deblokkeren GEBRUIKERSNAAM\n"
     "\n"
     "Het wachtwoord (minstens 12 tekens) wordt gevraagd zonder het te tonen, of gelezen van de eerste "
     "regel\n"
     "van stdin. Het wordt opgeslagen als Argon2id-hash. Een nieuw wachtwoord of een blokkade beëindigt de\n"
     "lopende sessies van die gebruiker.\n"
     "\n"
     "Opties: --data-dir MAP, --database-url URL (zoals bij regie serve).\n",
     gebruiker_command},
    {"gemeente", "Richt een gemeente in; contracteer regionale organisaties.",
     "Gebruik: regie gemeente aanmaken NAAM --organisatie ORGANISATIE --beheerder NAAM --gebruikersnaam "
     "NAAM\n"
     "         regie gemeente contracteren NAAM --organisatie ORGANISATIE_ID [--sinds JJJJ-MM-DD]\n"
     "         regie gemeente contract-beeindigen NAAM --organisatie ORGANISATIE_ID\n"
     "         regie gemeente tweede-factor NAAM aan|uit\n"
     "         regie gemeente inlogdienst NAAM --issuer URL --client-id ID --terugkeer-adres URL [opties]\n"
     "         regie gemeente inlogdienst NAAM uit\n"
     "\n"
     "aanmaken: maakt de gemeente aan met eigen hashketens in de logboeken, de organisatie van de gemeente "
     "(lokaal\n"
     "team) en een beheerder met inlogaccount. Het wachtwoord wordt gevraagd (of gelezen van stdin). Daarna\n"
     "richt de beheerder via de API organisaties, teams en medewerkers in.\n"
     "contracteren: de gemeente contracteert een organisatie die in een andere gemeente van de regio is\n"
     "ingeschreven (zoals Veilig Thuis of het Zorg- en Veiligheidshuis). Haar medewerkers kunnen dan in "
     "deze\n"
     "gemeente werken, onder haar regels, cijfers en audit; in de webapp kiezen zij hun werkgemeente.\n"
     "tweede-factor: of medewerkers inloggen met een code uit een app naast hun wachtwoord. Standaard aan;\n"
     "wie nog geen app heeft, stelt die bij de volgende inlog in. Zet het alleen uit voor een demo- of\n"
     "oefenomgeving (de demo doet dat zelf). De beheerder kan het ook in de webapp onder Beheer.\n"
     "inlogdienst: medewerkers loggen in via de eigen inlogdienst (OpenID Connect) van de gemeente. Regie\n"
     "meldt zich daar met een eigen sleutel (private_key_jwt), of met een clientgeheim van stdin\n"
     "(--client-secret-stdin). --terugkeer-adres is het adres van Regie met /api/v1/inlogdiensten/terugkeer\n"
     "erachter. --account-claim (standaard preferred_username) noemt de gebruikersnaam; --acr eist een\n"
     "betrouwbaarheidsniveau. Met --aanmaken-bij-eerste-login --organisatie ID [--team ID] krijgt een\n"
     "onbekende medewerker bij zijn eerste inlog een account; --team-claim met --teams WAARDE=TEAM_ID,...\n"
     "kiest zijn team (en organisatie) naar een claim. Met --rollen-claim en --rollen WAARDE=ROL,...\n"
     "bepaalt de inlogdienst de rollen, bij elke inlog. Zie de README (Logging in through the gemeente's\n"
     "identity provider).\n",
     gemeente_command},
    {"token", "API-tokens voor koppelingen: aanmaken, tonen en intrekken.",
     "Gebruik: regie token aanmaken --gemeente NAAM --naam OMSCHRIJVING --scope adviezen [--dagen N]\n"
     "         regie token lijst --gemeente NAAM\n"
     "         regie token intrekken ID --gemeente NAAM\n"
     "\n"
     "Aanmaken toont het token één keer; de database bewaart alleen de hash. Een koppeling stuurt het mee\n"
     "als 'Authorization: Bearer TOKEN' en kan alleen de routes van zijn scope gebruiken. Een token "
     "verloopt\n"
     "na --dagen dagen (standaard 90, hoogstens 365). 'lijst' toont id, naam, scope en tot wanneer het\n"
     "geldt; 'intrekken' maakt een token meteen onbruikbaar.\n"
     "\n"
     "Opties: --data-dir MAP, --database-url URL (zoals bij regie serve).\n",
     token_command},
    {"bench-data", "Vul een database op landelijke schaal voor de belastingtest.",
     "Gebruik: regie bench-data --huishoudens N [--medewerkers M] [--seed S] [--data-dir MAP]\n"
     "                         [--database-url URL]\n"
     "\n"
     "Maakt de verzonnen gemeente Benchstad aan met M medewerkers (standaard 500) en N huishoudens met\n"
     "gezinsleden, netwerk, betrokken professionals, regisseurs, een taxatie met niveaubesluit, een\n"
     "auditregel, en voor de lopende huishoudens (2%) plannen, maatregelen en escalaties. De rest is\n"
     "afgesloten geschiedenis. Toont de voortgang op stderr. Bedoeld voor bench/load/run, niet voor\n"
     "een database met echte gegevens.\n",
     bench_data_command},
}};

void print_overview(std::ostream& out) {
  out << "Regie: werkomgeving voor regisseurs volgens 1Gezin1Plan1Regisseur.\n\n"
         "Gebruik: regie <opdracht> [opties]\n\nOpdrachten:\n";
  for (const auto& c : kCommands) {
    out << "  " << c.name << std::string(12 - c.name.size(), ' ') << c.summary << '\n';
  }
  out << "\nMeer over een opdracht: regie <opdracht> --help\nVersie: regie --version\n";
}

}  // namespace

int run(int argc, char** argv) {
  const std::vector<std::string> args(argv + std::min(argc, 1), argv + argc);
  if (args.empty()) {
    print_overview(std::cerr);
    return kExitUsage;
  }
  const std::string& first = args.front();
  if (first == "--help" || first == "-h" || first == "help") {
    print_overview(std::cout);
    return kExitOk;
  }
  if (first == "--version") {
    std::cout << "regie " << REGIE_VERSION << '\n';
    return kExitOk;
  }
  const auto* command = std::ranges::find(kCommands, std::string_view{first}, &Command::name);
  if (command == kCommands.end()) {
    std::cerr << "regie: onbekende opdracht '" << first << "'.\n\n";
    print_overview(std::cerr);
    return kExitUsage;
  }
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (std::ranges::find(rest, "--help") != rest.end() || std::ranges::find(rest, "-h") != rest.end()) {
    std::cout << command->help;
    return kExitOk;
  }
  try {
    return command->run(rest);
  } catch (const UsageError& e) {
    std::cerr << "regie " << command->name << ": " << e.what() << "\nZie: regie " << command->name
              << " --help\n";
    return kExitUsage;
  } catch (const service::BadRequest& e) {
    std::cerr << "regie " << command->name << ": " << e.what() << '\n';
    for (const auto& p : e.invalid_params()) std::cerr << "  - " << p.name << ": " << p.reason << '\n';
    return kExitUsage;
  } catch (const service::Error& e) {
    std::cerr << "regie " << command->name << ": " << e.what() << '\n';
    return kExitFailure;
  } catch (const store::DatabaseError& e) {
    // Technical detail, no personal data: the store's messages name tables and constraints only.
    std::cerr << "regie " << command->name << ": databasefout: " << e.what() << '\n';
    return kExitFailure;
  }
}

}  // namespace regie::cli
