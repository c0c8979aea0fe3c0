#include "domain/regionaal.hpp"

#include <algorithm>

namespace regie::domain {
namespace {

struct RolPerRelatie {
  Gebruikersrol rol;
  bool eigen;
  bool gecontracteerd;
};

constexpr std::array<RolPerRelatie, 5> kRollen{{
    {Gebruikersrol::regisseur, true, true},
    {Gebruikersrol::manager, true, true},
    {Gebruikersrol::aandachtsfunctionaris, true, false},
    {Gebruikersrol::agendahouder, true, false},
    {Gebruikersrol::beheerder, true, false},
}};

struct GrondslagPerNiveau {
  Niveau niveau;
  bool vereist;  // for a regional organisation's professional
};

constexpr std::array<GrondslagPerNiveau, 5> kGrondslag{{
    {Niveau::een, false},
    {Niveau::twee, false},
    {Niveau::drie, false},
    {Niveau::vier, true},
    {Niveau::vijf, true},
}};

struct GrondslagLabel {
  Grondslag grondslag;
  std::string_view label;
};

constexpr std::array<GrondslagLabel, 2> kLabels{{
    {Grondslag::regionale_afspraak, "Regionale afspraak"},
    {Grondslag::zvh_besluit, "Besluit van het Zorg- en Veiligheidshuis"},
}};

}  // namespace

std::vector<Gebruikersrol> rollen_in_gemeente(Werkrelatie relatie, const std::vector<Gebruikersrol>& rollen) {
  std::vector<Gebruikersrol> uit;
  for (auto rol : rollen) {
    const auto* regel = std::ranges::find(kRollen, rol, &RolPerRelatie::rol);
    const bool telt = relatie == Werkrelatie::eigen            ? regel->eigen
                      : relatie == Werkrelatie::gecontracteerd ? regel->gecontracteerd
                                                               : false;
    if (telt) uit.push_back(rol);
  }
  return uit;
}

bool grondslag_vereist(Niveau niveau, bool regionale_organisatie) {
  return regionale_organisatie && std::ranges::find(kGrondslag, niveau, &GrondslagPerNiveau::niveau)->vereist;
}

std::string_view label(Grondslag g) {
  return std::ranges::find(kLabels, g, &GrondslagLabel::grondslag)->label;
}

}  // namespace regie::domain
