#include "domain/reacties.hpp"

#include <algorithm>

namespace regie::domain {
namespace {

enum class Doel { verplicht, mag, nooit };  // whether it names one goal of the current plan

struct ReactieRegel {
  ReactieSoort soort;
  bool over_het_plan;  // needs a plan he may see, and the right to react on it
  Doel doel;
  std::array<std::optional<ReactieUitkomst>, 2> uitkomsten;
  std::string_view andere_uitkomst;  // the message for an outcome that does not fit this kind
};

// A correction request is a right of everyone whose data is kept (AVG art. 16): no portal right needed, and
// also under restricted sharing.
constexpr std::array<ReactieRegel, 3> kRegels{{
    {ReactieSoort::opmerking,
     true,
     Doel::verplicht,
     {ReactieUitkomst::beantwoord, std::nullopt},
     "Een opmerking wordt beantwoord."},
    {ReactieSoort::voorstel,
     true,
     Doel::mag,
     {ReactieUitkomst::overgenomen, ReactieUitkomst::beantwoord},
     "Een voorstel is overgenomen in het plan, of beantwoord."},
    {ReactieSoort::correctie,
     false,
     Doel::nooit,
     {ReactieUitkomst::gecorrigeerd, ReactieUitkomst::afgewezen},
     "Een verzoek om te verbeteren is verbeterd of afgewezen."},
}};

const ReactieRegel& regel(ReactieSoort soort) {
  return *std::ranges::find(kRegels, soort, &ReactieRegel::soort);
}

}  // namespace

std::optional<PortaalRecht> vereist_recht(ReactieSoort soort) {
  return regel(soort).over_het_plan ? std::optional{PortaalRecht::reageren} : std::nullopt;
}

std::vector<ReactieFout> reactie_fouten(const ReactieAanvraag& a) {
  const auto& r = regel(a.soort);
  std::vector<ReactieFout> fouten;
  if (r.over_het_plan && !a.plan_zichtbaar)
    fouten.push_back({"soort", "Er is nog geen plan om op te reageren."});
  if (!a.doel_gekozen) {
    if (r.doel == Doel::verplicht) fouten.push_back({"doelId", "Kies het doel waarop u reageert."});
  } else if (r.doel == Doel::nooit) {
    fouten.push_back({"doelId", "Een verzoek om iets te verbeteren gaat niet over een doel."});
  } else if (a.plan_zichtbaar && !a.doel_in_plan) {
    fouten.push_back({"doelId", "Dit doel staat niet (meer) in het huidige plan."});
  }
  return fouten;
}

std::vector<ReactieFout> antwoord_fouten(const AntwoordAanvraag& a) {
  const auto mag = uitkomsten(a.soort);
  if (std::ranges::find(mag, a.uitkomst) == mag.end())
    return {{"uitkomst", std::string{regel(a.soort).andere_uitkomst}}};
  // Taken over means: it is in a version made after the household wrote.
  if (a.uitkomst == ReactieUitkomst::overgenomen &&
      (!a.versie_nu || (a.versie_bij_indienen && *a.versie_nu <= *a.versie_bij_indienen)))
    return {{"uitkomst",
             "Neem het voorstel eerst op in een nieuwe versie van het plan; kies daarna 'overgenomen'."}};
  return {};
}

std::vector<ReactieUitkomst> uitkomsten(ReactieSoort soort) {
  std::vector<ReactieUitkomst> uit;
  for (const auto& u : regel(soort).uitkomsten)
    if (u) uit.push_back(*u);
  return uit;
}

}  // namespace regie::domain
