#include "store/crisis_store.hpp"

#include "store/codes.hpp"

namespace regie::store {
namespace {

constexpr std::string_view kSelect =
    "SELECT c.grip_fase, c.grip_van, c.grip_tot, c.schakel_id, c.communicatiecoordinator, c.media_aandacht, "
    "c.toelichting, c.versie, c.vastgelegd_door, c.vastgelegd_op, COALESCE(m.naam, ''), COALESCE(s.naam, '') "
    "FROM crisislaag c LEFT JOIN medewerker m ON m.id = c.vastgelegd_door LEFT JOIN medewerker s ON s.id = "
    "c.schakel_id WHERE c.huishouden_id = $1 ORDER BY c.versie DESC";

CrisislaagRecord uit(const Row& r) {
  CrisislaagRecord c;
  if (const auto f = r.opt_text(0)) c.laag.grip_fase = domain::from_code<domain::GripFase>(*f);
  c.laag.grip_van = opt_datum_uit(r, 1);
  c.laag.grip_tot = opt_datum_uit(r, 2);
  c.laag.schakel_id = r.opt_text(3);
  c.laag.communicatiecoordinator = r.text(4);
  c.laag.media_aandacht = r.boolean(5);
  c.laag.toelichting = r.text(6);
  c.versie = static_cast<int>(r.integer(7));
  c.vastgelegd_door = r.text(8);
  c.vastgelegd_op = r.text(9);
  c.vastgelegd_door_naam = r.text(10);
  c.schakel_naam = r.text(11);
  return c;
}

}  // namespace

std::optional<CrisislaagRecord> crisislaag(Tx& tx, const std::string& huishouden_id) {
  return map_row(tx.query_one(std::string{kSelect} + " LIMIT 1", {huishouden_id}), uit);
}

std::vector<CrisislaagRecord> crisislaag_geschiedenis(Tx& tx, const std::string& huishouden_id) {
  return map_rows(tx.query(kSelect, {huishouden_id}), uit);
}

bool crisislaag_invoegen(Tx& tx, const std::string& huishouden_id, const CrisislaagRecord& r) {
  const auto& l = r.laag;
  return tx.exec(
             "INSERT INTO crisislaag (huishouden_id, versie, grip_fase, grip_van, grip_tot, schakel_id, "
             "communicatiecoordinator, media_aandacht, toelichting, vastgelegd_door, vastgelegd_op) "
             "SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 WHERE COALESCE((SELECT max(versie) FROM "
             "crisislaag WHERE huishouden_id = $1), 0) = $12",
             {huishouden_id, std::int64_t{r.versie}, opt_code(l.grip_fase), opt_datum(l.grip_van),
              opt_datum(l.grip_tot), text_or_null(l.schakel_id), l.communicatiecoordinator,
              std::int64_t{l.media_aandacht}, l.toelichting, r.vastgelegd_door, r.vastgelegd_op,
              std::int64_t{r.versie - 1}}) == 1;
}

}  // namespace regie::store
