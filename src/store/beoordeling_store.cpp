#include "store/beoordeling_store.hpp"

#include <map>

#include "store/codes.hpp"

namespace regie::store {

void beoordeling_invoegen(Tx& tx, const BeoordelingRecord& b) {
  tx.exec(
      "INSERT INTO competentiebeoordeling (id, medewerker_id, rol, profiel, datum, volledig, positief, "
      "certificering_id, beoordeeld_door, vastgelegd_op) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      {b.id, b.medewerker_id, code(b.profiel.rol), code(b.profiel.profiel), domain::format_datum(b.datum),
       vlag(b.volledig), vlag(b.positief), text_or_null(b.certificering_id), b.beoordeeld_door,
       b.vastgelegd_op});
  std::int64_t volgnr = 0;
  for (const auto& g : b.gebieden) {
    tx.exec(
        "INSERT INTO competentiebeoordeling_gebied (beoordeling_id, gebied, oordeel, notitie, volgnr) "
        "VALUES ($1, $2, $3, $4, $5)",
        {b.id, g.gebied, code(g.oordeel), g.notitie, ++volgnr});
  }
}

std::vector<BeoordelingRecord> beoordelingen_van(Tx& tx, const std::string& medewerker_id) {
  auto uit = map_rows(
      tx.query("SELECT id, medewerker_id, rol, profiel, datum, volledig, positief, certificering_id, "
               "beoordeeld_door, vastgelegd_op FROM competentiebeoordeling WHERE medewerker_id = $1 "
               "ORDER BY datum DESC, vastgelegd_op DESC, id",
               {medewerker_id}),
      [](const Row& r) {
        BeoordelingRecord b;
        b.id = r.text(0);
        b.medewerker_id = r.text(1);
        b.profiel = {code_uit<domain::Rol>(r, 2), code_uit<domain::Profiel>(r, 3)};
        b.datum = datum_uit(r, 4);
        b.volledig = r.boolean(5);
        b.positief = r.boolean(6);
        b.certificering_id = r.opt_text(7);
        b.beoordeeld_door = r.text(8);
        b.vastgelegd_op = r.text(9);
        return b;
      });
  std::map<std::string, BeoordelingRecord*> per_id;
  for (auto& b : uit) per_id[b.id] = &b;
  for (const auto& r : tx.query("SELECT g.beoordeling_id, g.gebied, g.oordeel, g.notitie "
                                "FROM competentiebeoordeling_gebied g "
                                "JOIN competentiebeoordeling b ON b.id = g.beoordeling_id "
                                "WHERE b.medewerker_id = $1 ORDER BY g.beoordeling_id, g.volgnr",
                                {medewerker_id})) {
    per_id.at(r.text(0))->gebieden.push_back({r.text(1), code_uit<domain::Beoordeling>(r, 2), r.text(3)});
  }
  return uit;
}

}  // namespace regie::store
