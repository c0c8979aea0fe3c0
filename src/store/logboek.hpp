#pragma once
// The log store's front door (ADR 0023). What a use case's run leaves there: its audit rows (who, role,
// purpose: the user side) and, derived from them, the processing log's lines (one per data subject). On
// PostgreSQL the log store is the same database; on SQLite it is a file of its own (logboek.db) with its own
// writer, so that logging a read never commits to the data file and its readers keep a warm cache.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "store/audit_store.hpp"
#include "store/database.hpp"
#include "store/verwerking_store.hpp"

namespace regie::store {

// The processing a use case's run is, in the terms of Logboek Dataverwerkingen.
struct Verwerkingsspoor {
  std::string trace_id;
  std::string operation_id;
  std::optional<std::string> parent_operation_id;
  std::optional<std::string> foreign_operation_id;
  std::int64_t start_time = 0;  // ms since 1970
  std::int64_t end_time = 0;
};

struct Logregel {
  AuditInvoer audit;
  Verwerkingsspoor spoor;
};

// The processing log's lines for these rows: per row one per person in `personen`, else one for its
// household, else one without a data subject (a professional's own or staff data).
std::vector<VerwerkingInvoer> verwerkingen_van(std::span<const Logregel> regels);

// Appends to the log store in its transaction: the audit rows and their processing lines, per gemeente.
// `bronnen` (per row, from the data file's queue) makes it idempotent: a row already there is skipped.
void logregels_toevoegen(Tx& log_tx, std::span<const Logregel> regels,
                         std::span<const std::string> bronnen = {});

// The lines of a reading or a refusal: committed in the log store before this returns (a failure throws, so
// no data leaves without its lines).
void logregels_schrijven(Database& db, std::span<const Logregel> regels);

// The lines of a change. PostgreSQL: appended in the change's own transaction. SQLite: put in the data
// file's queue in that transaction (so the change never commits without them) and moved into the log file by
// `afleveren` right after the commit; what a crash leaves there is moved at the next start
// (wachtrij_afhandelen).
class Logpost {
 public:
  explicit Logpost(Database& db) : db_(db) {}
  void bij_wijziging(Tx& data_tx, std::vector<Logregel> regels);
  // After the commit. Never throws: if the log store fails now, the lines wait in the queue.
  void afleveren() noexcept;

 private:
  Database& db_;
  std::vector<Logregel> regels_;
  std::vector<std::string> bronnen_;
};

// Moves every line in the data file's queue that is not yet in the log store there, and empties the queue.
// Idempotent; for start-up and the periodic task. Returns the number of lines it had to move.
std::size_t wachtrij_afhandelen(Database& db);

// The server's hourly upkeep: the queue as above, and on PostgreSQL the processing log's partitions of this
// month and the next (one process at a time, under an advisory lock).
void logboek_onderhoud(Database& db);

// Migration of a data file from before the log store: copies its audit trail (rows and chain heads, hashes
// unchanged) into the log store; the migration then drops the old tables.
void audit_naar_logboek(Tx& data_tx, Database& logboek);

}  // namespace regie::store
