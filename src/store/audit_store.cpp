#include "store/audit_store.hpp"

#include "store/bulk_insert.hpp"
#include "store/codes.hpp"

namespace regie::store {
namespace {

constexpr std::string_view kKopTabel = "audit_keten";

AuditRegel regel_uit(const Row& r) {
  AuditRegel a;
  a.invoer.gemeente_id = r.text(0);
  a.volgnummer = r.integer(1);
  a.invoer.tijdstip = r.text(2);
  a.invoer.actor_id = r.text(3);
  a.invoer.rol = r.text(4);
  a.invoer.actie = r.text(5);
  a.invoer.huishouden_id = r.opt_text(6);
  a.invoer.personen = woorden_uit(r.text(7));
  a.invoer.doel = r.text(8);
  a.invoer.resultaat = r.text(9);
  a.vorige_hash = r.text(10);
  a.hash = r.text(11);
  a.invoer.trace_id = r.opt_text(12).value_or("");
  return a;
}

const std::string kKolommen =
    "gemeente_id, volgnummer, tijdstip, actor_id, rol, actie, huishouden_id, personen, doel, resultaat, "
    "vorige_hash, hash, trace_id";

std::vector<AuditRegel> pagina(Tx& tx, const std::string& waar, const std::string& huishouden_id, int limit,
                               int offset) {
  return map_rows(tx.query("SELECT " + kKolommen + " FROM audit WHERE " + waar +
                               " ORDER BY tijdstip DESC, volgnummer DESC LIMIT $2 OFFSET $3",
                           {huishouden_id, std::int64_t{limit}, std::int64_t{offset}}),
                  regel_uit);
}

}  // namespace

std::string audit_canoniek(const std::string& vorige_hash, const AuditInvoer& a, std::int64_t volgnummer) {
  std::string canonical;
  canoniek_veld(canonical, vorige_hash);
  canoniek_veld(canonical, a.gemeente_id);
  canoniek_veld(canonical, std::to_string(volgnummer));
  canoniek_veld(canonical, a.tijdstip);
  canoniek_veld(canonical, a.actor_id);
  canoniek_veld(canonical, a.rol);
  canoniek_veld(canonical, a.actie);
  canoniek_veld(canonical, a.huishouden_id.value_or(""));
  canoniek_veld(canonical, woorden(a.personen));
  canoniek_veld(canonical, a.doel);
  canoniek_veld(canonical, a.resultaat);
  // Rows from before the processing log have no trace id; their canonical form stays what it was.
  if (!a.trace_id.empty()) canoniek_veld(canonical, a.trace_id);
  return canonical;
}

std::string audit_hash(const std::string& vorige_hash, const AuditInvoer& a, std::int64_t volgnummer) {
  return keten_hash(audit_canoniek(vorige_hash, a, volgnummer));
}

void audit_toevoegen(Tx& tx, std::span<const AuditInvoer> regels, std::span<const std::string> bronnen) {
  if (regels.empty()) return;
  const auto& gemeente = regels.front().gemeente_id;
  // One claim on the chain head for all rows, and the rows in multi-row inserts: a list read of a hundred
  // households costs four statements, not three hundred.
  auto plek = keten_claimen(tx, kKopTabel, gemeente, static_cast<std::int64_t>(regels.size()));
  std::int64_t volgnummer = plek.volgnummer;
  std::string vorige = std::move(plek.vorige_hash);
  BulkInsert rijen{tx, "audit",
                   "gemeente_id, volgnummer, tijdstip, actor_id, rol, actie, huishouden_id, personen, doel, "
                   "resultaat, vorige_hash, hash, trace_id, bron"};
  for (std::size_t i = 0; i < regels.size(); ++i) {
    const auto& a = regels[i];
    if (a.gemeente_id != gemeente)
      throw DatabaseError("auditregels van verschillende gemeenten in één reeks");
    ++volgnummer;
    std::string hash = audit_hash(vorige, a, volgnummer);
    rijen.rij({a.gemeente_id, volgnummer, a.tijdstip, a.actor_id, a.rol, a.actie,
               text_or_null(a.huishouden_id), woorden(a.personen), a.doel, a.resultaat, vorige, hash,
               a.trace_id.empty() ? null() : Value{a.trace_id},
               i < bronnen.size() ? Value{bronnen[i]} : null()});
    vorige = std::move(hash);
  }
  rijen.afronden();
  keten_sluiten(tx, kKopTabel, gemeente, vorige);
}

std::vector<AuditRegel> audit_voor_huishouden(Tx& tx, const std::string& huishouden_id, int limit,
                                              int offset) {
  return pagina(tx, "huishouden_id = $1", huishouden_id, limit, offset);
}

std::int64_t audit_aantal_voor_huishouden(Tx& tx, const std::string& huishouden_id) {
  return tx.query_one("SELECT count(*) FROM audit WHERE huishouden_id = $1", {huishouden_id})->integer(0);
}

std::vector<AuditRegel> audit_gelukt_voor_huishouden(Tx& tx, const std::string& huishouden_id, int limit,
                                                     int offset) {
  return pagina(tx, "huishouden_id = $1 AND resultaat = 'gelukt'", huishouden_id, limit, offset);
}

std::int64_t audit_gelukt_aantal_voor_huishouden(Tx& tx, const std::string& huishouden_id) {
  return tx
      .query_one("SELECT count(*) FROM audit WHERE huishouden_id = $1 AND resultaat = 'gelukt'",
                 {huishouden_id})
      ->integer(0);
}

void audit_verifieren(Tx& tx, KetenVerificatie& uitkomst) {
  ketens_verifieren(
      tx, "audit", kKopTabel, "audit", uitkomst, [&](const std::string& gemeente, KetenControle& controle) {
        for (const auto& r :
             tx.query("SELECT " + kKolommen + " FROM audit WHERE gemeente_id = $1 ORDER BY volgnummer",
                      {gemeente})) {
          const AuditRegel a = regel_uit(r);
          controle.regel(a.volgnummer, a.vorige_hash, a.hash,
                         audit_canoniek(a.vorige_hash, a.invoer, a.volgnummer), a.invoer.tijdstip);
        }
      });
}

}  // namespace regie::store
