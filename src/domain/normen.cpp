#include "domain/normen.hpp"

#include <algorithm>

namespace regie::domain {

NiveauNorm standaard_norm(Niveau niveau) {
  constexpr NiveauNormen kNormen{{{1, 300}, {2, 91}, {4, 42}, {5, 42}, {6, 42}}};
  return kNormen[static_cast<std::size_t>(nummer(niveau) - 1)];
}

std::vector<NormBevinding> controleer_normen(const NiveauNormen& normen) {
  using Deel = NormBevinding::Deel;
  std::vector<NormBevinding> uit;
  // The longest term allowed at the current level: the light plan's bound, then the shortest term below.
  int grens = kLangsteEvaluatieTermijnLichtPlanDagen;
  for (std::size_t i = 0; i < normen.size(); ++i) {
    const auto& n = normen[i];
    if (n.caseload_gewicht <= 0) uit.push_back({i, Deel::caseload_gewicht, "Moet groter dan 0 zijn."});
    if (n.evaluatie_termijn_dagen <= 0) {
      uit.push_back({i, Deel::evaluatie_termijn, "Moet groter dan 0 zijn."});
      continue;
    }
    if (n.evaluatie_termijn_dagen > grens) {
      uit.push_back({i, Deel::evaluatie_termijn,
                     i == 0 ? "Het lichte plan wordt minstens elke tien maanden geëvalueerd: hoogstens " +
                                  std::to_string(grens) + " dagen."
                            : "Een hoger niveau wordt minstens zo vaak geëvalueerd als de niveaus eronder: "
                              "hoogstens " +
                                  std::to_string(grens) + " dagen."});
    }
    grens = std::min(grens, n.evaluatie_termijn_dagen);
  }
  return uit;
}

}  // namespace regie::domain
