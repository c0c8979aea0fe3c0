#pragma once
// Quality findings on the plans (DOMAIN.md §8), computed for the regisseur and for monitoring.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/codes.hpp"
#include "domain/leeftijd.hpp"
#include "domain/plannen.hpp"

namespace regie::domain {

enum class BevindingCode {
  doel_zonder_streefdatum,
  doel_zonder_actie,
  actie_zonder_eigenaar,
  actie_zonder_datum,
  zorg_zonder_doel,  // a life domain with concerns has no goal
  eigen_woorden_ontbreken,
  evaluatiedatum_ontbreekt,
  evaluatiedatum_verstreken,
  evaluatiedatum_te_ver,      // later than the organisation's evaluation term allows
  kindcheck_ontbreekt,        // a minor was not considered while an adult has problems
  veiligheidsplan_ontbreekt,  // level 3 and higher
  veiligheidsplan_verouderd,  // older than the evaluation term
  veiligheidsdoel_ontbreekt,
  geen_veiligheidsafspraken,
  datum_onwaarschijnlijk,   // a target or due date far before the version's date, or far beyond it
  omgevingsnorm_ontbreekt,  // levels 4 and 5
  omgeving_niet_betrokken,  // levels 4 and 5
};

// Dates a plan can plausibly carry, counted from the version's date: earlier than this many days before it,
// or later than this many days after it, is most likely a typing error.
inline constexpr int kPlausibelDagenTerug = 365;
inline constexpr int kPlausibelDagenVooruit = 5 * 365;

struct Bevinding {
  BevindingCode code{};
  std::string verwijzing;  // the goal, action, life domain or member it is about (an id or code), or empty
  std::string tekst;

  friend bool operator==(const Bevinding&, const Bevinding&) = default;
};

struct LidInfo {
  std::string id;
  Leeftijd leeftijd;
};

struct PlanContext {
  Datum vandaag{};
  Datum opgesteld_op{};  // the date of this version
  std::optional<Niveau> niveau;
  std::vector<LidInfo> gezinsleden;
  int evaluatie_termijn_dagen = 0;
  std::optional<Datum> veiligheidsplan_bijgewerkt_op;  // the newest version's date, if any
};

inline constexpr int kMeerderjarigMaanden = 18 * 12;

std::vector<Bevinding> check_plan(const Ondersteuningsplan& plan, const PlanContext& context);
std::vector<Bevinding> check_plan(const Veiligheidsplan& plan, const PlanContext& context);

template <>
struct CodeTable<BevindingCode> {
  static constexpr std::array entries{
      std::pair{BevindingCode::doel_zonder_streefdatum, std::string_view{"doel_zonder_streefdatum"}},
      std::pair{BevindingCode::doel_zonder_actie, std::string_view{"doel_zonder_actie"}},
      std::pair{BevindingCode::actie_zonder_eigenaar, std::string_view{"actie_zonder_eigenaar"}},
      std::pair{BevindingCode::actie_zonder_datum, std::string_view{"actie_zonder_datum"}},
      std::pair{BevindingCode::zorg_zonder_doel, std::string_view{"zorg_zonder_doel"}},
      std::pair{BevindingCode::eigen_woorden_ontbreken, std::string_view{"eigen_woorden_ontbreken"}},
      std::pair{BevindingCode::evaluatiedatum_ontbreekt, std::string_view{"evaluatiedatum_ontbreekt"}},
      std::pair{BevindingCode::evaluatiedatum_verstreken, std::string_view{"evaluatiedatum_verstreken"}},
      std::pair{BevindingCode::evaluatiedatum_te_ver, std::string_view{"evaluatiedatum_te_ver"}},
      std::pair{BevindingCode::kindcheck_ontbreekt, std::string_view{"kindcheck_ontbreekt"}},
      std::pair{BevindingCode::veiligheidsplan_ontbreekt, std::string_view{"veiligheidsplan_ontbreekt"}},
      std::pair{BevindingCode::veiligheidsplan_verouderd, std::string_view{"veiligheidsplan_verouderd"}},
      std::pair{BevindingCode::veiligheidsdoel_ontbreekt, std::string_view{"veiligheidsdoel_ontbreekt"}},
      std::pair{BevindingCode::geen_veiligheidsafspraken, std::string_view{"geen_veiligheidsafspraken"}},
      std::pair{BevindingCode::datum_onwaarschijnlijk, std::string_view{"datum_onwaarschijnlijk"}},
      std::pair{BevindingCode::omgevingsnorm_ontbreekt, std::string_view{"omgevingsnorm_ontbreekt"}},
      std::pair{BevindingCode::omgeving_niet_betrokken, std::string_view{"omgeving_niet_betrokken"}},
  };
};

}  // namespace regie::domain
