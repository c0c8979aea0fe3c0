#pragma once
// Monitoring the use of the method (DOMAIN.md §9, issue 6) as data: which figures there are, what kind each
// is, and the labels of their keys; rolling raw counts up from team to organisation to gemeente; and the
// small-number protection of every figure shown (kleine_aantallen.hpp). No names or household ids.

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "domain/codes.hpp"
#include "domain/tijd.hpp"

namespace regie::domain {

// stand: a count of what is, per month the figures were refreshed (the level also back in time);
// gebeurtenis: what happened in a month, summed over a period; gemiddelde: a mean of days, from a sum
// (metric code + "_dagen") and a count (the metric itself) per month.
enum class MetriekSoort { stand, gebeurtenis, gemiddelde };

struct MetriekSleutel {
  std::string_view sleutel;
  std::string_view label;
};

struct Metriek {
  std::string_view code;
  std::string_view titel;
  std::string_view groep;  // the dashboard section
  MetriekSoort soort;
  std::span<const MetriekSleutel> sleutels;
};

std::span<const Metriek> metrieken();
// The key of metric "plankwaliteit" for households whose plans have no finding; its other keys are the codes
// of domain::BevindingCode.
inline constexpr std::string_view kZonderBevindingen = "zonder_bevindingen";
const Metriek* metriek(std::string_view code);

// A raw count as the refresh finds it: for one household's organisation and team (empty when it has no
// professional regisseur), a month, a metric and a key.
struct Telling {
  std::string organisatie_id;
  std::string team_id;
  std::string maand;  // YYYY-MM
  std::string metriek;
  std::string sleutel;
  std::int64_t waarde = 0;
};

// Each count added to its team, its organisation ('' team) and the gemeente ('' organisation and team).
std::vector<Telling> rol_op(const std::vector<Telling>& tellingen);

// Which rolled-up counts must be hidden besides those below 5 (true at their index), because a relation
// between the figures would give a small count away (afscherming.hpp): a gemeente's or organisation's count
// and those of its organisations or teams, per month, metric and key; and the metrics counting the same
// households. Means take no part: they show no count.
std::vector<bool> aanvullend_afschermen(const std::vector<Telling>& opgeteld);

std::string maand_tekst(std::chrono::year_month maand);  // YYYY-MM
std::string maand_van(Datum datum);                      // YYYY-MM
// YYYY-MM as a month; nothing for anything else.
std::optional<std::chrono::year_month> parse_maand(std::string_view tekst);
// Every month from `van` to `tot`, both included, in order.
std::vector<std::string> maanden(std::chrono::year_month van, std::chrono::year_month tot);

// A mean of days shown only when it rests on at least five cases, rounded to whole days.
std::optional<std::int64_t> toonbaar_gemiddelde(std::int64_t som_dagen, std::int64_t aantal);

template <>
struct CodeTable<MetriekSoort> {
  static constexpr std::array entries{std::pair{MetriekSoort::stand, std::string_view{"stand"}},
                                      std::pair{MetriekSoort::gebeurtenis, std::string_view{"gebeurtenis"}},
                                      std::pair{MetriekSoort::gemiddelde, std::string_view{"gemiddelde"}}};
};

}  // namespace regie::domain
