#pragma once
// The organisation's norms per level (DOMAIN.md §7, §8): caseload weight and evaluation term. Each
// organisation may set its own; these are the defaults.

#include "domain/regiekaart_types.hpp"

namespace regie::domain {

struct NiveauNorm {
  int caseload_gewicht;         // points a household at this level counts for
  int evaluatie_termijn_dagen;  // longest time between plan evaluations
};

// 1: the light plan is reviewed at least every 6–10 months (10 here); 2: three months; 3–5: six weeks.
NiveauNorm standaard_norm(Niveau niveau);

// The points one regisseur can carry (weighted caseload), unless the organisation sets its own.
inline constexpr int kStandaardCaseloadNorm = 60;

}  // namespace regie::domain
