#include "store/mijn_acties_store.hpp"

#include "store/codes.hpp"

namespace regie::store {
namespace {

// Parameters: $1 medewerker, $2 gemeente, $3 1 when done and stopped actions count too. Only the current
// plan of a household that is not closed, and only while he is still involved in it.
std::string mijn_acties_sql(std::string_view kolommen) {
  return "SELECT " + std::string{kolommen} +
         " FROM op_actie a JOIN ondersteuningsplan op ON op.id = a.plan_id "
         "JOIN huishouden hh ON hh.id = op.huishouden_id "
         "JOIN op_doel d ON d.plan_id = a.plan_id AND d.doel_id = a.doel_id "
         "WHERE a.eigenaar_soort = 'medewerker' AND a.eigenaar_id = $1 AND hh.gemeente_id = $2 "
         "AND hh.fase <> 'afgesloten' AND ($3 = 1 OR a.status IN ('open', 'bezig')) "
         "AND op.versie = (SELECT max(o2.versie) FROM ondersteuningsplan o2 WHERE o2.huishouden_id = hh.id) "
         "AND EXISTS (SELECT 1 FROM betrokkenheid b WHERE b.huishouden_id = hh.id AND b.medewerker_id = $1 "
         "AND b.tot IS NULL)";
}

std::vector<Value> params(const MijnActiesVraag& v) {
  return {v.medewerker_id, v.gemeente_id, std::int64_t{v.ook_afgerond ? 1 : 0}};
}

}  // namespace

std::vector<MijnActieRij> mijn_acties(Tx& tx, const MijnActiesVraag& v) {
  auto p = params(v);
  p.emplace_back(std::int64_t{v.limit});
  p.emplace_back(std::int64_t{v.offset});
  return map_rows(
      tx.query(
          mijn_acties_sql("hh.id, hh.naam, a.actie_id, a.omschrijving, d.omschrijving, a.uiterlijk, "
                          "a.status, a.status_versie") +
              " ORDER BY (a.uiterlijk IS NULL), a.uiterlijk, hh.naam, hh.id, a.volgnr LIMIT $4 OFFSET $5",
          p),
      [](const Row& r) {
        return MijnActieRij{r.text(0),
                            r.text(1),
                            r.text(2),
                            r.text(3),
                            r.text(4),
                            r.opt_text(5),
                            code_uit<domain::ActieStatus>(r, 6),
                            static_cast<int>(r.integer(7))};
      });
}

std::int64_t mijn_acties_totaal(Tx& tx, const MijnActiesVraag& v) {
  return tx.query(mijn_acties_sql("count(*)"), params(v)).at(0).integer(0);
}

}  // namespace regie::store
