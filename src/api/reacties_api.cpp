// What the household says back through the portal, and the regisseur's answer (issue "the household as
// users", DOMAIN.md §12): the household user writes and reads his own; on the household, the regisseur reads
// them all and answers each once.

#include "api/json_in.hpp"
#include "api/json_uit.hpp"
#include "api/routes.hpp"

namespace regie::api {
namespace {

using namespace regie::domain;

json::object reactie_json(const service::Reactie& r) {
  return {{"id", r.id},
          {"soort", code(r.soort)},
          {"doelId", opt(r.doel_id)},
          {"doel", r.doel},
          {"planVersie", opt(r.plan_versie)},
          {"van", r.van},
          {"tekst", r.tekst},
          {"ingediendOp", r.ingediend_op},
          {"uitkomst", r.uitkomst ? json::value(code(*r.uitkomst)) : nullptr},
          {"antwoord", r.antwoord},
          {"inVersie", opt(r.in_versie)},
          {"beantwoordOp", r.beantwoord_op.empty() ? json::value(nullptr) : json::value(r.beantwoord_op)}};
}

json::object pagina_van(const service::ReactiePagina& p, const service::Pagina& pagina) {
  json::array items;
  for (const auto& r : p.items) items.push_back(reactie_json(r));
  return pagina_json(std::move(items), pagina, p.totaal);
}

}  // namespace

void add_reactie_routes(Router& r, service::Diensten& d) {
  r.add("POST", "/api/v1/portaal/reacties", Toegang::portaal, [&d](Verzoek& v) {
    Lezer l{v.body()};
    service::ReactieInvoer in;
    const auto soort = l.code<ReactieSoort>("soort", true);
    in.doel_id = l.tekst("doelId", false);
    in.tekst = l.tekst("tekst", true).value_or("");
    l.afronden("Reactie");
    in.soort = *soort;
    const auto id = d.reacties.indienen(v.context(), in);
    return created(json::object{{"id", id}}, "/api/v1/portaal/reacties");
  });
  r.add("GET", "/api/v1/portaal/reacties", Toegang::portaal, [&d](Verzoek& v) {
    const auto pagina = v.pagina();
    return ok(pagina_van(d.reacties.eigen(v.context(), pagina), pagina));
  });

  const std::string reacties = "/api/v1/huishoudens/{huishoudenId}/reacties";
  r.add("GET", reacties, Toegang::sessie, [&d](Verzoek& v) {
    const auto pagina = v.pagina();
    return ok(pagina_van(
        d.reacties.lijst(v.context(), v.param("huishoudenId"), v.query_vlag("alleenOpen"), pagina), pagina));
  });
  r.add("POST", reacties + "/{reactieId}/_beantwoorden", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    service::ReactieAntwoordInvoer in;
    const auto uitkomst = l.code<ReactieUitkomst>("uitkomst", true);
    in.antwoord = l.tekst("antwoord", true).value_or("");
    l.afronden("Antwoord");
    in.uitkomst = *uitkomst;
    d.reacties.beantwoorden(v.context(), v.param("huishoudenId"), v.param("reactieId"), in);
    return geen_inhoud();
  });
}

}  // namespace regie::api
