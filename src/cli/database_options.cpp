#include "cli/database_options.hpp"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "domain/tijd.hpp"
#include "service/context.hpp"
#include "store/audit_sleutels.hpp"

namespace regie::cli {
namespace {

namespace fs = std::filesystem;

// The data directory holds the most sensitive data there is: only its owner may enter it.
void prepare_data_dir(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir)) {
    throw UsageError("De gegevensmap '" + dir.string() + "' bestaat niet en kan niet worden gemaakt.");
  }
  fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
  const fs::path probe = dir / ".schrijftest";
  if (std::ofstream{probe} << "") {
    fs::remove(probe, ec);
  } else {
    throw UsageError("In de gegevensmap '" + dir.string() + "' kan niet worden geschreven.");
  }
}

}  // namespace

const std::vector<OptionSpec> kDatabaseOptions{
    {"data-dir", true}, {"database-url", true}, {"audit-sleutels", true}};

fs::path audit_sleutelbestand(const Options& options) {
  if (const auto b = options.value_or_env("audit-sleutels", "REGIE_AUDIT_SLEUTELS")) return *b;
  return database_config(options).data_dir / "audit-sleutels";
}

std::vector<OptionSpec> met_database_opties(std::vector<OptionSpec> eigen) {
  eigen.insert(eigen.end(), kDatabaseOptions.begin(), kDatabaseOptions.end());
  return eigen;
}

store::DatabaseConfig database_config(const Options& options) {
  store::DatabaseConfig config;
  config.data_dir = options.value_or_env("data-dir", "REGIE_DATA_DIR").value_or("regie-data");
  config.url = options.value_or_env("database-url", "REGIE_DATABASE_URL").value_or("");
  return config;
}

std::unique_ptr<store::Database> open_database(const Options& options, Nieuw nieuw, unsigned pool_size,
                                               Gebruik gebruik) {
  ::umask(077);  // the database, its WAL and every backup are for the owner only
  auto config = database_config(options);
  config.pool_size = pool_size;
  config.onderhoud = gebruik == Gebruik::opdracht;
  if (config.url.empty() && nieuw == Nieuw::geweigerd && !fs::is_regular_file(config.data_dir / "regie.db")) {
    throw UsageError("In de gegevensmap '" + config.data_dir.string() +
                     "' staat geen database van Regie. Controleer --data-dir (of REGIE_DATA_DIR); alleen "
                     "serve, migrate en demo maken een nieuwe database.");
  }
  if (config.url.empty()) prepare_data_dir(config.data_dir);
  std::unique_ptr<store::Database> db;
  try {
    db = store::open_database(config);
  } catch (const store::DatabaseError& e) {
    throw UsageError("De database (" + store::describe(config) + ") kan niet worden geopend: " + e.what());
  }
  // The audit trail's keys: made with a new database (and on the first start after an upgrade), else read.
  const auto bestand = audit_sleutelbestand(options);
  try {
    if (!fs::exists(bestand) && nieuw == Nieuw::toegestaan) {
      std::error_code ec;
      fs::create_directories(bestand.parent_path().empty() ? "." : bestand.parent_path(), ec);
      store::audit_sleutels_instellen(std::make_shared<const store::AuditSleutelbos>(
          store::AuditSleutelbos::maak(bestand, domain::format_tijdstip(service::systeemklok()()))));
    } else {
      store::audit_sleutels_instellen(
          std::make_shared<const store::AuditSleutelbos>(store::AuditSleutelbos::lees(bestand)));
    }
  } catch (const std::runtime_error& e) {
    throw UsageError(
        std::string{"Regie kan zijn audit trail niet ondertekenen: "} + e.what() +
        ". Geef het bestand met --audit-sleutels (REGIE_AUDIT_SLEUTELS), of laat regie migrate het "
        "maken.");
  }
  return db;
}

}  // namespace regie::cli
