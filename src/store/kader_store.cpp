#include "store/kader_store.hpp"

#include "store/codes.hpp"

namespace regie::store {
namespace {

constexpr std::string_view kBesluit =
    "SELECT b.id, b.huishouden_id, b.soort, b.besluitnemer, b.datum, b.einddatum, b.toelichting, "
    "b.vastgelegd_door, "
    "b.vastgelegd_op, b.versie, COALESCE(m.naam, '') FROM dwangbesluit b LEFT JOIN medewerker m ON m.id = "
    "b.vastgelegd_door";

DwangbesluitRecord besluit_uit(Tx& tx, const Row& r) {
  DwangbesluitRecord b{r.text(0),
                       r.text(1),
                       code_uit<domain::DwangbesluitSoort>(r, 2),
                       code_uit<domain::Besluitnemer>(r, 3),
                       r.text(4),
                       r.opt_text(5),
                       r.text(6),
                       {},
                       r.text(7),
                       r.text(8),
                       static_cast<int>(r.integer(9)),
                       r.text(10)};
  for (const auto& l :
       tx.query("SELECT gezinslid_id FROM dwangbesluit_lid WHERE dwangbesluit_id = $1 ORDER BY "
                "gezinslid_id",
                {b.id}))
    b.gezinsleden.push_back(l.text(0));
  return b;
}

}  // namespace

void kader_invoegen(Tx& tx, const KaderRecord& k) {
  tx.exec(
      "INSERT INTO huishouden_kader (id, huishouden_id, kader, van, toelichting, vastgelegd_door, "
      "vastgelegd_op) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {k.id, k.huishouden_id, code(k.kader), k.van, k.toelichting, k.vastgelegd_door, k.vastgelegd_op});
}

domain::Kader geldend_kader(Tx& tx, const std::string& huishouden_id, const std::string& datum) {
  const auto rij = tx.query_one(kGeldendKader, {huishouden_id, datum});
  return rij ? code_uit<domain::Kader>(*rij, 0) : domain::Kader::vrijwillig;
}

std::vector<KaderRecord> kadergeschiedenis(Tx& tx, const std::string& huishouden_id) {
  return map_rows(
      tx.query(
          "SELECT k.id, k.huishouden_id, k.kader, k.van, k.toelichting, k.vastgelegd_door, k.vastgelegd_op, "
          "COALESCE(m.naam, '') FROM huishouden_kader k LEFT JOIN medewerker m ON m.id = k.vastgelegd_door "
          "WHERE k.huishouden_id = $1 ORDER BY k.van DESC, k.vastgelegd_op DESC, k.id",
          {huishouden_id}),
      [](const Row& r) {
        return KaderRecord{r.text(0), r.text(1), code_uit<domain::Kader>(r, 2),
                           r.text(3), r.text(4), r.text(5),
                           r.text(6), r.text(7)};
      });
}

void dwangbesluit_invoegen(Tx& tx, const DwangbesluitRecord& b) {
  tx.exec(
      "INSERT INTO dwangbesluit (id, huishouden_id, soort, besluitnemer, datum, einddatum, toelichting, "
      "vastgelegd_door, vastgelegd_op) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {b.id, b.huishouden_id, code(b.soort), code(b.besluitnemer), b.datum, text_or_null(b.einddatum),
       b.toelichting, b.vastgelegd_door, b.vastgelegd_op});
  for (const auto& lid : b.gezinsleden)
    tx.exec("INSERT INTO dwangbesluit_lid (dwangbesluit_id, gezinslid_id) VALUES ($1, $2)", {b.id, lid});
}

std::optional<DwangbesluitRecord> dwangbesluit(Tx& tx, const std::string& id) {
  return map_row(tx.query_one(std::string{kBesluit} + " WHERE b.id = $1", {id}),
                 [&](const Row& r) { return besluit_uit(tx, r); });
}

std::vector<DwangbesluitRecord> dwangbesluiten(Tx& tx, const std::string& huishouden_id) {
  return map_rows(tx.query(std::string{kBesluit} + " WHERE b.huishouden_id = $1 ORDER BY b.datum DESC, b.id",
                           {huishouden_id}),
                  [&](const Row& r) { return besluit_uit(tx, r); });
}

bool dwangbesluit_einddatum_zetten(Tx& tx, const std::string& id, int versie, const std::string& einddatum) {
  return tx.exec("UPDATE dwangbesluit SET einddatum = $3, versie = versie + 1 WHERE id = $1 AND versie = $2",
                 {id, std::int64_t{versie}, einddatum}) == 1;
}

}  // namespace regie::store
