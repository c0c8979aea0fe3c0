#include "domain/inzage.hpp"

#include <array>
#include <utility>

namespace regie::domain {
namespace {

using Paar = std::pair<std::string_view, std::string_view>;

constexpr std::array kRollen{
    Paar{"regisseur", "regisseur"},
    Paar{"manager", "manager"},
    Paar{"aandachtsfunctionaris", "aandachtsfunctionaris"},
    Paar{"agendahouder", "beleidsmedewerker van de gemeente"},
    Paar{"beheerder", "beheerder"},
    Paar{"privacyfunctionaris", "functionaris gegevensbescherming"},
};

constexpr std::array kDoelen{
    Paar{"regievoering", "voor de hulp aan uw gezin"},
    Paar{"overzicht", "in een overzicht van zijn of haar werk"},
    Paar{"noodtoegang", "in een spoedsituatie (noodtoegang)"},
    Paar{"meldingen", "bij een melding voor de hulpverlener"},
    Paar{"melding", "bij een bericht voor de hulpverlener"},
    Paar{"herinnering", "voor een herinnering aan een afspraak"},
    Paar{"portaal", "in het portaal"},
    Paar{"inloggen", "bij het inloggen"},
    Paar{"verantwoording", "om na te gaan of er zorgvuldig met uw gegevens is omgegaan"},
};

// Portal steps said as what the person did.
constexpr std::array kHandelingen{
    Paar{"portaal.inrichten", "begon een account te maken"},
    Paar{"portaal.accepteren", "maakte een account"},
    Paar{"portaal.inloggen", "logde in"},
    Paar{"portaal.uitloggen", "logde uit"},
    Paar{"portaal.uitnodigen", "nodigde iemand uit voor het portaal"},
    Paar{"portaal.eigen_actie", "vinkte een eigen actie af"},
    Paar{"portaal.ondertekenen", "ondertekende het plan"},
    Paar{"portaal.reageren", "schreef een reactie"},
    Paar{"portaal.plan_opslaan", "schreef een nieuwe versie van het plan"},
    Paar{"portaal.sessie_beeindigen", "logde een eigen sessie uit"},
    Paar{"portaal.sessies_beeindigen", "logde alle andere eigen sessies uit"},
    Paar{"portaal.netwerk_intrekken", "trok de toegang van iemand uit het netwerk in"},
    Paar{"portaal.toegang_intrekken", "trok iemands toegang tot het portaal in"},
    Paar{"reactie.beantwoorden", "beantwoordde een reactie"},
    Paar{"herinneringen.versturen", "keek of er een herinnering nodig was"},
};

std::string_view zoek(const auto& tabel, std::string_view code) {
  for (const auto& [sleutel, woorden] : tabel)
    if (sleutel == code) return woorden;
  return {};
}

bool is_lezen(std::string_view actie) {
  return actie.ends_with(".lezen") || actie.ends_with("_lezen") || actie.ends_with(".zoeken") ||
         actie.ends_with(".tellen");
}

std::string wie_van(std::string_view rollen, std::string_view organisatie) {
  if (rollen == "gezinslid") return "Iemand uit uw gezin";
  if (rollen == "netwerklid") return "Iemand uit uw netwerk";
  if (rollen == "systeem") return "Regie zelf";
  std::string rol;
  std::size_t begin = 0;
  while (begin <= rollen.size()) {
    const auto eind = std::min(rollen.find(',', begin), rollen.size());
    const auto woorden = zoek(kRollen, rollen.substr(begin, eind - begin));
    if (!woorden.empty()) rol += (rol.empty() ? "" : " en ") + std::string{woorden};
    begin = eind + 1;
  }
  if (rol.empty()) rol = "medewerker";
  return organisatie.empty() ? "Een " + rol : "Een " + rol + " van " + std::string{organisatie};
}

}  // namespace

InzageWoorden inzage_in_woorden(std::string_view rollen, std::string_view actie, std::string_view doel,
                                std::string_view organisatie) {
  InzageWoorden uit;
  uit.wie = wie_van(rollen, organisatie);
  const auto handeling = zoek(kHandelingen, actie);
  uit.wat = !handeling.empty() ? std::string{handeling}
            : is_lezen(actie)  ? "bekeek gegevens"
                               : "legde iets vast";
  const auto waarom = zoek(kDoelen, doel);
  uit.waarom = waarom.empty() ? "voor het werk met uw gezin" : std::string{waarom};
  return uit;
}

}  // namespace regie::domain
