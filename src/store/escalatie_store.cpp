#include "store/escalatie_store.hpp"

#include "store/codes.hpp"

namespace regie::store {
namespace {

constexpr std::string_view kKolommen =
    "id, huishouden_id, soort, toelichting, niveau, geopend_door, geopend_op, uitkomst, gesloten_door, "
    "gesloten_op, versie";

EscalatieRecord escalatie_uit(Tx& tx, const Row& r) {
  EscalatieRecord e;
  e.id = r.text(0);
  e.huishouden_id = r.text(1);
  e.soort = code_uit<domain::StagnatieSamenwerking>(r, 2);
  e.toelichting = r.text(3);
  if (const auto n = r.opt_integer(4)) e.niveau = domain::niveau_uit_nummer(static_cast<int>(*n));
  e.geopend_door = r.text(5);
  e.geopend_op = r.text(6);
  e.uitkomst = r.opt_text(7);
  e.gesloten_door = r.opt_text(8);
  e.gesloten_op = r.opt_text(9);
  e.versie = static_cast<int>(r.integer(10));
  for (const auto& m : tx.query("SELECT partij, toelichting, geinformeerd_door, geinformeerd_op FROM "
                                "escalatie_melding WHERE escalatie_id = $1 "
                                "ORDER BY geinformeerd_op",
                                {e.id})) {
    e.meldingen.push_back({code_uit<domain::EscalatiePartij>(m, 0), m.text(1), m.text(2), m.text(3)});
  }
  return e;
}

}  // namespace

void escalatie_invoegen(Tx& tx, const EscalatieRecord& e) {
  tx.exec(
      "INSERT INTO escalatie (id, huishouden_id, soort, toelichting, niveau, geopend_door, geopend_op) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {e.id, e.huishouden_id, code(e.soort), e.toelichting,
       e.niveau ? Value{std::int64_t{domain::nummer(*e.niveau)}} : null(), e.geopend_door, e.geopend_op});
}

std::optional<EscalatieRecord> escalatie(Tx& tx, const std::string& id) {
  return map_row(tx.query_one("SELECT " + std::string{kKolommen} + " FROM escalatie WHERE id = $1", {id}),
                 [&](const Row& r) { return escalatie_uit(tx, r); });
}

std::vector<EscalatieRecord> escalaties(Tx& tx, const std::string& huishouden_id) {
  return map_rows(tx.query("SELECT " + std::string{kKolommen} +
                               " FROM escalatie WHERE huishouden_id = $1 ORDER BY geopend_op DESC, id",
                           {huishouden_id}),
                  [&](const Row& r) { return escalatie_uit(tx, r); });
}

bool escalatie_melding_toevoegen(Tx& tx, const std::string& id, int versie, const EscalatieMeldingRecord& m) {
  if (tx.exec(
          "UPDATE escalatie SET versie = versie + 1 WHERE id = $1 AND versie = $2 AND gesloten_op IS NULL",
          {id, std::int64_t{versie}}) != 1) {
    return false;
  }
  tx.exec(
      "INSERT INTO escalatie_melding (escalatie_id, partij, toelichting, geinformeerd_door, geinformeerd_op) "
      "VALUES ($1, $2, $3, $4, $5)",
      {id, code(m.partij), m.toelichting, m.geinformeerd_door, m.geinformeerd_op});
  return true;
}

bool escalatie_sluiten(Tx& tx, const std::string& id, int versie, const std::string& uitkomst,
                       const std::string& door, const std::string& op) {
  return tx.exec(
             "UPDATE escalatie SET uitkomst = $3, gesloten_door = $4, gesloten_op = $5, versie = versie + 1 "
             "WHERE id = $1 AND versie = $2 AND gesloten_op IS NULL",
             {id, std::int64_t{versie}, uitkomst, door, op}) == 1;
}

}  // namespace regie::store
