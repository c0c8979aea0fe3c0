#include "domain/profielen.hpp"

#include <algorithm>
#include <array>

#include "domain/regiekaart.hpp"

namespace regie::domain {
namespace {

// "groter ⊇ kleiner": the direct inclusions of §7; the rest follows by transitivity.
struct Inclusie {
  Certificering groter;
  Certificering kleiner;
};

constexpr std::array<Inclusie, 6> kInclusies{{
    {{Rol::casus, Profiel::B}, {Rol::casus, Profiel::A}},
    {{Rol::casus, Profiel::B_plus}, {Rol::casus, Profiel::B}},
    {{Rol::proces, Profiel::A}, {Rol::casus, Profiel::A}},
    {{Rol::proces, Profiel::B}, {Rol::proces, Profiel::A}},
    {{Rol::proces, Profiel::B}, {Rol::casus, Profiel::B}},
    {{Rol::proces, Profiel::B_plus}, {Rol::proces, Profiel::B}},
}};

}  // namespace

std::vector<Certificering> gedekt_door(Certificering certificering) {
  std::vector<Certificering> gedekt{certificering};
  for (std::size_t i = 0; i < gedekt.size(); ++i) {
    for (const auto& inclusie : kInclusies) {
      if (inclusie.groter == gedekt[i] && std::ranges::find(gedekt, inclusie.kleiner) == gedekt.end()) {
        gedekt.push_back(inclusie.kleiner);
      }
    }
  }
  return gedekt;
}

bool dekt(Certificering certificering, Certificering eis) {
  const auto gedekt = gedekt_door(certificering);
  return std::ranges::find(gedekt, eis) != gedekt.end();
}

bool dekt(std::span<const Certificering> certificeringen, Certificering eis) {
  return std::ranges::any_of(certificeringen, [&](Certificering c) { return dekt(c, eis); });
}

std::optional<Certificering> profiel_eis(Niveau niveau, Rol rol) {
  const NiveauKaart& kaart = kaart_voor(niveau);
  const RegieVoorschrift& voorschrift = rol == Rol::casus ? kaart.casusregie : kaart.procesregie;
  if (!voorschrift.profiel) return std::nullopt;
  return Certificering{rol, *voorschrift.profiel};
}

}  // namespace regie::domain
