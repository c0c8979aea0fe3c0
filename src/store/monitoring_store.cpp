#include "store/monitoring_store.hpp"

#include <chrono>

#include "store/bulk_insert.hpp"

namespace regie::store {
namespace {

// Each household with the organisation and team of its procesregisseur, else of a professional
// casusregisseur; '' when it has no professional regisseur.
constexpr std::string_view kToewijzing = R"(WITH tw AS (
  SELECT h.id AS huishouden_id, h.niveau, h.fase, h.gesloten_op,
         COALESCE(m.organisatie_id, '') AS org, COALESCE(m.team_id, '') AS team
  FROM huishouden h
  LEFT JOIN (SELECT r.huishouden_id, MIN(CASE WHEN r.rol = 'proces' THEN '0' ELSE '1' END || r.persoon_id) AS k
             FROM regisseur r JOIN huishouden hh ON hh.id = r.huishouden_id
             WHERE r.tot IS NULL AND r.persoon_soort = 'medewerker' AND hh.gemeente_id = $1
             GROUP BY r.huishouden_id) r ON r.huishouden_id = h.id
  LEFT JOIN medewerker m ON m.id = substr(r.k, 2)
  WHERE h.gemeente_id = $1)
)";

// The level intervals: from a decision to the next one (none: still current).
constexpr std::string_view kIntervallen =
    "SELECT o.huishouden_id, o.naar_niveau, o.besloten_op AS van, LEAD(o.besloten_op) OVER (PARTITION BY "
    "o.huishouden_id ORDER BY o.besloten_op, o.id) AS tot FROM niveau_overgang o JOIN huishouden h ON h.id = "
    "o.huishouden_id WHERE h.gemeente_id = $1";

std::string dagen(Backend backend, std::string_view van, std::string_view tot) {
  const auto dag = [](std::string_view x) { return "substr(" + std::string{x} + ", 1, 10)"; };
  if (backend == Backend::sqlite)
    return "CAST(julianday(" + dag(tot) + ") - julianday(" + dag(van) + ") AS BIGINT)";
  return "(CAST(" + dag(tot) + " AS DATE) - CAST(" + dag(van) + " AS DATE))";
}

struct Teller {
  Tx& tx;
  const std::string& gemeente_id;
  std::vector<domain::Telling>& uit;

  // `sql` selects org, team, month, key, count (in that order); `metriek` names them. With `som_metriek`, a
  // sixth column is a sum under that name, from the same query.
  void tel(std::string_view metriek, const std::string& sql, std::initializer_list<Value> extra = {},
           std::string_view som_metriek = {}) {
    std::vector<Value> params{gemeente_id};
    params.insert(params.end(), extra.begin(), extra.end());
    for (const auto& r : tx.query(sql, params)) {
      uit.push_back({r.text(0), r.text(1), r.text(2), std::string{metriek}, r.text(3), r.integer(4)});
      if (!som_metriek.empty())
        uit.push_back({r.text(0), r.text(1), r.text(2), std::string{som_metriek}, r.text(3), r.integer(5)});
    }
  }
};

std::string maand_einde(std::chrono::year_month m) {
  const auto volgende = (m + std::chrono::months{1}) / std::chrono::day{1};
  return domain::format_datum(volgende);
}

}  // namespace

std::vector<domain::Telling> monitor_tellen(Tx& tx, Backend backend, const std::string& gemeente_id,
                                            domain::Datum vandaag, int maanden_terug) {
  std::vector<domain::Telling> uit;
  Teller t{tx, gemeente_id, uit};
  const std::string w{kToewijzing};
  const Value maand = domain::maand_van(vandaag);
  const Value dag = domain::format_datum(vandaag);
  constexpr std::string_view open = " tw.fase <> 'afgesloten' ";

  // The state now.
  t.tel("fase",
        w + "SELECT org, team, CAST($2 AS TEXT), fase, count(*) FROM tw WHERE" + std::string{open} +
            "GROUP BY org, team, fase",
        {maand});
  for (const auto& [metriek, tabel, niveau] :
       {std::tuple{"op", "ondersteuningsplan", 2}, {"vp", "veiligheidsplan", 3}}) {
    t.tel(metriek,
          w + "SELECT org, team, CAST($2 AS TEXT), CASE WHEN EXISTS (SELECT 1 FROM " + tabel +
              " p WHERE p.huishouden_id = tw.huishouden_id) THEN 'aanwezig' ELSE 'ontbreekt' END AS s, "
              "count(*) "
              "FROM tw WHERE" +
              std::string{open} + "AND tw.niveau >= " + std::to_string(niveau) + " GROUP BY org, team, s",
          {maand});
  }
  const std::string laatste_op =
      " JOIN ondersteuningsplan p ON p.huishouden_id = tw.huishouden_id AND p.versie = (SELECT max(versie) "
      "FROM "
      "ondersteuningsplan q WHERE q.huishouden_id = tw.huishouden_id) ";
  t.tel("evaluatie",
        w +
            "SELECT org, team, CAST($2 AS TEXT), CASE WHEN p.evaluatiedatum IS NULL THEN 'geen_datum' WHEN "
            "p.evaluatiedatum < $3 "
            "THEN 'over_tijd' ELSE 'op_tijd' END AS s, count(*) FROM tw" +
            laatste_op + "WHERE" + std::string{open} + "GROUP BY org, team, s",
        {maand, dag});
  t.tel("kindcheck",
        w +
            "SELECT org, team, CAST($2 AS TEXT), CASE WHEN EXISTS (SELECT 1 FROM gezinslid g WHERE "
            "g.huishouden_id = "
            "tw.huishouden_id AND g.relatie IN ('kind', 'pleegkind') AND g.ongeboren = 0 AND NOT EXISTS "
            "(SELECT 1 "
            "FROM op_kindcheck k WHERE k.plan_id = p.id AND k.gezinslid_id = g.id)) THEN 'niet_gedaan' ELSE "
            "'gedaan' END AS s, count(*) FROM tw" +
            laatste_op + "WHERE" + std::string{open} +
            "AND EXISTS (SELECT 1 FROM gezinslid g WHERE g.huishouden_id = tw.huishouden_id AND g.relatie IN "
            "('kind', 'pleegkind') AND g.ongeboren = 0) GROUP BY org, team, s",
        {maand});
  t.tel("maatregel",
        w +
            "SELECT org, team, CAST($2 AS TEXT), x.status, count(*) FROM maatregel x JOIN tw ON "
            "tw.huishouden_id = x.huishouden_id "
            "WHERE" +
            std::string{open} + "GROUP BY org, team, x.status",
        {maand});
  t.tel("kader",
        w +
            "SELECT org, team, CAST($2 AS TEXT), COALESCE((SELECT k.kader FROM huishouden_kader k WHERE "
            "k.huishouden_id = tw.huishouden_id AND k.van <= $3 ORDER BY k.van DESC, k.vastgelegd_op DESC "
            "LIMIT 1), 'vrijwillig') AS s, count(*) FROM tw WHERE" +
            std::string{open} + "GROUP BY org, team, s",
        {maand, dag});
  t.tel("grip",
        w +
            "SELECT org, team, CAST($2 AS TEXT), c.grip_fase, count(*) FROM crisislaag c JOIN tw ON "
            "tw.huishouden_id = c.huishouden_id WHERE" +
            std::string{open} +
            "AND c.versie = (SELECT max(x.versie) FROM crisislaag x WHERE x.huishouden_id = c.huishouden_id) "
            "AND c.grip_fase IS NOT NULL AND c.grip_van <= $3 AND (c.grip_tot IS NULL OR c.grip_tot >= $3) "
            "GROUP BY org, team, c.grip_fase",
        {maand, dag});
  t.tel("escalatie_open",
        w + "SELECT org, team, CAST($2 AS TEXT), 'open', count(*) FROM escalatie e JOIN tw ON "
            "tw.huishouden_id = e.huishouden_id "
            "WHERE e.gesloten_op IS NULL GROUP BY org, team",
        {maand});
  // Staff figures: by the regisseur's own organisation and team.
  t.tel("profiel_tekort",
        "SELECT m.organisatie_id, COALESCE(m.team_id, ''), CAST($2 AS TEXT), r.knelpunt, count(*) FROM "
        "regisseur r "
        "JOIN medewerker m ON m.id = r.persoon_id JOIN huishouden h ON h.id = r.huishouden_id "
        "WHERE h.gemeente_id = $1 AND r.tot IS NULL AND r.persoon_soort = 'medewerker' AND r.knelpunt IS NOT "
        "NULL "
        "AND r.bevestigd_op IS NULL GROUP BY m.organisatie_id, m.team_id, r.knelpunt",
        {maand});
  t.tel("caseload",
        "SELECT m.organisatie_id, COALESCE(m.team_id, ''), CAST($2 AS TEXT), CASE WHEN COALESCE(c.last, 0) > "
        "o.caseload_norm "
        "THEN 'boven_norm' ELSE 'binnen_norm' END AS s, count(*) FROM medewerker m "
        "JOIN medewerker_rol mr ON mr.medewerker_id = m.id AND mr.rol = 'regisseur' "
        "JOIN organisatie o ON o.id = m.organisatie_id "
        "LEFT JOIN (SELECT r.persoon_id, sum(n.caseload_gewicht) AS last FROM regisseur r "
        "  JOIN huishouden h ON h.id = r.huishouden_id JOIN medewerker mm ON mm.id = r.persoon_id "
        "  JOIN organisatie_niveaunorm n ON n.organisatie_id = mm.organisatie_id AND n.niveau = h.niveau "
        "  WHERE r.tot IS NULL AND r.persoon_soort = 'medewerker' AND h.gemeente_id = $1 AND h.fase <> "
        "'afgesloten' "
        "  GROUP BY r.persoon_id) c ON c.persoon_id = m.id "
        "WHERE o.gemeente_id = $1 GROUP BY m.organisatie_id, m.team_id, s",
        {maand});
  t.tel(
      "gecertificeerd",
      "SELECT m.organisatie_id, COALESCE(m.team_id, ''), CAST($2 AS TEXT), c.rol || '_' || c.profiel AS s, "
      "count(*) "
      "FROM certificering c JOIN medewerker m ON m.id = c.medewerker_id JOIN organisatie o ON o.id = "
      "m.organisatie_id WHERE o.gemeente_id = $1 AND NOT EXISTS (SELECT 1 FROM certificering n WHERE "
      "n.medewerker_id = c.medewerker_id AND n.rol = c.rol AND (n.datum > c.datum OR (n.datum = c.datum AND "
      "n.vastgelegd_op > c.vastgelegd_op))) GROUP BY m.organisatie_id, m.team_id, s",
      {maand});

  // The level at the end of each month: the decision in force then, for a household not closed by then.
  const auto nu = std::chrono::year_month{std::chrono::year_month_day{vandaag}.year(),
                                          std::chrono::year_month_day{vandaag}.month()};
  std::string mnd = "mnd(maand, eind) AS (VALUES ";
  for (int i = maanden_terug; i >= 0; --i) {
    const auto m = nu - std::chrono::months{i};
    mnd += "('" + domain::maand_tekst(m) + "', '" +
           (i == 0 ? domain::format_datum(domain::plus_dagen(vandaag, 1)) : maand_einde(m)) + "')" +
           (i ? ", " : ")");
  }
  t.tel(
      "niveau",
      w + ", " + mnd + ", x AS (" + std::string{kIntervallen} +
          ") SELECT tw.org, tw.team, mnd.maand, CAST(x.naar_niveau AS TEXT), count(*) FROM x "
          "JOIN tw ON tw.huishouden_id = x.huishouden_id JOIN mnd ON x.van < mnd.eind AND (x.tot IS NULL OR "
          "x.tot >= mnd.eind) AND (tw.gesloten_op IS NULL OR tw.gesloten_op >= mnd.eind) "
          "GROUP BY tw.org, tw.team, mnd.maand, x.naar_niveau");

  // Events, by the month they happened in.
  t.tel("opschaling",
        w + "SELECT org, team, substr(o.besloten_op, 1, 7) AS m, o.richting, count(*) FROM niveau_overgang o "
            "JOIN tw ON tw.huishouden_id = o.huishouden_id WHERE o.richting IN ('opschalen', 'afschalen') "
            "GROUP BY org, team, m, o.richting");
  t.tel(
      "nazorg",
      w + "SELECT org, team, substr(o.besloten_op, 1, 7) AS m, CASE WHEN o.nazorg_wie IS NULL THEN 'zonder' "
          "ELSE 'met' END AS s, count(*) FROM niveau_overgang o JOIN tw ON tw.huishouden_id = "
          "o.huishouden_id "
          "WHERE o.richting = 'afschalen' AND o.van_niveau >= 3 GROUP BY org, team, m, s");
  // How many ended in a month, and their days together (for a mean).
  const auto duur = [&](std::string_view metriek, const std::string& van, const std::string& tot,
                        const std::string& bron, const std::string& sleutel) {
    t.tel(metriek,
          w + ", x AS (" + bron + ") SELECT tw.org, tw.team, substr(" + tot + ", 1, 7) AS m, " + sleutel +
              " AS s, count(*), sum(" + dagen(backend, van, tot) +
              ") FROM x JOIN tw ON tw.huishouden_id = "
              "x.huishouden_id WHERE " +
              tot + " IS NOT NULL GROUP BY tw.org, tw.team, m, s",
          {}, std::string{metriek} + "_dagen");
  };
  duur("tijd_op_niveau", "x.van", "x.tot", std::string{kIntervallen}, "CAST(x.naar_niveau AS TEXT)");
  duur("escalatie_duur", "x.geopend_op", "x.gesloten_op",
       "SELECT huishouden_id, geopend_op, gesloten_op FROM escalatie", "'open'");
  t.tel("escalatie",
        w + "SELECT org, team, substr(e.geopend_op, 1, 7) AS m, 'geopend', count(*) FROM escalatie e "
            "JOIN tw ON tw.huishouden_id = e.huishouden_id GROUP BY org, team, m");
  t.tel("escalatie",
        w + "SELECT org, team, substr(e.gesloten_op, 1, 7) AS m, 'gesloten', count(*) FROM escalatie e "
            "JOIN tw ON tw.huishouden_id = e.huishouden_id WHERE e.gesloten_op IS NOT NULL GROUP BY org, "
            "team, m");
  t.tel("escalatie_aanleiding",
        w + "SELECT org, team, substr(e.geopend_op, 1, 7) AS m, e.soort, count(*) FROM escalatie e "
            "JOIN tw ON tw.huishouden_id = e.huishouden_id GROUP BY org, team, m, e.soort");
  // Registrations: per criterion, and the intake's acute route and the acknowledged contra-indication.
  t.tel("inzet",
        w + "SELECT org, team, substr(i.vastgelegd_op, 1, 7) AS m, c.criterium, count(*) FROM "
            "huishouden_inzetcriterium c JOIN huishouden_inzet i ON i.huishouden_id = c.huishouden_id "
            "JOIN tw ON tw.huishouden_id = c.huishouden_id GROUP BY org, team, m, c.criterium");
  for (const auto& [sleutel, kolom] :
       {std::pair{"altijd_starten", "(i.acuut_gevaar = 1 OR i.basiszorg_onvoldoende = 1)"},
        {"contra_indicatie", "i.contra_indicatie = 1"}}) {
    t.tel("inzet",
          w + "SELECT org, team, substr(i.vastgelegd_op, 1, 7) AS m, '" + sleutel +
              "', count(*) FROM huishouden_inzet i JOIN tw ON tw.huishouden_id = i.huishouden_id WHERE " +
              kolom + " GROUP BY org, team, m");
  }
  t.tel("dwangbesluit",
        w + "SELECT org, team, substr(b.datum, 1, 7) AS m, b.soort, count(*) FROM dwangbesluit b "
            "JOIN tw ON tw.huishouden_id = b.huishouden_id GROUP BY org, team, m, b.soort");
  t.tel("signaal",
        w + "SELECT org, team, substr(s.vastgelegd_op, 1, 7) AS m, s.type, count(*) FROM signaal s "
            "JOIN tw ON tw.huishouden_id = s.huishouden_id GROUP BY org, team, m, s.type");
  t.tel("meldcode",
        w + "SELECT org, team, substr(x.gestart_op, 1, 7) AS m, 'gestart', count(*) FROM meldcode_traject x "
            "JOIN tw ON tw.huishouden_id = x.huishouden_id GROUP BY org, team, m");
  t.tel(
      "meldcode",
      w + "SELECT org, team, substr(x.afgerond_op, 1, 7) AS m, CASE WHEN s.besluit_melden = 1 THEN 'gemeld' "
          "WHEN s.besluit_hulp = 1 THEN 'hulp' ELSE 'geen' END AS u, count(*) FROM meldcode_traject x "
          "JOIN tw ON tw.huishouden_id = x.huishouden_id LEFT JOIN meldcode_stap s ON s.traject_id = x.id "
          "AND "
          "s.stap = 5 WHERE x.afgerond_op IS NOT NULL GROUP BY org, team, m, u");
  return uit;
}

std::vector<ToetsbaarHuishouden> toetsbare_huishoudens(Tx& tx, const std::string& gemeente_id) {
  const auto nieuwste = [](std::string_view tabel) {
    return "(SELECT p.id FROM " + std::string{tabel} +
           " p WHERE p.huishouden_id = tw.huishouden_id ORDER BY p.versie DESC LIMIT 1)";
  };
  return map_rows(
      tx.query(std::string{kToewijzing} + "SELECT * FROM (SELECT tw.huishouden_id, tw.niveau, org, team, " +
                   nieuwste("ondersteuningsplan") + " AS op, " + nieuwste("veiligheidsplan") +
                   " AS vp FROM tw WHERE tw.fase <> 'afgesloten') x WHERE op IS NOT NULL OR vp IS NOT NULL "
                   "ORDER BY huishouden_id",
               {gemeente_id}),
      [](const Row& r) {
        ToetsbaarHuishouden h{r.text(0), std::nullopt, r.text(2), r.text(3), r.opt_text(4), r.opt_text(5)};
        if (const auto n = r.opt_integer(1)) h.niveau = domain::niveau_uit_nummer(static_cast<int>(*n));
        return h;
      });
}

void monitor_vervangen(Tx& tx, const std::string& gemeente_id, const std::string& maand,
                       const std::vector<domain::Telling>& opgeteld, const std::vector<bool>& afgeschermd,
                       const std::string& nu, std::int64_t duur_ms) {
  // The events and the level history are counted whole each time; the other state only for this month.
  std::string heel = "'niveau'";
  for (const auto& m : domain::metrieken()) {
    if (m.soort == domain::MetriekSoort::stand) continue;
    heel += ", '" + std::string{m.code} + "'";
    if (m.soort == domain::MetriekSoort::gemiddelde) heel += ", '" + std::string{m.code} + "_dagen'";
  }
  tx.exec("DELETE FROM monitor_cijfer WHERE gemeente_id = $1 AND (maand = $2 OR metriek IN (" + heel + "))",
          {gemeente_id, maand});
  BulkInsert rijen{
      tx,
      "monitor_cijfer",
      {"gemeente_id", "organisatie_id", "team_id", "maand", "metriek", "sleutel", "waarde", "afgeschermd"}};
  for (std::size_t i = 0; i < opgeteld.size(); ++i) {
    const auto& t = opgeteld[i];
    rijen.rij({gemeente_id, t.organisatie_id, t.team_id, t.maand, t.metriek, t.sleutel, t.waarde,
               std::int64_t{afgeschermd[i] ? 1 : 0}});
  }
  rijen.afronden();
  tx.exec(
      "INSERT INTO monitor_verversing (gemeente_id, ververst_op, duur_ms) VALUES ($1, $2, $3) ON CONFLICT "
      "(gemeente_id) DO UPDATE SET ververst_op = excluded.ververst_op, duur_ms = excluded.duur_ms",
      {gemeente_id, nu, duur_ms});
}

std::optional<MonitorVerversing> monitor_verversing(Tx& tx, const std::string& gemeente_id) {
  return map_row(tx.query_one("SELECT ververst_op, duur_ms FROM monitor_verversing WHERE gemeente_id = $1",
                              {gemeente_id}),
                 [](const Row& r) {
                   return MonitorVerversing{r.text(0), r.integer(1)};
                 });
}

std::vector<MonitorCijfer> monitor_lezen(Tx& tx, const std::string& gemeente_id,
                                         const std::string& organisatie_id, const std::string& team_id,
                                         const std::string& van, const std::string& tot) {
  return map_rows(
      tx.query("SELECT maand, metriek, sleutel, waarde, afgeschermd FROM monitor_cijfer WHERE "
               "gemeente_id = $1 AND organisatie_id = $2 AND team_id = $3 AND maand >= $4 AND maand <= $5",
               {gemeente_id, organisatie_id, team_id, van, tot}),
      [](const Row& r) {
        return MonitorCijfer{r.text(0), r.text(1), r.text(2), r.integer(3), r.boolean(4)};
      });
}

std::vector<std::string> gemeente_ids(Tx& tx) {
  return map_rows(tx.query("SELECT id FROM gemeente ORDER BY id"), [](const Row& r) { return r.text(0); });
}

}  // namespace regie::store
