#include "store/implementatie_store.hpp"

#include "store/codes.hpp"

namespace regie::store {
namespace {

constexpr std::string_view kPlan =
    "SELECT p.id, p.gemeente_id, p.organisatie_id, o.naam, p.gestart_door, p.gestart_op FROM "
    "implementatieplan p "
    "LEFT JOIN organisatie o ON o.id = p.organisatie_id";

ImplementatieplanRecord plan_uit(const Row& r) {
  return {r.text(0), r.text(1), r.opt_text(2), r.opt_text(3), r.text(4), r.text(5)};
}

constexpr std::string_view kActie =
    "SELECT id, plan_id, sectie, sjabloon_code, omschrijving, optioneel, verantwoordelijke, gepland, stand, "
    "reden, "
    "notities, volgorde, versie, bijgewerkt_door, bijgewerkt_op FROM implementatie_actie";

ImplementatieActieRecord actie_uit(const Row& r) {
  ImplementatieActieRecord a;
  a.id = r.text(0);
  a.plan_id = r.text(1);
  a.actie.sectie = r.text(2).at(0);
  a.actie.sjabloon_code = r.opt_text(3);
  a.actie.omschrijving = r.text(4);
  a.actie.optioneel = r.boolean(5);
  a.actie.verantwoordelijke = r.opt_text(6);
  a.actie.gepland = opt_datum_uit(r, 7);
  a.actie.stand = code_uit<domain::ActieStand>(r, 8);
  a.actie.reden = r.opt_text(9);
  a.notities = r.text(10);
  a.volgorde = static_cast<int>(r.integer(11));
  a.versie = static_cast<int>(r.integer(12));
  a.bijgewerkt_door = r.text(13);
  a.bijgewerkt_op = r.text(14);
  return a;
}

}  // namespace

void implementatieplan_invoegen(Tx& tx, const ImplementatieplanRecord& p) {
  tx.exec(
      "INSERT INTO implementatieplan (id, gemeente_id, organisatie_id, gestart_door, gestart_op) VALUES ($1, "
      "$2, "
      "$3, $4, $5)",
      {p.id, p.gemeente_id, text_or_null(p.organisatie_id), p.gestart_door, p.gestart_op});
}

std::optional<ImplementatieplanRecord> implementatieplan(Tx& tx, const std::string& id) {
  return map_row(tx.query_one(std::string{kPlan} + " WHERE p.id = $1", {id}), plan_uit);
}

std::optional<ImplementatieplanRecord> implementatieplan_van(
    Tx& tx, const std::string& gemeente_id, const std::optional<std::string>& organisatie_id) {
  return map_row(
      tx.query_one(std::string{kPlan} + " WHERE p.gemeente_id = $1 AND COALESCE(p.organisatie_id, '') = $2",
                   {gemeente_id, organisatie_id.value_or("")}),
      plan_uit);
}

std::vector<ImplementatieplanRecord> implementatieplannen(Tx& tx, const std::string& gemeente_id) {
  return map_rows(
      tx.query(std::string{kPlan} +
                   " WHERE p.gemeente_id = $1 ORDER BY (p.organisatie_id IS NOT NULL), o.naam, p.id",
               {gemeente_id}),
      plan_uit);
}

void implementatie_actie_invoegen(Tx& tx, const ImplementatieActieRecord& a) {
  tx.exec(
      "INSERT INTO implementatie_actie (id, plan_id, sectie, sjabloon_code, omschrijving, optioneel, "
      "verantwoordelijke, gepland, stand, reden, notities, volgorde, versie, bijgewerkt_door, bijgewerkt_op) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
      {a.id, a.plan_id, std::string(1, a.actie.sectie), text_or_null(a.actie.sjabloon_code),
       a.actie.omschrijving, vlag(a.actie.optioneel), text_or_null(a.actie.verantwoordelijke),
       opt_datum(a.actie.gepland), code(a.actie.stand), text_or_null(a.actie.reden), a.notities,
       std::int64_t{a.volgorde}, std::int64_t{a.versie}, a.bijgewerkt_door, a.bijgewerkt_op});
}

std::vector<ImplementatieActieRecord> implementatie_acties(Tx& tx, const std::string& plan_id) {
  return map_rows(tx.query(std::string{kActie} + " WHERE plan_id = $1 ORDER BY volgorde, id", {plan_id}),
                  actie_uit);
}

int implementatie_volgende_volgorde(Tx& tx, const std::string& plan_id) {
  return static_cast<int>(
      tx.query("SELECT COALESCE(max(volgorde), 0) + 1 FROM implementatie_actie WHERE plan_id = $1", {plan_id})
          .at(0)
          .integer(0));
}

std::optional<ImplementatieActieRecord> implementatie_actie(Tx& tx, const std::string& plan_id,
                                                            const std::string& actie_id) {
  return map_row(tx.query_one(std::string{kActie} + " WHERE plan_id = $1 AND id = $2", {plan_id, actie_id}),
                 actie_uit);
}

bool implementatie_actie_bijwerken(Tx& tx, const ImplementatieActieRecord& a, int versie) {
  return tx.exec(
             "UPDATE implementatie_actie SET verantwoordelijke = $3, gepland = $4, stand = $5, reden = $6, "
             "notities = $7, versie = versie + 1, bijgewerkt_door = $8, bijgewerkt_op = $9 "
             "WHERE plan_id = $1 AND id = $2 AND versie = $10",
             {a.plan_id, a.id, text_or_null(a.actie.verantwoordelijke), opt_datum(a.actie.gepland),
              code(a.actie.stand), text_or_null(a.actie.reden), a.notities, a.bijgewerkt_door,
              a.bijgewerkt_op, std::int64_t{versie}}) == 1;
}

void implementatie_moment_invoegen(Tx& tx, const ImplementatieMomentRecord& m) {
  tx.exec(
      "INSERT INTO implementatie_moment (id, plan_id, soort, datum, deelnemers, bevindingen, besluiten, "
      "vastgelegd_door, vastgelegd_op) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {m.id, m.plan_id, code(m.soort), domain::format_datum(m.datum), m.deelnemers, m.bevindingen,
       m.besluiten, m.vastgelegd_door, m.vastgelegd_op});
}

std::vector<ImplementatieMomentRecord> implementatie_momenten(Tx& tx, const std::string& plan_id) {
  return map_rows(
      tx.query("SELECT id, plan_id, soort, datum, deelnemers, bevindingen, besluiten, vastgelegd_door, "
               "vastgelegd_op FROM implementatie_moment WHERE plan_id = $1 ORDER BY datum DESC, id",
               {plan_id}),
      [](const Row& r) {
        return ImplementatieMomentRecord{r.text(0),       r.text(1), code_uit<domain::MomentSoort>(r, 2),
                                         datum_uit(r, 3), r.text(4), r.text(5),
                                         r.text(6),       r.text(7), r.text(8)};
      });
}

int actieve_rolhouders(Tx& tx, const std::string& gemeente_id,
                       const std::optional<std::string>& organisatie_id, domain::Gebruikersrol rol) {
  const auto rij = tx.query_one(
      "SELECT count(*) FROM medewerker m JOIN medewerker_rol r ON r.medewerker_id = m.id AND r.rol = $3 "
      "JOIN organisatie o ON o.id = m.organisatie_id LEFT JOIN gebruiker g ON g.medewerker_id = m.id "
      "WHERE o.gemeente_id = $1 AND ($2 = '' OR m.organisatie_id = $2) AND COALESCE(g.geblokkeerd, 0) = 0",
      {gemeente_id, organisatie_id.value_or(""), code(rol)});
  return rij ? static_cast<int>(rij->integer(0)) : 0;
}

}  // namespace regie::store
