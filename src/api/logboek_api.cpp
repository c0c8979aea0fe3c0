// The processing log's read API (Logboek Dataverwerkingen, read extension) and the register of processing
// activities, for the gemeente's data protection officer. Lines in the standard's terms: trace and operation
// ids, status, start and end, and the `dpl.core.*` attributes.

#include <chrono>
#include <map>

#include "api/json_in.hpp"
#include "api/json_uit.hpp"
#include "api/routes.hpp"
#include "domain/tijd.hpp"

namespace regie::api {
namespace {

std::string moment(std::int64_t ms) { return domain::format_tijdstip(domain::tijdstip_van_ms(ms)); }

constexpr std::array<std::string_view, 3> kStatus{"STATUS_CODE_UNKNOWN", "STATUS_CODE_OK",
                                                  "STATUS_CODE_ERROR"};

json::object activiteit_json(const store::ActiviteitVersie& a) {
  return json::object{{"id", std::string{service::kActiviteitUrn} + a.id},
                      {"code", a.code},
                      {"versie", a.versie},
                      {"naam", a.naam},
                      {"doel", a.doel},
                      {"geldigVanaf", a.geldig_vanaf},
                      {"vervangenOp", opt(a.vervangen_op)}};
}

json::object verwerking_json(const store::VerwerkingRegel& r,
                             const std::map<std::string, const store::ActiviteitVersie*>& activiteiten) {
  const auto& v = r.invoer;
  json::object attributen{
      {"dpl.core.processing_activity_id", std::string{service::kActiviteitUrn} + r.activiteit_id}};
  if (v.betrokkene) {
    attributen["dpl.core.data_subject_id"] = *v.betrokkene;
    attributen["dpl.core.data_subject_id_type"] = "regie-" + v.betrokkene_type.value_or("persoon");
  }
  json::object uit{{"traceId", v.trace_id},
                   {"operationId", v.operation_id},
                   {"parentOperationId", opt(v.parent_operation_id)},
                   {"statusCode", kStatus.at(static_cast<std::size_t>(v.status_code))},
                   {"name", v.name},
                   {"startTime", moment(v.start_time)},
                   {"endTime", moment(v.end_time)},
                   {"attributes", std::move(attributen)}};
  if (v.foreign_operation_id) {
    uit["foreignOperation"] = json::object{{"traceId", v.trace_id}, {"operationId", *v.foreign_operation_id}};
  }
  if (const auto it = activiteiten.find(r.activiteit_id); it != activiteiten.end()) {
    uit["verwerkingsactiviteit"] =
        json::object{{"code", it->second->code}, {"versie", it->second->versie}, {"naam", it->second->naam}};
  }
  return uit;
}

}  // namespace

void add_logboek_routes(Router& r, service::Diensten& d) {
  r.add("GET", "/api/v1/logboek/verwerkingen", Toegang::sessie, [&d](Verzoek& v) {
    const auto pagina = v.pagina();
    const service::VerwerkingVraag vraag{v.query_tekst("traceId"), v.query_tekst("verwerkingsactiviteit"),
                                         v.query_tekst("betrokkene"), v.query_tekst("vanaf"),
                                         v.query_tekst("tot")};
    const auto uitkomst = d.verwerkingenlogboek.zoeken(v.context(), vraag, pagina);
    std::map<std::string, const store::ActiviteitVersie*> activiteiten;
    for (const auto& a : uitkomst.activiteiten) activiteiten.emplace(a.id, &a);
    json::array items;
    for (const auto& regel : uitkomst.items) items.push_back(verwerking_json(regel, activiteiten));
    return ok(pagina_json(std::move(items), pagina, uitkomst.totaal));
  });
  r.add("GET", "/api/v1/verwerkingsactiviteiten", Toegang::sessie, [&d](Verzoek& v) {
    json::array items;
    for (const auto& a : d.verwerkingenlogboek.register_lezen(v.context(), v.query_vlag("alleVersies"))) {
      items.push_back(activiteit_json(a));
    }
    return ok(json::object{{"items", std::move(items)}});
  });
  r.add("PUT", "/api/v1/verwerkingsactiviteiten/{code}", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto naam = l.tekst_of_leeg("naam");
    const auto doel = l.tekst_of_leeg("doel");
    l.afronden("Verwerkingsactiviteit");
    return ok(activiteit_json(d.verwerkingenlogboek.herformuleren(v.context(), v.param("code"), naam, doel)));
  });
}

}  // namespace regie::api
