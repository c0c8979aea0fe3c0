#include "domain/afgeschermd_tegen.hpp"

namespace regie::domain {

std::set<std::string> afgeschermd_tegen(const Veiligheidsplan& plan) {
  std::set<std::string> uit;
  for (const auto& deel : plan.afgeschermd) uit.insert(deel.tegen.begin(), deel.tegen.end());
  return uit;
}

}  // namespace regie::domain
