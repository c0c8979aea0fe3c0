#pragma once
// The options every command that uses the database shares: --data-dir and --database-url (or
// REGIE_DATA_DIR and REGIE_DATABASE_URL). Without a URL: SQLite in the data directory.

#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

#include "cli/options.hpp"
#include "store/database.hpp"

namespace regie::cli {

extern const std::vector<OptionSpec> kDatabaseOptions;
inline constexpr std::string_view kDatabaseHelp =
    "  --data-dir MAP       map voor de gegevens (REGIE_DATA_DIR, standaard ./regie-data)\n"
    "  --database-url URL   PostgreSQL in plaats van SQLite, bv. 'host=db.example port=5432 dbname=regie'\n"
    "                       (REGIE_DATABASE_URL)\n"
    "  --audit-sleutels BESTAND  sleutels van de audit trail (REGIE_AUDIT_SLEUTELS, standaard\n"
    "                       MAP/audit-sleutels); bewaar ze buiten de database\n";

std::vector<OptionSpec> met_database_opties(std::vector<OptionSpec> eigen);
store::DatabaseConfig database_config(const Options& options);
std::filesystem::path audit_sleutelbestand(const Options& options);

// Whether a command may start a new database. Only `serve`, `migrate`, `demo` (and `bench-data`, which fills
// a directory of its own) do; a command that reads one refuses a data directory without it, so that a typo
// in --data-dir is an error instead of an empty database reported as fine.
enum class Nieuw { toegestaan, geweigerd };

// Who uses the database: the server, whose statements are cut off when they take too long, or a command-line
// job that may run as long as its work takes (store::DatabaseConfig::onderhoud).
enum class Gebruik { server, opdracht };

// Creates the data directory (owner-only) when SQLite is used and that is allowed, opens the database and
// applies the migrations. Throws UsageError with a Dutch message when that fails.
std::unique_ptr<store::Database> open_database(const Options& options, Nieuw nieuw, unsigned pool_size = 4,
                                               Gebruik gebruik = Gebruik::opdracht);

}  // namespace regie::cli
