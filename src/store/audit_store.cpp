#include "store/audit_store.hpp"

#include "store/audit_sleutels.hpp"
#include "store/codes.hpp"
#include "store/ids.hpp"

namespace regie::store {
namespace {

// Every field length-prefixed, so no two different rows have the same canonical form.
void field(std::string& out, std::string_view value) {
  out += std::to_string(value.size());
  out += ':';
  out += value;
  out += ';';
}

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
  return a;
}

constexpr std::string_view kKolommen =
    "gemeente_id, volgnummer, tijdstip, actor_id, rol, actie, huishouden_id, personen, doel, resultaat, "
    "vorige_hash, "
    "hash";

}  // namespace

std::string audit_canoniek(const std::string& vorige_hash, const AuditInvoer& a, std::int64_t volgnummer) {
  std::string canonical;
  field(canonical, vorige_hash);
  field(canonical, a.gemeente_id);
  field(canonical, std::to_string(volgnummer));
  field(canonical, a.tijdstip);
  field(canonical, a.actor_id);
  field(canonical, a.rol);
  field(canonical, a.actie);
  field(canonical, a.huishouden_id.value_or(""));
  field(canonical, woorden(a.personen));
  field(canonical, a.doel);
  field(canonical, a.resultaat);
  return canonical;
}

std::string audit_hash(const std::string& vorige_hash, const AuditInvoer& a, std::int64_t volgnummer) {
  const auto sleutels = audit_sleutels();
  if (!sleutels) throw DatabaseError("er is geen sleutel voor de audit trail ingesteld");
  return audit_mac(sleutels->huidige(), audit_canoniek(vorige_hash, a, volgnummer));
}

void audit_keten_starten(Tx& tx, const std::string& gemeente_id) {
  tx.exec("INSERT INTO audit_keten (gemeente_id, volgnummer, laatste_hash) VALUES ($1, 0, $2)",
          {gemeente_id, kBeginHash});
}

void audit_toevoegen(Tx& tx, const AuditInvoer& a) { audit_toevoegen(tx, std::span{&a, 1}); }

void audit_toevoegen(Tx& tx, std::span<const AuditInvoer> regels) {
  if (regels.empty()) return;
  const auto& gemeente = regels.front().gemeente_id;
  // One claim on the chain head for all rows: a list read of a hundred households costs a hundred inserts,
  // not three hundred statements.
  const auto kop = tx.query_one(
      "UPDATE audit_keten SET volgnummer = volgnummer + $2 WHERE gemeente_id = $1 RETURNING volgnummer, "
      "laatste_hash",
      {gemeente, static_cast<std::int64_t>(regels.size())});
  if (!kop) throw DatabaseError("geen auditketen voor deze gemeente");
  std::int64_t volgnummer = kop->integer(0) - static_cast<std::int64_t>(regels.size());
  std::string vorige = kop->text(1);
  for (const auto& a : regels) {
    if (a.gemeente_id != gemeente)
      throw DatabaseError("auditregels van verschillende gemeenten in één reeks");
    ++volgnummer;
    std::string hash = audit_hash(vorige, a, volgnummer);
    tx.exec(
        "INSERT INTO audit (gemeente_id, volgnummer, tijdstip, actor_id, rol, actie, huishouden_id, "
        "personen, "
        "doel, resultaat, vorige_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        {a.gemeente_id, volgnummer, a.tijdstip, a.actor_id, a.rol, a.actie, text_or_null(a.huishouden_id),
         woorden(a.personen), a.doel, a.resultaat, vorige, hash});
    vorige = std::move(hash);
  }
  tx.exec("UPDATE audit_keten SET laatste_hash = $2 WHERE gemeente_id = $1", {gemeente, vorige});
}

std::vector<AuditRegel> audit_voor_huishouden(Tx& tx, const std::string& huishouden_id, int limit,
                                              int offset) {
  return map_rows(tx.query("SELECT " + std::string{kKolommen} +
                               " FROM audit WHERE huishouden_id = $1 ORDER BY tijdstip DESC, volgnummer DESC "
                               "LIMIT $2 OFFSET $3",
                           {huishouden_id, std::int64_t{limit}, std::int64_t{offset}}),
                  regel_uit);
}

std::int64_t audit_aantal_voor_huishouden(Tx& tx, const std::string& huishouden_id) {
  return tx.query_one("SELECT count(*) FROM audit WHERE huishouden_id = $1", {huishouden_id})->integer(0);
}

AuditVerificatie audit_verifieren(Tx& tx) {
  AuditVerificatie v;
  const auto sleutels = audit_sleutels();
  for (const auto& kop :
       tx.query("SELECT gemeente_id, volgnummer, laatste_hash FROM audit_keten ORDER BY gemeente_id")) {
    const std::string gemeente = kop.text(0);
    std::string vorige = kBeginHash;
    std::int64_t verwacht = 1;
    auto probleem = [&](std::int64_t nummer, std::string wat) {
      v.problemen.push_back({gemeente, nummer, std::move(wat)});
    };
    for (const auto& r : tx.query(
             "SELECT " + std::string{kKolommen} + " FROM audit WHERE gemeente_id = $1 ORDER BY volgnummer",
             {gemeente})) {
      const AuditRegel a = regel_uit(r);
      ++v.gecontroleerd;
      if (a.volgnummer != verwacht) {
        probleem(verwacht, "regel ontbreekt (verwijderd?) vóór volgnummer " + std::to_string(a.volgnummer));
      }
      if (a.vorige_hash != vorige) probleem(a.volgnummer, "de verwijzing naar de vorige regel klopt niet");
      const auto canoniek = audit_canoniek(a.vorige_hash, a.invoer, a.volgnummer);
      if (const auto scheiding = a.hash.find(':'); scheiding == std::string::npos) {
        // From before the keys: only a plain SHA-256, which anyone can recompute. Such a row dated after the
        // first key was made can only be a rewrite.
        ++v.ongesleuteld;
        if (sha256_hex(canoniek) != a.hash)
          probleem(a.volgnummer, "de inhoud is gewijzigd (hash klopt niet)");
        if (sleutels && a.invoer.tijdstip >= sleutels->eerste_sinds()) {
          probleem(a.volgnummer, "regel zonder sleutel van na het instellen van de sleutels (herschreven?)");
        }
      } else if (const auto* sleutel = sleutels ? sleutels->vind(a.hash.substr(0, scheiding)) : nullptr;
                 !sleutel) {
        probleem(a.volgnummer, "getekend met een sleutel die niet in het sleutelbestand staat");
      } else if (audit_mac(*sleutel, canoniek) != a.hash) {
        probleem(a.volgnummer, "de inhoud is gewijzigd (hash klopt niet)");
      }
      vorige = a.hash;
      verwacht = a.volgnummer + 1;
    }
    if (kop.integer(1) != verwacht - 1 || kop.text(2) != vorige) {
      probleem(verwacht, "de laatste regel(s) ontbreken of de kop van de keten is gewijzigd");
    }
  }
  return v;
}

}  // namespace regie::store
