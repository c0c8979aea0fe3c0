#include "service/monitoring.hpp"

#include <algorithm>
#include <chrono>
#include <map>

#include "domain/kleine_aantallen.hpp"
#include "service/invoer.hpp"
#include "service/plan_kwaliteit_telling.hpp"
#include "service/toegang.hpp"
#include "store/beheer_store.hpp"
#include "store/een_proces.hpp"

namespace regie::service {
namespace {

using domain::Gebruikersrol;

std::chrono::year_month maand_van(domain::Datum d) { return {d.year(), d.month()}; }

struct Periode {
  std::chrono::year_month van, tot;
};

Periode lees_periode(const MonitorFilter& f, domain::Datum vandaag) {
  InvoerControle controle;
  const auto lees = [&](const std::optional<std::string>& tekst, std::string_view veld) {
    if (!tekst) return std::optional<std::chrono::year_month>{};
    const auto m = domain::parse_maand(*tekst);
    if (!m) controle.fout(veld, "Geef een maand als JJJJ-MM, bijvoorbeeld 2026-01.");
    return m;
  };
  const auto tot = lees(f.tot, "tot").value_or(maand_van(vandaag));
  const auto van = lees(f.van, "van").value_or(tot - std::chrono::months{11});
  if (controle.ok() && van > tot) controle.fout("van", "De eerste maand ligt na de laatste.");
  if (controle.ok() && (tot - van).count() >= kMaxMonitorMaanden)
    controle.fout("van",
                  "Kies een periode van hoogstens " + std::to_string(kMaxMonitorMaanden) + " maanden.");
  controle.afronden("Periode");
  return {van, tot};
}

// What the actor may see: the whole gemeente and everything in it (agendahouder), or one organisation.
std::pair<std::string, std::string> bereik(store::Tx& tx, const Context& ctx, const MonitorFilter& f) {
  std::string organisatie = f.organisatie_id.value_or("");
  std::string team = f.team_id.value_or("");
  if (!team.empty()) {
    const auto van_team = store::team_organisatie(tx, team);
    const auto o = van_team ? store::organisatie(tx, *van_team) : std::nullopt;
    if (!o || o->gemeente_id != ctx.actor.gemeente_id || (!organisatie.empty() && organisatie != o->id))
      throw BadRequest("Dit team is niet bekend.", {{"teamId", "Kies een team van de gekozen organisatie."}});
    organisatie = o->id;
  } else if (!organisatie.empty()) {
    const auto o = store::organisatie(tx, organisatie);
    if (!o || o->gemeente_id != ctx.actor.gemeente_id)
      throw BadRequest("Deze organisatie is niet bekend.",
                       {{"organisatieId", "Kies een organisatie in deze gemeente."}});
  }
  if (!ctx.actor.heeft(Gebruikersrol::agendahouder)) {
    const auto eigen = eigen_organisatie(tx, ctx);
    if (!eigen) throw Forbidden("Monitoring is voor de agendahouder en de aandachtsfunctionarissen.");
    if (organisatie.empty()) organisatie = *eigen;
    if (organisatie != *eigen)
      throw Forbidden("Een aandachtsfunctionaris ziet de cijfers van zijn eigen organisatie.");
  }
  return {organisatie, team};
}

using Cijfers =
    std::map<std::tuple<std::string, std::string, std::string>, store::MonitorCijfer>;  // metric, month, key

MonitorReeks reeks(const domain::Metriek& m, const std::vector<std::string>& maanden,
                   const Cijfers& cijfers) {
  const auto vind = [&](std::string_view metriek, const std::string& maand, std::string_view sleutel) {
    const auto c = cijfers.find({std::string{metriek}, maand, std::string{sleutel}});
    return c == cijfers.end() ? nullptr : &c->second;
  };
  const auto aantal = [&](std::string_view metriek, const std::string& maand, std::string_view sleutel) {
    const auto* c = vind(metriek, maand, sleutel);
    return c ? c->waarde : 0;
  };
  const std::string dagen = std::string{m.code} + "_dagen";
  const bool gemiddelde = m.soort == domain::MetriekSoort::gemiddelde;
  const auto maandcel = [&](const std::string& maand, std::string_view sleutel) {
    MonitorCel c;
    c.maand = maand;
    c.sleutel = sleutel;
    const auto n = aantal(m.code, maand, sleutel);
    if (const auto* x = vind(m.code, maand, sleutel); x && x->afgeschermd)
      c.afgeschermd = true;
    else
      c.waarde = gemiddelde ? domain::toonbaar_gemiddelde(aantal(dagen, maand, sleutel), n)
                            : domain::toonbaar_aantal(n);
    return c;
  };

  MonitorReeks r{&m, {}, {}};
  std::optional<std::string> laatste;  // the last month with figures, for a state
  for (const auto& maand : maanden) {
    for (const auto& s : m.sleutels) {
      if (vind(m.code, maand, s.sleutel)) laatste = maand;
      r.per_maand.push_back(maandcel(maand, s.sleutel));
    }
  }
  for (std::size_t k = 0; k < m.sleutels.size(); ++k) {
    const auto sleutel = m.sleutels[k].sleutel;
    MonitorCel t;
    t.sleutel = sleutel;
    if (m.soort == domain::MetriekSoort::stand) {
      if (laatste) t = maandcel(*laatste, sleutel);
      t.maand.clear();
    } else if (gemiddelde) {
      std::int64_t n = 0, som_dagen = 0;
      for (const auto& maand : maanden) {
        n += aantal(m.code, maand, sleutel);
        som_dagen += aantal(dagen, maand, sleutel);
      }
      t.waarde = domain::toonbaar_gemiddelde(som_dagen, n);
    } else {
      // Only what the months show is added up: an exact total over hidden months would give them away,
      // comparing one period with the next month added. Hidden zeros are harmless.
      std::int64_t getoond = 0;
      for (std::size_t i = k; i < r.per_maand.size(); i += m.sleutels.size()) {
        const auto& c = r.per_maand[i];
        if (c.waarde)
          getoond += *c.waarde;
        else if (aantal(m.code, c.maand, sleutel) > 0)
          t.minstens = true;
      }
      t.waarde = t.minstens ? std::optional{getoond} : domain::toonbaar_aantal(getoond);
    }
    r.totaal.push_back(std::move(t));
  }
  return r;
}

constexpr int kGeschiedenisMaanden = kMaxMonitorMaanden;

}  // namespace

MonitorOverzicht Monitoring::cijfers(const Context& ctx, const MonitorFilter& filter) {
  const auto periode = lees_periode(filter, vandaag());
  return lezend_uitvoeren(ctx, "monitoring.lezen", [&](store::Tx& tx, Auditspoor&) {
    const auto [organisatie, team] = bereik(tx, ctx, filter);
    MonitorOverzicht o;
    o.verversing = store::monitor_verversing(tx, ctx.actor.gemeente_id);
    if (!organisatie.empty()) o.organisatie_id = organisatie;
    if (!team.empty()) o.team_id = team;
    o.maanden = domain::maanden(periode.van, periode.tot);
    o.van = o.maanden.front();
    o.tot = o.maanden.back();
    Cijfers cijfers;
    for (auto& c : store::monitor_lezen(tx, ctx.actor.gemeente_id, organisatie, team, o.van, o.tot))
      cijfers.emplace(std::tuple{c.metriek, c.maand, c.sleutel}, std::move(c));
    for (const auto& m : domain::metrieken()) o.reeksen.push_back(reeks(m, o.maanden, cijfers));
    return o;
  });
}

void Monitoring::gemeente_verversen(const Context& ctx) {
  const auto begin = std::chrono::steady_clock::now();
  const auto dag = vandaag();
  const auto tellingen = db().read([&](store::Tx& tx) {
    auto t = store::monitor_tellen(tx, db().backend(), ctx.actor.gemeente_id, dag, kGeschiedenisMaanden);
    std::ranges::move(plan_kwaliteit_tellen(tx, ctx.actor.gemeente_id, dag), std::back_inserter(t));
    return t;
  });
  const auto opgeteld = domain::rol_op(tellingen);
  const auto afgeschermd = domain::aanvullend_afschermen(opgeteld);
  const auto duur =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - begin);
  uitvoeren(ctx, "monitoring.verversen", [&](store::Tx& tx, Auditspoor&) {
    store::monitor_vervangen(tx, ctx.actor.gemeente_id, domain::maand_van(dag), opgeteld, afgeschermd,
                             nu_tekst(), duur.count());
  });
}

void Monitoring::verversen(const Context& ctx) {
  if (!ctx.actor.heeft(Gebruikersrol::agendahouder)) {
    uitvoeren(ctx, "monitoring.verversen", [](store::Tx&, Auditspoor&) {});
  }
  gemeente_verversen(ctx);
}

int Monitoring::alles_verversen() {
  int ververst = 0;
  // Several server processes on one PostgreSQL database: one of them refreshes, the others skip their turn.
  store::in_een_proces(db(), store::kMonitoringSlot, [&] {
    const auto gemeenten = db().read([](store::Tx& tx) { return store::gemeente_ids(tx); });
    for (const auto& g : gemeenten) gemeente_verversen(systeem_context(g, "monitoring"));
    ververst = static_cast<int>(gemeenten.size());
  });
  return ververst;
}

}  // namespace regie::service
