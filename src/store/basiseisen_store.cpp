#include "store/basiseisen_store.hpp"

#include "store/codes.hpp"

namespace regie::store {

void basiseis_vastleggen(Tx& tx, const BasiseisRecord& b) {
  tx.exec(
      "INSERT INTO basiseis_vastlegging (organisatie_id, eis, voldaan, datum, bewijs, bijgewerkt_door, "
      "bijgewerkt_op) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (organisatie_id, eis) DO UPDATE SET "
      "voldaan = excluded.voldaan, datum = excluded.datum, bewijs = excluded.bewijs, "
      "bijgewerkt_door = excluded.bijgewerkt_door, bijgewerkt_op = excluded.bijgewerkt_op",
      {b.organisatie_id, code(b.eis), vlag(b.voldaan), domain::format_datum(b.datum), b.bewijs,
       b.bijgewerkt_door, b.bijgewerkt_op});
}

std::vector<BasiseisRecord> basiseisen_van_gemeente(Tx& tx, const std::string& gemeente_id) {
  return map_rows(
      tx.query(
          "SELECT b.organisatie_id, b.eis, b.voldaan, b.datum, b.bewijs, b.bijgewerkt_door, b.bijgewerkt_op "
          "FROM basiseis_vastlegging b JOIN organisatie o ON o.id = b.organisatie_id "
          "WHERE o.gemeente_id = $1",
          {gemeente_id}),
      [](const Row& r) {
        return BasiseisRecord{
            r.text(0), code_uit<domain::Basiseis>(r, 1), r.boolean(2), datum_uit(r, 3), r.text(4), r.text(5),
            r.text(6)};
      });
}

std::map<std::string, domain::OrganisatieFeiten> organisatiefeiten(Tx& tx, const std::string& gemeente_id) {
  std::map<std::string, domain::OrganisatieFeiten> uit;
  // Regisseurs, their basic training, and whether a positive assessment led to one of their certifications.
  for (const auto& r : tx.query(
           "SELECT m.organisatie_id, count(*), count(b.medewerker_id), sum(CASE WHEN EXISTS (SELECT 1 FROM "
           "competentiebeoordeling c WHERE c.medewerker_id = m.id AND c.positief = 1 AND c.certificering_id "
           "IS "
           "NOT NULL) THEN 1 ELSE 0 END) FROM medewerker m "
           "JOIN medewerker_rol r ON r.medewerker_id = m.id AND r.rol = 'regisseur' "
           "JOIN organisatie o ON o.id = m.organisatie_id "
           "LEFT JOIN basistraining b ON b.medewerker_id = m.id "
           "WHERE o.gemeente_id = $1 GROUP BY m.organisatie_id",
           {gemeente_id})) {
    auto& f = uit[r.text(0)];
    f.regisseurs = static_cast<int>(r.integer(1));
    f.met_basistraining = static_cast<int>(r.integer(2));
    f.regisseurs_beoordeeld = static_cast<int>(r.integer(3));
  }
  // Active accounts with the aandachtsfunctionaris role: not blocked.
  for (const auto& r : tx.query(
           "SELECT m.organisatie_id, count(*) FROM medewerker m "
           "JOIN medewerker_rol r ON r.medewerker_id = m.id AND r.rol = 'aandachtsfunctionaris' "
           "JOIN organisatie o ON o.id = m.organisatie_id LEFT JOIN gebruiker g ON g.medewerker_id = m.id "
           "WHERE o.gemeente_id = $1 AND COALESCE(g.geblokkeerd, 0) = 0 GROUP BY m.organisatie_id",
           {gemeente_id}))
    uit[r.text(0)].aandachtsfunctionarissen = static_cast<int>(r.integer(1));
  // An implementation plan with an action under way or done.
  for (const auto& r :
       tx.query("SELECT DISTINCT p.organisatie_id FROM implementatieplan p JOIN implementatie_actie a ON "
                "a.plan_id "
                "= p.id WHERE p.gemeente_id = $1 AND p.organisatie_id IS NOT NULL AND a.stand IN ('bezig', "
                "'gereed')",
                {gemeente_id}))
    uit[r.text(0)].implementatieplan_met_voortgang = true;
  return uit;
}

std::vector<RegisseurScholing> regisseurs_scholing(Tx& tx, const std::string& organisatie_id) {
  return map_rows(tx.query("SELECT m.id, m.naam, t.naam, b.datum FROM medewerker m "
                           "JOIN medewerker_rol r ON r.medewerker_id = m.id AND r.rol = 'regisseur' "
                           "LEFT JOIN team t ON t.id = m.team_id "
                           "LEFT JOIN basistraining b ON b.medewerker_id = m.id "
                           "WHERE m.organisatie_id = $1 ORDER BY m.naam, m.id",
                           {organisatie_id}),
                  [](const Row& r) {
                    return RegisseurScholing{r.text(0), r.text(1), r.opt_text(2), opt_datum_uit(r, 3)};
                  });
}

void basistraining_vastleggen(Tx& tx, const std::string& medewerker_id,
                              const std::optional<domain::Datum>& datum, const std::string& door,
                              const std::string& nu) {
  if (!datum) {
    tx.exec("DELETE FROM basistraining WHERE medewerker_id = $1", {medewerker_id});
    return;
  }
  tx.exec(
      "INSERT INTO basistraining (medewerker_id, datum, vastgelegd_door, vastgelegd_op) VALUES ($1, $2, $3, "
      "$4) "
      "ON CONFLICT (medewerker_id) DO UPDATE SET datum = excluded.datum, vastgelegd_door = "
      "excluded.vastgelegd_door, vastgelegd_op = excluded.vastgelegd_op",
      {medewerker_id, domain::format_datum(*datum), door, nu});
}

}  // namespace regie::store
