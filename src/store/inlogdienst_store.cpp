#include "store/inlogdienst_store.hpp"

#include "store/codes.hpp"

namespace regie::store {

std::optional<InlogdienstRecord> inlogdienst(Tx& tx, const std::string& gemeente_id) {
  return map_row(
      tx.query_one("SELECT gemeente_id, naam, issuer, client_id, client_secret, client_sleutel, "
                   "terugkeer_adres, account_claim, acr, aanmaken_bij_eerste_login, organisatie_id, "
                   "team_id, rollen_claim, rollen, team_claim, teams FROM inlogdienst WHERE gemeente_id = $1",
                   {gemeente_id}),
      [](const Row& r) {
        return InlogdienstRecord{r.text(0),      r.text(1),         r.text(2),      r.text(3),
                                 r.opt_text(4),  r.opt_text(5),     r.text(6),      r.text(7),
                                 r.opt_text(8),  r.integer(9) != 0, r.opt_text(10), r.opt_text(11),
                                 r.opt_text(12), r.text(13),        r.opt_text(14), r.text(15)};
      });
}

void inlogdienst_opslaan(Tx& tx, const InlogdienstRecord& r, const std::string& nu) {
  tx.exec("DELETE FROM inlogdienst WHERE gemeente_id = $1", {r.gemeente_id});
  tx.exec(
      "INSERT INTO inlogdienst (gemeente_id, naam, issuer, client_id, client_secret, client_sleutel, "
      "terugkeer_adres, account_claim, acr, aanmaken_bij_eerste_login, organisatie_id, team_id, "
      "rollen_claim, rollen, team_claim, teams, gewijzigd_op) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)",
      {r.gemeente_id, r.naam, r.issuer, r.client_id, text_or_null(r.client_secret),
       text_or_null(r.client_sleutel), r.terugkeer_adres, r.account_claim, text_or_null(r.acr),
       vlag(r.aanmaken_bij_eerste_login), text_or_null(r.organisatie_id), text_or_null(r.team_id),
       text_or_null(r.rollen_claim), r.rollen, text_or_null(r.team_claim), r.teams, nu});
}

bool inlogdienst_verwijderen(Tx& tx, const std::string& gemeente_id) {
  tx.exec("DELETE FROM inlogdienst_poging WHERE gemeente_id = $1", {gemeente_id});
  return tx.exec("DELETE FROM inlogdienst WHERE gemeente_id = $1", {gemeente_id}) == 1;
}

std::vector<InlogdienstKeuze> inlogdiensten(Tx& tx) {
  std::vector<InlogdienstKeuze> uit;
  for (const auto& r : tx.query("SELECT i.gemeente_id, g.naam, i.naam FROM inlogdienst i JOIN gemeente g ON "
                                "g.id = i.gemeente_id ORDER BY g.naam, i.gemeente_id"))
    uit.push_back({r.text(0), r.text(1), r.text(2)});
  return uit;
}

void inlogdienst_poging_invoegen(Tx& tx, const InlogdienstPogingRecord& p, const std::string& nu) {
  tx.exec("DELETE FROM inlogdienst_poging WHERE verloopt_op < $1", {nu});
  tx.exec(
      "INSERT INTO inlogdienst_poging (state, browser_hash, gemeente_id, nonce, verifier, verloopt_op) "
      "VALUES "
      "($1, $2, $3, $4, $5, $6)",
      {p.state, p.browser_hash, p.gemeente_id, p.nonce, p.verifier, p.verloopt_op});
}

std::optional<InlogdienstPogingRecord> inlogdienst_poging_nemen(Tx& tx, const std::string& state) {
  auto p = map_row(tx.query_one("SELECT state, browser_hash, gemeente_id, nonce, verifier, verloopt_op FROM "
                                "inlogdienst_poging WHERE state = $1",
                                {state}),
                   [](const Row& r) {
                     return InlogdienstPogingRecord{r.text(0), r.text(1), r.text(2),
                                                    r.text(3), r.text(4), r.text(5)};
                   });
  if (p) tx.exec("DELETE FROM inlogdienst_poging WHERE state = $1", {state});
  return p;
}

}  // namespace regie::store
