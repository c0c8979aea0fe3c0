#include "store/inlog_mislukt_store.hpp"

namespace regie::store {
namespace {

std::vector<MisluktTelling> tellen(Tx& tx, std::string_view kolom, const std::string& gemeente_id,
                                   const std::string& dag, const std::string& week, int max) {
  const std::string k{kolom};
  const auto rijen =
      tx.query("SELECT " + k +
                   ", SUM(CASE WHEN op >= $2 THEN 1 ELSE 0 END), COUNT(*), MAX(op) FROM inlog_mislukt WHERE "
                   "gemeente_id = $1 AND op >= $3 GROUP BY " +
                   k + " ORDER BY MAX(op) DESC, " + k + " LIMIT $4",
               {gemeente_id, dag, week, static_cast<std::int64_t>(max)});
  std::vector<MisluktTelling> uit;
  for (const auto& r : rijen) uit.push_back({r.text(0), r.integer(1), r.integer(2), r.text(3)});
  return uit;
}

}  // namespace

void inlog_mislukt_vastleggen(Tx& tx, const InlogMisluktRecord& r, const std::string& vergeten_voor) {
  tx.exec("DELETE FROM inlog_mislukt WHERE op < $1", {vergeten_voor});
  tx.exec(
      "INSERT INTO inlog_mislukt (id, op, gebruikersnaam, adres, gemeente_id) VALUES ($1, $2, $3, $4, $5)",
      {r.id, r.op, r.gebruikersnaam, r.adres, text_or_null(r.gemeente_id)});
}

std::vector<MisluktTelling> mislukt_per_account(Tx& tx, const std::string& gemeente_id,
                                                const std::string& dag, const std::string& week, int max) {
  return tellen(tx, "gebruikersnaam", gemeente_id, dag, week, max);
}

std::vector<MisluktTelling> mislukt_per_adres(Tx& tx, const std::string& gemeente_id, const std::string& dag,
                                              const std::string& week, int max) {
  return tellen(tx, "adres", gemeente_id, dag, week, max);
}

bool adres_bij_gemeente(Tx& tx, const std::string& gemeente_id, const std::string& adres,
                        const std::string& week) {
  return tx
      .query_one("SELECT 1 FROM inlog_mislukt WHERE gemeente_id = $1 AND adres = $2 AND op >= $3 LIMIT 1",
                 {gemeente_id, adres, week})
      .has_value();
}

}  // namespace regie::store
