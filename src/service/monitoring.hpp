#pragma once
// Monitoring the method (DOMAIN.md §9): figures per gemeente, organisation or team over a period, computed
// from the household data by a refresh (ADR 0008) and never with names or household ids. Every count below 5
// leaves this service as "none" (shown as "< 5"), and so does a larger one that related figures would give
// away (ADR 0009). The agendahouder sees the gemeente and every organisation and team in it; an
// aandachtsfunctionaris his own organisation and its teams.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/monitoring.hpp"
#include "service/dienst.hpp"
#include "store/monitoring_store.hpp"

namespace regie::service {

struct MonitorFilter {
  std::optional<std::string> organisatie_id;
  std::optional<std::string> team_id;
  std::optional<std::string> van;  // YYYY-MM; default eleven months before `tot`
  std::optional<std::string> tot;  // YYYY-MM; default this month
};

struct MonitorCel {
  std::string maand;  // "" for the whole period
  std::string sleutel;
  std::optional<std::int64_t> waarde;  // none: below 5, a mean on fewer than 5 cases, or afgeschermd
  bool afgeschermd = false;  // 5 or more, hidden because related figures would give a small count away
  bool minstens = false;     // a period's events: the sum of the months shown, some months being hidden
};

struct MonitorReeks {
  const domain::Metriek* metriek = nullptr;
  std::vector<MonitorCel> per_maand;  // months in order, keys in the metric's order
  std::vector<MonitorCel> totaal;     // a state at the last month with figures; events summed; means overall
};

struct MonitorOverzicht {
  std::optional<store::MonitorVerversing> verversing;
  std::optional<std::string> organisatie_id;
  std::optional<std::string> team_id;
  std::string van;
  std::string tot;
  std::vector<std::string> maanden;
  std::vector<MonitorReeks> reeksen;  // in the order of domain::metrieken()
};

inline constexpr int kMaxMonitorMaanden = 36;

class Monitoring : public Dienst {
 public:
  using Dienst::Dienst;

  MonitorOverzicht cijfers(const Context& ctx, const MonitorFilter& filter);
  // The agendahouder's gemeente, now.
  void verversen(const Context& ctx);
  // Every gemeente (the server's periodic refresh and `regie monitoring verversen`); how many.
  int alles_verversen();

 private:
  void gemeente_verversen(const Context& ctx);
};

}  // namespace regie::service
