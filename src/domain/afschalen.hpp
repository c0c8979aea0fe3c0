#pragma once
// Scaling down (DOMAIN.md §4.3): each level has its own conditions for leaving it for the level below.
// They are stricter than "the scale-up criterion no longer holds", so a household does not fall back a
// level the moment one answer improves.

#include <array>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/codes.hpp"
#include "domain/regiekaart_types.hpp"
#include "domain/taxatie.hpp"

namespace regie::domain {

enum class AfschaalVoorwaarde {
  geen_escalatie,               // no threat of total escalation or public unrest
  niet_ketenoverstijgend,       // safety no longer needs cooperation across chains
  veilig,                       // safe, and no effective signal
  draagkracht_in_balans,        // capacity back in balance with the load
  zelfredzaam,                  // self-reliance sufficient or full
  basiszorg_toereikend,         // basic care is enough
  geen_stagnatie_problematiek,  // the client's problems no longer need a heavier profile than the level below
};

// The conditions of the step from `van` to the level below, in the table's order (empty for level 1).
std::span<const AfschaalVoorwaarde> afschaalvoorwaarden(Niveau van);

// The conditions for stepping down from `van` that do not hold for this assessment; empty: the step may
// be taken. `van` must be above level 1.
std::vector<AfschaalVoorwaarde> ontbrekend_voor_afschalen(const Taxatie& taxatie, Niveau van);

// What must hold, in the product's own words.
std::string_view tekst(AfschaalVoorwaarde voorwaarde);

template <>
struct CodeTable<AfschaalVoorwaarde> {
  static constexpr std::array entries{
      std::pair{AfschaalVoorwaarde::geen_escalatie, std::string_view{"geen_escalatie"}},
      std::pair{AfschaalVoorwaarde::niet_ketenoverstijgend, std::string_view{"niet_ketenoverstijgend"}},
      std::pair{AfschaalVoorwaarde::veilig, std::string_view{"veilig"}},
      std::pair{AfschaalVoorwaarde::draagkracht_in_balans, std::string_view{"draagkracht_in_balans"}},
      std::pair{AfschaalVoorwaarde::zelfredzaam, std::string_view{"zelfredzaam"}},
      std::pair{AfschaalVoorwaarde::basiszorg_toereikend, std::string_view{"basiszorg_toereikend"}},
      std::pair{AfschaalVoorwaarde::geen_stagnatie_problematiek,
                std::string_view{"geen_stagnatie_problematiek"}},
  };
};

}  // namespace regie::domain
