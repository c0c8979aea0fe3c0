#include "domain/escalatie.hpp"

#include <algorithm>

namespace regie::domain {
namespace {

using enum EscalatiePartij;
using Keten = std::vector<std::vector<EscalatiePartij>>;

// Management first (manager, then director or board). Then the administration: the wethouder at levels
// 2–3; at level 4 burgemeester and wethouder together; at level 5 the wethouder, who informs the
// burgemeester.
const std::array<Keten, 6> kKetens{{
    {{manager}, {directie}},                               // no level decided yet
    {{manager}, {directie}},                               // 1: no administrative responsibility
    {{manager}, {directie}, {wethouder}},                  // 2
    {{manager}, {directie}, {wethouder}},                  // 3
    {{manager}, {directie}, {wethouder, burgemeester}},    // 4
    {{manager}, {directie}, {wethouder}, {burgemeester}},  // 5
}};

}  // namespace

std::vector<std::vector<EscalatiePartij>> escalatieketen(std::optional<Niveau> niveau) {
  return kKetens[niveau ? static_cast<std::size_t>(nummer(*niveau)) : 0];
}

std::optional<InformerenFout> toets_informeren(std::optional<Niveau> niveau,
                                               const std::vector<EscalatiePartij>& al,
                                               EscalatiePartij partij) {
  if (std::ranges::find(al, partij) != al.end()) return InformerenFout::al_geinformeerd;
  for (const auto& stap : escalatieketen(niveau)) {
    if (std::ranges::find(stap, partij) != stap.end()) return std::nullopt;
    const bool stap_af =
        std::ranges::all_of(stap, [&](EscalatiePartij p) { return std::ranges::find(al, p) != al.end(); });
    if (!stap_af) return InformerenFout::eerdere_stap_open;
  }
  return InformerenFout::niet_in_keten;
}

}  // namespace regie::domain
