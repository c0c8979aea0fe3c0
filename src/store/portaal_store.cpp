#include "store/portaal_store.hpp"

#include "store/codes.hpp"

namespace regie::store {
namespace {

constexpr std::string_view kUitnodiging =
    "SELECT id, gemeente_id, huishouden_id, persoon_soort, persoon_id, ouder_id, rechten, besluit, "
    "code_hash, "
    "aangemaakt_door, aangemaakt_op, geldig_tot, totp_geheim, gebruikt_op, ingetrokken_op, account_id, "
    "controle_hash, mislukte_controles, gemaild_op FROM portaal_uitnodiging ";

UitnodigingRecord uitnodiging_uit(const Row& r) {
  return {r.text(0),
          r.text(1),
          r.text(2),
          code_uit<domain::PersoonSoort>(r, 3),
          r.text(4),
          r.opt_text(5),
          codes_lijst<domain::PortaalRecht>(r.text(6)),
          r.text(7),
          r.text(8),
          r.text(9),
          r.text(10),
          r.text(11),
          r.opt_text(12),
          r.opt_text(13),
          r.opt_text(14),
          r.opt_text(15),
          r.opt_text(16),
          static_cast<int>(r.integer(17)),
          r.opt_text(18)};
}

constexpr std::string_view kAccount =
    "SELECT id, gemeente_id, huishouden_id, persoon_soort, persoon_id, ouder_id, rechten, gebruikersnaam, "
    "wachtwoord_hash, totp_geheim, totp_laatste_stap, aangemaakt_op, ingetrokken_op FROM portaal_account ";

PortaalAccountRecord account_uit(const Row& r) {
  return {r.text(0),
          r.text(1),
          r.text(2),
          code_uit<domain::PersoonSoort>(r, 3),
          r.text(4),
          r.opt_text(5),
          codes_lijst<domain::PortaalRecht>(r.text(6)),
          r.text(7),
          r.text(8),
          r.text(9),
          r.integer(10),
          r.text(11),
          r.opt_text(12)};
}

constexpr std::string_view kSessie =
    "SELECT COALESCE(id, ''), token_hash, account_id, csrf_hash, zekerheid, aangemaakt_op, "
    "laatst_gebruikt_op, "
    "verloopt_op, ingetrokken_op FROM portaal_sessie ";

PortaalSessieRecord sessie_uit(const Row& r) {
  return {r.text(0), r.text(1), r.text(2), r.text(3),    r.text(4),
          r.text(5), r.text(6), r.text(7), r.opt_text(8)};
}

}  // namespace

void uitnodiging_invoegen(Tx& tx, const UitnodigingRecord& u) {
  tx.exec(
      "INSERT INTO portaal_uitnodiging (id, gemeente_id, huishouden_id, persoon_soort, persoon_id, ouder_id, "
      "rechten, besluit, code_hash, aangemaakt_door, aangemaakt_op, geldig_tot, controle_hash) VALUES ($1, "
      "$2, "
      "$3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
      {u.id, u.gemeente_id, u.huishouden_id, code(u.persoon_soort), u.persoon_id, text_or_null(u.ouder_id),
       codes_tekst(u.rechten), u.besluit, u.code_hash, u.aangemaakt_door, u.aangemaakt_op, u.geldig_tot,
       text_or_null(u.controle_hash)});
}

std::vector<UitnodigingRecord> uitnodigingen(Tx& tx, const std::string& huishouden_id) {
  return map_rows(
      tx.query(std::string{kUitnodiging} + "WHERE huishouden_id = $1 ORDER BY aangemaakt_op DESC, id",
               {huishouden_id}),
      uitnodiging_uit);
}

std::optional<UitnodigingRecord> uitnodiging_met_code(Tx& tx, const std::string& code_hash) {
  const auto r = tx.query_one(std::string{kUitnodiging} + "WHERE code_hash = $1", {code_hash});
  if (!r) return std::nullopt;
  return uitnodiging_uit(*r);
}

bool uitnodiging_intrekken(Tx& tx, const std::string& huishouden_id, const std::string& id,
                           const std::string& op) {
  return tx.exec(
             "UPDATE portaal_uitnodiging SET ingetrokken_op = $3 WHERE id = $1 AND huishouden_id = $2 AND "
             "gebruikt_op IS NULL AND ingetrokken_op IS NULL",
             {id, huishouden_id, op}) == 1;
}

void uitnodiging_gemaild(Tx& tx, const std::string& id, const std::string& op) {
  tx.exec("UPDATE portaal_uitnodiging SET gemaild_op = $2 WHERE id = $1", {id, op});
}

int controle_mislukt(Tx& tx, const std::string& id, int max, const std::string& op) {
  tx.exec("UPDATE portaal_uitnodiging SET mislukte_controles = mislukte_controles + 1 WHERE id = $1", {id});
  tx.exec(
      "UPDATE portaal_uitnodiging SET ingetrokken_op = $3 WHERE id = $1 AND mislukte_controles >= $2 AND "
      "ingetrokken_op IS NULL",
      {id, static_cast<std::int64_t>(max), op});
  return static_cast<int>(
      tx.query_one("SELECT mislukte_controles FROM portaal_uitnodiging WHERE id = $1", {id})->integer(0));
}

void uitnodiging_totp_zetten(Tx& tx, const std::string& id, const std::string& geheim) {
  tx.exec("UPDATE portaal_uitnodiging SET totp_geheim = $2 WHERE id = $1", {id, geheim});
}

bool uitnodiging_gebruiken(Tx& tx, const std::string& id, const std::string& account_id,
                           const std::string& op) {
  return tx.exec(
             "UPDATE portaal_uitnodiging SET gebruikt_op = $3, account_id = $2 WHERE id = $1 AND gebruikt_op "
             "IS "
             "NULL AND ingetrokken_op IS NULL",
             {id, account_id, op}) == 1;
}

void account_invoegen(Tx& tx, const PortaalAccountRecord& a,
                      const std::vector<std::string>& herstelcode_hashes) {
  tx.exec(
      "INSERT INTO portaal_account (id, gemeente_id, huishouden_id, persoon_soort, persoon_id, ouder_id, "
      "rechten, "
      "gebruikersnaam, wachtwoord_hash, totp_geheim, totp_laatste_stap, aangemaakt_op) VALUES ($1, $2, $3, "
      "$4, $5, "
      "$6, $7, $8, $9, $10, $11, $12)",
      {a.id, a.gemeente_id, a.huishouden_id, code(a.persoon_soort), a.persoon_id, text_or_null(a.ouder_id),
       codes_tekst(a.rechten), a.gebruikersnaam, a.wachtwoord_hash, a.totp_geheim, a.totp_laatste_stap,
       a.aangemaakt_op});
  for (const auto& h : herstelcode_hashes)
    tx.exec("INSERT INTO portaal_herstelcode (account_id, code_hash) VALUES ($1, $2)", {a.id, h});
  tx.exec(
      "UPDATE portaal_uitnodiging SET ingetrokken_op = $2 WHERE persoon_id = $1 AND gebruikt_op IS NULL AND "
      "ingetrokken_op IS NULL AND (account_id IS NULL OR account_id <> $3)",
      {a.persoon_id, a.aangemaakt_op, a.id});
}

std::optional<PortaalAccountRecord> account_met_naam(Tx& tx, const std::string& gebruikersnaam) {
  const auto r = tx.query_one(std::string{kAccount} + "WHERE gebruikersnaam = $1", {gebruikersnaam});
  if (!r) return std::nullopt;
  return account_uit(*r);
}

std::optional<PortaalAccountRecord> account(Tx& tx, const std::string& id) {
  const auto r = tx.query_one(std::string{kAccount} + "WHERE id = $1", {id});
  if (!r) return std::nullopt;
  return account_uit(*r);
}

bool gebruikersnaam_bestaat(Tx& tx, const std::string& gebruikersnaam) {
  return tx.query_one("SELECT 1 FROM portaal_account WHERE gebruikersnaam = $1", {gebruikersnaam})
      .has_value();
}

bool persoon_heeft_account(Tx& tx, const std::string& persoon_id) {
  return tx
      .query_one("SELECT 1 FROM portaal_account WHERE persoon_id = $1 AND ingetrokken_op IS NULL",
                 {persoon_id})
      .has_value();
}

std::vector<PortaalAccountRecord> accounts_van_huishouden(Tx& tx, const std::string& huishouden_id) {
  return map_rows(
      tx.query(std::string{kAccount} +
                   "WHERE huishouden_id = $1 AND ingetrokken_op IS NULL ORDER BY aangemaakt_op, id",
               {huishouden_id}),
      account_uit);
}

bool account_intrekken(Tx& tx, const std::string& huishouden_id, const std::string& persoon_id,
                       const std::string& op) {
  tx.exec(
      "UPDATE portaal_sessie SET ingetrokken_op = $3 WHERE ingetrokken_op IS NULL AND account_id IN (SELECT "
      "id FROM "
      "portaal_account WHERE huishouden_id = $1 AND persoon_id = $2 AND ingetrokken_op IS NULL)",
      {huishouden_id, persoon_id, op});
  return tx.exec(
             "UPDATE portaal_account SET ingetrokken_op = $3 WHERE huishouden_id = $1 AND persoon_id = $2 "
             "AND "
             "ingetrokken_op IS NULL",
             {huishouden_id, persoon_id, op}) > 0;
}

bool portaaltoegang_beeindigen(Tx& tx, const std::string& huishouden_id, const std::string& persoon_id,
                               const std::string& op) {
  const bool account = account_intrekken(tx, huishouden_id, persoon_id, op);
  const auto uitnodigingen = tx.exec(
      "UPDATE portaal_uitnodiging SET ingetrokken_op = $3 WHERE huishouden_id = $1 AND persoon_id = $2 AND "
      "gebruikt_op IS NULL AND ingetrokken_op IS NULL AND geldig_tot > $3",
      {huishouden_id, persoon_id, op});
  return account || uitnodigingen > 0;
}

bool totp_stap_gebruiken(Tx& tx, const std::string& account_id, std::int64_t stap) {
  return tx.exec("UPDATE portaal_account SET totp_laatste_stap = $2 WHERE id = $1 AND totp_laatste_stap < $2",
                 {account_id, stap}) == 1;
}

bool herstelcode_gebruiken(Tx& tx, const std::string& account_id, const std::string& code_hash,
                           const std::string& op) {
  return tx.exec(
             "UPDATE portaal_herstelcode SET gebruikt_op = $3 WHERE account_id = $1 AND code_hash = $2 AND "
             "gebruikt_op IS NULL",
             {account_id, code_hash, op}) == 1;
}

std::map<std::string, std::string> organisaties_van_medewerkers(Tx& tx, const std::vector<std::string>& ids) {
  std::map<std::string, std::string> namen;
  per_lijstdeel(ids, [&](const std::vector<Value>& waarden, const std::string& plaatsen) {
    for (const auto& r : tx.query("SELECT m.id, o.naam FROM medewerker m JOIN organisatie o ON o.id = "
                                  "m.organisatie_id WHERE m.id IN (" +
                                      plaatsen + ")",
                                  waarden)) {
      namen.emplace(r.text(0), r.text(1));
    }
  });
  return namen;
}

void portaal_sessie_invoegen(Tx& tx, const PortaalSessieRecord& s) {
  tx.exec(
      "INSERT INTO portaal_sessie (id, token_hash, account_id, csrf_hash, zekerheid, aangemaakt_op, "
      "laatst_gebruikt_op, verloopt_op) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {s.id, s.token_hash, s.account_id, s.csrf_hash, s.zekerheid, s.aangemaakt_op, s.laatst_gebruikt_op,
       s.verloopt_op});
}

std::optional<PortaalSessieRecord> portaal_sessie(Tx& tx, const std::string& token_hash) {
  const auto r = tx.query_one(std::string{kSessie} + "WHERE token_hash = $1", {token_hash});
  if (!r) return std::nullopt;
  return sessie_uit(*r);
}

std::vector<PortaalSessieRecord> portaal_sessies_van(Tx& tx, const std::string& account_id,
                                                     const std::string& nu) {
  return map_rows(tx.query(std::string{kSessie} +
                               "WHERE account_id = $1 AND id IS NOT NULL AND ingetrokken_op IS NULL AND "
                               "verloopt_op > $2 ORDER BY aangemaakt_op DESC, id",
                           {account_id, nu}),
                  sessie_uit);
}

bool portaal_sessie_beeindigen(Tx& tx, const std::string& account_id, const std::string& id,
                               const std::string& op) {
  return tx.exec(
             "UPDATE portaal_sessie SET ingetrokken_op = $3 WHERE account_id = $1 AND id = $2 AND "
             "ingetrokken_op IS NULL",
             {account_id, id, op}) == 1;
}

std::int64_t portaal_sessies_andere_beeindigen(Tx& tx, const std::string& account_id,
                                               const std::string& behalve_token_hash, const std::string& op) {
  return tx.exec(
      "UPDATE portaal_sessie SET ingetrokken_op = $3 WHERE account_id = $1 AND token_hash <> $2 AND "
      "ingetrokken_op IS NULL",
      {account_id, behalve_token_hash, op});
}

void portaal_sessie_aanraken(Tx& tx, const std::string& token_hash, const std::string& op) {
  tx.exec("UPDATE portaal_sessie SET laatst_gebruikt_op = $2 WHERE token_hash = $1", {token_hash, op});
}

void portaal_sessie_intrekken(Tx& tx, const std::string& token_hash, const std::string& op) {
  tx.exec("UPDATE portaal_sessie SET ingetrokken_op = $2 WHERE token_hash = $1 AND ingetrokken_op IS NULL",
          {token_hash, op});
}

}  // namespace regie::store
