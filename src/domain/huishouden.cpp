#include "domain/huishouden.hpp"

#include <algorithm>

namespace regie::domain {

bool is_keten(Partij partij) {
  constexpr std::array kKetens{Partij::basiszorg, Partij::lokaal_team, Partij::zorgketen,
                               Partij::veiligheidsketen, Partij::civiele_keten};
  return std::ranges::find(kKetens, partij) != kKetens.end();
}

}  // namespace regie::domain
