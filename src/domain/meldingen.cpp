#include "domain/meldingen.hpp"

#include <algorithm>

namespace regie::domain {
namespace {

// Who hears of it. `procesregie_eerst`: the procesregisseur, or else the casusregisseurs (§5 a).
struct MeldingRegel {
  MeldingSoort soort;
  bool procesregie_eerst;
  bool alle_regisseurs;
  bool manager_van_veroorzaker;
  bool managers_van_betrokkenen;
  bool eigenaar;
  std::string_view zin;   // {wie} and {huishouden} are filled in
  std::string_view doel;  // a path of the web app; {id} is the household's id
};

constexpr std::array<MeldingRegel, 8> kRegels{{
    {MeldingSoort::zoekactie_afgeschermd, true, false, false, false, false,
     "{wie} zocht en vond {huishouden}. Het huishouden is afgeschermd: hij of zij zag alleen dat het bekend "
     "is.",
     "/huishoudens/{id}/geschiedenis"},
    {MeldingSoort::betrokkenheid_afgeschermd, false, true, false, false, false,
     "{wie} is nu betrokken bij {huishouden}, dat afgeschermd is.", "/huishoudens/{id}"},
    {MeldingSoort::noodtoegang_afgeschermd, false, true, false, false, false,
     "{wie} heeft noodtoegang genomen tot {huishouden}, dat afgeschermd is.",
     "/huishoudens/{id}/geschiedenis"},
    {MeldingSoort::noodtoegang_te_beoordelen, false, false, true, false, false,
     "{wie} heeft noodtoegang gebruikt tot {huishouden}. Beoordeel of dat terecht was.", "/noodtoegang"},
    {MeldingSoort::escalatie_geopend, false, true, false, true, false,
     "Er is een escalatie geopend over {huishouden}.", "/huishoudens/{id}/escalaties"},
    {MeldingSoort::actie_over_tijd, false, false, false, false, true,
     "Een actie op uw naam in het plan van {huishouden} is over de afgesproken datum.", "/acties"},
    {MeldingSoort::evaluatie_nadert, false, true, false, false, false,
     "Binnen een week is de evaluatie van het plan van {huishouden}.",
     "/huishoudens/{id}/ondersteuningsplan"},
    {MeldingSoort::reactie_huishouden, false, true, false, false, false,
     "Iemand van {huishouden} reageerde in het portaal. Lees het en geef antwoord.", "/huishoudens/{id}"},
}};

const MeldingRegel& regel(MeldingSoort soort) {
  return *std::ranges::find(kRegels, soort, &MeldingRegel::soort);
}

void vervang(std::string& tekst, std::string_view plek, const std::string& door) {
  if (const auto pos = tekst.find(plek); pos != std::string::npos) tekst.replace(pos, plek.size(), door);
}

}  // namespace

KringNodig kring_nodig(MeldingSoort soort) {
  const auto& r = regel(soort);
  return {r.procesregie_eerst || r.alle_regisseurs, r.manager_van_veroorzaker, r.managers_van_betrokkenen};
}

std::vector<std::string> ontvangers(MeldingSoort soort, const MeldingKring& kring) {
  const auto& r = regel(soort);
  std::vector<std::string> uit;
  const auto voeg_toe = [&](const std::vector<std::string>& ids) {
    uit.insert(uit.end(), ids.begin(), ids.end());
  };
  if (r.procesregie_eerst)
    voeg_toe(kring.procesregisseurs.empty() ? kring.casusregisseurs : kring.procesregisseurs);
  if (r.alle_regisseurs) {
    voeg_toe(kring.procesregisseurs);
    voeg_toe(kring.casusregisseurs);
  }
  if (r.manager_van_veroorzaker) voeg_toe(kring.managers_van_veroorzaker);
  if (r.managers_van_betrokkenen) voeg_toe(kring.managers_van_betrokkenen);
  if (r.eigenaar) voeg_toe(kring.eigenaren);
  std::erase_if(uit, [&](const std::string& id) {
    return std::ranges::find(kring.niet_aan, id) != kring.niet_aan.end();
  });
  std::ranges::sort(uit);
  uit.erase(std::unique(uit.begin(), uit.end()), uit.end());
  return uit;
}

std::string melding_tekst(MeldingSoort soort, const std::string& wie, const std::string& huishouden) {
  std::string tekst{regel(soort).zin};
  vervang(tekst, "{wie}", wie.empty() ? "Iemand" : wie);
  vervang(tekst, "{huishouden}", huishouden.empty() ? "een huishouden" : huishouden);
  return tekst;
}

std::string melding_doel(MeldingSoort soort, const std::string& huishouden_id) {
  std::string doel{regel(soort).doel};
  vervang(doel, "{id}", huishouden_id);
  return doel;
}

}  // namespace regie::domain
