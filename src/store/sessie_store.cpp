#include "store/sessie_store.hpp"

#include "store/codes.hpp"

namespace regie::store {

void sessie_invoegen(Tx& tx, const SessieRecord& s) {
  tx.exec(
      "INSERT INTO sessie (token_hash, gebruiker_id, csrf_hash, aangemaakt_op, laatst_gebruikt_op, "
      "verloopt_op, via_inlogdienst) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {s.token_hash, s.gebruiker_id, s.csrf_hash, s.aangemaakt_op, s.laatst_gebruikt_op, s.verloopt_op,
       vlag(s.via_inlogdienst)});
}

std::optional<SessieRecord> sessie(Tx& tx, const std::string& token_hash) {
  return map_row(
      tx.query_one(
          "SELECT token_hash, gebruiker_id, csrf_hash, aangemaakt_op, laatst_gebruikt_op, verloopt_op, "
          "ingetrokken_op, werkgemeente_id, via_inlogdienst FROM sessie WHERE token_hash = $1",
          {token_hash}),
      [](const Row& r) {
        return SessieRecord{r.text(0), r.text(1),     r.text(2),     r.text(3),        r.text(4),
                            r.text(5), r.opt_text(6), r.opt_text(7), r.integer(8) != 0};
      });
}

void sessie_werkgemeente_zetten(Tx& tx, const std::string& token_hash, const std::string& gemeente_id) {
  tx.exec("UPDATE sessie SET werkgemeente_id = $2 WHERE token_hash = $1", {token_hash, gemeente_id});
}

void sessie_aanraken(Tx& tx, const std::string& token_hash, const std::string& op) {
  tx.exec("UPDATE sessie SET laatst_gebruikt_op = $2 WHERE token_hash = $1", {token_hash, op});
}

void sessie_intrekken(Tx& tx, const std::string& token_hash, const std::string& op) {
  tx.exec("UPDATE sessie SET ingetrokken_op = $2 WHERE token_hash = $1 AND ingetrokken_op IS NULL",
          {token_hash, op});
}

void sessies_van_gebruiker_intrekken(Tx& tx, const std::string& gebruiker_id, const std::string& op) {
  tx.exec("UPDATE sessie SET ingetrokken_op = $2 WHERE gebruiker_id = $1 AND ingetrokken_op IS NULL",
          {gebruiker_id, op});
}

std::optional<InlogPogingRecord> inlogpoging(Tx& tx, const std::string& sleutel) {
  return map_row(
      tx.query_one(
          "SELECT sleutel, mislukt, laatste_op, volgende_poging_op FROM inlogpoging WHERE sleutel = $1",
          {sleutel}),
      [](const Row& r) {
        return InlogPogingRecord{r.text(0), static_cast<int>(r.integer(1)), r.text(2), r.text(3)};
      });
}

void inlogpoging_zetten(Tx& tx, const InlogPogingRecord& p) {
  tx.exec(
      "INSERT INTO inlogpoging (sleutel, mislukt, laatste_op, volgende_poging_op) VALUES ($1, $2, $3, $4) "
      "ON CONFLICT (sleutel) DO UPDATE SET mislukt = $2, laatste_op = $3, volgende_poging_op = $4",
      {p.sleutel, std::int64_t{p.mislukt}, p.laatste_op, p.volgende_poging_op});
}

void inlogpoging_wissen(Tx& tx, const std::string& sleutel) {
  tx.exec("DELETE FROM inlogpoging WHERE sleutel = $1", {sleutel});
}

std::optional<AccountActor> account_actor(Tx& tx, const std::string& gebruiker_id) {
  auto actor =
      map_row(tx.query_one(
                  "SELECT g.id, g.medewerker_id, o.gemeente_id, g.geblokkeerd FROM gebruiker g "
                  "JOIN medewerker m ON m.id = g.medewerker_id JOIN organisatie o ON o.id = m.organisatie_id "
                  "WHERE g.id = $1",
                  {gebruiker_id}),
              [](const Row& r) {
                return AccountActor{r.text(0), r.text(1), r.text(2), {}, r.boolean(3)};
              });
  if (!actor) return std::nullopt;
  for (const auto& r : tx.query("SELECT rol FROM medewerker_rol WHERE medewerker_id = $1 ORDER BY rol",
                                {actor->medewerker_id})) {
    actor->rollen.push_back(r.text(0));
  }
  return actor;
}

void api_token_invoegen(Tx& tx, const ApiTokenRecord& t, const std::string& nu) {
  tx.exec(
      "INSERT INTO api_token (id, gemeente_id, naam, token_hash, scopes, aangemaakt_op, verloopt_op) VALUES "
      "($1, $2, $3, $4, $5, $6, $7)",
      {t.id, t.gemeente_id, t.naam, t.token_hash, woorden(t.scopes), nu, t.verloopt_op});
}

namespace {

constexpr std::string_view kApiTokenKolommen =
    "SELECT id, gemeente_id, naam, token_hash, scopes, ingetrokken_op, verloopt_op, aangemaakt_op FROM "
    "api_token";

ApiTokenRecord api_token_uit(const Row& r) {
  return ApiTokenRecord{r.text(0),     r.text(1), r.text(2), r.text(3), woorden_uit(r.text(4)),
                        r.opt_text(5), r.text(6), r.text(7)};
}

}  // namespace

std::optional<ApiTokenRecord> api_token(Tx& tx, const std::string& token_hash) {
  return map_row(tx.query_one(std::string{kApiTokenKolommen} + " WHERE token_hash = $1", {token_hash}),
                 api_token_uit);
}

std::optional<ApiTokenRecord> api_token_met_id(Tx& tx, const std::string& id) {
  return map_row(tx.query_one(std::string{kApiTokenKolommen} + " WHERE id = $1", {id}), api_token_uit);
}

std::vector<ApiTokenRecord> api_tokens(Tx& tx, const std::string& gemeente_id, int limit, int offset) {
  return map_rows(
      tx.query(std::string{kApiTokenKolommen} +
                   " WHERE gemeente_id = $1 ORDER BY aangemaakt_op DESC, id LIMIT $2 OFFSET $3",
               {gemeente_id, static_cast<std::int64_t>(limit), static_cast<std::int64_t>(offset)}),
      api_token_uit);
}

std::int64_t api_tokens_totaal(Tx& tx, const std::string& gemeente_id) {
  return tx.query_one("SELECT count(*) FROM api_token WHERE gemeente_id = $1", {gemeente_id})->integer(0);
}

bool api_token_intrekken(Tx& tx, const std::string& gemeente_id, const std::string& id,
                         const std::string& op) {
  return tx.exec(
             "UPDATE api_token SET ingetrokken_op = $3 WHERE id = $1 AND gemeente_id = $2 AND ingetrokken_op "
             "IS NULL",
             {id, gemeente_id, op}) == 1;
}

void gebruiker_wachtwoord_zetten(Tx& tx, const std::string& gebruiker_id, const std::string& hash,
                                 bool wijzigen) {
  tx.exec("UPDATE gebruiker SET wachtwoord_hash = $2, wachtwoord_wijzigen = $3 WHERE id = $1",
          {gebruiker_id, hash, vlag(wijzigen)});
}

void gebruiker_blokkeren(Tx& tx, const std::string& gebruiker_id, bool geblokkeerd, const std::string& op) {
  tx.exec("UPDATE gebruiker SET geblokkeerd = $2 WHERE id = $1", {gebruiker_id, vlag(geblokkeerd)});
  if (geblokkeerd) sessies_van_gebruiker_intrekken(tx, gebruiker_id, op);
}

}  // namespace regie::store
