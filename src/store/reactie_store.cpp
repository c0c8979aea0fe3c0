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

// The filter every list of reactions uses: one household, maybe one person, maybe open ones only.
constexpr std::string_view kFilter =
    "WHERE huishouden_id = $1 AND ($2 = '' OR persoon_id = $2) AND ($3 = 0 OR uitkomst IS NULL) ";

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
  return map_rows(tx.query(std::string{kReactie} + std::string{kFilter} +
                               "ORDER BY (uitkomst IS NULL) DESC, ingediend_op DESC, id LIMIT $4 OFFSET $5",
                           {v.huishouden_id, v.persoon_id.value_or(""), vlag(v.alleen_open),
                            std::int64_t{v.limit}, std::int64_t{v.offset}}),
                  reactie_uit);
}

std::int64_t reacties_totaal(Tx& tx, const ReactieVraag& v) {
  return tx
      .query_one("SELECT count(*) FROM portaal_reactie " + std::string{kFilter},
                 {v.huishouden_id, v.persoon_id.value_or(""), vlag(v.alleen_open)})
      ->integer(0);
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
