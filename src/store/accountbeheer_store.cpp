#include "store/accountbeheer_store.hpp"

namespace regie::store {

std::vector<AccountRegel> accounts_van_gemeente(Tx& tx, const std::string& gemeente_id, const std::string& nu,
                                                int limit, int offset) {
  const auto rijen = tx.query(
      "SELECT g.id, g.gebruikersnaam, m.naam, o.naam, g.geblokkeerd, CASE WHEN g.totp_geheim IS NULL THEN 0 "
      "ELSE 1 END, (SELECT count(*) FROM sessie s WHERE "
      "s.gebruiker_id = g.id AND s.ingetrokken_op IS NULL AND s.verloopt_op > $2) FROM gebruiker g JOIN "
      "medewerker m ON m.id = g.medewerker_id JOIN organisatie o ON o.id = m.organisatie_id WHERE "
      "o.gemeente_id = $1 ORDER BY g.gebruikersnaam LIMIT $3 OFFSET $4",
      {gemeente_id, nu, static_cast<std::int64_t>(limit), static_cast<std::int64_t>(offset)});
  std::vector<AccountRegel> uit;
  for (const auto& r : rijen)
    uit.push_back(
        {r.text(0), r.text(1), r.text(2), r.text(3), r.integer(4) != 0, r.integer(5) != 0, r.integer(6)});
  return uit;
}

std::int64_t accounts_van_gemeente_totaal(Tx& tx, const std::string& gemeente_id) {
  return tx
      .query_one(
          "SELECT count(*) FROM gebruiker g JOIN medewerker m ON m.id = g.medewerker_id JOIN organisatie o "
          "ON "
          "o.id = m.organisatie_id WHERE o.gemeente_id = $1",
          {gemeente_id})
      ->integer(0);
}

}  // namespace regie::store
