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
  const auto keten = escalatieketen(niveau);
  auto bevat = [](const std::vector<EscalatiePartij>& stap, EscalatiePartij p) {
    return std::ranges::find(stap, p) != stap.end();
  };
  if (std::ranges::none_of(keten, [&](const auto& stap) { return bevat(stap, partij); })) {
    return InformerenFout::niet_in_keten;
  }
  for (const auto& stap : keten) {
    if (bevat(stap, partij)) return std::nullopt;
    if (!std::ranges::all_of(stap, [&](EscalatiePartij p) { return bevat(al, p); }))
      return InformerenFout::eerdere_stap_open;
  }
  return InformerenFout::niet_in_keten;
}

}  // namespace regie::domain
