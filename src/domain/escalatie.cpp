#include "domain/escalatie.hpp"

#include <algorithm>

namespace regie::domain {
namespace {

using enum EscalatiePartij;
using Keten = std::vector<std::vector<EscalatiePartij>>;

// Management first (manager, then director or board). Then the administration: the wethouder at levels
// 2–3; at level 4 the wethouder with the ketenmanager of the Zorg- en Veiligheidshuis for process and
// cooperation; at level 5 the wethouder, who informs the burgemeester, with the ambtenaar IVZ/OOV as the
// linking pin between the household's regie and the burgemeester.
const std::array<Keten, 6> kKetens{{
    {{manager}, {directie}},                                                  // no level decided yet
    {{manager}, {directie}},                                                  // 1: no administrative role
    {{manager}, {directie}, {wethouder}},                                     // 2
    {{manager}, {directie}, {wethouder}},                                     // 3
    {{manager}, {directie}, {wethouder, ketenmanager_zvh}},                   // 4
    {{manager}, {directie}, {wethouder}, {ambtenaar_ivz_oov, burgemeester}},  // 5
}};

}  // namespace

std::vector<std::vector<EscalatiePartij>> escalatieketen(std::optional<Niveau> niveau) {
  return kKetens[niveau ? static_cast<std::size_t>(nummer(*niveau)) : 0];
}

InformerenToets toets_informeren(std::optional<Niveau> niveau, const std::vector<EscalatiePartij>& al,
                                 EscalatiePartij partij, bool met_reden) {
  if (std::ranges::find(al, partij) != al.end()) return {InformerenFout::al_geinformeerd, {}};
  const auto keten = escalatieketen(niveau);
  auto bevat = [](const std::vector<EscalatiePartij>& stap, EscalatiePartij p) {
    return std::ranges::find(stap, p) != stap.end();
  };
  if (std::ranges::none_of(keten, [&](const auto& stap) { return bevat(stap, partij); })) {
    return {InformerenFout::niet_in_keten, {}};
  }
  std::vector<EscalatiePartij> overgeslagen;
  for (const auto& stap : keten) {
    if (bevat(stap, partij)) break;
    for (const auto p : stap)
      if (!bevat(al, p)) overgeslagen.push_back(p);
  }
  if (!overgeslagen.empty() && !met_reden)
    return {InformerenFout::eerdere_stap_open, std::move(overgeslagen)};
  return {std::nullopt, std::move(overgeslagen)};
}

}  // namespace regie::domain
