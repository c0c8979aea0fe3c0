#pragma once
// Escalation of stalled cooperation between professionals (DOMAIN.md §4.4): it does not change the level;
// it goes up the management chain and, when that cannot restore progress, the administrative chain.

#include <array>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/codes.hpp"
#include "domain/regiekaart_types.hpp"
#include "domain/taxatie.hpp"

namespace regie::domain {

enum class EscalatiePartij { manager, directie, wethouder, burgemeester };

// The chain at a level, in stages: everyone of a stage is informed only after every party of the stages
// before it. Without a decided level the chain stops at management.
std::vector<std::vector<EscalatiePartij>> escalatieketen(std::optional<Niveau> niveau);

// Whether `partij` may be informed now, given who has been informed already.
enum class InformerenFout { niet_in_keten, al_geinformeerd, eerdere_stap_open };
std::optional<InformerenFout> toets_informeren(std::optional<Niveau> niveau,
                                               const std::vector<EscalatiePartij>& al_geinformeerd,
                                               EscalatiePartij partij);

template <>
struct CodeTable<EscalatiePartij> {
  static constexpr std::array entries{
      std::pair{EscalatiePartij::manager, std::string_view{"manager"}},
      std::pair{EscalatiePartij::directie, std::string_view{"directie"}},
      std::pair{EscalatiePartij::wethouder, std::string_view{"wethouder"}},
      std::pair{EscalatiePartij::burgemeester, std::string_view{"burgemeester"}},
  };
};

}  // namespace regie::domain
