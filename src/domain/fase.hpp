#pragma once
// The phases of the work with a household and what must be in place before entering one.

#include <array>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/codes.hpp"
#include "domain/huishouden.hpp"

namespace regie::domain {

enum class FaseDrempel {
  // Gathering everyone could raise the threat: an expert's advice comes first (DOMAIN.md §5).
  deskundige_voor_start_open,
  niveau_ontbreekt,              // the start meeting assigns roles for a decided level
  ondersteuningsplan_ontbreekt,  // one plan from level 2 before execution
  veiligheidsplan_ontbreekt,     // a safety plan from level 3 before execution
};

struct FaseToestand {
  std::optional<Niveau> niveau;
  bool deskundige_voor_start_open = false;  // the measure is on the checklist and not yet handled
  bool heeft_ondersteuningsplan = false;
  bool heeft_veiligheidsplan = false;
};

bool overgang_toegestaan(Fase van, Fase naar);
std::vector<Fase> volgende_fasen(Fase van);

// The gates of `naar` that are not met (empty: the phase may be entered).
std::vector<FaseDrempel> open_drempels(Fase naar, const FaseToestand& toestand);
std::string_view tekst(FaseDrempel drempel);

template <>
struct CodeTable<FaseDrempel> {
  static constexpr std::array entries{
      std::pair{FaseDrempel::deskundige_voor_start_open, std::string_view{"deskundige_voor_start_open"}},
      std::pair{FaseDrempel::niveau_ontbreekt, std::string_view{"niveau_ontbreekt"}},
      std::pair{FaseDrempel::ondersteuningsplan_ontbreekt, std::string_view{"ondersteuningsplan_ontbreekt"}},
      std::pair{FaseDrempel::veiligheidsplan_ontbreekt, std::string_view{"veiligheidsplan_ontbreekt"}},
  };
};

}  // namespace regie::domain
