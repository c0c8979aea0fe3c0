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
  if (options.positional().size() != 1) throw UsageError("Geef de nieuwe map op waarin de back-up komt.");
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
    throw UsageError("'" + target.string() + "' bestaat al; kies een nieuwe map.");
  auto db = open_database(options, Nieuw::geweigerd);
  namespace fs = std::filesystem;
  try {
    fs::create_directory(target);
    fs::permissions(target, fs::perms::owner_all, fs::perm_options::replace);
    // The data first, then the log store: every change in the copied data then has its log lines in the
    // copied log store, or in the copied queue that the first start moves there.
    dynamic_cast<store::SqliteDatabase&>(*db).backup_to(target / "regie.db");
    dynamic_cast<store::SqliteDatabase&>(db->logboek()).backup_to(target / "logboek.db");
  } catch (const std::exception& e) {
    std::cerr << "regie backup: mislukt: " << e.what() << '\n';
    return kExitFailure;
  }
  for (const auto* naam : {"regie.db", "logboek.db"}) {
    fs::permissions(target / naam, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
  }
  std::cout << "Back-up geschreven naar de map " << target.string()
            << " (regie.db en logboek.db, alleen leesbaar voor de eigenaar).\n";
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
  const auto v = service::logboeken_verifieren(*db);
  if (v.problemen.empty()) {
    std::cout << "Audit trail en verwerkingenlogboek in orde: " << v.gecontroleerd
              << " regels gecontroleerd, geen wijzigingen of gaten";
    if (v.ongesleuteld > 0)
      std::cout << " (" << v.ongesleuteld << " regels van vóór de sleutels, met alleen SHA-256)";
    std::cout << ".\n";
    return kExitOk;
  }
  std::cout << "De logboeken zijn aangetast (" << v.problemen.size() << " bevinding(en), " << v.gecontroleerd
            << " regels gecontroleerd):\n";
  for (const auto& p : v.problemen) {
    std::cout << "  " << (p.logboek == "audit" ? "audit trail" : "verwerkingenlogboek") << ", gemeente "
              << p.gemeente_id << ", volgnummer " << p.volgnummer << ": " << p.probleem << '\n';
  }
  return kExitFailure;
}

}  // namespace regie::cli
