#include "store/gezag_store.hpp"

#include <map>

namespace regie::store {
namespace {

constexpr std::string_view kGezag =
    "SELECT g.kind_id, g.toelichting, g.vastgelegd_door, g.vastgelegd_op, d.gezinslid_id FROM gezag g LEFT "
    "JOIN gezagsdrager d ON d.kind_id = g.kind_id ";

// One record per child from the joined rows (ordered by child).
std::vector<GezagRecord> gezag_uit(const std::vector<Row>& rijen) {
  std::vector<GezagRecord> uit;
  for (const auto& r : rijen) {
    if (uit.empty() || uit.back().kind_id != r.text(0))
      uit.push_back({r.text(0), {}, r.text(1), r.text(2), r.text(3)});
    if (const auto drager = r.opt_text(4)) uit.back().gezagsdragers.push_back(*drager);
  }
  return uit;
}

}  // namespace

std::optional<GezagRecord> gezag(Tx& tx, const std::string& kind_id) {
  auto lijst =
      gezag_uit(tx.query(std::string{kGezag} + "WHERE g.kind_id = $1 ORDER BY d.gezinslid_id", {kind_id}));
  if (lijst.empty()) return std::nullopt;
  return std::move(lijst.front());
}

std::vector<GezagRecord> gezag_van_huishouden(Tx& tx, const std::string& huishouden_id) {
  return gezag_uit(tx.query(std::string{kGezag} +
                                "JOIN gezinslid k ON k.id = g.kind_id WHERE k.huishouden_id = $1 ORDER BY "
                                "g.kind_id, d.gezinslid_id",
                            {huishouden_id}));
}

void gezag_vastleggen(Tx& tx, const GezagRecord& g) {
  tx.exec("DELETE FROM gezagsdrager WHERE kind_id = $1", {g.kind_id});
  tx.exec(
      "INSERT INTO gezag (kind_id, toelichting, vastgelegd_door, vastgelegd_op) VALUES ($1, $2, $3, $4) ON "
      "CONFLICT (kind_id) DO UPDATE SET toelichting = excluded.toelichting, vastgelegd_door = "
      "excluded.vastgelegd_door, vastgelegd_op = excluded.vastgelegd_op",
      {g.kind_id, g.toelichting, g.vastgelegd_door, g.vastgelegd_op});
  for (const auto& d : g.gezagsdragers)
    tx.exec("INSERT INTO gezagsdrager (kind_id, gezinslid_id) VALUES ($1, $2)", {g.kind_id, d});
}

}  // namespace regie::store
