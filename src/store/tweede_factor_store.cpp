#include "store/tweede_factor_store.hpp"

#include "store/codes.hpp"

namespace regie::store {

bool tweede_factor_verplicht(Tx& tx, const std::string& gemeente_id) {
  const auto r = tx.query_one("SELECT tweede_factor_verplicht FROM gemeente WHERE id = $1", {gemeente_id});
  return !r || r->integer(0) != 0;
}

void tweede_factor_verplicht_zetten(Tx& tx, const std::string& gemeente_id, bool verplicht) {
  tx.exec("UPDATE gemeente SET tweede_factor_verplicht = $2 WHERE id = $1", {gemeente_id, vlag(verplicht)});
}

TweedeFactorRecord tweede_factor(Tx& tx, const std::string& gebruiker_id) {
  const auto r = tx.query_one(
      "SELECT totp_geheim, totp_in_te_richten, totp_laatste_stap, (SELECT count(*) FROM "
      "gebruiker_herstelcode "
      "h WHERE h.gebruiker_id = g.id AND h.gebruikt_op IS NULL) FROM gebruiker g WHERE g.id = $1",
      {gebruiker_id});
  if (!r) return {};
  return {r->opt_text(0), r->opt_text(1), r->integer(2), r->integer(3)};
}

void tweede_factor_klaarzetten(Tx& tx, const std::string& gebruiker_id, const std::string& geheim) {
  tx.exec("UPDATE gebruiker SET totp_in_te_richten = $2 WHERE id = $1", {gebruiker_id, geheim});
}

bool tweede_factor_activeren(Tx& tx, const std::string& gebruiker_id, const std::string& geheim,
                             std::int64_t stap, const std::vector<std::string>& herstelcode_hashes) {
  const auto gezet = tx.exec(
      "UPDATE gebruiker SET totp_geheim = totp_in_te_richten, totp_in_te_richten = NULL, totp_laatste_stap = "
      "$3 "
      "WHERE id = $1 AND totp_in_te_richten = $2",
      {gebruiker_id, geheim, stap});
  if (gezet != 1) return false;
  tx.exec("DELETE FROM gebruiker_herstelcode WHERE gebruiker_id = $1", {gebruiker_id});
  for (const auto& h : herstelcode_hashes)
    tx.exec("INSERT INTO gebruiker_herstelcode (gebruiker_id, code_hash) VALUES ($1, $2)", {gebruiker_id, h});
  return true;
}

bool gebruiker_totp_stap_gebruiken(Tx& tx, const std::string& gebruiker_id, std::int64_t stap) {
  return tx.exec("UPDATE gebruiker SET totp_laatste_stap = $2 WHERE id = $1 AND totp_laatste_stap < $2",
                 {gebruiker_id, stap}) == 1;
}

bool gebruiker_herstelcode_gebruiken(Tx& tx, const std::string& gebruiker_id, const std::string& code_hash,
                                     const std::string& op) {
  return tx.exec(
             "UPDATE gebruiker_herstelcode SET gebruikt_op = $3 WHERE gebruiker_id = $1 AND code_hash = $2 "
             "AND "
             "gebruikt_op IS NULL",
             {gebruiker_id, code_hash, op}) == 1;
}

void tweede_factor_wissen(Tx& tx, const std::string& gebruiker_id) {
  tx.exec("UPDATE gebruiker SET totp_geheim = NULL, totp_in_te_richten = NULL WHERE id = $1", {gebruiker_id});
  tx.exec("DELETE FROM gebruiker_herstelcode WHERE gebruiker_id = $1", {gebruiker_id});
}

}  // namespace regie::store
