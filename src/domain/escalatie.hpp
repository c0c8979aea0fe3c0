#pragma once
// Escalation (DOMAIN.md §4.4): stalled cooperation between professionals, or execution or result of the plan
// at risk. It does not change the level; it goes up the management chain and, when that cannot restore
// progress, the administrative chain.

#include <array>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/codes.hpp"
#include "domain/regiekaart_types.hpp"

namespace regie::domain {

// What opened the escalation: a difference of view on how the method is organised (task view, hours), on
// its content (goals, actions, minimum requirements, safety agreements), or the plan's execution or result
// at risk.
enum class EscalatieAanleiding { organisatie, inhoud, voortgang_in_gevaar };

enum class EscalatiePartij {
  manager,
  directie,
  wethouder,
  ketenmanager_zvh,
  ambtenaar_ivz_oov,
  burgemeester
};

// The chain at a level, in stages: everyone of a stage is informed only after every party of the stages
// before it. Without a decided level the chain stops at management.
std::vector<std::vector<EscalatiePartij>> escalatieketen(std::optional<Niveau> niveau);

// Whether `partij` may be informed now, given who has been informed already. Passing a stage that is still
// open needs a recorded reason (`met_reden`); the parties passed over are listed in `overgeslagen`.
enum class InformerenFout { niet_in_keten, al_geinformeerd, eerdere_stap_open };
struct InformerenToets {
  std::optional<InformerenFout> fout;
  std::vector<EscalatiePartij> overgeslagen;
};
InformerenToets toets_informeren(std::optional<Niveau> niveau,
                                 const std::vector<EscalatiePartij>& al_geinformeerd, EscalatiePartij partij,
                                 bool met_reden = false);

template <>
struct CodeTable<EscalatieAanleiding> {
  static constexpr std::array entries{
      std::pair{EscalatieAanleiding::organisatie, std::string_view{"organisatie"}},
      std::pair{EscalatieAanleiding::inhoud, std::string_view{"inhoud"}},
      std::pair{EscalatieAanleiding::voortgang_in_gevaar, std::string_view{"voortgang_in_gevaar"}},
  };
};

template <>
struct CodeTable<EscalatiePartij> {
  static constexpr std::array entries{
      std::pair{EscalatiePartij::manager, std::string_view{"manager"}},
      std::pair{EscalatiePartij::directie, std::string_view{"directie"}},
      std::pair{EscalatiePartij::wethouder, std::string_view{"wethouder"}},
      std::pair{EscalatiePartij::ketenmanager_zvh, std::string_view{"ketenmanager_zvh"}},
      std::pair{EscalatiePartij::ambtenaar_ivz_oov, std::string_view{"ambtenaar_ivz_oov"}},
      std::pair{EscalatiePartij::burgemeester, std::string_view{"burgemeester"}},
  };
};

}  // namespace regie::domain
