#pragma once
// The audit trail: append-only, one hash chain per gemeente (NEN 7513-style logging of who did what with
// whose data, when and why). Each row's hash is an HMAC-SHA-256 under a key kept outside the database
// (audit_sleutels.hpp) over the previous hash and the row's own content.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "store/database.hpp"

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
};

struct AuditRegel {
  AuditInvoer invoer;
  std::int64_t volgnummer = 0;
  std::string vorige_hash;
  std::string hash;
};

inline const std::string kBeginHash(64, '0');

void audit_keten_starten(Tx& tx, const std::string& gemeente_id);
// Appends in the caller's transaction; the chain head row serialises concurrent appenders.
void audit_toevoegen(Tx& tx, const AuditInvoer& invoer);
// Several rows of one gemeente, in order, with one claim on the chain head.
void audit_toevoegen(Tx& tx, std::span<const AuditInvoer> regels);

std::vector<AuditRegel> audit_voor_huishouden(Tx& tx, const std::string& huishouden_id, int limit,
                                              int offset);
std::int64_t audit_aantal_voor_huishouden(Tx& tx, const std::string& huishouden_id);

struct AuditProbleem {
  std::string gemeente_id;
  std::int64_t volgnummer;
  std::string probleem;  // Dutch, without personal data
};

struct AuditVerificatie {
  std::int64_t gecontroleerd = 0;
  std::int64_t ongesleuteld = 0;  // rows from before the keys (plain SHA-256)
  std::vector<AuditProbleem> problemen;
};

// Walks every chain: a changed row breaks its own hash, a deleted row leaves a gap or a broken link, and
// deleting the newest rows disagrees with the chain head.
AuditVerificatie audit_verifieren(Tx& tx);

// The row's hash under the process's newest key ("s1:<hex>"); throws DatabaseError without keys.
std::string audit_hash(const std::string& vorige_hash, const AuditInvoer& invoer, std::int64_t volgnummer);
// What the hash covers: every field length-prefixed.
std::string audit_canoniek(const std::string& vorige_hash, const AuditInvoer& invoer,
                           std::int64_t volgnummer);

}  // namespace regie::store
