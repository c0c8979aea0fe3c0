#pragma once
// What the regiekaart asks of a household at its level that is not (yet) in place: the tasks that open
// after a level decision, e.g. a Veiligheidsplan from level 3 (DOMAIN.md §4.1, §7).

#include <array>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/codes.hpp"
#include "domain/regiekaart_types.hpp"

namespace regie::domain {

enum class Eis {
  ondersteuningsplan_vereist,
  veiligheidsplan_vereist,
  casusregisseur_vereist,
  procesregisseur_vereist,
  regisseur_met_knelpunt,   // an assignment is flagged (profile or chain) until replaced or confirmed
  schakel_ivz_oov_vereist,  // level 5: the ambtenaar IVZ/OOV as linking pin (DOMAIN.md §4.5)
  grondslag_vereist,        // levels 4–5: a regional organisation's regisseur without grondslag (§7)
};

struct EisToestand {
  std::optional<Niveau> niveau;
  bool heeft_ondersteuningsplan = false;
  bool heeft_veiligheidsplan = false;
  bool heeft_casusregisseur = false;
  bool heeft_procesregisseur = false;
  bool regisseur_met_knelpunt = false;
  bool heeft_schakel_ivz_oov = false;
  bool regionale_regisseur_zonder_grondslag = false;  // assigned before the level asked for one
};

std::vector<Eis> openstaande_eisen(const EisToestand& toestand);
std::string_view tekst(Eis eis);

template <>
struct CodeTable<Eis> {
  static constexpr std::array entries{
      std::pair{Eis::ondersteuningsplan_vereist, std::string_view{"ondersteuningsplan_vereist"}},
      std::pair{Eis::veiligheidsplan_vereist, std::string_view{"veiligheidsplan_vereist"}},
      std::pair{Eis::casusregisseur_vereist, std::string_view{"casusregisseur_vereist"}},
      std::pair{Eis::procesregisseur_vereist, std::string_view{"procesregisseur_vereist"}},
      std::pair{Eis::regisseur_met_knelpunt, std::string_view{"regisseur_met_knelpunt"}},
      std::pair{Eis::schakel_ivz_oov_vereist, std::string_view{"schakel_ivz_oov_vereist"}},
      std::pair{Eis::grondslag_vereist, std::string_view{"grondslag_vereist"}},
  };
};

}  // namespace regie::domain
