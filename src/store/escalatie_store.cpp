#include "store/escalatie_store.hpp"

#include "store/codes.hpp"

namespace regie::store {
namespace {

constexpr std::string_view kKolommen =
    "e.id, e.huishouden_id, e.soort, e.toelichting, e.niveau, e.geopend_door, e.geopend_op, e.uitkomst, "
    "e.gesloten_door, e.gesloten_op, e.versie, COALESCE(m.naam, '') FROM escalatie e LEFT JOIN medewerker m "
    "ON "
    "m.id = e.geopend_door";

EscalatieRecord escalatie_uit(Tx& tx, const Row& r) {
  EscalatieRecord e;
  e.id = r.text(0);
  e.huishouden_id = r.text(1);
  e.soort = code_uit<domain::EscalatieAanleiding>(r, 2);
  e.toelichting = r.text(3);
  if (const auto n = r.opt_integer(4)) e.niveau = domain::niveau_uit_nummer(static_cast<int>(*n));
  e.geopend_door = r.text(5);
  e.geopend_op = r.text(6);
  e.uitkomst = r.opt_text(7);
  e.gesloten_door = r.opt_text(8);
  e.gesloten_op = r.opt_text(9);
  e.versie = static_cast<int>(r.integer(10));
  e.geopend_door_naam = r.text(11);
  for (const auto& m : tx.query(
           "SELECT em.partij, em.toelichting, em.geinformeerd_door, em.geinformeerd_op, em.wie, em.datum, "
           "em.reden_overslaan, COALESCE(w.naam, '') FROM escalatie_melding em LEFT JOIN medewerker w ON "
           "w.id = em.geinformeerd_door WHERE em.escalatie_id = $1 ORDER BY em.geinformeerd_op",
           {e.id})) {
    e.meldingen.push_back({code_uit<domain::EscalatiePartij>(m, 0), m.text(1), m.text(2), m.text(3),
                           m.opt_text(4), m.text(5), m.opt_text(6), m.text(7)});
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
  return map_row(tx.query_one("SELECT " + std::string{kKolommen} + " WHERE e.id = $1", {id}),
                 [&](const Row& r) { return escalatie_uit(tx, r); });
}

std::vector<EscalatieRecord> escalaties(Tx& tx, const std::string& huishouden_id) {
  return map_rows(tx.query("SELECT " + std::string{kKolommen} +
                               " WHERE e.huishouden_id = $1 ORDER BY e.geopend_op DESC, e.id",
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
      "INSERT INTO escalatie_melding (escalatie_id, partij, toelichting, geinformeerd_door, geinformeerd_op, "
      "wie, datum, reden_overslaan) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {id, code(m.partij), m.toelichting, m.geinformeerd_door, m.geinformeerd_op, text_or_null(m.wie),
       m.datum, text_or_null(m.reden_overslaan)});
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
