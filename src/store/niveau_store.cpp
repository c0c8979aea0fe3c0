#include "store/niveau_store.hpp"

#include "store/codes.hpp"

namespace regie::store {
namespace {

constexpr std::string_view kTaxatieKolommen =
    "id, huishouden_id, invoer, advies, advies_niveau, vastgelegd_door, vastgelegd_op, besloten_niveau, "
    "besluit_motivatie, besloten_door, besloten_op";

std::optional<domain::Niveau> opt_niveau(const Row& r, std::size_t i) {
  if (const auto n = r.opt_integer(i)) return domain::niveau_uit_nummer(static_cast<int>(*n));
  return std::nullopt;
}

Value opt_niveau_waarde(const std::optional<domain::Niveau>& n) {
  return n ? Value{std::int64_t{domain::nummer(*n)}} : null();
}

TaxatieRecord taxatie_uit(const Row& r) {
  return {r.text(0),
          r.text(1),
          r.text(2),
          r.text(3),
          domain::niveau_uit_nummer(static_cast<int>(r.integer(4))),
          r.text(5),
          r.text(6),
          opt_niveau(r, 7),
          r.opt_text(8),
          r.opt_text(9),
          r.opt_text(10)};
}

}  // namespace

void taxatie_invoegen(Tx& tx, const TaxatieRecord& t) {
  tx.exec(
      "INSERT INTO taxatie (id, huishouden_id, invoer, advies, advies_niveau, vastgelegd_door, "
      "vastgelegd_op) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {t.id, t.huishouden_id, t.invoer_json, t.advies_json, std::int64_t{domain::nummer(t.advies_niveau)},
       t.vastgelegd_door, t.vastgelegd_op});
}

std::optional<TaxatieRecord> taxatie(Tx& tx, const std::string& id) {
  return map_row(
      tx.query_one("SELECT " + std::string{kTaxatieKolommen} + " FROM taxatie WHERE id = $1", {id}),
      taxatie_uit);
}

std::vector<TaxatieRecord> taxaties(Tx& tx, const std::string& huishouden_id) {
  return map_rows(tx.query("SELECT " + std::string{kTaxatieKolommen} +
                               " FROM taxatie WHERE huishouden_id = $1 ORDER BY vastgelegd_op DESC, id",
                           {huishouden_id}),
                  taxatie_uit);
}

bool taxatie_besluit_zetten(Tx& tx, const std::string& id, domain::Niveau niveau,
                            const std::optional<std::string>& motivatie, const std::string& door,
                            const std::string& op) {
  return tx.exec(
             "UPDATE taxatie SET besloten_niveau = $2, besluit_motivatie = $3, besloten_door = $4, "
             "besloten_op = $5 "
             "WHERE id = $1 AND besloten_niveau IS NULL",
             {id, std::int64_t{domain::nummer(niveau)}, text_or_null(motivatie), door, op}) == 1;
}

void niveau_overgang_invoegen(Tx& tx, const NiveauOvergangRecord& o) {
  const auto& n = o.nazorgafspraak;
  tx.exec(
      "INSERT INTO niveau_overgang (id, huishouden_id, taxatie_id, van_niveau, naar_niveau, richting, "
      "advies_niveau, "
      "redenen, motivatie, besloten_door, besloten_op, nazorg_wie, nazorg_wat, nazorg_tot, nazorg_signaal) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
      {o.id, o.huishouden_id, o.taxatie_id, opt_niveau_waarde(o.van), std::int64_t{domain::nummer(o.naar)},
       opt_code(o.richting), std::int64_t{domain::nummer(o.advies_niveau)}, codes_tekst(o.redenen),
       text_or_null(o.motivatie), o.besloten_door, o.besloten_op, n ? Value{n->wie} : null(),
       n ? Value{n->wat} : null(), n ? Value{domain::format_datum(n->tot)} : null(),
       n ? Value{n->signaal_opschalen} : null()});
}

std::vector<NiveauOvergangRecord> niveau_overgangen(Tx& tx, const std::string& huishouden_id) {
  std::vector<NiveauOvergangRecord> out;
  for (const auto& r : tx.query("SELECT id, huishouden_id, taxatie_id, van_niveau, naar_niveau, richting, "
                                "advies_niveau, redenen, motivatie, "
                                "besloten_door, besloten_op, nazorg_wie, nazorg_wat, nazorg_tot, "
                                "nazorg_signaal FROM niveau_overgang "
                                "WHERE huishouden_id = $1 ORDER BY besloten_op, id",
                                {huishouden_id})) {
    NiveauOvergangRecord o;
    o.id = r.text(0);
    o.huishouden_id = r.text(1);
    o.taxatie_id = r.text(2);
    o.van = opt_niveau(r, 3);
    o.naar = domain::niveau_uit_nummer(static_cast<int>(r.integer(4)));
    o.richting = opt_code_uit<domain::Richting>(r, 5);
    o.advies_niveau = domain::niveau_uit_nummer(static_cast<int>(r.integer(6)));
    o.redenen = codes_lijst<domain::RedenCode>(r.text(7));
    o.motivatie = r.opt_text(8);
    o.besloten_door = r.text(9);
    o.besloten_op = r.text(10);
    if (!r.is_null(11))
      o.nazorgafspraak = domain::Nazorgafspraak{r.text(11), r.text(12), datum_uit(r, 13), r.text(14)};
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace regie::store
