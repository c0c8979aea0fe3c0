#include "store/plan_store.hpp"

#include <algorithm>

#include "store/codes.hpp"

namespace regie::store {
namespace {

using namespace regie::domain;

PlanKop kop_uit(const Row& r) {
  return {r.text(0), r.text(1), static_cast<int>(r.integer(2)), r.text(3), r.text(4)};
}

std::vector<PlanKop> versies(Tx& tx, std::string_view tabel, const std::string& huishouden_id) {
  return map_rows(tx.query("SELECT id, huishouden_id, versie, opgesteld_door, opgesteld_op FROM " +
                               std::string{tabel} + " WHERE huishouden_id = $1 ORDER BY versie DESC",
                           {huishouden_id}),
                  kop_uit);
}

std::vector<Row> koppen_met_id(Tx& tx, std::string_view tabel, std::string_view kolommen,
                               const std::vector<std::string>& ids) {
  if (ids.empty()) return {};
  return tx.query("SELECT id, huishouden_id, versie, opgesteld_door, opgesteld_op, " + std::string{kolommen} +
                      " FROM " + std::string{tabel} + " WHERE id IN (" + parameterlijst(ids.size()) + ")",
                  std::vector<Value>(ids.begin(), ids.end()));
}

// The newest version, or the one asked for.
std::optional<Row> kop_rij(Tx& tx, std::string_view tabel, std::string_view kolommen,
                           const std::string& huishouden_id, std::optional<int> versie) {
  const std::string select = "SELECT id, huishouden_id, versie, opgesteld_door, opgesteld_op, " +
                             std::string{kolommen} + " FROM " + std::string{tabel} +
                             " WHERE huishouden_id = $1";
  if (versie) return tx.query_one(select + " AND versie = $2", {huishouden_id, std::int64_t{*versie}});
  return tx.query_one(select + " ORDER BY versie DESC LIMIT 1", {huishouden_id});
}

void op_kinderen_invoegen(Tx& tx, const std::string& id, const Ondersteuningsplan& p) {
  std::int64_t volgnr = 0;
  for (const auto& l : p.leefgebieden) {
    tx.exec(
        "INSERT INTO op_leefgebied (plan_id, volgnr, leefgebied, gezinslid_id, krachten, zorgen, "
        "eerdere_hulp) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7)",
        {id, ++volgnr, code(l.leefgebied), text_or_null(l.gezinslid_id), l.krachten, l.zorgen,
         l.eerdere_hulp});
  }
  volgnr = 0;
  std::int64_t actie_volgnr = 0;
  for (const auto& d : p.doelen) {
    tx.exec(
        "INSERT INTO op_doel (plan_id, doel_id, volgnr, omschrijving, leefgebied, gezinslid_id, streefdatum) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7)",
        {id, d.id, ++volgnr, d.omschrijving, opt_code(d.leefgebied), text_or_null(d.gezinslid_id),
         opt_datum(d.streefdatum)});
    for (const auto& a : d.acties) {
      tx.exec(
          "INSERT INTO op_actie (plan_id, actie_id, doel_id, volgnr, omschrijving, eigenaar_soort, "
          "eigenaar_id, uiterlijk, "
          "status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
          {id, a.id, d.id, ++actie_volgnr, a.omschrijving, a.eigenaar ? code(a.eigenaar->soort) : null(),
           a.eigenaar ? Value{a.eigenaar->id} : null(), opt_datum(a.uiterlijk), code(a.status)});
    }
  }
  for (const auto& k : p.kindcheck) {
    tx.exec("INSERT INTO op_kindcheck (plan_id, gezinslid_id, toelichting) VALUES ($1, $2, $3)",
            {id, k.gezinslid_id, k.toelichting});
  }
}

// The plans being read: their index by id, and the ids as parameters of an IN list.
struct Plannen {
  std::map<std::string, std::size_t> index;
  std::vector<Value> ids;

  explicit Plannen(const std::vector<Row>& koppen) {
    for (std::size_t i = 0; i < koppen.size(); ++i) {
      index[koppen[i].text(0)] = i;
      ids.emplace_back(koppen[i].text(0));
    }
  }

  // The rows of a plan part (plan_id first) for every plan, each handed with the index of its plan.
  template <typename F>
  void per_plan(Tx& tx, const std::string& select, F&& verwerk, std::string_view volgorde = "volgnr") const {
    for (const auto& r : tx.query(select + " WHERE plan_id IN (" + parameterlijst(ids.size()) +
                                      ") ORDER BY plan_id, " + std::string{volgorde},
                                  ids)) {
      verwerk(index.at(r.text(0)), r);
    }
  }
};

// Plans from their head rows (id first, then kOpKolommen from column 5), their parts read for all at once.
std::vector<Ondersteuningsplan> op_uit(Tx& tx, const std::vector<Row>& koppen) {
  std::vector<Ondersteuningsplan> uit(koppen.size());
  for (std::size_t i = 0; i < koppen.size(); ++i) {
    uit[i].variant = code_uit<PlanVariant>(koppen[i], 5);
    uit[i].eigen_woorden = koppen[i].text(6);
    uit[i].evaluatiedatum = opt_datum_uit(koppen[i], 7);
  }
  if (koppen.empty()) return uit;
  const Plannen p{koppen};
  p.per_plan(tx,
             "SELECT plan_id, leefgebied, gezinslid_id, krachten, zorgen, eerdere_hulp FROM op_leefgebied",
             [&](std::size_t i, const Row& r) {
               uit[i].leefgebieden.push_back(
                   {code_uit<Leefgebied>(r, 1), r.opt_text(2), r.text(3), r.text(4), r.text(5)});
             });
  p.per_plan(
      tx, "SELECT plan_id, doel_id, omschrijving, leefgebied, gezinslid_id, streefdatum FROM op_doel",
      [&](std::size_t i, const Row& r) {
        uit[i].doelen.push_back(
            {r.text(1), r.text(2), opt_code_uit<Leefgebied>(r, 3), r.opt_text(4), opt_datum_uit(r, 5), {}});
      });
  p.per_plan(
      tx,
      "SELECT plan_id, doel_id, actie_id, omschrijving, eigenaar_soort, eigenaar_id, uiterlijk, status FROM "
      "op_actie",
      [&](std::size_t i, const Row& r) {
        auto& doelen = uit[i].doelen;
        auto doel = std::ranges::find(doelen, r.text(1), &Doel::id);
        if (doel == doelen.end()) throw DatabaseError("actie zonder doel");
        std::optional<Eigenaar> eigenaar;
        if (!r.is_null(4)) eigenaar = Eigenaar{code_uit<PersoonSoort>(r, 4), r.text(5)};
        doel->acties.push_back(
            {r.text(2), r.text(3), eigenaar, opt_datum_uit(r, 6), code_uit<ActieStatus>(r, 7)});
      });
  p.per_plan(
      tx, "SELECT plan_id, gezinslid_id, toelichting FROM op_kindcheck",
      [&](std::size_t i, const Row& r) {
        uit[i].kindcheck.push_back({r.text(1), r.text(2)});
      },
      "gezinslid_id");
  return uit;
}

void vp_kinderen_invoegen(Tx& tx, const std::string& id, const Veiligheidsplan& p) {
  std::int64_t volgnr = 0;
  for (const auto& v : p.voorwaarden) {
    tx.exec("INSERT INTO vp_voorwaarde (plan_id, volgnr, omschrijving, gesteld_door) VALUES ($1, $2, $3, $4)",
            {id, ++volgnr, v.omschrijving, v.gesteld_door});
  }
  volgnr = 0;
  for (const auto& a : p.afspraken) {
    tx.exec(
        "INSERT INTO vp_afspraak (plan_id, volgnr, wie, wat, wanneer, toezicht) VALUES ($1, $2, $3, $4, $5, "
        "$6)",
        {id, ++volgnr, a.wie, a.wat, a.wanneer, a.toezicht});
  }
  volgnr = 0;
  for (const auto& s : p.signalen) {
    tx.exec(
        "INSERT INTO vp_signaal (plan_id, volgnr, signaal, actie, noodcontact) VALUES ($1, $2, $3, $4, $5)",
        {id, ++volgnr, s.signaal, s.actie, s.noodcontact});
  }
  volgnr = 0;
  for (const auto& d : p.afgeschermd) {
    tx.exec(
        "INSERT INTO vp_afgeschermd (plan_id, deel_id, volgnr, titel, inhoud) VALUES ($1, $2, $3, $4, $5)",
        {id, d.id, ++volgnr, d.titel, d.inhoud});
    for (const auto& lezer : d.zichtbaar_voor) {
      tx.exec("INSERT INTO vp_afgeschermd_lezer (plan_id, deel_id, medewerker_id) VALUES ($1, $2, $3)",
              {id, d.id, lezer});
    }
    for (const auto& lid : d.tegen) {
      tx.exec("INSERT INTO vp_afgeschermd_tegen (plan_id, deel_id, gezinslid_id) VALUES ($1, $2, $3)",
              {id, d.id, lid});
    }
  }
}

// Like op_uit, for safety plans (kVpKolommen from column 5).
std::vector<Veiligheidsplan> vp_uit(Tx& tx, const std::vector<Row>& koppen) {
  std::vector<Veiligheidsplan> uit(koppen.size());
  for (std::size_t i = 0; i < koppen.size(); ++i) {
    uit[i].zorgen_en_gevaren = koppen[i].text(5);
    uit[i].veiligheidsdoel = koppen[i].text(6);
    uit[i].monitoring = koppen[i].text(7);
    uit[i].evaluatiedatum = opt_datum_uit(koppen[i], 8);
    uit[i].eigen_voorstellen = koppen[i].text(9);
    if (const auto o = koppen[i].opt_text(10)) uit[i].eigen_voorstellen_overgenomen = from_code<Overname>(*o);
    uit[i].omgeving_norm = koppen[i].text(11);
    uit[i].omgeving_betrokken = koppen[i].text(12);
  }
  if (koppen.empty()) return uit;
  const Plannen p{koppen};
  p.per_plan(tx, "SELECT plan_id, omschrijving, gesteld_door FROM vp_voorwaarde",
             [&](std::size_t i, const Row& r) {
               uit[i].voorwaarden.push_back({r.text(1), r.text(2)});
             });
  p.per_plan(tx, "SELECT plan_id, wie, wat, wanneer, toezicht FROM vp_afspraak",
             [&](std::size_t i, const Row& r) {
               uit[i].afspraken.push_back({r.text(1), r.text(2), r.text(3), r.text(4)});
             });
  p.per_plan(tx, "SELECT plan_id, signaal, actie, noodcontact FROM vp_signaal",
             [&](std::size_t i, const Row& r) {
               uit[i].signalen.push_back({r.text(1), r.text(2), r.text(3)});
             });
  p.per_plan(tx, "SELECT plan_id, deel_id, titel, inhoud FROM vp_afgeschermd",
             [&](std::size_t i, const Row& r) {
               uit[i].afgeschermd.push_back({r.text(1), r.text(2), r.text(3), {}, {}});
             });
  p.per_plan(
      tx, "SELECT plan_id, deel_id, medewerker_id FROM vp_afgeschermd_lezer",
      [&](std::size_t i, const Row& r) {
        auto& delen = uit[i].afgeschermd;
        const auto deel = std::ranges::find(delen, r.text(1), &AfgeschermdDeel::id);
        if (deel == delen.end()) throw DatabaseError("lezer zonder afgeschermd deel");
        deel->zichtbaar_voor.push_back(r.text(2));
      },
      "deel_id, medewerker_id");
  p.per_plan(
      tx, "SELECT plan_id, deel_id, gezinslid_id FROM vp_afgeschermd_tegen",
      [&](std::size_t i, const Row& r) {
        auto& delen = uit[i].afgeschermd;
        const auto deel = std::ranges::find(delen, r.text(1), &AfgeschermdDeel::id);
        if (deel == delen.end()) throw DatabaseError("afscherming zonder afgeschermd deel");
        deel->tegen.push_back(r.text(2));
      },
      "deel_id, gezinslid_id");
  return uit;
}

constexpr std::string_view kOpKolommen =
    "variant, eigen_woorden, evaluatiedatum, ondertekend_door, ondertekend_op";
constexpr std::string_view kVpKolommen =
    "zorgen_en_gevaren, veiligheidsdoel, monitoring, evaluatiedatum, eigen_voorstellen, "
    "eigen_voorstellen_overgenomen, omgeving_norm, omgeving_betrokken";

}  // namespace

void ondersteuningsplan_invoegen(Tx& tx, const OndersteuningsplanRecord& r) {
  const auto& k = r.kop;
  tx.exec(
      "INSERT INTO ondersteuningsplan (id, huishouden_id, versie, variant, eigen_woorden, evaluatiedatum, "
      "opgesteld_door, "
      "opgesteld_op) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {k.id, k.huishouden_id, std::int64_t{k.versie}, code(r.plan.variant), r.plan.eigen_woorden,
       opt_datum(r.plan.evaluatiedatum), k.opgesteld_door, k.opgesteld_op});
  op_kinderen_invoegen(tx, k.id, r.plan);
}

std::optional<OndersteuningsplanRecord> ondersteuningsplan(Tx& tx, const std::string& huishouden_id,
                                                           std::optional<int> versie) {
  const auto kop = kop_rij(tx, "ondersteuningsplan", kOpKolommen, huishouden_id, versie);
  if (!kop) return std::nullopt;
  OndersteuningsplanRecord r;
  r.kop = kop_uit(*kop);
  r.plan = std::move(op_uit(tx, {*kop}).front());
  r.ondertekend_door = kop->opt_text(8);
  r.ondertekend_op = kop->opt_text(9);
  for (const auto& a :
       tx.query("SELECT actie_id, status_versie FROM op_actie WHERE plan_id = $1", {r.kop.id})) {
    r.actie_status_versies[a.text(0)] = static_cast<int>(a.integer(1));
  }
  return r;
}

std::vector<OndersteuningsplanRecord> ondersteuningsplannen(Tx& tx,
                                                            const std::vector<std::string>& plan_ids) {
  const auto koppen = koppen_met_id(tx, "ondersteuningsplan", kOpKolommen, plan_ids);
  auto plannen = op_uit(tx, koppen);
  std::vector<OndersteuningsplanRecord> uit(koppen.size());
  for (std::size_t i = 0; i < koppen.size(); ++i) {
    uit[i].kop = kop_uit(koppen[i]);
    uit[i].plan = std::move(plannen[i]);
    uit[i].ondertekend_door = koppen[i].opt_text(8);
    uit[i].ondertekend_op = koppen[i].opt_text(9);
  }
  return uit;
}

std::vector<PlanKop> ondersteuningsplan_versies(Tx& tx, const std::string& huishouden_id) {
  return versies(tx, "ondersteuningsplan", huishouden_id);
}

bool ondersteuningsplan_ondertekenen(Tx& tx, const std::string& plan_id, const std::string& gezinslid_id,
                                     const std::string& op) {
  return tx.exec(
             "UPDATE ondersteuningsplan SET ondertekend_door = $2, ondertekend_op = $3 WHERE id = $1 AND "
             "ondertekend_op IS NULL",
             {plan_id, gezinslid_id, op}) == 1;
}

void ondertekening_invoegen(Tx& tx, const OndertekeningRecord& o) {
  tx.exec(
      "INSERT INTO plan_ondertekening (id, plan_id, huishouden_id, gezinslid_id, wijze, zekerheid, "
      "inhoud_hash, "
      "vastgelegd_door, op) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {o.id, o.plan_id, o.huishouden_id, o.gezinslid_id, o.wijze, o.zekerheid, o.inhoud_hash,
       o.vastgelegd_door, o.op});
}

std::vector<OndertekeningRecord> ondertekeningen(Tx& tx, const std::string& plan_id) {
  return map_rows(tx.query("SELECT id, plan_id, huishouden_id, gezinslid_id, wijze, zekerheid, inhoud_hash, "
                           "vastgelegd_door, op FROM plan_ondertekening WHERE plan_id = $1 ORDER BY op, id",
                           {plan_id}),
                  [](const Row& r) {
                    return OndertekeningRecord{r.text(0), r.text(1), r.text(2), r.text(3), r.text(4),
                                               r.text(5), r.text(6), r.text(7), r.text(8)};
                  });
}

void veiligheidsplan_invoegen(Tx& tx, const VeiligheidsplanRecord& r) {
  const auto& k = r.kop;
  tx.exec(
      "INSERT INTO veiligheidsplan (id, huishouden_id, versie, zorgen_en_gevaren, veiligheidsdoel, "
      "monitoring, evaluatiedatum, opgesteld_door, opgesteld_op, eigen_voorstellen, "
      "eigen_voorstellen_overgenomen, omgeving_norm, omgeving_betrokken) VALUES ($1, $2, $3, $4, $5, $6, $7, "
      "$8, $9, $10, $11, $12, $13)",
      {k.id, k.huishouden_id, std::int64_t{k.versie}, r.plan.zorgen_en_gevaren, r.plan.veiligheidsdoel,
       r.plan.monitoring, opt_datum(r.plan.evaluatiedatum), k.opgesteld_door, k.opgesteld_op,
       r.plan.eigen_voorstellen, opt_code(r.plan.eigen_voorstellen_overgenomen), r.plan.omgeving_norm,
       r.plan.omgeving_betrokken});
  vp_kinderen_invoegen(tx, k.id, r.plan);
}

std::optional<VeiligheidsplanRecord> veiligheidsplan(Tx& tx, const std::string& huishouden_id,
                                                     std::optional<int> versie) {
  const auto kop = kop_rij(tx, "veiligheidsplan", kVpKolommen, huishouden_id, versie);
  if (!kop) return std::nullopt;
  VeiligheidsplanRecord r;
  r.kop = kop_uit(*kop);
  r.plan = std::move(vp_uit(tx, {*kop}).front());
  return r;
}

std::vector<VeiligheidsplanRecord> veiligheidsplannen(Tx& tx, const std::vector<std::string>& plan_ids) {
  const auto koppen = koppen_met_id(tx, "veiligheidsplan", kVpKolommen, plan_ids);
  auto plannen = vp_uit(tx, koppen);
  std::vector<VeiligheidsplanRecord> uit(koppen.size());
  for (std::size_t i = 0; i < koppen.size(); ++i) uit[i] = {kop_uit(koppen[i]), std::move(plannen[i])};
  return uit;
}

std::vector<PlanKop> veiligheidsplan_versies(Tx& tx, const std::string& huishouden_id) {
  return versies(tx, "veiligheidsplan", huishouden_id);
}

}  // namespace regie::store
