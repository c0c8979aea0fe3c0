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

// Every (role, profile) a certification covers, itself included; derived from the inclusion table.
std::vector<Certificering> gedekt_door(Certificering certificering);

bool dekt(Certificering certificering, Certificering eis);
bool dekt(std::span<const Certificering> certificeringen, Certificering eis);

// The profile the regiekaart requires of a professional holding this role at this level;
// nullopt where the role does not apply (procesregie at level 1).
std::optional<Certificering> profiel_eis(Niveau niveau, Rol rol);

}  // namespace regie::domain
