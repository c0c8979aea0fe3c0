// The providers' basic requirements: the compliance matrix (also as CSV or XLSX), recording a requirement
// for an organisation, and the regisseurs' basic training.

#include "api/json_in.hpp"
#include "api/json_uit.hpp"
#include "api/routes.hpp"
#include "api/tabel_export.hpp"

namespace regie::api {
namespace {

using namespace regie::domain;

std::string_view uitkomst_tekst(EisUitkomst u) {
  switch (u) {
    case EisUitkomst::voldaan:
      return "voldaan";
    case EisUitkomst::niet_voldaan:
      return "niet voldaan";
    case EisUitkomst::onbekend:
      return "onbekend";
  }
  return "";
}

json::object matrix_json(const std::vector<service::OrganisatieBasiseisen>& matrix) {
  json::array eisen, items;
  for (const auto& e : basiseisen()) {
    eisen.push_back(json::object{{"code", code(e.eis)},
                                 {"tekst", e.tekst},
                                 {"afgeleid", e.afleiding != nullptr},
                                 {"uitGegevens", e.uit_gegevens},
                                 {"vastlegging", e.vastlegging}});
  }
  for (const auto& o : matrix) {
    json::array cellen;
    for (const auto& c : o.eisen) {
      json::object cel{{"eis", code(c.eis)}, {"uitkomst", code(c.uitkomst)}, {"tegenspraak", c.tegenspraak}};
      cel["voldaan"] = c.vastgelegd ? json::value(c.vastgelegd->voldaan) : json::value(nullptr);
      cel["datum"] = c.vastgelegd ? datum(c.vastgelegd->datum) : json::value(nullptr);
      cel["bewijs"] = c.vastgelegd ? json::value(c.vastgelegd->bewijs) : json::value(nullptr);
      cellen.push_back(std::move(cel));
    }
    items.push_back(json::object{{"organisatieId", o.organisatie_id},
                                 {"organisatie", o.naam},
                                 {"regisseurs", o.regisseurs},
                                 {"metBasistraining", o.met_basistraining},
                                 {"eisen", std::move(cellen)}});
  }
  return json::object{{"eisen", std::move(eisen)}, {"items", std::move(items)}};
}

Tabel matrix_tabel(const std::vector<service::OrganisatieBasiseisen>& matrix) {
  Tabel t{"basiseisen", {"Organisatie"}, {}};
  for (const auto& e : basiseisen()) t.kolommen.emplace_back(e.vastlegging);
  t.kolommen.insert(t.kolommen.end(), {"Regisseurs", "Met basistraining"});
  for (const auto& o : matrix) {
    std::vector<std::string> rij{o.naam};
    for (const auto& c : o.eisen) rij.emplace_back(uitkomst_tekst(c.uitkomst));
    rij.push_back(std::to_string(o.regisseurs));
    rij.push_back(std::to_string(o.met_basistraining));
    t.rijen.push_back(std::move(rij));
  }
  return t;
}

}  // namespace

void add_basiseisen_routes(Router& r, service::Diensten& d) {
  r.add("GET", "/api/v1/basiseisen", Toegang::sessie,
        [&d](Verzoek& v) { return ok(matrix_json(d.basiseisen.matrix(v.context()))); });
  r.add("GET", "/api/v1/basiseisen/export", Toegang::sessie, [&d](Verzoek& v) {
    const auto formaat = exportformaat(v.query_tekst("formaat"));
    return download(matrix_tabel(d.basiseisen.matrix(v.context())), formaat);
  });
  r.add("PUT", "/api/v1/organisaties/{organisatieId}/basiseisen/{eis}", Toegang::sessie, [&d](Verzoek& v) {
    const auto eis = from_code<Basiseis>(v.param("eis"));
    if (!eis) throw service::NotFound("Deze basiseis bestaat niet.");
    Lezer l{v.body()};
    const auto voldaan = l.boolean("voldaan", true);
    const auto op = l.datum("datum", true);
    const auto bewijs = l.tekst_of_leeg("bewijs");
    l.afronden("Basiseis");
    d.basiseisen.vastleggen(v.context(), v.param("organisatieId"), {*eis, *voldaan, *op, bewijs});
    return geen_inhoud();
  });
  r.add("GET", "/api/v1/organisaties/{organisatieId}/scholing", Toegang::sessie, [&d](Verzoek& v) {
    json::array items;
    for (const auto& s : d.basiseisen.scholing(v.context(), v.param("organisatieId"))) {
      items.push_back(json::object{{"medewerkerId", s.medewerker_id},
                                   {"naam", s.naam},
                                   {"team", opt(s.team)},
                                   {"basistraining", opt_datum(s.basistraining)}});
    }
    return ok(json::object{{"items", std::move(items)}});
  });
  r.add("PUT", "/api/v1/medewerkers/{medewerkerId}/basistraining", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto op = l.datum("datum", true);
    l.afronden("Basistraining");
    d.basiseisen.basistraining_vastleggen(v.context(), v.param("medewerkerId"), *op);
    return geen_inhoud();
  });
  r.add("DELETE", "/api/v1/medewerkers/{medewerkerId}/basistraining", Toegang::sessie, [&d](Verzoek& v) {
    d.basiseisen.basistraining_vastleggen(v.context(), v.param("medewerkerId"), std::nullopt);
    return geen_inhoud();
  });
}

}  // namespace regie::api
