#include "store/huishouden_store.hpp"

#include <array>

#include "store/codes.hpp"
#include "store/zoekterm_store.hpp"

namespace regie::store {
namespace {

constexpr std::string_view kHuishoudenKolommen =
    "id, gemeente_id, naam, fase, niveau, niveau_sinds, afgeschermd, afgeschermd_sinds, aangemaakt_door, "
    "aangemaakt_op, "
    "gesloten_op, versie";

HuishoudenRecord huishouden_uit(const Row& r) {
  HuishoudenRecord h;
  h.id = r.text(0);
  h.gemeente_id = r.text(1);
  h.naam = r.text(2);
  h.fase = code_uit<domain::Fase>(r, 3);
  if (const auto n = r.opt_integer(4)) h.niveau = domain::niveau_uit_nummer(static_cast<int>(*n));
  h.niveau_sinds = r.opt_text(5);
  h.afgeschermd = r.boolean(6);
  h.afgeschermd_sinds = r.opt_text(7);
  h.aangemaakt_door = r.text(8);
  h.aangemaakt_op = r.text(9);
  h.gesloten_op = r.opt_text(10);
  h.versie = static_cast<int>(r.integer(11));
  return h;
}

constexpr std::string_view kGezinslidKolommen =
    "id, huishouden_id, voornaam, achternaam, geboortedatum, ongeboren, bsn, relatie, versie";

GezinslidRecord gezinslid_uit(const Row& r) {
  return {r.text(0),
          r.text(1),
          r.text(2),
          r.text(3),
          {datum_uit(r, 4), r.boolean(5)},
          r.opt_text(6),
          code_uit<domain::Relatie>(r, 7),
          static_cast<int>(r.integer(8))};
}

constexpr std::string_view kNetwerkKolommen = "id, huishouden_id, naam, relatie, contact, versie";

NetwerklidRecord netwerklid_uit(const Row& r) {
  return {r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), static_cast<int>(r.integer(5))};
}

constexpr std::string_view kBetrokkenheidKolommen = "id, huishouden_id, medewerker_id, rol, van, tot";

BetrokkenheidRecord betrokkenheid_uit(const Row& r) {
  return {r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.opt_text(5)};
}

constexpr std::string_view kRegisseurKolommen =
    "id, huishouden_id, rol, persoon_soort, persoon_id, van, tot, toegewezen_door, waarschuwing, knelpunt, "
    "knelpunt_sinds, bevestigd_door, bevestigd_op, bevestigd_tot_niveau, versie, grondslag, "
    "grondslag_kenmerk";

// The regisseur's own columns; its areas of attention are read apart (aandachtsgebieden_erbij).
RegisseurRecord regisseur_velden(const Row& r) {
  RegisseurRecord g;
  g.id = r.text(0);
  g.huishouden_id = r.text(1);
  g.rol = code_uit<domain::Rol>(r, 2);
  g.persoon_soort = code_uit<domain::PersoonSoort>(r, 3);
  g.persoon_id = r.text(4);
  g.van = r.text(5);
  g.tot = r.opt_text(6);
  g.toegewezen_door = r.text(7);
  g.waarschuwing = r.opt_text(8);
  g.knelpunt = opt_code_uit<domain::Knelpunt>(r, 9);
  g.knelpunt_sinds = r.opt_text(10);
  g.bevestigd_door = r.opt_text(11);
  g.bevestigd_op = r.opt_text(12);
  if (const auto n = r.opt_integer(13))
    g.bevestigd_tot_niveau = domain::niveau_uit_nummer(static_cast<int>(*n));
  g.versie = static_cast<int>(r.integer(14));
  g.grondslag = opt_code_uit<domain::Grondslag>(r, 15);
  g.grondslag_kenmerk = r.opt_text(16);
  return g;
}

// The areas of attention of regisseurs that share a condition on the regisseur table (alias r, with the
// parameters), in one query.
template <typename Regisseurs>
void aandachtsgebieden_erbij(Tx& tx, Regisseurs& regisseurs, std::string_view waar,
                             std::initializer_list<Value> params, auto&& record_van) {
  if (regisseurs.empty()) return;
  for (const auto& a :
       tx.query("SELECT a.regisseur_id, a.leefgebied, a.gezinslid_id FROM "
                "regisseur_aandachtsgebied a JOIN regisseur r ON r.id = a.regisseur_id WHERE " +
                    std::string{waar} + " ORDER BY a.regisseur_id, a.volgnr",
                params)) {
    for (auto& rij : regisseurs) {
      auto& g = record_van(rij);
      if (g.id == a.text(0))
        g.aandachtsgebied.push_back({opt_code_uit<domain::Leefgebied>(a, 1), a.opt_text(2)});
    }
  }
}

}  // namespace

void huishouden_invoegen(Tx& tx, const HuishoudenRecord& h) {
  tx.exec(
      "INSERT INTO huishouden (id, gemeente_id, naam, fase, aangemaakt_door, aangemaakt_op) VALUES ($1, $2, "
      "$3, $4, $5, $6)",
      {h.id, h.gemeente_id, h.naam, code(h.fase), h.aangemaakt_door, h.aangemaakt_op});
  zoektermen_zetten(tx, h.id, std::nullopt, h.naam);
}

std::optional<HuishoudenRecord> huishouden(Tx& tx, const std::string& id) {
  return map_row(
      tx.query_one("SELECT " + std::string{kHuishoudenKolommen} + " FROM huishouden WHERE id = $1", {id}),
      huishouden_uit);
}

std::vector<HuishoudenRecord> huishoudens_van_gemeente(Tx& tx, const std::string& gemeente_id) {
  return map_rows(tx.query("SELECT " + std::string{kHuishoudenKolommen} +
                               " FROM huishouden WHERE gemeente_id = $1 ORDER BY aangemaakt_op, id",
                           {gemeente_id}),
                  huishouden_uit);
}

bool huishouden_fase_zetten(Tx& tx, const std::string& id, int versie, domain::Fase fase,
                            const std::optional<std::string>& gesloten_op) {
  return tx.exec(
             "UPDATE huishouden SET fase = $3, gesloten_op = $4, versie = versie + 1 WHERE id = $1 AND "
             "versie = $2",
             {id, std::int64_t{versie}, code(fase), text_or_null(gesloten_op)}) == 1;
}

bool huishouden_niveau_zetten(Tx& tx, const std::string& id, int versie, domain::Niveau niveau,
                              const std::string& sinds) {
  return tx.exec(
             "UPDATE huishouden SET niveau = $3, niveau_sinds = CASE WHEN niveau = $3 THEN niveau_sinds ELSE "
             "$4 END, "
             "versie = versie + 1 WHERE id = $1 AND versie = $2",
             {id, std::int64_t{versie}, std::int64_t{domain::nummer(niveau)}, sinds}) == 1;
}

void huishouden_afschermen(Tx& tx, const std::string& id, const std::string& sinds) {
  tx.exec(
      "UPDATE huishouden SET afgeschermd = 1, afgeschermd_sinds = $2, versie = versie + 1 WHERE id = $1 AND "
      "afgeschermd = 0",
      {id, sinds});
}

void huishouden_versie_ophogen(Tx& tx, const std::string& id) {
  tx.exec("UPDATE huishouden SET versie = versie + 1 WHERE id = $1", {id});
}

void gezinslid_invoegen(Tx& tx, const GezinslidRecord& g, const std::string& nu) {
  tx.exec(
      "INSERT INTO gezinslid (id, huishouden_id, voornaam, achternaam, geboortedatum, ongeboren, bsn, "
      "relatie, "
      "toegevoegd_op) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {g.id, g.huishouden_id, g.voornaam, g.achternaam, domain::format_datum(g.geboorte.datum),
       vlag(g.geboorte.verwacht), text_or_null(g.bsn), code(g.relatie), nu});
  zoektermen_zetten(tx, g.huishouden_id, g.id, g.achternaam);
}

std::vector<GezinslidRecord> gezinsleden(Tx& tx, const std::string& huishouden_id) {
  return gezinsleden_van(tx, {huishouden_id});
}

std::vector<GezinslidRecord> gezinsleden_van(Tx& tx, const std::vector<std::string>& huishouden_ids) {
  if (huishouden_ids.empty()) return {};
  return map_rows(
      tx.query("SELECT " + std::string{kGezinslidKolommen} + " FROM gezinslid WHERE huishouden_id IN (" +
                   parameterlijst(huishouden_ids.size()) + ") ORDER BY huishouden_id, geboortedatum, id",
               std::vector<Value>(huishouden_ids.begin(), huishouden_ids.end())),
      gezinslid_uit);
}

std::optional<GezinslidRecord> gezinslid(Tx& tx, const std::string& id) {
  return map_row(
      tx.query_one("SELECT " + std::string{kGezinslidKolommen} + " FROM gezinslid WHERE id = $1", {id}),
      gezinslid_uit);
}

bool gezinslid_bijwerken(Tx& tx, const GezinslidRecord& g) {
  const bool gelukt =
      tx.exec(
          "UPDATE gezinslid SET voornaam = $3, achternaam = $4, geboortedatum = $5, ongeboren = $6, bsn = "
          "$7, "
          "relatie = $8, versie = versie + 1 WHERE id = $1 AND versie = $2",
          {g.id, std::int64_t{g.versie}, g.voornaam, g.achternaam, domain::format_datum(g.geboorte.datum),
           vlag(g.geboorte.verwacht), text_or_null(g.bsn), code(g.relatie)}) == 1;
  if (gelukt) zoektermen_zetten(tx, g.huishouden_id, g.id, g.achternaam);
  return gelukt;
}

void netwerklid_invoegen(Tx& tx, const NetwerklidRecord& n, const std::string& nu) {
  tx.exec(
      "INSERT INTO netwerklid (id, huishouden_id, naam, relatie, contact, toegevoegd_op) VALUES ($1, $2, $3, "
      "$4, $5, $6)",
      {n.id, n.huishouden_id, n.naam, n.relatie, n.contact, nu});
}

std::vector<NetwerklidRecord> netwerkleden(Tx& tx, const std::string& huishouden_id) {
  return map_rows(tx.query("SELECT " + std::string{kNetwerkKolommen} +
                               " FROM netwerklid WHERE huishouden_id = $1 ORDER BY toegevoegd_op, id",
                           {huishouden_id}),
                  netwerklid_uit);
}

std::optional<NetwerklidRecord> netwerklid(Tx& tx, const std::string& id) {
  return map_row(
      tx.query_one("SELECT " + std::string{kNetwerkKolommen} + " FROM netwerklid WHERE id = $1", {id}),
      netwerklid_uit);
}

void betrokkenheid_invoegen(Tx& tx, const BetrokkenheidRecord& b) {
  tx.exec(
      "INSERT INTO betrokkenheid (id, huishouden_id, medewerker_id, rol, van) VALUES ($1, $2, $3, $4, $5)",
      {b.id, b.huishouden_id, b.medewerker_id, b.rol, b.van});
}

std::vector<BetrokkenheidRecord> actieve_betrokkenheden(Tx& tx, const std::string& huishouden_id) {
  return map_rows(
      tx.query("SELECT " + std::string{kBetrokkenheidKolommen} +
                   " FROM betrokkenheid WHERE huishouden_id = $1 AND tot IS NULL ORDER BY van, id",
               {huishouden_id}),
      betrokkenheid_uit);
}

std::vector<BetrokkeneMetContact> actieve_betrokkenen_met_contact(Tx& tx, const std::string& huishouden_id) {
  return map_rows(
      tx.query("SELECT b.id, b.huishouden_id, b.medewerker_id, b.rol, b.van, b.tot, m.naam, o.naam, "
               "m.email, m.telefoon, b.contact_deelbaar FROM betrokkenheid b JOIN medewerker m ON m.id = "
               "b.medewerker_id "
               "JOIN organisatie o ON o.id = m.organisatie_id "
               "WHERE b.huishouden_id = $1 AND b.tot IS NULL ORDER BY b.van, b.id",
               {huishouden_id}),
      [](const Row& r) {
        return BetrokkeneMetContact{betrokkenheid_uit(r), r.text(6), r.text(7), r.text(8), r.text(9),
                                    r.boolean(10)};
      });
}

std::optional<BetrokkenheidRecord> betrokkenheid(Tx& tx, const std::string& id) {
  return map_row(
      tx.query_one("SELECT " + std::string{kBetrokkenheidKolommen} + " FROM betrokkenheid WHERE id = $1",
                   {id}),
      betrokkenheid_uit);
}

void betrokkenheid_contact_delen(Tx& tx, const std::string& id, bool deelbaar) {
  tx.exec("UPDATE betrokkenheid SET contact_deelbaar = $2 WHERE id = $1", {id, std::int64_t{deelbaar}});
}

void betrokkenheid_beeindigen(Tx& tx, const std::string& id, const std::string& tot) {
  tx.exec("UPDATE betrokkenheid SET tot = $2 WHERE id = $1 AND tot IS NULL", {id, tot});
}

void regisseur_invoegen(Tx& tx, const RegisseurRecord& r) {
  tx.exec(
      "INSERT INTO regisseur (id, huishouden_id, rol, persoon_soort, persoon_id, van, toegewezen_door, "
      "waarschuwing, grondslag, grondslag_kenmerk) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      {r.id, r.huishouden_id, code(r.rol), code(r.persoon_soort), r.persoon_id, r.van, r.toegewezen_door,
       text_or_null(r.waarschuwing), opt_code(r.grondslag), text_or_null(r.grondslag_kenmerk)});
  std::int64_t volgnr = 0;
  for (const auto& a : r.aandachtsgebied) {
    tx.exec(
        "INSERT INTO regisseur_aandachtsgebied (regisseur_id, volgnr, leefgebied, gezinslid_id) VALUES ($1, "
        "$2, $3, $4)",
        {r.id, ++volgnr, opt_code(a.leefgebied), text_or_null(a.gezinslid_id)});
  }
}

constexpr std::string_view kActief = "r.huishouden_id = $1 AND r.tot IS NULL";

std::vector<RegisseurRecord> actieve_regisseurs(Tx& tx, const std::string& huishouden_id) {
  auto uit = map_rows(tx.query("SELECT " + std::string{kRegisseurKolommen} + " FROM regisseur r WHERE " +
                                   std::string{kActief} + " ORDER BY rol DESC, van, id",
                               {huishouden_id}),
                      regisseur_velden);
  aandachtsgebieden_erbij(
      tx, uit, kActief, {huishouden_id}, [](RegisseurRecord & g) -> auto& { return g; });
  return uit;
}

std::vector<std::pair<RegisseurRecord, std::string>> actieve_regisseurs_met_naam(
    Tx& tx, const std::string& huishouden_id) {
  std::string kolommen;
  for (std::string_view rest = kRegisseurKolommen; !rest.empty();) {
    const auto komma = rest.find(", ");
    kolommen += (kolommen.empty() ? "r." : ", r.") + std::string{rest.substr(0, komma)};
    rest = komma == std::string_view::npos ? std::string_view{} : rest.substr(komma + 2);
  }
  auto uit = map_rows(
      tx.query("SELECT " + kolommen +
                   ", COALESCE(m.naam, g.voornaam || ' ' || g.achternaam, n.naam, '') FROM regisseur r "
                   "LEFT JOIN medewerker m ON r.persoon_soort = 'medewerker' AND m.id = r.persoon_id "
                   "LEFT JOIN gezinslid g ON r.persoon_soort = 'gezinslid' AND g.id = r.persoon_id "
                   "LEFT JOIN netwerklid n ON r.persoon_soort = 'netwerklid' AND n.id = r.persoon_id "
                   "WHERE " +
                   std::string{kActief} + " ORDER BY r.rol DESC, r.van, r.id",
               {huishouden_id}),
      [&](const Row& r) {
        return std::pair{regisseur_velden(r), r.text(17)};
      });
  aandachtsgebieden_erbij(
      tx, uit, kActief, {huishouden_id}, [](auto& p) -> auto& { return p.first; });
  return uit;
}

std::optional<RegisseurRecord> regisseur(Tx& tx, const std::string& id) {
  auto uit = map_row(
      tx.query_one("SELECT " + std::string{kRegisseurKolommen} + " FROM regisseur WHERE id = $1", {id}),
      regisseur_velden);
  if (uit) {
    std::array een{&*uit};
    aandachtsgebieden_erbij(
        tx, een, "r.id = $1", {id}, [](RegisseurRecord * g) -> auto& { return *g; });
  }
  return uit;
}

bool regisseur_beeindigen(Tx& tx, const std::string& id, int versie, const std::string& tot) {
  return tx.exec(
             "UPDATE regisseur SET tot = $3, versie = versie + 1 WHERE id = $1 AND versie = $2 AND tot IS "
             "NULL",
             {id, std::int64_t{versie}, tot}) == 1;
}

void regisseur_knelpunt_zetten(Tx& tx, const std::string& id, const std::optional<domain::Knelpunt>& knelpunt,
                               const std::optional<std::string>& sinds) {
  tx.exec(
      "UPDATE regisseur SET knelpunt = $2, knelpunt_sinds = CASE WHEN knelpunt IS NOT DISTINCT FROM $2 THEN "
      "knelpunt_sinds "
      "ELSE $3 END, versie = versie + 1 WHERE id = $1",
      {id, opt_code(knelpunt), text_or_null(sinds)});
}

bool regisseur_bevestigen(Tx& tx, const std::string& id, int versie, const std::string& door,
                          const std::string& op, domain::Niveau tot_niveau) {
  return tx.exec(
             "UPDATE regisseur SET bevestigd_door = $3, bevestigd_op = $4, bevestigd_tot_niveau = $5, "
             "knelpunt = NULL, "
             "knelpunt_sinds = NULL, versie = versie + 1 WHERE id = $1 AND versie = $2 AND tot IS NULL",
             {id, std::int64_t{versie}, door, op, std::int64_t{domain::nummer(tot_niveau)}}) == 1;
}

bool regisseur_grondslag_zetten(Tx& tx, const std::string& id, int versie, domain::Grondslag grondslag,
                                const std::string& kenmerk) {
  return tx.exec(
             "UPDATE regisseur SET grondslag = $3, grondslag_kenmerk = $4, versie = versie + 1 WHERE id = $1 "
             "AND "
             "versie = $2 AND tot IS NULL",
             {id, std::int64_t{versie}, code(grondslag), kenmerk}) == 1;
}

}  // namespace regie::store
