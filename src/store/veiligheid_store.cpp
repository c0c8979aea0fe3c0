#include "store/veiligheid_store.hpp"

#include "store/codes.hpp"

namespace regie::store {
namespace {

std::optional<bool> opt_bool(const Row& r, std::size_t i) {
  if (r.is_null(i)) return std::nullopt;
  return r.boolean(i);
}

Value opt_vlag(const std::optional<bool>& b) { return b ? vlag(*b) : null(); }

constexpr std::string_view kMaatregelKolommen =
    "id, huishouden_id, code, signalen, status, reden, bijgewerkt_door, bijgewerkt_op, aangemaakt_op, versie";

MaatregelRecord maatregel_uit(const Row& r) {
  return {r.text(0),
          r.text(1),
          code_uit<domain::MaatregelCode>(r, 2),
          codes_lijst<domain::SignaalType>(r.text(3)),
          code_uit<MaatregelStatus>(r, 4),
          r.opt_text(5),
          r.opt_text(6),
          r.opt_text(7),
          r.text(8),
          static_cast<int>(r.integer(9))};
}

MeldcodeTrajectRecord traject_uit(Tx& tx, const Row& r) {
  MeldcodeTrajectRecord t{r.text(0), r.text(1), r.text(2), r.text(3), r.opt_text(4), {}};
  for (const auto& s : tx.query("SELECT stap, datum, deelnemers, uitkomst, vraag_vermoeden, "
                                "vraag_onveiligheid, vraag_hulp_mogelijk, "
                                "vraag_hulp_aanvaard, vraag_duurzaam_veilig, besluit_melden, besluit_hulp, "
                                "vastgelegd_door, vastgelegd_op "
                                "FROM meldcode_stap WHERE traject_id = $1 ORDER BY stap",
                                {t.id})) {
    MeldcodeStapRecord stap;
    stap.stap = static_cast<int>(s.integer(0));
    stap.datum = datum_uit(s, 1);
    stap.deelnemers = s.text(2);
    stap.uitkomst = s.text(3);
    if (stap.stap == 4) {
      stap.afweging = domain::Afwegingskader{opt_bool(s, 4), opt_bool(s, 5), opt_bool(s, 6), opt_bool(s, 7),
                                             opt_bool(s, 8)};
    }
    if (stap.stap == 5) stap.besluit = domain::MeldcodeBesluit{s.boolean(9), s.boolean(10)};
    stap.vastgelegd_door = s.text(11);
    stap.vastgelegd_op = s.text(12);
    t.stappen.push_back(std::move(stap));
  }
  return t;
}

constexpr std::string_view kTrajectKolommen = "id, huishouden_id, gestart_door, gestart_op, afgerond_op";

}  // namespace

void signaal_invoegen(Tx& tx, const SignaalRecord& s) {
  tx.exec(
      "INSERT INTO signaal (id, huishouden_id, type, acuut, glasl_fase, effectief, taxatie_id, toelichting, "
      "vastgelegd_door, vastgelegd_op) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      {s.id, s.huishouden_id, code(s.signaal.type), vlag(s.signaal.acuut),
       s.signaal.glasl_fase ? Value{std::int64_t{*s.signaal.glasl_fase}} : null(), vlag(s.effectief),
       text_or_null(s.taxatie_id), s.toelichting, s.vastgelegd_door, s.vastgelegd_op});
}

std::vector<SignaalRecord> signalen(Tx& tx, const std::string& huishouden_id) {
  std::vector<SignaalRecord> out;
  for (const auto& r :
       tx.query("SELECT id, huishouden_id, type, acuut, glasl_fase, effectief, taxatie_id, toelichting, "
                "vastgelegd_door, "
                "vastgelegd_op FROM signaal WHERE huishouden_id = $1 ORDER BY vastgelegd_op, id",
                {huishouden_id})) {
    std::optional<int> fase;
    if (const auto f = r.opt_integer(4)) fase = static_cast<int>(*f);
    out.push_back({r.text(0),
                   r.text(1),
                   {code_uit<domain::SignaalType>(r, 2), r.boolean(3), fase, r.text(7)},
                   r.boolean(5),
                   r.opt_text(6),
                   r.text(7),
                   r.text(8),
                   r.text(9)});
  }
  return out;
}

std::vector<MaatregelRecord> maatregelen(Tx& tx, const std::string& huishouden_id) {
  return map_rows(tx.query("SELECT " + std::string{kMaatregelKolommen} +
                               " FROM maatregel WHERE huishouden_id = $1 ORDER BY aangemaakt_op, id",
                           {huishouden_id}),
                  maatregel_uit);
}

std::optional<MaatregelRecord> maatregel(Tx& tx, const std::string& id) {
  return map_row(
      tx.query_one("SELECT " + std::string{kMaatregelKolommen} + " FROM maatregel WHERE id = $1", {id}),
      maatregel_uit);
}

void maatregel_invoegen(Tx& tx, const MaatregelRecord& m) {
  tx.exec(
      "INSERT INTO maatregel (id, huishouden_id, code, signalen, status, aangemaakt_op) VALUES ($1, $2, $3, "
      "$4, $5, $6)",
      {m.id, m.huishouden_id, code(m.code), codes_tekst(m.signalen), code(m.status), m.aangemaakt_op});
}

void maatregel_aanvullen(Tx& tx, const std::string& id, const std::vector<domain::SignaalType>& signalen,
                         bool heropenen) {
  tx.exec(
      "UPDATE maatregel SET signalen = $2, status = CASE WHEN $3 = 1 THEN 'open' ELSE status END, "
      "reden = CASE WHEN $3 = 1 THEN NULL ELSE reden END, versie = versie + 1 WHERE id = $1",
      {id, codes_tekst(signalen), vlag(heropenen)});
}

bool maatregel_bijwerken(Tx& tx, const std::string& id, int versie, MaatregelStatus status,
                         const std::optional<std::string>& reden, const std::string& door,
                         const std::string& op) {
  return tx.exec(
             "UPDATE maatregel SET status = $3, reden = $4, bijgewerkt_door = $5, bijgewerkt_op = $6, versie "
             "= versie + 1 "
             "WHERE id = $1 AND versie = $2",
             {id, std::int64_t{versie}, code(status), text_or_null(reden), door, op}) == 1;
}

void meldcode_traject_invoegen(Tx& tx, const MeldcodeTrajectRecord& t) {
  tx.exec(
      "INSERT INTO meldcode_traject (id, huishouden_id, gestart_door, gestart_op) VALUES ($1, $2, $3, $4)",
      {t.id, t.huishouden_id, t.gestart_door, t.gestart_op});
}

std::optional<MeldcodeTrajectRecord> meldcode_traject(Tx& tx, const std::string& id) {
  return map_row(
      tx.query_one("SELECT " + std::string{kTrajectKolommen} + " FROM meldcode_traject WHERE id = $1", {id}),
      [&](const Row& r) { return traject_uit(tx, r); });
}

std::vector<MeldcodeTrajectRecord> meldcode_trajecten(Tx& tx, const std::string& huishouden_id) {
  return map_rows(tx.query("SELECT " + std::string{kTrajectKolommen} +
                               " FROM meldcode_traject WHERE huishouden_id = $1 ORDER BY gestart_op, id",
                           {huishouden_id}),
                  [&](const Row& r) { return traject_uit(tx, r); });
}

void meldcode_stap_invoegen(Tx& tx, const std::string& traject_id, const MeldcodeStapRecord& s) {
  const auto& a = s.afweging;
  tx.exec(
      "INSERT INTO meldcode_stap (traject_id, stap, datum, deelnemers, uitkomst, vraag_vermoeden, "
      "vraag_onveiligheid, "
      "vraag_hulp_mogelijk, vraag_hulp_aanvaard, vraag_duurzaam_veilig, afweging, besluit_melden, "
      "besluit_hulp, "
      "vastgelegd_door, vastgelegd_op) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, "
      "$15)",
      {traject_id, std::int64_t{s.stap}, domain::format_datum(s.datum), s.deelnemers, s.uitkomst,
       a ? opt_vlag(a->vermoeden) : null(), a ? opt_vlag(a->acute_of_structurele_onveiligheid) : null(),
       a ? opt_vlag(a->voldoende_hulp_mogelijk) : null(), a ? opt_vlag(a->hulp_aanvaard) : null(),
       a ? opt_vlag(a->duurzame_veiligheid) : null(), a ? code(domain::weeg(*a)) : null(),
       s.besluit ? vlag(s.besluit->melden) : null(), s.besluit ? vlag(s.besluit->hulp_organiseren) : null(),
       s.vastgelegd_door, s.vastgelegd_op});
}

void meldcode_traject_afronden(Tx& tx, const std::string& id, const std::string& op) {
  tx.exec("UPDATE meldcode_traject SET afgerond_op = $2 WHERE id = $1", {id, op});
}

}  // namespace regie::store
