#include "domain/toewijzing.hpp"

#include <algorithm>

#include "domain/regiekaart.hpp"
#include "domain/regionaal.hpp"

namespace regie::domain {
namespace {

struct FoutTekst {
  ToewijzingFout fout;
  std::string_view tekst;
};

constexpr std::array<FoutTekst, 8> kFoutTeksten{{
    {ToewijzingFout::niveau_ontbreekt,
     "Stel eerst het niveau van de regiekaart vast; daarna worden de regisseurs "
     "toegewezen."},
    {ToewijzingFout::procesregie_niet_van_toepassing, "Op niveau 1 is er geen procesregie."},
    {ToewijzingFout::alleen_professional,
     "Alleen op niveau 1 kan een gezinslid of netwerklid de casusregie voeren; kies een professional."},
    {ToewijzingFout::profiel_onvoldoende,
     "Het competentieprofiel van deze professional dekt niet wat dit niveau voor deze rol vraagt."},
    {ToewijzingFout::niet_uit_veiligheidsketen,
     "Op niveau 5 komt de procesregisseur van een organisatie uit de veiligheidsketen."},
    {ToewijzingFout::aandachtsgebied_ontbreekt,
     "Geef aan waarvoor deze casusregisseur er is: één of meer leefgebieden en/of gezinsleden."},
    {ToewijzingFout::al_een_procesregisseur,
     "Er is al een procesregisseur; een huishouden heeft er hoogstens één. Beëindig eerst de huidige."},
    {ToewijzingFout::grondslag_ontbreekt,
     "Deze organisatie werkt voor meerdere gemeenten; leg op niveau 4 en 5 vast op welke regionale "
     "afspraak of welk besluit van het Zorg- en Veiligheidshuis deze toewijzing berust."},
}};

bool uit_veiligheidsketen(const Kandidaat& k) {
  return std::ranges::find(k.ketens, Partij::veiligheidsketen) != k.ketens.end();
}

bool profiel_volstaat(Rol rol, Niveau niveau, const Kandidaat& k) {
  const auto eis = profiel_eis(niveau, rol);
  return !eis || dekt(k.certificeringen, *eis);
}

}  // namespace

ToewijzingToets toets_toewijzing(Rol rol, std::optional<Niveau> niveau, const Kandidaat& k,
                                 bool heeft_aandachtsgebied, bool er_is_al_een_procesregisseur,
                                 bool grondslag_vastgelegd) {
  ToewijzingToets toets;
  auto fout = [&](ToewijzingFout f) { toets.fouten.push_back(f); };
  if (!niveau) {
    fout(ToewijzingFout::niveau_ontbreekt);
    return toets;
  }
  if (rol == Rol::proces && kaart_voor(*niveau).procesregie.nodig == Nodig::niet_van_toepassing) {
    fout(ToewijzingFout::procesregie_niet_van_toepassing);
    return toets;
  }
  if (rol == Rol::proces && er_is_al_een_procesregisseur) fout(ToewijzingFout::al_een_procesregisseur);
  if (rol == Rol::casus && !heeft_aandachtsgebied) fout(ToewijzingFout::aandachtsgebied_ontbreekt);

  if (k.soort != PersoonSoort::medewerker) {
    if (rol == Rol::proces || *niveau != Niveau::een) fout(ToewijzingFout::alleen_professional);
    return toets;  // no profile check for members and network members
  }
  if (!profiel_volstaat(rol, *niveau, k)) fout(ToewijzingFout::profiel_onvoldoende);
  if (grondslag_vereist(*niveau, k.regionale_organisatie) && !grondslag_vastgelegd)
    fout(ToewijzingFout::grondslag_ontbreekt);
  if (rol == Rol::proces && kaart_voor(*niveau).procesregie.extern_) {
    if (!uit_veiligheidsketen(k)) fout(ToewijzingFout::niet_uit_veiligheidsketen);
    if (k.organisatie_levert_al_zorg)
      toets.waarschuwingen.push_back(ToewijzingWaarschuwing::organisatie_levert_al_zorg);
  }
  return toets;
}

std::optional<Knelpunt> knelpunt(Rol rol, Niveau niveau, const Kandidaat& k,
                                 std::optional<Niveau> bevestigd_tot) {
  if (k.soort != PersoonSoort::medewerker) return std::nullopt;
  if (rol == Rol::proces && kaart_voor(niveau).procesregie.extern_ && !uit_veiligheidsketen(k)) {
    return Knelpunt::niet_uit_veiligheidsketen;
  }
  const bool bevestigd = bevestigd_tot && *bevestigd_tot >= niveau;
  if (!profiel_volstaat(rol, niveau, k) && !bevestigd) return Knelpunt::profiel_onvoldoende;
  return std::nullopt;
}

std::string_view tekst(ToewijzingFout fout) {
  return std::ranges::find(kFoutTeksten, fout, &FoutTekst::fout)->tekst;
}

std::string_view tekst(ToewijzingWaarschuwing) {
  return "Deze organisatie levert al zorg aan het huishouden; op niveau 5 hoort de procesregie extern te "
         "zijn.";
}

}  // namespace regie::domain
