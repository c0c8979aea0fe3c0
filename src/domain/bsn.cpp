#include "domain/bsn.hpp"

namespace regie::domain {

bool is_geldig_bsn(std::string_view bsn) {
  if (bsn.size() != 9) return false;
  int som = 0;
  for (std::size_t i = 0; i < 9; ++i) {
    const char c = bsn[i];
    if (c < '0' || c > '9') return false;
    const int gewicht = i < 8 ? 9 - static_cast<int>(i) : -1;
    som += gewicht * (c - '0');
  }
  return som != 0 && som % 11 == 0;
}

}  // namespace regie::domain
