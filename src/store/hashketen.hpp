#pragma once
// A hash chain per gemeente, shared by the logs of the log store (the audit trail and the processing log).
// Each row's hash is an HMAC under the newest audit key over the previous row's hash and the row itself; a
// head table (gemeente_id, volgnummer, laatste_hash) holds the newest, so removing the last rows shows too.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "store/audit_sleutels.hpp"
#include "store/database.hpp"

namespace regie::store {

inline const std::string kBeginHash(64, '0');

// Each field length-prefixed, so no two different rows have the same canonical form.
void canoniek_veld(std::string& uit, std::string_view waarde);

struct KetenPlek {
  std::int64_t volgnummer = 0;  // of the last row before the claim
  std::string vorige_hash;
};

// Claims `aantal` numbers on the gemeente's chain in `kop_tabel` (made on first use); the head row serialises
// concurrent appenders. Close with keten_sluiten in the same transaction.
KetenPlek keten_claimen(Tx& tx, std::string_view kop_tabel, const std::string& gemeente_id,
                        std::int64_t aantal);
void keten_sluiten(Tx& tx, std::string_view kop_tabel, const std::string& gemeente_id,
                   const std::string& laatste_hash);

// The row's hash under the process's newest key ("s1:<hex>"); throws DatabaseError without keys.
std::string keten_hash(std::string_view canoniek);

struct KetenProbleem {
  std::string logboek;  // "audit" or "verwerkingen"
  std::string gemeente_id;
  std::int64_t volgnummer;
  std::string probleem;  // Dutch, without personal data
};

struct KetenVerificatie {
  std::int64_t gecontroleerd = 0;
  std::int64_t ongesleuteld = 0;  // rows from before the keys (plain SHA-256)
  std::vector<KetenProbleem> problemen;
};

// Walks one chain in order: feed every row, then the head.
class KetenControle {
 public:
  KetenControle(std::string logboek, std::string gemeente_id, KetenVerificatie& uitkomst);
  void regel(std::int64_t volgnummer, const std::string& vorige_hash, const std::string& hash,
             const std::string& canoniek, const std::string& tijdstip);
  void kop(std::int64_t volgnummer, const std::string& laatste_hash);

 private:
  void probleem(std::int64_t volgnummer, std::string wat);
  std::string logboek_;
  std::string gemeente_;
  KetenVerificatie& uitkomst_;
  std::shared_ptr<const AuditSleutelbos> sleutels_;
  std::string vorige_ = kBeginHash;
  std::int64_t verwacht_ = 1;
};

// Every chain of one log: the heads in `kop_tabel`, the rows (volgnummer, vorige_hash, hash, canonical form,
// tijdstip) from `rijen(gemeente)`, and rows of a gemeente that has no head.
template <typename Rijen>
void ketens_verifieren(Tx& tx, std::string_view logboek, std::string_view kop_tabel,
                       std::string_view rij_tabel, KetenVerificatie& uitkomst, Rijen&& rijen) {
  for (const auto& kop : tx.query("SELECT gemeente_id, volgnummer, laatste_hash FROM " +
                                  std::string{kop_tabel} + " ORDER BY gemeente_id")) {
    KetenControle controle{std::string{logboek}, kop.text(0), uitkomst};
    rijen(kop.text(0), controle);
    controle.kop(kop.integer(1), kop.text(2));
  }
  for (const auto& los :
       tx.query("SELECT DISTINCT gemeente_id FROM " + std::string{rij_tabel} +
                " WHERE gemeente_id NOT IN (SELECT gemeente_id FROM " + std::string{kop_tabel} + ")")) {
    uitkomst.problemen.push_back(
        {std::string{logboek}, los.text(0), 0, "de kop van de keten ontbreekt (verwijderd?)"});
  }
}

}  // namespace regie::store
