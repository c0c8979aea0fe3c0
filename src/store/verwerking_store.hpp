#pragma once
// The processing log (Logboek Dataverwerkingen, ADR 0023): a line per processing and data subject with the
// trace, the operation, its status and times, the version of the processing activity in the gemeente's
// register and the subject's pseudonym. Append-only and hash-chained per gemeente like the audit trail, in
// the log store. Who did it is not here: the audit row with the same trace id says that.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "store/database.hpp"
#include "store/hashketen.hpp"

namespace regie::store {

struct VerwerkingInvoer {
  std::string gemeente_id;
  std::string trace_id;                             // 32 hex
  std::string operation_id;                         // 16 hex: this use case's run
  std::optional<std::string> parent_operation_id;   // the request's span in Regie
  std::optional<std::string> foreign_operation_id;  // the caller's span, when it sent a traceparent
  int status_code = 0;                              // 0 unknown, 1 ok, 2 error (refused)
  std::string name;                                 // the use case
  std::int64_t start_time = 0;                      // ms since 1970 (UTC)
  std::int64_t end_time = 0;
  std::string activiteit_code;                 // the register's code; the line keeps the version's id
  std::optional<std::string> betrokkene;       // pseudonym (betrokkene_pseudoniem), never an id in clear
  std::optional<std::string> betrokkene_type;  // "persoon" or "huishouden"
};

struct VerwerkingRegel {
  VerwerkingInvoer invoer;
  std::string activiteit_id;  // the version of the activity that applied
  std::int64_t volgnummer = 0;
  std::string vorige_hash;
  std::string hash;
};

// Lines of one gemeente, in order, with one claim on its chain, in a transaction of the log store.
void verwerkingen_toevoegen(Tx& tx, std::span<const VerwerkingInvoer> regels, const std::string& nu);

struct VerwerkingFilter {
  std::string gemeente_id{};
  std::optional<std::string> trace_id{};
  std::optional<std::string> activiteit{};  // a version's id, or a code for all its versions
  std::optional<std::string> betrokkene{};  // pseudonym
  std::optional<std::int64_t> vanaf{};      // start_time ≥ (ms)
  std::optional<std::int64_t> tot{};        // start_time < (ms)
};
std::vector<VerwerkingRegel> verwerkingen_zoeken(Tx& tx, const VerwerkingFilter& filter, int limit,
                                                 int offset);
std::int64_t verwerkingen_aantal(Tx& tx, const VerwerkingFilter& filter);

void verwerkingen_verifieren(Tx& tx, KetenVerificatie& uitkomst);
std::string verwerking_canoniek(const std::string& vorige_hash, const VerwerkingRegel& regel);

// The gemeente's register: one current version per activity, made from the default register on first use.
struct ActiviteitVersie {
  std::string id;
  std::string gemeente_id;
  std::string code;
  std::int64_t versie = 1;
  std::string naam;
  std::string doel;
  std::string geldig_vanaf;
  std::optional<std::string> vervangen_op;
};
std::vector<ActiviteitVersie> register_van(Tx& tx, const std::string& gemeente_id, const std::string& nu);
// Every version ever used, for reading old lines.
std::vector<ActiviteitVersie> register_alle_versies(Tx& tx, const std::string& gemeente_id);
// A new version with this wording; nullopt for an unknown code.
std::optional<ActiviteitVersie> activiteit_herformuleren(Tx& tx, const std::string& gemeente_id,
                                                         const std::string& code, const std::string& naam,
                                                         const std::string& doel, const std::string& nu);

// PostgreSQL: the month partitions of the processing log for the month of `nu_ms` and the next one.
void verwerking_partities_maken(Tx& tx, std::int64_t nu_ms);

}  // namespace regie::store
