#pragma once
// The organisation's norms per level (DOMAIN.md §7, §8): caseload weight and evaluation term. Each
// organisation may set its own; these are the defaults, and the bounds the method sets on them.

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "domain/regiekaart_types.hpp"

namespace regie::domain {

struct NiveauNorm {
  int caseload_gewicht;         // points a household at this level counts for
  int evaluatie_termijn_dagen;  // longest time between plan evaluations
};

using NiveauNormen = std::array<NiveauNorm, 5>;  // index 0 is level 1

// 1: the light plan is reviewed at least every 6–10 months (10 here); 2: three months; 3–5: six weeks.
NiveauNorm standaard_norm(Niveau niveau);

// The points one regisseur can carry (weighted caseload), unless the organisation sets its own.
inline constexpr int kStandaardCaseloadNorm = 60;

// The light plan is evaluated at least every ten months: its term is at most this many days.
inline constexpr int kLangsteEvaluatieTermijnLichtPlanDagen = 304;

struct NormBevinding {
  std::size_t index;  // into NiveauNormen
  enum class Deel { caseload_gewicht, evaluatie_termijn } deel;
  std::string uitleg;
};

// What is wrong with a set of norms: weights and terms positive; the light plan's term within ten months;
// a higher level evaluated at least as often as the one below it (DOMAIN.md §8: "higher levels more often";
// an organisation that evaluates two levels equally often is stricter than the method, not looser).
std::vector<NormBevinding> controleer_normen(const NiveauNormen& normen);

}  // namespace regie::domain
