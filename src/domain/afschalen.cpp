#include "domain/afschalen.hpp"

#include <algorithm>

#include "domain/advies.hpp"

namespace regie::domain {
namespace {

using V = AfschaalVoorwaarde;

struct Beschrijving {
  V voorwaarde;
  bool (*geldt)(const Taxatie&, Niveau van);
  std::string_view tekst;
};

const std::array<Beschrijving, 7> kVoorwaarden{{
    {V::geen_escalatie, [](const Taxatie& t, Niveau) { return t.escalatie == Escalatie::geen; },
     "De dreiging van totale escalatie of maatschappelijke onrust is voorbij."},
    {V::niet_ketenoverstijgend, [](const Taxatie& t, Niveau) { return !t.ketenoverstijgend_nodig; },
     "De veiligheid is te herstellen zonder samenwerking over de grenzen van de ketens heen."},
    {V::veilig, [](const Taxatie& t, Niveau) { return !onveilig(t); },
     "De situatie is veilig: geen onveiligheid en geen signaal dat meetelt."},
    {V::draagkracht_in_balans,
     [](const Taxatie& t, Niveau) { return t.draagkracht == Draagkracht::in_balans; },
     "De draagkracht is weer in balans met wat het huishouden te dragen heeft."},
    {V::zelfredzaam,
     [](const Taxatie& t, Niveau) {
       return t.zelfredzaamheid == Zelfredzaamheid::voldoende ||
              t.zelfredzaamheid == Zelfredzaamheid::volledig;
     },
     "Het huishouden redt zich weer voldoende of volledig zelf."},
    {V::basiszorg_toereikend, [](const Taxatie& t, Niveau) { return t.basiszorg_toereikend; },
     "Basiszorg is genoeg: meer of andere hulp is niet meer nodig."},
    {V::geen_stagnatie_problematiek,
     [](const Taxatie& t, Niveau van) {
       return nummer(expertise_minimum(t.stagnatie_problematiek)) < nummer(van);
     },
     "De problematiek van het huishouden vraagt geen regisseur met een zwaarder profiel meer dan het "
     "niveau eronder biedt."},
}};

// DOMAIN.md §4.3, one row per level: all of these must hold to leave it for the level below. The
// expertise floor applies to every step and is checked apart.
const std::array<std::vector<V>, 5> kTreden{{
    {},
    {V::draagkracht_in_balans, V::zelfredzaam, V::basiszorg_toereikend, V::veilig, V::niet_ketenoverstijgend,
     V::geen_escalatie},
    {V::veilig, V::niet_ketenoverstijgend, V::geen_escalatie},
    {V::niet_ketenoverstijgend, V::geen_escalatie},
    {V::geen_escalatie},
}};

const Beschrijving& beschrijving(V v) {
  return *std::ranges::find(kVoorwaarden, v, &Beschrijving::voorwaarde);
}

}  // namespace

std::span<const AfschaalVoorwaarde> afschaalvoorwaarden(Niveau van) {
  return kTreden.at(static_cast<std::size_t>(nummer(van) - 1));
}

std::vector<AfschaalVoorwaarde> ontbrekend_voor_afschalen(const Taxatie& taxatie, Niveau van) {
  std::vector<AfschaalVoorwaarde> ontbrekend;
  for (const auto v : afschaalvoorwaarden(van)) {
    if (!beschrijving(v).geldt(taxatie, van)) ontbrekend.push_back(v);
  }
  if (!beschrijving(V::geen_stagnatie_problematiek).geldt(taxatie, van))
    ontbrekend.push_back(V::geen_stagnatie_problematiek);
  return ontbrekend;
}

std::string_view tekst(AfschaalVoorwaarde voorwaarde) { return beschrijving(voorwaarde).tekst; }

}  // namespace regie::domain
