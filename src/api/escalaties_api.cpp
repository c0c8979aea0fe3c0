// Escalations: stalled cooperation, or the plan's execution or result at risk.

#include "api/json_in.hpp"
#include "api/json_uit.hpp"
#include "api/routes.hpp"

namespace regie::api {
namespace {

using namespace regie::domain;

json::object escalatie_json(const store::EscalatieRecord& e) {
  json::array meldingen;
  for (const auto& m : e.meldingen) {
    meldingen.push_back(json::object{{"partij", code(m.partij)},
                                     {"toelichting", m.toelichting},
                                     {"wie", opt(m.wie)},
                                     {"datum", m.datum},
                                     {"redenOverslaan", opt(m.reden_overslaan)},
                                     {"geinformeerdDoor", m.geinformeerd_door},
                                     {"geinformeerdDoorNaam", m.geinformeerd_door_naam},
                                     {"geinformeerdOp", m.geinformeerd_op}});
  }
  json::array keten;
  for (const auto& stap : escalatieketen(e.niveau)) keten.push_back(codes(stap));
  return json::object{{"id", e.id},
                      {"soort", code(e.soort)},
                      {"toelichting", e.toelichting},
                      {"niveau", opt_niveau(e.niveau)},
                      {"keten", std::move(keten)},
                      {"geopendDoor", e.geopend_door},
                      {"geopendDoorNaam", e.geopend_door_naam},
                      {"geopendOp", e.geopend_op},
                      {"meldingen", std::move(meldingen)},
                      {"uitkomst", opt(e.uitkomst)},
                      {"geslotenDoor", opt(e.gesloten_door)},
                      {"geslotenOp", opt(e.gesloten_op)},
                      {"versie", e.versie}};
}

}  // namespace

void add_escalatie_routes(Router& r, service::Diensten& d) {
  r.add("GET", "/api/v1/huishoudens/{huishoudenId}/escalaties", Toegang::sessie, [&d](Verzoek& v) {
    json::array items;
    for (const auto& e : d.escalaties.lijst(v.context(), v.param("huishoudenId")))
      items.push_back(escalatie_json(e));
    return ok(json::object{{"items", std::move(items)}});
  });
  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/escalaties", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto soort = l.code<EscalatieAanleiding>("soort", true);
    const auto toelichting = l.tekst_of_leeg("toelichting");
    l.afronden("Escalatie");
    const auto& id = v.param("huishoudenId");
    const auto e = d.escalaties.openen(v.context(), id, *soort, toelichting);
    return created(json::object{{"id", e}}, "/api/v1/huishoudens/" + id + "/escalaties");
  });
  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/escalaties/{escalatieId}/meldingen", Toegang::sessie,
        [&d](Verzoek& v) {
          Lezer l{v.body()};
          const auto partij = l.code<EscalatiePartij>("partij", true);
          service::MeldingInvoer melding{*partij, l.tekst_of_leeg("toelichting"), l.tekst_of_leeg("wie"),
                                         l.datum("datum", false), l.tekst_of_leeg("redenOverslaan")};
          const auto versie = l.versie();
          l.afronden("Melding");
          d.escalaties.informeren(v.context(), v.param("huishoudenId"), v.param("escalatieId"), melding,
                                  *versie);
          return created(json::object{{"partij", code(*partij)}},
                         "/api/v1/huishoudens/" + v.param("huishoudenId") + "/escalaties");
        });
  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/escalaties/{escalatieId}/_sluiten", Toegang::sessie,
        [&d](Verzoek& v) {
          Lezer l{v.body()};
          const auto uitkomst = l.tekst_of_leeg("uitkomst");
          const auto versie = l.versie();
          l.afronden("Escalatie");
          d.escalaties.sluiten(v.context(), v.param("huishoudenId"), v.param("escalatieId"), uitkomst,
                               *versie);
          return geen_inhoud();
        });
}

}  // namespace regie::api
