#include "store/hashketen.hpp"

#include "store/ids.hpp"

namespace regie::store {

void canoniek_veld(std::string& uit, std::string_view waarde) {
  uit += std::to_string(waarde.size());
  uit += ':';
  uit += waarde;
  uit += ';';
}

KetenPlek keten_claimen(Tx& tx, std::string_view kop_tabel, const std::string& gemeente_id,
                        std::int64_t aantal) {
  const std::string tabel{kop_tabel};
  const std::string claim = "UPDATE " + tabel +
                            " SET volgnummer = volgnummer + $2 WHERE gemeente_id = $1 RETURNING volgnummer, "
                            "laatste_hash";
  auto kop = tx.query_one(claim, {gemeente_id, aantal});
  if (!kop) {
    // The gemeente's first row: the head is made once, not tried at every append.
    tx.exec("INSERT INTO " + tabel +
                " (gemeente_id, volgnummer, laatste_hash) VALUES ($1, 0, $2) ON CONFLICT (gemeente_id) DO "
                "NOTHING",
            {gemeente_id, kBeginHash});
    kop = tx.query_one(claim, {gemeente_id, aantal});
  }
  if (!kop) throw DatabaseError("de kop van de keten ontbreekt");
  return {kop->integer(0) - aantal, kop->text(1)};
}

void keten_sluiten(Tx& tx, std::string_view kop_tabel, const std::string& gemeente_id,
                   const std::string& laatste_hash) {
  tx.exec("UPDATE " + std::string{kop_tabel} + " SET laatste_hash = $2 WHERE gemeente_id = $1",
          {gemeente_id, laatste_hash});
}

std::string keten_hash(std::string_view canoniek) {
  const auto sleutels = audit_sleutels();
  if (!sleutels) throw DatabaseError("er is geen sleutel voor de audit trail ingesteld");
  return audit_mac(sleutels->huidige(), canoniek);
}

KetenControle::KetenControle(std::string logboek, std::string gemeente_id, KetenVerificatie& uitkomst)
    : logboek_(std::move(logboek)),
      gemeente_(std::move(gemeente_id)),
      uitkomst_(uitkomst),
      sleutels_(audit_sleutels()) {}

void KetenControle::probleem(std::int64_t volgnummer, std::string wat) {
  uitkomst_.problemen.push_back({logboek_, gemeente_, volgnummer, std::move(wat)});
}

void KetenControle::regel(std::int64_t volgnummer, const std::string& vorige_hash, const std::string& hash,
                          const std::string& canoniek, const std::string& tijdstip) {
  ++uitkomst_.gecontroleerd;
  if (volgnummer != verwacht_) {
    probleem(verwacht_, "regel ontbreekt (verwijderd?) vóór volgnummer " + std::to_string(volgnummer));
  }
  if (vorige_hash != vorige_) probleem(volgnummer, "de verwijzing naar de vorige regel klopt niet");
  if (const auto scheiding = hash.find(':'); scheiding == std::string::npos) {
    // From before the keys: only a plain SHA-256, which anyone can recompute. Such a row dated after the
    // first key was made can only be a rewrite.
    ++uitkomst_.ongesleuteld;
    if (sha256_hex(canoniek) != hash) probleem(volgnummer, "de inhoud is gewijzigd (hash klopt niet)");
    if (sleutels_ && tijdstip >= sleutels_->eerste_sinds()) {
      probleem(volgnummer, "regel zonder sleutel van na het instellen van de sleutels (herschreven?)");
    }
  } else if (const auto* sleutel = sleutels_ ? sleutels_->vind(hash.substr(0, scheiding)) : nullptr;
             !sleutel) {
    probleem(volgnummer, "getekend met een sleutel die niet in het sleutelbestand staat");
  } else if (audit_mac(*sleutel, canoniek) != hash) {
    probleem(volgnummer, "de inhoud is gewijzigd (hash klopt niet)");
  }
  vorige_ = hash;
  verwacht_ = volgnummer + 1;
}

void KetenControle::kop(std::int64_t volgnummer, const std::string& laatste_hash) {
  if (volgnummer != verwacht_ - 1 || laatste_hash != vorige_) {
    probleem(verwacht_, "de laatste regel(s) ontbreken of de kop van de keten is gewijzigd");
  }
}

}  // namespace regie::store
