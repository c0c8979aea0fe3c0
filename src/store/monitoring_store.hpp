#pragma once
// The monitoring figures (migration 0006): counting them from the household data for one gemeente, storing
// the rolled-up result, and reading it back per organisation or team and period.

#include <optional>
#include <string>
#include <vector>

#include "domain/monitoring.hpp"
#include "domain/regiekaart_types.hpp"
#include "store/database.hpp"

namespace regie::store {

// Every raw count of the gemeente: the state figures for the month of `vandaag`, the level at the end of each
// of the `maanden_terug` months before it, and the events of every month.
std::vector<domain::Telling> monitor_tellen(Tx& tx, Backend backend, const std::string& gemeente_id,
                                            domain::Datum vandaag, int maanden_terug);

// A running household with a plan, for the plan checker: its level, the organisation and team it counts for
// (as in monitor_tellen) and the ids of its newest plans.
struct ToetsbaarHuishouden {
  std::string huishouden_id;
  std::optional<domain::Niveau> niveau;
  std::string organisatie_id;
  std::string team_id;
  std::optional<std::string> ondersteuningsplan_id;
  std::optional<std::string> veiligheidsplan_id;
};
std::vector<ToetsbaarHuishouden> toetsbare_huishoudens(Tx& tx, const std::string& gemeente_id);

// Replaces what the counts cover: the events and level history whole, the state of this month. `afgeschermd`
// marks, per count, the ones hidden to protect a small count (domain::aanvullend_afschermen).
void monitor_vervangen(Tx& tx, const std::string& gemeente_id, const std::string& maand,
                       const std::vector<domain::Telling>& opgeteld, const std::vector<bool>& afgeschermd,
                       const std::string& nu, std::int64_t duur_ms);

struct MonitorVerversing {
  std::string ververst_op;
  std::int64_t duur_ms = 0;
};
std::optional<MonitorVerversing> monitor_verversing(Tx& tx, const std::string& gemeente_id);

// The figures of the gemeente ('' organisation), an organisation ('' team) or a team, for months van..tot.
struct MonitorCijfer {
  std::string maand;
  std::string metriek;
  std::string sleutel;
  std::int64_t waarde = 0;
  bool afgeschermd = false;
};
std::vector<MonitorCijfer> monitor_lezen(Tx& tx, const std::string& gemeente_id,
                                         const std::string& organisatie_id, const std::string& team_id,
                                         const std::string& van, const std::string& tot);

// Every gemeente, for refreshing them all.
std::vector<std::string> gemeente_ids(Tx& tx);

}  // namespace regie::store
