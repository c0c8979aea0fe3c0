#pragma once
// Numbered SQL migrations per backend (src/store/migrations/<backend>/NNNN_name.sql), embedded in the
// binary and applied in one transaction at start-up and by `regie migrate`.

#include <string_view>
#include <vector>

#include "store/database.hpp"

namespace regie::store {

struct Migration {
  int versie;
  std::string_view naam;
  std::string_view sql;
};

const std::vector<Migration>& sqlite_migrations();
const std::vector<Migration>& postgres_migrations();
const std::vector<Migration>& logboek_sqlite_migrations();  // the log store's own file (ADR 0023)

struct MigrateResult {
  std::vector<int> toegepast;  // versions applied now
  int versie = 0;              // the schema version afterwards
};

// Applies what is missing, on SQLite to the data file and then the log store's. Refuses (DatabaseError) a
// database whose schema is newer than this program.
MigrateResult migrate(Database& db);

}  // namespace regie::store
