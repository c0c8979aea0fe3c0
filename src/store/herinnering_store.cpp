#include "store/herinnering_store.hpp"

namespace regie::store {
namespace {

// Only the newest version of a household's support plan counts.
constexpr std::string_view kHuidigPlan =
    "op.versie = (SELECT max(o2.versie) FROM ondersteuningsplan o2 WHERE o2.huishouden_id = hh.id)";

}  // namespace

std::string actie_sleutel(const OverTijdActie& a) { return a.actie_id + ":" + a.uiterlijk; }

std::string evaluatie_sleutel(const NaderendeEvaluatie& e) {
  return e.huishouden_id + ":" + e.evaluatiedatum;
}

std::vector<OverTijdActie> acties_over_tijd(Tx& tx, const std::string& gemeente_id,
                                            const std::string& vandaag) {
  return map_rows(
      tx.query(
          "SELECT hh.id, a.actie_id, a.eigenaar_id, a.uiterlijk FROM op_actie a "
          "JOIN ondersteuningsplan op ON op.id = a.plan_id JOIN huishouden hh ON hh.id = op.huishouden_id "
          "WHERE hh.gemeente_id = $1 AND hh.fase <> 'afgesloten' AND a.eigenaar_soort = 'medewerker' "
          "AND a.status IN ('open', 'bezig') AND a.uiterlijk < $2 AND " +
              std::string{kHuidigPlan} +
              " AND EXISTS (SELECT 1 FROM betrokkenheid b WHERE b.huishouden_id = hh.id "
              "AND b.medewerker_id = a.eigenaar_id AND b.tot IS NULL) "
              "AND NOT EXISTS (SELECT 1 FROM melding n WHERE n.ontvanger_id = a.eigenaar_id "
              "AND n.soort = 'actie_over_tijd' AND n.sleutel = a.actie_id || ':' || a.uiterlijk) "
              "ORDER BY hh.id, a.actie_id",
          {gemeente_id, vandaag}),
      [](const Row& r) {
        return OverTijdActie{r.text(0), r.text(1), r.text(2), r.text(3)};
      });
}

std::vector<NaderendeEvaluatie> naderende_evaluaties(Tx& tx, const std::string& gemeente_id,
                                                     const std::string& vandaag, const std::string& tot) {
  return map_rows(
      tx.query("SELECT hh.id, op.evaluatiedatum FROM ondersteuningsplan op "
               "JOIN huishouden hh ON hh.id = op.huishouden_id "
               "WHERE hh.gemeente_id = $1 AND hh.fase <> 'afgesloten' AND op.evaluatiedatum >= $2 "
               "AND op.evaluatiedatum <= $3 AND " +
                   std::string{kHuidigPlan} +
                   " AND NOT EXISTS (SELECT 1 FROM melding n WHERE n.huishouden_id = hh.id "
                   "AND n.soort = 'evaluatie_nadert' AND n.sleutel = hh.id || ':' || op.evaluatiedatum) "
                   "ORDER BY hh.id",
               {gemeente_id, vandaag, tot}),
      [](const Row& r) {
        return NaderendeEvaluatie{r.text(0), r.text(1)};
      });
}

}  // namespace regie::store
