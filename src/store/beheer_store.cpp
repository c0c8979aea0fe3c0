#include "store/beheer_store.hpp"

#include "domain/tijd.hpp"
#include "store/codes.hpp"

namespace regie::store {

void gemeente_invoegen(Tx& tx, const std::string& id, const std::string& naam, const std::string& nu) {
  tx.exec("INSERT INTO gemeente (id, naam, aangemaakt_op) VALUES ($1, $2, $3)", {id, naam, nu});
}

std::optional<std::string> gemeente_naam(Tx& tx, const std::string& id) {
  const auto r = tx.query_one("SELECT naam FROM gemeente WHERE id = $1", {id});
  return r ? std::optional{r->text(0)} : std::nullopt;
}

std::optional<std::string> gemeente_met_naam(Tx& tx, const std::string& naam) {
  const auto r = tx.query_one("SELECT id FROM gemeente WHERE naam = $1", {naam});
  return r ? std::optional{r->text(0)} : std::nullopt;
}

void organisatie_invoegen(Tx& tx, const OrganisatieRecord& o, const std::string& nu) {
  tx.exec(
      "INSERT INTO organisatie (id, gemeente_id, naam, caseload_norm, aangemaakt_op) VALUES ($1, $2, $3, $4, "
      "$5)",
      {o.id, o.gemeente_id, o.naam, std::int64_t{o.caseload_norm}, nu});
  for (auto keten : o.ketens) {
    tx.exec("INSERT INTO organisatie_keten (organisatie_id, keten) VALUES ($1, $2)", {o.id, code(keten)});
  }
  for (int n = 1; n <= 5; ++n) {
    const auto& norm = o.normen[static_cast<std::size_t>(n - 1)];
    tx.exec(
        "INSERT INTO organisatie_niveaunorm (organisatie_id, niveau, caseload_gewicht, "
        "evaluatie_termijn_dagen) "
        "VALUES ($1, $2, $3, $4)",
        {o.id, std::int64_t{n}, std::int64_t{norm.caseload_gewicht},
         std::int64_t{norm.evaluatie_termijn_dagen}});
  }
}

namespace {

OrganisatieRecord organisatie_uit(Tx& tx, const Row& r) {
  OrganisatieRecord o;
  o.id = r.text(0);
  o.gemeente_id = r.text(1);
  o.naam = r.text(2);
  o.caseload_norm = static_cast<int>(r.integer(3));
  o.versie = static_cast<int>(r.integer(4));
  o.regionaal = r.boolean(5);
  for (const auto& k :
       tx.query("SELECT keten FROM organisatie_keten WHERE organisatie_id = $1 ORDER BY keten", {o.id})) {
    o.ketens.push_back(code_uit<domain::Partij>(k, 0));
  }
  for (const auto& n : tx.query("SELECT niveau, caseload_gewicht, evaluatie_termijn_dagen FROM "
                                "organisatie_niveaunorm WHERE organisatie_id = $1",
                                {o.id})) {
    o.normen.at(static_cast<std::size_t>(n.integer(0) - 1)) = {static_cast<int>(n.integer(1)),
                                                               static_cast<int>(n.integer(2))};
  }
  return o;
}

// Regional: contracted by a gemeente other than its own (of the row aliased `organisatie`).
constexpr std::string_view kRegionaal =
    "CASE WHEN EXISTS (SELECT 1 FROM organisatie_contract c WHERE c.organisatie_id = organisatie.id AND "
    "c.beeindigd_op IS NULL AND c.gemeente_id <> organisatie.gemeente_id) THEN 1 ELSE 0 END";
const std::string kOrganisatieKolommen =
    "id, gemeente_id, naam, caseload_norm, versie, " + std::string{kRegionaal};

MedewerkerRecord medewerker_uit(Tx& tx, const Row& r) {
  MedewerkerRecord m;
  m.id = r.text(0);
  m.organisatie_id = r.text(1);
  m.team_id = r.opt_text(2);
  m.manager_id = r.opt_text(3);
  m.naam = r.text(4);
  m.email = r.text(5);
  m.telefoon = r.text(6);
  m.versie = static_cast<int>(r.integer(7));
  for (const auto& rol :
       tx.query("SELECT rol FROM medewerker_rol WHERE medewerker_id = $1 ORDER BY rol", {m.id})) {
    m.rollen.push_back(code_uit<domain::Gebruikersrol>(rol, 0));
  }
  return m;
}

}  // namespace

std::optional<OrganisatieRecord> organisatie(Tx& tx, const std::string& id) {
  const auto r =
      tx.query_one("SELECT " + std::string{kOrganisatieKolommen} + " FROM organisatie WHERE id = $1", {id});
  if (!r) return std::nullopt;
  return organisatie_uit(tx, *r);
}

bool organisatie_bijwerken(Tx& tx, const OrganisatieRecord& o) {
  if (tx.exec("UPDATE organisatie SET naam = $2, caseload_norm = $3, versie = versie + 1 WHERE id = $1 AND "
              "versie = $4",
              {o.id, o.naam, std::int64_t{o.caseload_norm}, std::int64_t{o.versie}}) != 1)
    return false;
  for (int n = 1; n <= 5; ++n) {
    const auto& norm = o.normen[static_cast<std::size_t>(n - 1)];
    tx.exec(
        "UPDATE organisatie_niveaunorm SET caseload_gewicht = $3, evaluatie_termijn_dagen = $4 WHERE "
        "organisatie_id = $1 AND niveau = $2",
        {o.id, std::int64_t{n}, std::int64_t{norm.caseload_gewicht},
         std::int64_t{norm.evaluatie_termijn_dagen}});
  }
  return true;
}

std::vector<OrganisatieRecord> organisaties(Tx& tx, const std::string& gemeente_id) {
  return map_rows(tx.query("SELECT " + std::string{kOrganisatieKolommen} +
                               " FROM organisatie WHERE gemeente_id = $1 ORDER BY naam",
                           {gemeente_id}),
                  [&](const Row& r) { return organisatie_uit(tx, r); });
}

std::vector<OrganisatieRecord> gecontracteerde_organisaties(Tx& tx, const std::string& gemeente_id) {
  return map_rows(
      tx.query("SELECT " + std::string{kOrganisatieKolommen} +
                   " FROM organisatie WHERE gemeente_id <> $1 AND EXISTS (SELECT 1 FROM "
                   "organisatie_contract k WHERE k.organisatie_id = organisatie.id AND k.gemeente_id = "
                   "$1 AND k.beeindigd_op IS NULL) ORDER BY naam",
               {gemeente_id}),
      [&](const Row& r) { return organisatie_uit(tx, r); });
}

std::map<std::string, RegisseursOrganisatie> organisaties_van_regisseurs(Tx& tx,
                                                                         const std::string& huishouden_id,
                                                                         domain::Niveau niveau) {
  std::map<std::string, RegisseursOrganisatie> uit;
  for (const auto& r : tx.query("SELECT r.persoon_id, " + std::string{kRegionaal} +
                                    ", n.evaluatie_termijn_dagen FROM regisseur r JOIN medewerker m ON m.id "
                                    "= r.persoon_id JOIN organisatie ON organisatie.id = m.organisatie_id "
                                    "JOIN organisatie_niveaunorm n ON n.organisatie_id = organisatie.id AND "
                                    "n.niveau = $2 WHERE r.huishouden_id = $1 AND r.tot IS NULL AND "
                                    "r.persoon_soort = 'medewerker'",
                                {huishouden_id, std::int64_t{domain::nummer(niveau)}})) {
    uit[r.text(0)] = {r.boolean(1), static_cast<int>(r.integer(2))};
  }
  return uit;
}

void team_invoegen(Tx& tx, const std::string& id, const std::string& organisatie_id,
                   const std::string& naam) {
  tx.exec("INSERT INTO team (id, organisatie_id, naam) VALUES ($1, $2, $3)", {id, organisatie_id, naam});
}

std::optional<std::string> team_organisatie(Tx& tx, const std::string& team_id) {
  const auto r = tx.query_one("SELECT organisatie_id FROM team WHERE id = $1", {team_id});
  return r ? std::optional{r->text(0)} : std::nullopt;
}

std::vector<TeamRecord> teams(Tx& tx, const std::string& gemeente_id,
                              const std::optional<std::string>& organisatie_id) {
  return map_rows(
      tx.query(
          "SELECT t.id, t.organisatie_id, t.naam FROM team t JOIN organisatie o ON o.id = t.organisatie_id "
          "WHERE o.gemeente_id = $1 AND ($2 = '' OR t.organisatie_id = $2) ORDER BY t.naam, t.id",
          {gemeente_id, organisatie_id.value_or("")}),
      [](const Row& r) {
        return TeamRecord{r.text(0), r.text(1), r.text(2)};
      });
}

namespace {

constexpr std::string_view kMedewerkerFilter =
    " FROM medewerker m JOIN organisatie o ON o.id = m.organisatie_id WHERE (o.gemeente_id = $1 OR EXISTS "
    "(SELECT 1 FROM organisatie_contract c WHERE c.organisatie_id = o.id AND c.gemeente_id = $1 AND "
    "c.beeindigd_op IS NULL)) "
    "AND ($2 = '' OR m.organisatie_id = $2) "
    "AND ($3 = '' OR EXISTS (SELECT 1 FROM medewerker_rol r WHERE r.medewerker_id = m.id AND r.rol = $3))";

}  // namespace

std::vector<MedewerkerRecord> medewerkers(Tx& tx, const MedewerkerVraag& v) {
  return map_rows(
      tx.query(
          "SELECT m.id, m.organisatie_id, m.team_id, m.manager_id, m.naam, m.email, m.telefoon, m.versie" +
              std::string{kMedewerkerFilter} + " ORDER BY m.naam, m.id LIMIT $4 OFFSET $5",
          {v.gemeente_id, v.organisatie_id.value_or(""), v.rol.value_or(""), std::int64_t{v.limit},
           std::int64_t{v.offset}}),
      [&](const Row& r) { return medewerker_uit(tx, r); });
}

std::int64_t medewerkers_totaal(Tx& tx, const MedewerkerVraag& v) {
  return tx
      .query_one("SELECT count(*)" + std::string{kMedewerkerFilter},
                 {v.gemeente_id, v.organisatie_id.value_or(""), v.rol.value_or("")})
      ->integer(0);
}

void medewerker_invoegen(Tx& tx, const MedewerkerRecord& m, const std::string& nu) {
  tx.exec(
      "INSERT INTO medewerker (id, organisatie_id, team_id, manager_id, naam, email, telefoon, "
      "aangemaakt_op) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {m.id, m.organisatie_id, text_or_null(m.team_id), text_or_null(m.manager_id), m.naam, m.email,
       m.telefoon, nu});
  for (auto rol : m.rollen) {
    tx.exec("INSERT INTO medewerker_rol (medewerker_id, rol) VALUES ($1, $2)", {m.id, code(rol)});
  }
}

bool heeft_lopende_regie(Tx& tx, const std::string& medewerker_id) {
  return tx
      .query_one(
          "SELECT 1 FROM regisseur WHERE persoon_soort = 'medewerker' AND persoon_id = $1 AND tot IS NULL",
          {medewerker_id})
      .has_value();
}

bool medewerker_bijwerken(Tx& tx, const MedewerkerRecord& m) {
  const auto gewijzigd = tx.exec(
      "UPDATE medewerker SET team_id = $2, manager_id = $3, naam = $4, email = $5, telefoon = $6, "
      "organisatie_id = "
      "$8, versie = versie + 1 WHERE id = $1 AND versie = $7",
      {m.id, text_or_null(m.team_id), text_or_null(m.manager_id), m.naam, m.email, m.telefoon,
       std::int64_t{m.versie}, m.organisatie_id});
  if (gewijzigd != 1) return false;
  tx.exec("DELETE FROM medewerker_rol WHERE medewerker_id = $1", {m.id});
  for (auto rol : m.rollen) {
    tx.exec("INSERT INTO medewerker_rol (medewerker_id, rol) VALUES ($1, $2)", {m.id, code(rol)});
  }
  return true;
}

std::optional<MedewerkerRecord> medewerker(Tx& tx, const std::string& id) {
  const auto r = tx.query_one(
      "SELECT id, organisatie_id, team_id, manager_id, naam, email, telefoon, versie FROM medewerker WHERE "
      "id = $1",
      {id});
  if (!r) return std::nullopt;
  return medewerker_uit(tx, *r);
}

std::optional<std::string> medewerker_gemeente(Tx& tx, const std::string& medewerker_id) {
  const auto r = tx.query_one(
      "SELECT o.gemeente_id FROM medewerker m JOIN organisatie o ON o.id = m.organisatie_id WHERE m.id = $1",
      {medewerker_id});
  return r ? std::optional{r->text(0)} : std::nullopt;
}

void certificering_invoegen(Tx& tx, const CertificeringRecord& c, const std::string& nu) {
  tx.exec(
      "INSERT INTO certificering (id, medewerker_id, rol, profiel, datum, beoordeeld_door, vastgelegd_op) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {c.id, c.medewerker_id, code(c.certificering.rol), code(c.certificering.profiel),
       domain::format_datum(c.datum), c.beoordeeld_door, nu});
}

std::vector<CertificeringRecord> actuele_certificeringen(Tx& tx, const std::string& medewerker_id) {
  std::vector<CertificeringRecord> out;
  for (const auto& r :
       tx.query("SELECT c.id, c.rol, c.profiel, c.datum, c.beoordeeld_door FROM certificering c "
                "WHERE c.medewerker_id = $1 AND NOT EXISTS (SELECT 1 FROM certificering n WHERE "
                "n.medewerker_id = c.medewerker_id "
                "AND n.rol = c.rol AND (n.datum > c.datum OR (n.datum = c.datum AND n.vastgelegd_op > "
                "c.vastgelegd_op))) "
                "ORDER BY c.rol",
                {medewerker_id})) {
    out.push_back({r.text(0),
                   medewerker_id,
                   {code_uit<domain::Rol>(r, 1), code_uit<domain::Profiel>(r, 2)},
                   datum_uit(r, 3),
                   r.text(4)});
  }
  return out;
}

void gebruiker_invoegen(Tx& tx, const GebruikerRecord& g, const std::string& nu) {
  tx.exec(
      "INSERT INTO gebruiker (id, medewerker_id, gebruikersnaam, wachtwoord_hash, geblokkeerd, "
      "wachtwoord_wijzigen, aangemaakt_op) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {g.id, g.medewerker_id, g.gebruikersnaam, g.wachtwoord_hash, vlag(g.geblokkeerd),
       vlag(g.wachtwoord_wijzigen), nu});
}

std::optional<GebruikerRecord> gebruiker_met_naam(Tx& tx, const std::string& gebruikersnaam) {
  const auto r = tx.query_one(
      "SELECT id, medewerker_id, gebruikersnaam, wachtwoord_hash, geblokkeerd, wachtwoord_wijzigen FROM "
      "gebruiker WHERE gebruikersnaam = $1",
      {gebruikersnaam});
  if (!r) return std::nullopt;
  return GebruikerRecord{r->text(0), r->text(1), r->text(2), r->text(3), r->boolean(4), r->boolean(5)};
}

}  // namespace regie::store
