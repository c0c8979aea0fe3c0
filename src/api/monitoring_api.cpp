// Monitoring: the figures of the gemeente, an organisation or a team over a period (also as CSV or XLSX), and
// refreshing them. Counts below 5 are null here and "< 5" in the files; a count hidden to protect a small one
// is null and marked afgeschermd; a period's events summed over the months shown are marked minstens.

#include "api/json_in.hpp"
#include "api/json_uit.hpp"
#include "api/routes.hpp"
#include "api/tabel_export.hpp"
#include "domain/kleine_aantallen.hpp"
#include "domain/regiekaart.hpp"

namespace regie::api {
namespace {

using namespace regie::domain;

service::MonitorFilter filter_uit(const Verzoek& v) {
  return {v.query_tekst("organisatieId"), v.query_tekst("teamId"), v.query_tekst("van"),
          v.query_tekst("tot")};
}

json::value waarde(const std::optional<std::int64_t>& w) {
  return w ? json::value(*w) : json::value(nullptr);
}

json::array cellen_json(const std::vector<service::MonitorCel>& cellen, bool met_maand) {
  json::array uit;
  for (const auto& c : cellen) {
    json::object o{{"sleutel", c.sleutel}, {"waarde", waarde(c.waarde)}};
    if (met_maand) o["maand"] = c.maand;
    if (c.afgeschermd) o["afgeschermd"] = true;
    if (c.minstens) o["minstens"] = true;
    uit.push_back(std::move(o));
  }
  return uit;
}

json::object overzicht_json(const service::MonitorOverzicht& o) {
  json::array reeksen;
  for (const auto& r : o.reeksen) {
    json::array sleutels;
    for (const auto& s : r.metriek->sleutels) {
      json::object sleutel{{"sleutel", s.sleutel}, {"label", s.label}};
      // Per level: the regiekaart's colour, so that a chart shows level 3 in orange as everywhere else.
      if (r.metriek->code == "niveau" && s.sleutel.size() == 1 && s.sleutel[0] >= '1' && s.sleutel[0] <= '5')
        sleutel["kleur"] = code(kaart_voor(niveau_uit_nummer(s.sleutel[0] - '0')).kleur);
      sleutels.push_back(std::move(sleutel));
    }
    reeksen.push_back(json::object{{"metriek", r.metriek->code},
                                   {"titel", r.metriek->titel},
                                   {"groep", r.metriek->groep},
                                   {"soort", code(r.metriek->soort)},
                                   {"sleutels", std::move(sleutels)},
                                   {"perMaand", cellen_json(r.per_maand, true)},
                                   {"totaal", cellen_json(r.totaal, false)}});
  }
  json::array maanden;
  for (const auto& m : o.maanden) maanden.push_back(json::string{m});
  return json::object{
      {"ververstOp", o.verversing ? json::value(o.verversing->ververst_op) : json::value(nullptr)},
      {"organisatieId", opt(o.organisatie_id)},
      {"teamId", opt(o.team_id)},
      {"van", o.van},
      {"tot", o.tot},
      {"maanden", std::move(maanden)},
      {"reeksen", std::move(reeksen)}};
}

Tabel overzicht_tabel(const service::MonitorOverzicht& o) {
  Tabel t{"monitoring", {"Onderwerp", "Uitsplitsing"}, {}};
  for (const auto& m : o.maanden) t.kolommen.push_back(m);
  t.kolommen.emplace_back("Periode");
  const auto tekst = [](const service::MonitorCel& c) -> std::string {
    if (c.afgeschermd) return "afgeschermd";
    if (c.minstens) return *c.waarde ? "minstens " + std::to_string(*c.waarde) : "< 5 per maand";
    return c.waarde ? std::to_string(*c.waarde) : std::string{kKleinAantalTekst};
  };
  for (const auto& r : o.reeksen) {
    for (std::size_t s = 0; s < r.metriek->sleutels.size(); ++s) {
      std::vector<std::string> rij{std::string{r.metriek->titel}, std::string{r.metriek->sleutels[s].label}};
      for (std::size_t m = 0; m < o.maanden.size(); ++m)
        rij.push_back(tekst(r.per_maand[m * r.metriek->sleutels.size() + s]));
      rij.push_back(tekst(r.totaal[s]));
      t.rijen.push_back(std::move(rij));
    }
  }
  return t;
}

}  // namespace

void add_monitoring_routes(Router& r, service::Diensten& d) {
  r.add("GET", "/api/v1/monitoring", Toegang::sessie,
        [&d](Verzoek& v) { return ok(overzicht_json(d.monitoring.cijfers(v.context(), filter_uit(v)))); });
  r.add("GET", "/api/v1/monitoring/export", Toegang::sessie, [&d](Verzoek& v) {
    const auto formaat = exportformaat(v.query_tekst("formaat"));
    return download(overzicht_tabel(d.monitoring.cijfers(v.context(), filter_uit(v))), formaat);
  });
  r.add("POST", "/api/v1/monitoring/_verversen", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};  // an empty object
    l.afronden("Bijwerken");
    d.monitoring.verversen(v.context());
    return geen_inhoud();
  });
}

}  // namespace regie::api
