#pragma once
// The regiekaart (DOMAIN.md §4.1): per level, in one table, what the card prescribes.

#include <optional>
#include <span>
#include <vector>

#include "domain/regiekaart_types.hpp"

namespace regie::domain {

struct RegieVoorschrift {
  Nodig nodig{};
  std::optional<Profiel> profiel;  // required competence profile of a professional holding this regie
  std::vector<Partij> door;        // who may hold it
  bool extern_ = false;            // must come from outside the parties already delivering care

  friend bool operator==(const RegieVoorschrift&, const RegieVoorschrift&) = default;
};

struct NiveauKaart {
  Niveau niveau{};
  Kleur kleur{};
  Nodig ondersteuningsplan{};
  PlanVariant variant{};
  Nodig veiligheidsplan{};
  RegieVoorschrift casusregie;
  // Parties that may also hold casusregie when the concern is single (zorgen = enkelvoudig).
  std::vector<Partij> casusregie_ook_bij_enkelvoudige_zorgen;
  RegieVoorschrift procesregie;
  std::vector<Partij> inzet;
  std::vector<Partij> overleg;
  std::vector<Partij> operationeel_verantwoordelijk;
  std::vector<Partij> bestuurlijk_verantwoordelijk;
  std::string_view doel;  // what the help at this level is for, in the product's words
  // The crisis layer (DOMAIN.md §4.5): GRIP, the ambtenaar IVZ/OOV as linking pin, communication.
  bool crisislaag = false;
};

// All five levels, in order 1..5.
std::span<const NiveauKaart> regiekaart();
const NiveauKaart& kaart_voor(Niveau niveau);

}  // namespace regie::domain
