#include "store/toegang_store.hpp"

#include <array>

#include "store/codes.hpp"

namespace regie::store {
namespace {

// The caseload as one derived table, so that filters and sorting work on computed columns alike.
constexpr std::string_view kCaseload = R"SQL(
SELECT * FROM (
  SELECT h.id, h.naam, h.niveau, h.fase, h.afgeschermd,
    (SELECT op.evaluatiedatum FROM ondersteuningsplan op WHERE op.huishouden_id = h.id
      ORDER BY op.versie DESC LIMIT 1) AS volgende_evaluatie,
    (SELECT count(*) FROM op_actie a WHERE a.plan_id = (SELECT op.id FROM ondersteuningsplan op
      WHERE op.huishouden_id = h.id ORDER BY op.versie DESC LIMIT 1)
      AND a.status IN ('open', 'bezig') AND a.uiterlijk < $2) AS verlopen_acties,
    (SELECT count(*) FROM maatregel m WHERE m.huishouden_id = h.id AND m.status = 'open') AS open_maatregelen,
    CASE WHEN EXISTS (SELECT 1 FROM escalatie e WHERE e.huishouden_id = h.id AND e.gesloten_op IS NULL)
      THEN 1 ELSE 0 END AS open_escalatie,
    CASE WHEN EXISTS (SELECT 1 FROM regisseur r WHERE r.huishouden_id = h.id AND r.tot IS NULL
      AND r.knelpunt IS NOT NULL) THEN 1 ELSE 0 END AS profiel_onvoldoende,
    CASE WHEN EXISTS (SELECT 1 FROM regisseur r WHERE r.huishouden_id = h.id AND r.tot IS NULL
      AND r.persoon_id = $1 AND r.rol = 'proces') THEN 'procesregisseur'
      WHEN EXISTS (SELECT 1 FROM regisseur r WHERE r.huishouden_id = h.id AND r.tot IS NULL
      AND r.persoon_id = $1 AND r.rol = 'casus') THEN 'casusregisseur'
      ELSE 'betrokken' END AS mijn_rol
  FROM betrokkenheid b JOIN huishouden h ON h.id = b.huishouden_id
  WHERE b.medewerker_id = $1 AND b.tot IS NULL
) c WHERE ($3 = 0 OR c.niveau = $3)
  AND (($4 = '' AND c.fase <> 'afgesloten') OR c.fase = $4)
  AND ($5 = '' OR ($5 = 'verlopen_acties' AND c.verlopen_acties > 0) OR ($5 = 'open_maatregelen' AND c.open_maatregelen > 0)
       OR ($5 = 'open_escalatie' AND c.open_escalatie = 1) OR ($5 = 'profiel_onvoldoende' AND c.profiel_onvoldoende = 1))
)SQL";

struct Sortering {
  std::string_view naam;
  std::string_view order_by;
};

// Whitelisted: the user chooses a name, never SQL.
constexpr std::array<Sortering, 8> kSorteringen{{
    {"naam", "c.naam, c.id"},
    {"-naam", "c.naam DESC, c.id"},
    {"niveau", "(c.niveau IS NULL), c.niveau, c.naam, c.id"},
    {"-niveau", "(c.niveau IS NULL), c.niveau DESC, c.naam, c.id"},
    {"fase", "c.fase, c.naam, c.id"},
    {"-fase", "c.fase DESC, c.naam, c.id"},
    {"volgendeEvaluatie", "(c.volgende_evaluatie IS NULL), c.volgende_evaluatie, c.naam, c.id"},
    {"-volgendeEvaluatie", "(c.volgende_evaluatie IS NULL), c.volgende_evaluatie DESC, c.naam, c.id"},
}};

constexpr std::array<std::string_view, 4> kKenmerken{"verlopen_acties", "open_maatregelen", "open_escalatie",
                                                     "profiel_onvoldoende"};

std::vector<Value> caseload_params(const CaseloadVraag& v) {
  return {v.medewerker_id, v.vandaag, std::int64_t{v.niveau.value_or(0)}, v.fase.value_or(""),
          v.kenmerk.value_or("")};
}

NoodtoegangRecord noodtoegang_uit(const Row& r) {
  return {r.text(0), r.text(1), r.text(2),     r.text(3),    r.text(4),
          r.text(5), r.text(6), r.opt_text(7), r.opt_text(8)};
}

constexpr std::string_view kNoodtoegang =
    "SELECT n.id, n.huishouden_id, n.medewerker_id, m.naam, n.reden, n.van, n.tot, n.beoordeeld_door, "
    "n.oordeel "
    "FROM noodtoegang n JOIN medewerker m ON m.id = n.medewerker_id";

// The conditions of a search, in a fixed order; only those asked for are added.
std::pair<std::string, std::vector<Value>> zoek_voorwaarden(const ZoekVraag& v,
                                                            std::size_t eerste_parameter) {
  std::string sql;
  std::vector<Value> params;
  auto voeg_toe = [&](std::string_view kolom, const std::string& waarde) {
    sql += " AND " + std::string{kolom} + " = $" + std::to_string(eerste_parameter + params.size());
    params.emplace_back(waarde);
  };
  if (v.achternaam) voeg_toe("lower(g.achternaam)", *v.achternaam);
  if (v.geboortedatum) voeg_toe("g.geboortedatum", *v.geboortedatum);
  if (v.bsn) voeg_toe("g.bsn", *v.bsn);
  return {sql, params};
}

}  // namespace

bool is_geldige_caseload_sortering(const std::string& sorteer) {
  return std::ranges::find(kSorteringen, sorteer, &Sortering::naam) != kSorteringen.end();
}

bool is_geldig_caseload_kenmerk(const std::string& kenmerk) {
  return std::ranges::find(kKenmerken, kenmerk) != kKenmerken.end();
}

std::vector<CaseloadRij> caseload(Tx& tx, const CaseloadVraag& v) {
  const auto* sortering = std::ranges::find(kSorteringen, v.sorteer, &Sortering::naam);
  if (sortering == kSorteringen.end()) throw DatabaseError("onbekende sortering");
  auto params = caseload_params(v);
  params.emplace_back(std::int64_t{v.limit});
  params.emplace_back(std::int64_t{v.offset});
  const std::string sql =
      std::string{kCaseload} + " ORDER BY " + std::string{sortering->order_by} + " LIMIT $6 OFFSET $7";
  return map_rows(tx.query(sql, params), [](const Row& r) {
    CaseloadRij c;
    c.id = r.text(0);
    c.naam = r.text(1);
    if (const auto n = r.opt_integer(2)) c.niveau = static_cast<int>(*n);
    c.fase = r.text(3);
    c.afgeschermd = r.boolean(4);
    c.volgende_evaluatie = r.opt_text(5);
    c.verlopen_acties = static_cast<int>(r.integer(6));
    c.open_maatregelen = static_cast<int>(r.integer(7));
    c.open_escalatie = r.boolean(8);
    c.profiel_onvoldoende = r.boolean(9);
    c.mijn_rol = r.text(10);
    return c;
  });
}

std::int64_t caseload_totaal(Tx& tx, const CaseloadVraag& v) {
  const auto params = caseload_params(v);
  return tx.query("SELECT count(*) FROM (" + std::string{kCaseload} + ") t", params).at(0).integer(0);
}

std::vector<TeamlidRij> team(Tx& tx, const std::string& manager_id) {
  return map_rows(
      tx.query("SELECT m.id, m.naam, o.caseload_norm, "
               "(SELECT count(DISTINCT r.huishouden_id) FROM regisseur r WHERE r.persoon_id = m.id "
               " AND r.persoon_soort = 'medewerker' AND r.tot IS NULL), "
               "(SELECT COALESCE(sum(n.caseload_gewicht), 0) FROM huishouden h JOIN organisatie_niveaunorm n "
               " ON n.organisatie_id = m.organisatie_id AND n.niveau = h.niveau WHERE h.id IN (SELECT "
               "r.huishouden_id "
               " FROM regisseur r WHERE r.persoon_id = m.id AND r.persoon_soort = 'medewerker' AND r.tot IS "
               "NULL)), "
               "(SELECT count(*) FROM regisseur r WHERE r.persoon_id = m.id AND r.tot IS NULL AND r.knelpunt "
               "IS NOT NULL), "
               "(SELECT count(*) FROM escalatie e JOIN betrokkenheid b ON b.huishouden_id = e.huishouden_id "
               " WHERE b.medewerker_id = m.id AND b.tot IS NULL AND e.gesloten_op IS NULL) "
               "FROM medewerker m JOIN organisatie o ON o.id = m.organisatie_id WHERE m.manager_id = $1 "
               "ORDER BY m.naam, m.id",
               {manager_id}),
      [](const Row& r) {
        return TeamlidRij{r.text(0),
                          r.text(1),
                          static_cast<int>(r.integer(3)),
                          static_cast<int>(r.integer(4)),
                          static_cast<int>(r.integer(2)),
                          static_cast<int>(r.integer(5)),
                          static_cast<int>(r.integer(6))};
      });
}

std::vector<TeamEscalatieRij> team_escalaties(Tx& tx, const std::string& manager_id) {
  return map_rows(tx.query("SELECT DISTINCT e.id, h.id, h.naam, e.soort, e.geopend_op, "
                           "(SELECT count(*) FROM escalatie_melding em WHERE em.escalatie_id = e.id) "
                           "FROM escalatie e JOIN huishouden h ON h.id = e.huishouden_id "
                           "JOIN betrokkenheid b ON b.huishouden_id = e.huishouden_id AND b.tot IS NULL "
                           "JOIN medewerker m ON m.id = b.medewerker_id "
                           "WHERE m.manager_id = $1 AND e.gesloten_op IS NULL ORDER BY e.geopend_op, e.id",
                           {manager_id}),
                  [](const Row& r) {
                    return TeamEscalatieRij{r.text(0), r.text(1), r.text(2),
                                            r.text(3), r.text(4), static_cast<int>(r.integer(5))};
                  });
}

void noodtoegang_invoegen(Tx& tx, const NoodtoegangRecord& n) {
  tx.exec(
      "INSERT INTO noodtoegang (id, huishouden_id, medewerker_id, reden, van, tot) VALUES ($1, $2, $3, $4, "
      "$5, $6)",
      {n.id, n.huishouden_id, n.medewerker_id, n.reden, n.van, n.tot});
}

std::optional<NoodtoegangRecord> noodtoegang(Tx& tx, const std::string& id) {
  return map_row(tx.query_one(std::string{kNoodtoegang} + " WHERE n.id = $1", {id}), noodtoegang_uit);
}

std::vector<NoodtoegangRecord> te_beoordelen_noodtoegangen(Tx& tx, const std::string& manager_id) {
  return map_rows(tx.query(std::string{kNoodtoegang} +
                               " WHERE m.manager_id = $1 AND n.beoordeeld_op IS NULL ORDER BY n.van",
                           {manager_id}),
                  noodtoegang_uit);
}

bool noodtoegang_beoordelen(Tx& tx, const std::string& id, const std::string& door, const std::string& op,
                            const std::string& oordeel, const std::string& toelichting) {
  return tx.exec(
             "UPDATE noodtoegang SET beoordeeld_door = $2, beoordeeld_op = $3, oordeel = $4, toelichting = "
             "$5 "
             "WHERE id = $1 AND beoordeeld_op IS NULL",
             {id, door, op, oordeel, toelichting}) == 1;
}

void notitie_invoegen(Tx& tx, const NotitieRecord& n) {
  tx.exec(
      "INSERT INTO notitie (id, huishouden_id, medewerker_id, tekst, aangemaakt_op) VALUES ($1, $2, $3, $4, "
      "$5)",
      {n.id, n.huishouden_id, n.medewerker_id, n.tekst, n.aangemaakt_op});
}

std::vector<NotitieRecord> notities(Tx& tx, const std::string& huishouden_id, int limit, int offset) {
  return map_rows(
      tx.query(
          "SELECT n.id, n.huishouden_id, n.medewerker_id, m.naam, n.tekst, n.aangemaakt_op FROM notitie n "
          "JOIN medewerker m ON m.id = n.medewerker_id WHERE n.huishouden_id = $1 "
          "ORDER BY n.aangemaakt_op DESC, n.id LIMIT $2 OFFSET $3",
          {huishouden_id, std::int64_t{limit}, std::int64_t{offset}}),
      [](const Row& r) {
        return NotitieRecord{r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5)};
      });
}

std::int64_t notities_totaal(Tx& tx, const std::string& huishouden_id) {
  return tx.query_one("SELECT count(*) FROM notitie WHERE huishouden_id = $1", {huishouden_id})->integer(0);
}

std::vector<std::string> zoek_huishoudens(Tx& tx, const ZoekVraag& v) {
  auto [voorwaarden, params] = zoek_voorwaarden(v, 3);
  params.insert(params.begin(), {v.gemeente_id, std::int64_t{v.limit}});
  return map_rows(
      tx.query("SELECT DISTINCT g.huishouden_id FROM gezinslid g JOIN huishouden h ON h.id = g.huishouden_id "
               "WHERE h.gemeente_id = $1" +
                   voorwaarden + " ORDER BY g.huishouden_id LIMIT $2",
               params),
      [](const Row& r) { return r.text(0); });
}

std::vector<std::string> leden_die_voldoen(Tx& tx, const std::string& huishouden_id, const ZoekVraag& v) {
  auto [voorwaarden, params] = zoek_voorwaarden(v, 2);
  params.insert(params.begin(), Value{huishouden_id});
  return map_rows(
      tx.query("SELECT g.id FROM gezinslid g WHERE g.huishouden_id = $1" + voorwaarden + " ORDER BY g.id",
               params),
      [](const Row& r) { return r.text(0); });
}

std::optional<ActieStand> actie_in_huidig_plan(Tx& tx, const std::string& huishouden_id,
                                               const std::string& actie_id) {
  return map_row(
      tx.query_one("SELECT a.plan_id, a.actie_id, a.omschrijving, a.eigenaar_soort, a.eigenaar_id, "
                   "a.uiterlijk, a.status, "
                   "a.status_versie FROM op_actie a WHERE a.actie_id = $2 AND a.plan_id = (SELECT op.id FROM "
                   "ondersteuningsplan op WHERE op.huishouden_id = $1 ORDER BY op.versie DESC LIMIT 1)",
                   {huishouden_id, actie_id}),
      [](const Row& r) {
        std::optional<domain::Eigenaar> eigenaar;
        if (!r.is_null(3)) eigenaar = domain::Eigenaar{code_uit<domain::PersoonSoort>(r, 3), r.text(4)};
        return ActieStand{
            r.text(0),
            {r.text(1), r.text(2), eigenaar, opt_datum_uit(r, 5), code_uit<domain::ActieStatus>(r, 6)},
            static_cast<int>(r.integer(7))};
      });
}

bool actie_status_zetten(Tx& tx, const ActieStand& stand, domain::ActieStatus status, const std::string& door,
                         const std::string& op) {
  if (tx.exec("UPDATE op_actie SET status = $3, status_versie = status_versie + 1 WHERE plan_id = $1 AND "
              "actie_id = $2 "
              "AND status_versie = $4",
              {stand.plan_id, stand.actie.id, code(status), std::int64_t{stand.status_versie}}) != 1) {
    return false;
  }
  tx.exec(
      "INSERT INTO op_actie_status (plan_id, actie_id, van_status, naar_status, door, op) VALUES ($1, $2, "
      "$3, $4, $5, $6)",
      {stand.plan_id, stand.actie.id, code(stand.actie.status), code(status), door, op});
  return true;
}

bool heeft_ondersteuningsplan(Tx& tx, const std::string& huishouden_id) {
  return !tx.query("SELECT 1 FROM ondersteuningsplan WHERE huishouden_id = $1 LIMIT 1", {huishouden_id})
              .empty();
}

bool heeft_veiligheidsplan(Tx& tx, const std::string& huishouden_id) {
  return !tx.query("SELECT 1 FROM veiligheidsplan WHERE huishouden_id = $1 LIMIT 1", {huishouden_id}).empty();
}

bool maatregel_open(Tx& tx, const std::string& huishouden_id, const std::string& code) {
  return !tx.query("SELECT 1 FROM maatregel WHERE huishouden_id = $1 AND code = $2 AND status = 'open'",
                   {huishouden_id, code})
              .empty();
}

}  // namespace regie::store
