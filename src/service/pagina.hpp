#pragma once
// Pages of a list: `pagina` from 1, `paginaGrootte` from 1 to the maximum.

#include "service/invoer.hpp"

namespace regie::service {

inline constexpr int kMaxPaginaGrootte = 100;

struct Pagina {
  int nummer = 1;
  int grootte = 20;

  int offset() const { return (nummer - 1) * grootte; }
};

void controleer(const Pagina& pagina, InvoerControle& controle);

}  // namespace regie::service
