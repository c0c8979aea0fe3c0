// `regie migrate`, `regie backup` and `regie audit verify`: the database from the command line.

#include <chrono>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/database_options.hpp"
#include "domain/tijd.hpp"
#include "service/context.hpp"
#include "service/monitoring.hpp"
#include "service/toegangslog.hpp"
#include "store/audit_sleutels.hpp"
#include "store/migrations.hpp"
#include "store/sqlite/sqlite_database.hpp"

namespace regie::cli {

int migrate_command(const std::vector<std::string>& args) {
  const Options options{args, kDatabaseOptions};
  const auto db = open_database(options, Nieuw::toegestaan);  // applies what is missing
  const auto result = store::migrate(*db);
  std::cout << "Database: " << store::describe(database_config(options))
            << "\nSchemaversie: " << result.versie << " (bijgewerkt)\n";
  return kExitOk;
}

int backup_command(const std::vector<std::string>& args) {
  const Options options{args, kDatabaseOptions, 1};
  if (options.positional().size() != 1) throw UsageError("Geef het bestand op waarin de back-up komt.");
  const std::filesystem::path target = options.positional()[0];
  const auto config = database_config(options);
  if (!config.url.empty()) {
    std::cerr
        << "regie backup: voor PostgreSQL maakt u een back-up met de eigen gereedschappen, bijvoorbeeld:\n"
           "  pg_dump --format=custom --file=regie.dump \"<uw REGIE_DATABASE_URL>\"\n"
           "en zet u hem terug met pg_restore.\n";
    return kExitUsage;
  }
  if (std::filesystem::exists(target))
    throw UsageError("Het bestand '" + target.string() + "' bestaat al; kies een nieuw bestand.");
  auto db = open_database(options, Nieuw::geweigerd);
  auto& sqlite = dynamic_cast<store::SqliteDatabase&>(*db);
  try {
    sqlite.backup_to(target);
  } catch (const store::DatabaseError& e) {
    std::cerr << "regie backup: mislukt: " << e.what() << '\n';
    return kExitFailure;
  }
  std::filesystem::permissions(target,
                               std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                               std::filesystem::perm_options::replace);
  std::cout << "Back-up geschreven naar " << target.string() << " (alleen leesbaar voor de eigenaar).\n";
  return kExitOk;
}

int monitoring_command(const std::vector<std::string>& args) {
  const Options options{args, kDatabaseOptions, 1};
  if (options.positional().size() != 1 || options.positional()[0] != "verversen") {
    throw UsageError("Gebruik: regie monitoring verversen");
  }
  const auto db = open_database(options, Nieuw::geweigerd);
  service::Monitoring monitoring{service::Omgeving{*db, service::systeemklok()}};
  const auto begin = std::chrono::steady_clock::now();
  const int gemeenten = monitoring.alles_verversen();
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - begin);
  std::cout << "Monitoringcijfers bijgewerkt voor " << gemeenten << " gemeente(n) in " << ms.count()
            << " ms.\n";
  return kExitOk;
}

int audit_command(const std::vector<std::string>& args) {
  const Options options{args, kDatabaseOptions, 1};
  const auto& pos = options.positional();
  if (pos.size() != 1 || (pos[0] != "verify" && pos[0] != "sleutel-nieuw")) {
    throw UsageError("Gebruik: regie audit verify | regie audit sleutel-nieuw");
  }
  const auto db = open_database(options, Nieuw::geweigerd);
  if (pos[0] == "sleutel-nieuw") {
    const auto id = store::AuditSleutelbos::roteer(audit_sleutelbestand(options),
                                                   domain::format_tijdstip(service::systeemklok()()));
    std::cout
        << "Nieuwe sleutel " << id << " toegevoegd aan " << audit_sleutelbestand(options).string()
        << ": nieuwe regels worden daarmee ondertekend; de oude sleutels blijven nodig om te controleren.\n";
    return kExitOk;
  }
  const auto v = service::audit_verifieren(*db);
  if (v.problemen.empty()) {
    std::cout << "Audit trail in orde: " << v.gecontroleerd
              << " regels gecontroleerd, geen wijzigingen of gaten";
    if (v.ongesleuteld > 0)
      std::cout << " (" << v.ongesleuteld << " regels van vóór de sleutels, met alleen SHA-256)";
    std::cout << ".\n";
    return kExitOk;
  }
  std::cout << "De audit trail is aangetast (" << v.problemen.size() << " bevinding(en), " << v.gecontroleerd
            << " regels gecontroleerd):\n";
  for (const auto& p : v.problemen) {
    std::cout << "  gemeente " << p.gemeente_id << ", volgnummer " << p.volgnummer << ": " << p.probleem
              << '\n';
  }
  return kExitFailure;
}

}  // namespace regie::cli
