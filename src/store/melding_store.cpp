#include "store/melding_store.hpp"

#include "store/codes.hpp"

namespace regie::store {
namespace {

constexpr std::string_view kFilter =
    " FROM melding n WHERE n.ontvanger_id = $1 AND n.gemeente_id = $2 AND ($3 = 0 OR n.gelezen_op IS NULL)";

std::vector<Value> params(const MeldingVraag& v) {
  return {v.ontvanger_id, v.gemeente_id, std::int64_t{v.alleen_ongelezen ? 1 : 0}};
}

}  // namespace

void meldingen_invoegen(Tx& tx, const std::vector<MeldingRecord>& meldingen) {
  for (const auto& m : meldingen) {
    tx.exec(
        "INSERT INTO melding (id, gemeente_id, ontvanger_id, soort, huishouden_id, door_id, aangemaakt_op, "
        "sleutel) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
        {m.id, m.gemeente_id, m.ontvanger_id, code(m.soort), text_or_null(m.huishouden_id),
         text_or_null(m.door_id), m.aangemaakt_op, text_or_null(m.sleutel)});
  }
}

std::vector<MeldingRecord> meldingen(Tx& tx, const MeldingVraag& v) {
  auto p = params(v);
  p.emplace_back(std::int64_t{v.limit});
  p.emplace_back(std::int64_t{v.offset});
  return map_rows(
      tx.query(
          "SELECT n.id, n.gemeente_id, n.ontvanger_id, n.soort, n.huishouden_id, n.door_id, n.aangemaakt_op, "
          "n.gelezen_op, COALESCE((SELECT m.naam || ', ' || o.naam FROM medewerker m JOIN organisatie o ON "
          "o.id = m.organisatie_id WHERE m.id = n.door_id), ''), COALESCE((SELECT h.naam FROM huishouden h "
          "WHERE h.id = n.huishouden_id), '')" +
              std::string{kFilter} + " ORDER BY n.aangemaakt_op DESC, n.id LIMIT $4 OFFSET $5",
          p),
      [](const Row& r) {
        return MeldingRecord{r.text(0),     r.text(1),     r.text(2), code_uit<domain::MeldingSoort>(r, 3),
                             r.opt_text(4), r.opt_text(5), r.text(6), r.opt_text(7),
                             r.text(8),     r.text(9)};
      });
}

std::int64_t meldingen_totaal(Tx& tx, const MeldingVraag& v) {
  return tx.query("SELECT count(*)" + std::string{kFilter}, params(v)).at(0).integer(0);
}

bool melding_gelezen(Tx& tx, const std::string& id, const std::string& ontvanger_id,
                     const std::string& gemeente_id, const std::string& op) {
  // Marking it again keeps the first moment, and still counts as found.
  return tx.exec(
             "UPDATE melding SET gelezen_op = COALESCE(gelezen_op, $4) "
             "WHERE id = $1 AND ontvanger_id = $2 AND gemeente_id = $3",
             {id, ontvanger_id, gemeente_id, op}) == 1;
}

std::int64_t alle_meldingen_gelezen(Tx& tx, const std::string& ontvanger_id, const std::string& gemeente_id,
                                    const std::string& op) {
  return tx.exec(
      "UPDATE melding SET gelezen_op = $3 WHERE ontvanger_id = $1 AND gemeente_id = $2 AND gelezen_op IS "
      "NULL",
      {ontvanger_id, gemeente_id, op});
}

}  // namespace regie::store
