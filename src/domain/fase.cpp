#include "domain/fase.hpp"

#include <algorithm>

namespace regie::domain {
namespace {

using enum Fase;

struct Overgang {
  Fase van;
  Fase naar;
};

// The work moves forward; after an evaluation it goes back to execution or ends. It can end at any time
// (the household moves away, help is refused, the goals are reached).
constexpr std::array<Overgang, 10> kOvergangen{{
    {aanmelding, voorbereiding},
    {voorbereiding, startoverleg},
    {startoverleg, uitvoering},
    {uitvoering, evaluatie},
    {evaluatie, uitvoering},
    {aanmelding, afgesloten},
    {voorbereiding, afgesloten},
    {startoverleg, afgesloten},
    {uitvoering, afgesloten},
    {evaluatie, afgesloten},
}};

struct Drempel {
  Fase fase;
  FaseDrempel drempel;
  bool (*open)(const FaseToestand&);
  std::string_view tekst;
};

const std::array<Drempel, 4> kDrempels{{
    {startoverleg, FaseDrempel::deskundige_voor_start_open,
     [](const FaseToestand& t) { return t.deskundige_voor_start_open; },
     "Er zijn signalen van geweld: vraag eerst een deskundige om advies voordat alle partijen bij elkaar "
     "komen "
     "(maatregel 'deskundige_voor_start'), of leg gemotiveerd vast dat dat niet nodig is."},
    {startoverleg, FaseDrempel::niveau_ontbreekt, [](const FaseToestand& t) { return !t.niveau.has_value(); },
     "Stel eerst het niveau van de regiekaart vast: daarop worden de rollen in het startoverleg verdeeld."},
    {uitvoering, FaseDrempel::ondersteuningsplan_ontbreekt,
     [](const FaseToestand& t) { return t.niveau >= Niveau::twee && !t.heeft_ondersteuningsplan; },
     "Vanaf niveau 2 is er een ondersteuningsplan nodig voordat de uitvoering begint."},
    {uitvoering, FaseDrempel::veiligheidsplan_ontbreekt,
     [](const FaseToestand& t) { return t.niveau >= Niveau::drie && !t.heeft_veiligheidsplan; },
     "Vanaf niveau 3 is er een veiligheidsplan nodig voordat de uitvoering begint."},
}};

}  // namespace

bool overgang_toegestaan(Fase van, Fase naar) {
  return std::ranges::any_of(kOvergangen, [&](const Overgang& o) { return o.van == van && o.naar == naar; });
}

std::vector<Fase> volgende_fasen(Fase van) {
  std::vector<Fase> uit;
  for (const auto& o : kOvergangen) {
    if (o.van == van) uit.push_back(o.naar);
  }
  return uit;
}

std::vector<FaseDrempel> open_drempels(Fase naar, const FaseToestand& toestand) {
  std::vector<FaseDrempel> uit;
  for (const auto& d : kDrempels) {
    if (d.fase == naar && d.open(toestand)) uit.push_back(d.drempel);
  }
  return uit;
}

std::string_view tekst(FaseDrempel drempel) {
  return std::ranges::find(kDrempels, drempel, &Drempel::drempel)->tekst;
}

}  // namespace regie::domain
