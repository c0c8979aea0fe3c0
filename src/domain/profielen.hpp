#pragma once
// Competence profiles of regisseurs and their inclusions (DOMAIN.md §7).

#include <optional>
#include <span>
#include <vector>

#include "domain/regiekaart_types.hpp"

namespace regie::domain {

// A certified profile for a role, or the requirement of a level for that role.
struct Certificering {
  Rol rol{};
  Profiel profiel{};

  friend bool operator==(const Certificering&, const Certificering&) = default;
};

inline constexpr Certificering kCasusA{Rol::casus, Profiel::A};
inline constexpr Certificering kCasusB{Rol::casus, Profiel::B};
inline constexpr Certificering kCasusBplus{Rol::casus, Profiel::B_plus};
inline constexpr Certificering kProcesA{Rol::proces, Profiel::A};
inline constexpr Certificering kProcesB{Rol::proces, Profiel::B};
inline constexpr Certificering kProcesBplus{Rol::proces, Profiel::B_plus};

// Every (role, profile) a certification covers, itself included; derived from the inclusion table.
std::vector<Certificering> gedekt_door(Certificering certificering);

bool dekt(Certificering certificering, Certificering eis);
bool dekt(std::span<const Certificering> certificeringen, Certificering eis);

// The profile the regiekaart requires of a professional holding this role at this level;
// nullopt where the role does not apply (procesregie at level 1).
std::optional<Certificering> profiel_eis(Niveau niveau, Rol rol);

}  // namespace regie::domain
