#include "domain/normen.hpp"

#include <array>

namespace regie::domain {

NiveauNorm standaard_norm(Niveau niveau) {
  constexpr std::array<NiveauNorm, 5> kNormen{{{1, 300}, {2, 91}, {4, 42}, {5, 42}, {6, 42}}};
  return kNormen[static_cast<std::size_t>(nummer(niveau) - 1)];
}

}  // namespace regie::domain
