#pragma once
// The audit trail: append-only, one hash chain per gemeente (NEN 7513-style logging of who did what with
// whose data, when and why). Each row's hash is an HMAC-SHA-256 under a key kept outside the database
// (audit_sleutels.hpp) over the previous hash and the row's own content. It lives in the log store
// (Database::logboek(), ADR 0023) beside the processing log, which it shares the trace id with.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "store/database.hpp"
#include "store/hashketen.hpp"

namespace regie::store {

struct AuditInvoer {
  std::string gemeente_id;
  std::string tijdstip;
  std::string actor_id;
  std::string rol;
  std::string actie;
  std::optional<std::string> huishouden_id;
  std::vector<std::string> personen;  // ids of the members concerned
  std::string doel;                   // purpose
  std::string resultaat;              // gelukt | geweigerd
  std::string trace_id{};             // W3C trace id linking it to the processing log; empty on old rows
};

struct AuditRegel {
  AuditInvoer invoer;
  std::int64_t volgnummer = 0;
  std::string vorige_hash;
  std::string hash;
};

// Rows of one gemeente, in order, with one claim on the chain head, in a transaction of the log store.
// `bronnen`, when given, is per row the id of its place in the data file's queue (logboek.hpp).
void audit_toevoegen(Tx& tx, std::span<const AuditInvoer> regels, std::span<const std::string> bronnen = {});

std::vector<AuditRegel> audit_voor_huishouden(Tx& tx, const std::string& huishouden_id, int limit,
                                              int offset);
std::int64_t audit_aantal_voor_huishouden(Tx& tx, const std::string& huishouden_id);

// The successful rows about a household, newest first: what its members see as "who viewed our file".
std::vector<AuditRegel> audit_gelukt_voor_huishouden(Tx& tx, const std::string& huishouden_id, int limit,
                                                     int offset);
std::int64_t audit_gelukt_aantal_voor_huishouden(Tx& tx, const std::string& huishouden_id);

// Walks every chain: a changed row breaks its own hash, a deleted row leaves a gap or a broken link, and
// deleting the newest rows disagrees with the chain head.
void audit_verifieren(Tx& tx, KetenVerificatie& uitkomst);

// The row's hash under the process's newest key ("s1:<hex>"); throws DatabaseError without keys.
std::string audit_hash(const std::string& vorige_hash, const AuditInvoer& invoer, std::int64_t volgnummer);
// What the hash covers: every field length-prefixed.
std::string audit_canoniek(const std::string& vorige_hash, const AuditInvoer& invoer,
                           std::int64_t volgnummer);

}  // namespace regie::store
