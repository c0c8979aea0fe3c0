#include "store/regio_store.hpp"

#include "store/codes.hpp"

namespace regie::store {

void contract_vastleggen(Tx& tx, const std::string& organisatie_id, const std::string& gemeente_id,
                         const std::string& sinds) {
  tx.exec(
      "INSERT INTO organisatie_contract (organisatie_id, gemeente_id, sinds) VALUES ($1, $2, $3) "
      "ON CONFLICT (organisatie_id, gemeente_id) DO UPDATE SET sinds = $3, beeindigd_op = NULL",
      {organisatie_id, gemeente_id, sinds});
}

bool contract_beeindigen(Tx& tx, const std::string& organisatie_id, const std::string& gemeente_id,
                         const std::string& op) {
  return tx.exec(
             "UPDATE organisatie_contract SET beeindigd_op = $3 WHERE organisatie_id = $1 AND gemeente_id = "
             "$2 "
             "AND beeindigd_op IS NULL",
             {organisatie_id, gemeente_id, op}) == 1;
}

domain::Werkrelatie werkrelatie(Tx& tx, const std::string& medewerker_id, const std::string& gemeente_id) {
  const auto r = tx.query_one(
      "SELECT CASE WHEN o.gemeente_id = $2 THEN 'eigen' WHEN EXISTS (SELECT 1 FROM organisatie_contract c "
      "WHERE c.organisatie_id = o.id AND c.gemeente_id = $2 AND c.beeindigd_op IS NULL) THEN "
      "'gecontracteerd' "
      "ELSE 'geen' END FROM medewerker m JOIN organisatie o ON o.id = m.organisatie_id WHERE m.id = $1",
      {medewerker_id, gemeente_id});
  return r ? code_uit<domain::Werkrelatie>(*r, 0) : domain::Werkrelatie::geen;
}

std::vector<ContractRecord> lopende_contracten(Tx& tx, const std::string& organisatie_id) {
  return map_rows(
      tx.query("SELECT g.id, g.naam, c.sinds FROM organisatie_contract c JOIN gemeente g ON g.id = "
               "c.gemeente_id WHERE c.organisatie_id = $1 AND c.beeindigd_op IS NULL ORDER BY g.naam",
               {organisatie_id}),
      [](const Row& r) {
        return ContractRecord{r.text(0), r.text(1), r.text(2)};
      });
}

std::vector<WerkgemeenteRecord> werkgemeenten(Tx& tx, const std::string& medewerker_id) {
  return map_rows(
      tx.query(
          "SELECT g.id AS id, g.naam AS naam, 'eigen' AS relatie, 0 AS volgorde FROM medewerker m "
          "JOIN organisatie o ON o.id = m.organisatie_id JOIN gemeente g ON g.id = o.gemeente_id "
          "WHERE m.id = $1 "
          "UNION ALL SELECT g.id, g.naam, 'gecontracteerd', 1 FROM medewerker m "
          "JOIN organisatie_contract c ON c.organisatie_id = m.organisatie_id AND c.beeindigd_op IS NULL "
          "JOIN organisatie o ON o.id = m.organisatie_id JOIN gemeente g ON g.id = c.gemeente_id "
          "WHERE m.id = $1 AND c.gemeente_id <> o.gemeente_id ORDER BY volgorde, naam",
          {medewerker_id}),
      [](const Row& r) {
        return WerkgemeenteRecord{r.text(0), r.text(1), code_uit<domain::Werkrelatie>(r, 2)};
      });
}

}  // namespace regie::store
