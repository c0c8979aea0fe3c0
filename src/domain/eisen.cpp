#include "domain/eisen.hpp"

#include <algorithm>

#include "domain/regiekaart.hpp"
#include "domain/regionaal.hpp"

namespace regie::domain {
namespace {

struct EisRegel {
  Eis eis;
  bool (*open)(const EisToestand&, const NiveauKaart&);
  std::string_view tekst;
};

const std::array<EisRegel, 7> kEisen{{
    {Eis::ondersteuningsplan_vereist,
     [](const EisToestand& t, const NiveauKaart& k) {
       return k.ondersteuningsplan == Nodig::verplicht && !t.heeft_ondersteuningsplan;
     },
     "Maak het ondersteuningsplan: op dit niveau is het verplicht."},
    {Eis::veiligheidsplan_vereist,
     [](const EisToestand& t, const NiveauKaart& k) {
       return k.veiligheidsplan == Nodig::verplicht && !t.heeft_veiligheidsplan;
     },
     "Maak een veiligheidsplan: vanaf niveau 3 is het verplicht."},
    {Eis::casusregisseur_vereist,
     [](const EisToestand& t, const NiveauKaart& k) {
       return k.casusregie.nodig == Nodig::verplicht && !t.heeft_casusregisseur;
     },
     "Wijs een casusregisseur toe met het profiel dat dit niveau vraagt."},
    {Eis::procesregisseur_vereist,
     [](const EisToestand& t, const NiveauKaart& k) {
       return k.procesregie.nodig == Nodig::verplicht && !t.heeft_procesregisseur;
     },
     "Wijs een procesregisseur toe met het profiel dat dit niveau vraagt."},
    {Eis::regisseur_met_knelpunt,
     [](const EisToestand& t, const NiveauKaart&) { return t.regisseur_met_knelpunt; },
     "Een regisseur voldoet niet aan wat dit niveau vraagt: vervang hem, of laat een gekwalificeerde collega "
     "bevestigen "
     "dat hij kan blijven."},
    {Eis::schakel_ivz_oov_vereist,
     [](const EisToestand& t, const NiveauKaart& k) { return k.crisislaag && !t.heeft_schakel_ivz_oov; },
     "Wijs de ambtenaar IVZ/OOV aan als schakel met de driehoek en de burgemeester (crisislaag)."},
    {Eis::grondslag_vereist,
     [](const EisToestand& t, const NiveauKaart& k) {
       return grondslag_vereist(k.niveau, t.regionale_regisseur_zonder_grondslag);
     },
     "Een regisseur van een regionale organisatie heeft op dit niveau een grondslag nodig: leg de regionale "
     "afspraak of het besluit van het Zorg- en Veiligheidshuis vast."},
}};

}  // namespace

std::vector<Eis> openstaande_eisen(const EisToestand& t) {
  std::vector<Eis> uit;
  if (!t.niveau) return uit;
  const NiveauKaart& kaart = kaart_voor(*t.niveau);
  for (const auto& regel : kEisen) {
    if (regel.open(t, kaart)) uit.push_back(regel.eis);
  }
  return uit;
}

std::string_view tekst(Eis eis) { return std::ranges::find(kEisen, eis, &EisRegel::eis)->tekst; }

}  // namespace regie::domain
