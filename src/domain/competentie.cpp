#include "domain/competentie.hpp"

#include <algorithm>

namespace regie::domain {
namespace {

// In our own words, one line per area.
constexpr std::array kGebieden{
    Competentiegebied{kCasusA, "kennis",
                      "Kent de methode, het lokale veld, de problematiek en de leefgebieden."},
    Competentiegebied{kCasusA, "klantgericht", "Werkt vanuit wat het huishouden zelf wil en kan."},
    Competentiegebied{kCasusA, "sensitiviteit",
                      "Houdt rekening met etnische, culturele en sociale achtergrond."},
    Competentiegebied{
        kCasusA, "relaties_bouwen",
        "Bouwt relaties op met huishouden en netwerk, spreekt eenvoudige taal en is bereikbaar."},
    Competentiegebied{kCasusA, "probleemoplossend",
                      "Lost problemen op en zoekt met anderen naar oplossingen."},
    Competentiegebied{kCasusA, "overzicht", "Houdt overzicht: schaalt op waar nodig en af waar het kan."},
    Competentiegebied{kCasusA, "organiseren",
                      "Maakt een gedeelde analyse, concrete en meetbare doelen en volgt ze cyclisch."},
    Competentiegebied{kProcesA, "ervaring", "Heeft ervaring met het coördineren van hulp."},
    Competentiegebied{kProcesA, "groepen_leiden", "Leidt overleggen met professionals en het huishouden."},
    Competentiegebied{kProcesA, "aanpassingsvermogen", "Past zich aan als de situatie verandert."},
    Competentiegebied{kProcesA, "overtuigingskracht", "Overtuigt partijen en neemt besluiten."},
    Competentiegebied{kProcesA, "procesbewaking",
                      "Bewaakt voortgang, effectiviteit, kwaliteit en kosten van de hulp."},
    Competentiegebied{kProcesA, "sparringpartner", "Is sparringpartner van de casusregisseur."},
    Competentiegebied{kProcesA, "gegevens_delen",
                      "Zorgt dat huishouden en betrokkenen weten welke gegevens worden gedeeld en hoe die "
                      "worden bijgehouden."},
    Competentiegebied{
        kCasusB, "veiligheid_huishouden",
        "Zet veiligheid voorop, durft die te bespreken en spreekt met het huishouden af wat veilig "
        "genoeg is, met voorwaarden en afspraken, ook binnen een gedwongen kader."},
    Competentiegebied{kCasusB, "eigen_veiligheid",
                      "Kent eigen grenzen, vraagt hulp en let op eigen veiligheid."},
    Competentiegebied{
        kProcesB, "regie_overnemen",
        "Weegt of de regie bij het huishouden kan blijven of tijdelijk moet worden overgenomen."},
    Competentiegebied{kProcesB, "veiligheid_in_proces",
                      "Verwerkt veiligheidsvoorwaarden en -afspraken in het hele proces."},
    Competentiegebied{kProcesB, "escalatie", "Handelt bij escalatie en voelt politieke gevoeligheid aan."},
    Competentiegebied{kProcesB, "krachtenveld", "Ziet het krachtenveld tussen organisaties."},
    Competentiegebied{kProcesB, "maatregelen_kennen",
                      "Kent bestuurlijke, civiele en strafrechtelijke maatregelen."},
    Competentiegebied{kCasusBplus, "doortastend_de_escaleren",
                      "Heeft van de organisatie het mandaat om doortastend te de-escaleren."},
    Competentiegebied{kCasusBplus, "omgeving",
                      "Werkt aan geen overlast voor de omgeving en betrekt de omgeving bij de plannen."},
    Competentiegebied{kCasusBplus, "crimineel_gedrag",
                      "Bespreekt crimineel gedrag en fraude open en kent het justitiële domein."},
    Competentiegebied{kProcesBplus, "bestuurlijke_gevoeligheid",
                      "Beweegt zich bestuurlijk gevoelig tussen gemeente, justitie en zorg."},
};

}  // namespace

std::span<const Competentiegebied> competentiegebieden() { return kGebieden; }

std::vector<Competentiegebied> checklist_voor(Certificering profiel) {
  const auto gedekt = gedekt_door(profiel);
  std::vector<Competentiegebied> uit;
  std::ranges::copy_if(kGebieden, std::back_inserter(uit), [&](const auto& g) {
    return std::ranges::find(gedekt, g.ingevoerd_bij) != gedekt.end();
  });
  return uit;
}

Uitslag beoordeel(Certificering profiel, std::span<const Gebiedsoordeel> oordelen) {
  const auto lijst = checklist_voor(profiel);
  Uitslag u;
  bool allemaal_voldoet = true;
  for (const auto& g : lijst) {
    const auto o = std::ranges::find(oordelen, g.code, &Gebiedsoordeel::code);
    if (o == oordelen.end()) {
      u.ontbrekend.push_back(g.code);
    } else if (o->beoordeling != Beoordeling::voldoet) {
      allemaal_voldoet = false;
    }
  }
  for (const auto& o : oordelen) {
    if (std::ranges::none_of(lijst, [&](const auto& g) { return g.code == o.code; }))
      u.onbekend.push_back(o.code);
  }
  u.positief = u.ontbrekend.empty() && u.onbekend.empty() && allemaal_voldoet;
  return u;
}

}  // namespace regie::domain
