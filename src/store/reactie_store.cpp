#include "store/reactie_store.hpp"

#include "store/codes.hpp"

namespace regie::store {
namespace {

constexpr std::string_view kReactie =
    "SELECT id, gemeente_id, huishouden_id, persoon_soort, persoon_id, soort, doel_id, plan_versie, tekst, "
    "ingediend_op, uitkomst, antwoord, in_versie, beantwoord_door, beantwoord_op FROM portaal_reactie ";

std::optional<int> opt_int(const Row& r, std::size_t i) {
  const auto v = r.opt_integer(i);
  return v ? std::optional<int>{static_cast<int>(*v)} : std::nullopt;
}

ReactieRecord reactie_uit(const Row& r) {
  return {r.text(0),
          r.text(1),
          r.text(2),
          code_uit<domain::PersoonSoort>(r, 3),
          r.text(4),
          code_uit<domain::ReactieSoort>(r, 5),
          r.opt_text(6),
          opt_int(r, 7),
          r.text(8),
          r.text(9),
          opt_code_uit<domain::ReactieUitkomst>(r, 10),
          r.opt_text(11),
          opt_int(r, 12),
          r.opt_text(13),
          r.opt_text(14)};
}

Value opt_getal(const std::optional<int>& i) { return i ? Value{std::int64_t{*i}} : null(); }

// The filter every list of reactions uses: one household, maybe some persons only, maybe open ones only;
// its parameters start with $1, and the LIMIT and OFFSET follow them.
std::string filter(const ReactieVraag& v, std::vector<Value>& params) {
  params = {v.huishouden_id, vlag(v.alleen_open)};
  std::string sql = "WHERE huishouden_id = $1 AND ($2 = 0 OR uitkomst IS NULL) ";
  if (!v.personen.empty()) {
    sql += "AND persoon_id IN (";
    for (std::size_t i = 0; i < v.personen.size(); ++i) {
      sql += (i ? ", $" : "$") + std::to_string(params.size() + 1);
      params.emplace_back(v.personen[i]);
    }
    sql += ") ";
  }
  return sql;
}

}  // namespace

void reactie_invoegen(Tx& tx, const ReactieRecord& r) {
  tx.exec(
      "INSERT INTO portaal_reactie (id, gemeente_id, huishouden_id, persoon_soort, persoon_id, soort, "
      "doel_id, "
      "plan_versie, tekst, ingediend_op) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      {r.id, r.gemeente_id, r.huishouden_id, code(r.persoon_soort), r.persoon_id, code(r.soort),
       text_or_null(r.doel_id), opt_getal(r.plan_versie), r.tekst, r.ingediend_op});
}

std::vector<ReactieRecord> reacties(Tx& tx, const ReactieVraag& v) {
  std::vector<Value> params;
  auto sql = std::string{kReactie} + filter(v, params);
  sql += "ORDER BY (uitkomst IS NULL) DESC, ingediend_op DESC, id LIMIT $" +
         std::to_string(params.size() + 1) + " OFFSET $" + std::to_string(params.size() + 2);
  params.emplace_back(std::int64_t{v.limit});
  params.emplace_back(std::int64_t{v.offset});
  return map_rows(tx.query(sql, params), reactie_uit);
}

std::int64_t reacties_totaal(Tx& tx, const ReactieVraag& v) {
  std::vector<Value> params;
  const auto sql = "SELECT count(*) FROM portaal_reactie " + filter(v, params);
  return tx.query(sql, params).at(0).integer(0);
}

std::optional<ReactieRecord> reactie(Tx& tx, const std::string& huishouden_id, const std::string& id) {
  const auto r =
      tx.query_one(std::string{kReactie} + "WHERE huishouden_id = $1 AND id = $2", {huishouden_id, id});
  if (!r) return std::nullopt;
  return reactie_uit(*r);
}

bool reactie_beantwoorden(Tx& tx, const std::string& id, const ReactieAntwoord& a) {
  return tx.exec(
             "UPDATE portaal_reactie SET uitkomst = $2, antwoord = $3, in_versie = $4, beantwoord_door = $5, "
             "beantwoord_op = $6 WHERE id = $1 AND uitkomst IS NULL",
             {id, code(a.uitkomst), a.antwoord, opt_getal(a.in_versie), a.door, a.op}) == 1;
}

}  // namespace regie::store
