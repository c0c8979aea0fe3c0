#include "store/toegang_store.hpp"

#include <array>

#include "domain/maatregelen.hpp"
#include "domain/zoektermen.hpp"
#include "store/codes.hpp"
#include "store/kader_store.hpp"

namespace regie::store {
namespace {

// The caseload in two steps, so that the little that is still computed per household is computed for one
// page only: the inner query selects the user's open involvements (one index range on betrokkenheid) with
// each household's figures kept on write (huishouden_kengetal, migration 35), filters and sorts them and
// takes the page; the outer query counts the overdue actions of the households that have one, and the
// user's own role. "{h}" stands for the household's alias; its figures' alias is k.
constexpr std::string_view kVerlopenActies =
    "(CASE WHEN {h}.eerste_termijn < {vandaag} THEN (SELECT count(*) FROM op_actie a WHERE a.plan_id = "
    "(SELECT op.id FROM ondersteuningsplan op WHERE op.huishouden_id = {h}.id ORDER BY op.versie DESC LIMIT "
    "1) "
    "AND a.status IN ('open', 'bezig') AND a.uiterlijk < {vandaag}) ELSE 0 END)";
// 'proces' sorts after 'casus': the higher role when he holds both.
constexpr std::string_view kMijnRegierol =
    "(SELECT max(r.rol) FROM regisseur r WHERE r.huishouden_id = {h}.id AND r.tot IS NULL "
    "AND r.persoon_soort = 'medewerker' AND r.persoon_id = $1)";
constexpr std::string_view kKengetallen =
    "k.volgende_evaluatie AS volgende_evaluatie, k.eerste_termijn AS eerste_termijn, "
    "COALESCE(k.open_maatregelen, 0) AS open_maatregelen, COALESCE(k.open_escalatie, 0) AS open_escalatie, "
    "COALESCE(k.profiel_onvoldoende, 0) AS profiel_onvoldoende";

std::string vervang(std::string uit, std::string_view plek, std::string_view door) {
  for (auto pos = uit.find(plek); pos != std::string::npos; pos = uit.find(plek, pos + door.size())) {
    uit.replace(pos, plek.size(), door);
  }
  return uit;
}

// The caseload's expressions take today as $5.
std::string met_alias(std::string_view sjabloon, std::string_view alias) {
  return vervang(vervang(std::string{sjabloon}, "{h}", alias), "{vandaag}", "$5");
}

struct Kenmerk {
  std::string_view naam;
  std::string_view voorwaarde;
};
// Each a condition on the household's figures (alias k).
const std::array<Kenmerk, 5> kKenmerken{{{"verlopen_acties", "k.eerste_termijn < {vandaag}"},
                                         {"open_maatregelen", "k.open_maatregelen > 0"},
                                         {"open_escalatie", "k.open_escalatie = 1"},
                                         {"profiel_onvoldoende", "k.profiel_onvoldoende = 1"},
                                         {"evaluatie_verstreken", "k.volgende_evaluatie < {vandaag}"}}};

bool telt_vanaf_vandaag(const std::optional<std::string>& kenmerk) {
  const auto* k = kenmerk ? std::ranges::find(kKenmerken, *kenmerk, &Kenmerk::naam) : kKenmerken.end();
  return k != kKenmerken.end() && k->voorwaarde.find("{vandaag}") != std::string::npos;
}

// The user's open involvements in the gemeente he works in, with the filters: parameters $1 medewerker,
// $2 gemeente, $3 level (0: any), $4 phase ('': any but afgesloten), and $5 today where overdue actions are
// counted.
std::string mijn_huishoudens(const CaseloadVraag& v, std::string_view kolommen) {
  std::string sql =
      "SELECT " + std::string{kolommen} +
      " FROM betrokkenheid b JOIN huishouden hh ON hh.id = b.huishouden_id "
      "LEFT JOIN huishouden_kengetal k ON k.huishouden_id = hh.id "
      "WHERE b.medewerker_id = $1 AND b.tot IS NULL AND hh.gemeente_id = $2 "
      "AND ($3 = 0 OR hh.niveau = $3) AND (($4 = '' AND hh.fase <> 'afgesloten') OR hh.fase = $4)";
  if (v.kenmerk) {
    const auto* k = std::ranges::find(kKenmerken, *v.kenmerk, &Kenmerk::naam);
    if (k == kKenmerken.end()) throw DatabaseError("onbekend kenmerk");
    sql += " AND " + met_alias(k->voorwaarde, "hh");
  }
  return sql;
}

struct Sortering {
  std::string_view naam;
  std::string_view order_by;
};

// Whitelisted: the user chooses a name, never SQL.
constexpr std::array<Sortering, 8> kSorteringen{{
    {"naam", "naam, id"},
    {"-naam", "naam DESC, id"},
    {"niveau", "(niveau IS NULL), niveau, naam, id"},
    {"-niveau", "(niveau IS NULL), niveau DESC, naam, id"},
    {"fase", "fase, naam, id"},
    {"-fase", "fase DESC, naam, id"},
    {"volgendeEvaluatie", "(volgende_evaluatie IS NULL), volgende_evaluatie, naam, id"},
    {"-volgendeEvaluatie", "(volgende_evaluatie IS NULL), volgende_evaluatie DESC, naam, id"},
}};

// PostgreSQL wants every parameter it is given to occur in the query: today only when it is used.
std::vector<Value> caseload_params(const CaseloadVraag& v, bool met_vandaag) {
  std::vector<Value> params{v.medewerker_id, v.gemeente_id, std::int64_t{v.niveau.value_or(0)},
                            v.fase.value_or("")};
  if (met_vandaag) params.emplace_back(v.vandaag);
  return params;
}

NoodtoegangRecord noodtoegang_uit(const Row& r) {
  return {r.text(0), r.text(1), r.text(2),     r.text(3),    r.text(4),
          r.text(5), r.text(6), r.opt_text(7), r.opt_text(8)};
}

constexpr std::string_view kNoodtoegang =
    "SELECT n.id, n.huishouden_id, n.medewerker_id, m.naam, n.reden, n.van, n.tot, n.beoordeeld_door, "
    "n.oordeel "
    "FROM noodtoegang n JOIN medewerker m ON m.id = n.medewerker_id JOIN huishouden h ON h.id = "
    "n.huishouden_id";

// The conditions of a search on the member, in a fixed order; only those asked for are added.
std::pair<std::string, std::vector<Value>> zoek_voorwaarden(const ZoekVraag& v,
                                                            std::size_t eerste_parameter) {
  std::string sql;
  std::vector<Value> params;
  auto voeg_toe = [&](std::string_view kolom, const std::string& waarde) {
    sql += " AND " + std::string{kolom} + " = $" + std::to_string(eerste_parameter + params.size());
    params.emplace_back(waarde);
  };
  if (v.geboortedatum) voeg_toe("g.geboortedatum", *v.geboortedatum);
  if (v.bsn) voeg_toe("g.bsn", *v.bsn);
  return {sql, params};
}

// A name matches the start of a term of the household's name or of the member's surname: $a and $b bound
// the range of terms.
std::string naam_voorwaarde(std::size_t a) {
  return "z.term >= $" + std::to_string(a) + " AND z.term < $" + std::to_string(a + 1);
}
std::vector<Value> naam_grenzen(const std::string& naam) {
  return {naam, naam + std::string{domain::kZoekBovengrens}};
}

}  // namespace

bool is_geldige_caseload_sortering(const std::string& sorteer) {
  return std::ranges::find(kSorteringen, sorteer, &Sortering::naam) != kSorteringen.end();
}

bool is_geldig_caseload_kenmerk(const std::string& kenmerk) {
  return std::ranges::find(kKenmerken, kenmerk, &Kenmerk::naam) != kKenmerken.end();
}

std::vector<CaseloadRij> caseload(Tx& tx, const CaseloadVraag& v) {
  const auto* sortering = std::ranges::find(kSorteringen, v.sorteer, &Sortering::naam);
  if (sortering == kSorteringen.end()) throw DatabaseError("onbekende sortering");
  const std::string order_by{sortering->order_by};
  // Sorted on the columns of a derived table: PostgreSQL allows no expressions over output aliases.
  const std::string pagina =
      "SELECT * FROM (" +
      mijn_huishoudens(v,
                       "hh.id AS id, hh.naam AS naam, hh.niveau AS niveau, hh.fase AS fase, "
                       "hh.afgeschermd AS afgeschermd, " +
                           std::string{kKengetallen}) +
      ") p ORDER BY " + order_by + " LIMIT $6 OFFSET $7";
  const std::string sql = "SELECT h.id, h.naam, h.niveau, h.fase, h.afgeschermd, h.volgende_evaluatie, " +
                          met_alias(kVerlopenActies, "h") +
                          ", h.open_maatregelen, h.open_escalatie, h.profiel_onvoldoende, " +
                          met_alias(kMijnRegierol, "h") + " FROM (" + pagina + ") h ORDER BY " + order_by;
  auto params = caseload_params(v, true);
  params.emplace_back(std::int64_t{v.limit});
  params.emplace_back(std::int64_t{v.offset});
  return map_rows(tx.query(sql, params), [&v](const Row& r) {
    CaseloadRij c;
    c.id = r.text(0);
    c.naam = r.text(1);
    if (const auto n = r.opt_integer(2)) c.niveau = static_cast<int>(*n);
    c.fase = r.text(3);
    c.afgeschermd = r.boolean(4);
    c.volgende_evaluatie = r.opt_text(5);
    c.evaluatie_verstreken = c.volgende_evaluatie && *c.volgende_evaluatie < v.vandaag;
    c.verlopen_acties = static_cast<int>(r.integer(6));
    c.open_maatregelen = static_cast<int>(r.integer(7));
    c.open_escalatie = r.boolean(8);
    c.profiel_onvoldoende = r.boolean(9);
    const auto rol = r.opt_text(10);
    c.mijn_rol = !rol ? "betrokken" : *rol == "proces" ? "procesregisseur" : "casusregisseur";
    return c;
  });
}

std::int64_t caseload_totaal(Tx& tx, const CaseloadVraag& v) {
  return tx.query(mijn_huishoudens(v, "count(*)"), caseload_params(v, telt_vanaf_vandaag(v.kenmerk)))
      .at(0)
      .integer(0);
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

std::vector<TeamEscalatieRij> team_escalaties(Tx& tx, const std::string& manager_id,
                                              const std::string& gemeente_id) {
  return map_rows(tx.query("SELECT DISTINCT e.id, h.id, h.naam, e.soort, e.geopend_op, "
                           "(SELECT count(*) FROM escalatie_melding em WHERE em.escalatie_id = e.id) "
                           "FROM escalatie e JOIN huishouden h ON h.id = e.huishouden_id "
                           "JOIN betrokkenheid b ON b.huishouden_id = e.huishouden_id AND b.tot IS NULL "
                           "JOIN medewerker m ON m.id = b.medewerker_id "
                           "WHERE m.manager_id = $1 AND h.gemeente_id = $2 AND e.gesloten_op IS NULL "
                           "ORDER BY e.geopend_op, e.id",
                           {manager_id, gemeente_id}),
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

std::vector<NoodtoegangRecord> te_beoordelen_noodtoegangen(Tx& tx, const std::string& manager_id,
                                                           const std::string& gemeente_id) {
  return map_rows(tx.query(std::string{kNoodtoegang} +
                               " WHERE m.manager_id = $1 AND h.gemeente_id = $2 AND n.beoordeeld_op IS NULL "
                               "ORDER BY n.van",
                           {manager_id, gemeente_id}),
                  noodtoegang_uit);
}

std::vector<NoodtoegangRecord> te_beoordelen_zonder_manager(Tx& tx, const std::string& organisatie_id,
                                                            const std::string& gemeente_id) {
  return map_rows(
      tx.query(std::string{kNoodtoegang} +
                   " WHERE m.manager_id IS NULL AND m.organisatie_id = $1 AND h.gemeente_id = $2 AND "
                   "n.beoordeeld_op IS NULL ORDER BY n.van",
               {organisatie_id, gemeente_id}),
      noodtoegang_uit);
}

bool organisatie_heeft_manager(Tx& tx, const std::string& organisatie_id) {
  return tx
      .query_one(
          "SELECT 1 FROM medewerker m JOIN medewerker_rol r ON r.medewerker_id = m.id "
          "WHERE m.organisatie_id = $1 AND r.rol = 'manager' LIMIT 1",
          {organisatie_id})
      .has_value();
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
  if (!v.naam) {
    auto [voorwaarden, params] = zoek_voorwaarden(v, 3);
    params.insert(params.begin(), {v.gemeente_id, std::int64_t{v.limit}});
    return map_rows(
        tx.query(
            "SELECT DISTINCT g.huishouden_id FROM gezinslid g JOIN huishouden h ON h.id = g.huishouden_id "
            "WHERE h.gemeente_id = $1" +
                voorwaarden + " ORDER BY g.huishouden_id LIMIT $2",
            params),
        [](const Row& r) { return r.text(0); });
  }
  // From the terms (one index range); a term of the household's name stands for each of its members.
  auto [voorwaarden, params] = zoek_voorwaarden(v, 5);
  auto grenzen = naam_grenzen(*v.naam);
  params.insert(params.begin(), {v.gemeente_id, std::int64_t{v.limit}, grenzen[0], grenzen[1]});
  return map_rows(
      tx.query(
          "SELECT DISTINCT z.huishouden_id FROM zoekterm z LEFT JOIN gezinslid g ON g.huishouden_id = "
          "z.huishouden_id AND (z.gezinslid_id IS NULL OR g.id = z.gezinslid_id) WHERE z.gemeente_id = $1 "
          "AND " +
              naam_voorwaarde(3) + voorwaarden + " ORDER BY z.huishouden_id LIMIT $2",
          params),
      [](const Row& r) { return r.text(0); });
}

std::vector<std::string> leden_die_voldoen(Tx& tx, const std::string& huishouden_id, const ZoekVraag& v) {
  auto [voorwaarden, params] = zoek_voorwaarden(v, v.naam ? 4 : 2);
  std::string naam;
  if (v.naam) {
    naam = " AND EXISTS (SELECT 1 FROM zoekterm z WHERE z.huishouden_id = $1 AND " + naam_voorwaarde(2) +
           " AND (z.gezinslid_id IS NULL OR z.gezinslid_id = g.id))";
    const auto grenzen = naam_grenzen(*v.naam);
    params.insert(params.begin(), grenzen.begin(), grenzen.end());
  }
  params.insert(params.begin(), Value{huishouden_id});
  return map_rows(tx.query("SELECT g.id FROM gezinslid g WHERE g.huishouden_id = $1" + naam + voorwaarden +
                               " ORDER BY g.id",
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

HuishoudenStand huishouden_stand(Tx& tx, const std::string& huishouden_id, const std::string& vandaag) {
  // $1 the household, $2 today.
  const auto verlopen_acties =
      vervang(vervang(vervang(std::string{kVerlopenActies}, "{h}.id", "$1"), "{h}", "k"), "{vandaag}", "$2");
  const auto r =
      tx.query(
            "SELECT " + verlopen_acties +
                ", COALESCE(k.open_maatregelen, 0), (SELECT count(*) FROM escalatie e WHERE e.huishouden_id "
                "= $1 AND e.gesloten_op IS NULL), k.volgende_evaluatie"
                // 0 without an open trajectory, else the step after the last one recorded.
                ", (SELECT CASE WHEN count(t.id) = 0 THEN 0 ELSE COALESCE(max(s.stap), 0) + 1 END "
                "FROM meldcode_traject t LEFT JOIN meldcode_stap s ON s.traject_id = t.id "
                "WHERE t.huishouden_id = $1 AND t.afgerond_op IS NULL), "
                "CASE WHEN EXISTS (SELECT 1 FROM ondersteuningsplan WHERE huishouden_id = $1) THEN 1 ELSE 0 "
                "END, "
                "CASE WHEN EXISTS (SELECT 1 FROM veiligheidsplan WHERE huishouden_id = $1) THEN 1 ELSE 0 "
                "END, "
                "CASE WHEN EXISTS (SELECT 1 FROM maatregel WHERE huishouden_id = $1 AND code = $3 AND status "
                "= "
                "'open') THEN 1 ELSE 0 END, (" +
                std::string{kGeldendKader} +
                ") FROM huishouden h LEFT JOIN huishouden_kengetal k ON k.huishouden_id = h.id WHERE h.id = "
                "$1",
            {huishouden_id, vandaag,
             std::string{domain::to_code(domain::MaatregelCode::deskundige_voor_start)}})
          .at(0);
  HuishoudenStand s;
  auto& t = s.aandacht;
  t.acties_over_tijd = static_cast<int>(r.integer(0));
  t.open_maatregelen = static_cast<int>(r.integer(1));
  t.open_escalaties = static_cast<int>(r.integer(2));
  t.evaluatiedatum = opt_datum_uit(r, 3);
  if (r.integer(4) > 0) t.meldcode_volgende_stap = static_cast<int>(r.integer(4));
  s.heeft_ondersteuningsplan = r.boolean(5);
  s.heeft_veiligheidsplan = r.boolean(6);
  s.deskundige_voor_start_open = r.boolean(7);
  if (const auto kader = opt_code_uit<domain::Kader>(r, 8)) s.kader = *kader;
  return s;
}

}  // namespace regie::store
