#pragma once
// Both plans, every version kept whole (DOMAIN.md §8).

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/plannen.hpp"
#include "store/database.hpp"

namespace regie::store {

struct PlanKop {
  std::string id;
  std::string huishouden_id;
  int versie = 0;
  std::string opgesteld_door;
  std::string opgesteld_op;
};

struct OndersteuningsplanRecord {
  PlanKop kop;
  domain::Ondersteuningsplan plan;
  std::optional<std::string> ondertekend_door;  // gezinslid id
  std::optional<std::string> ondertekend_op;
  std::map<std::string, int> actie_status_versies;  // per action id: for optimistic progress updates
};

struct VeiligheidsplanRecord {
  PlanKop kop;
  domain::Veiligheidsplan plan;
};

// Inserting a version whose number exists already fails with a ConstraintError: two people saved at once.
void ondersteuningsplan_invoegen(Tx& tx, const OndersteuningsplanRecord& r);
std::optional<OndersteuningsplanRecord> ondersteuningsplan(Tx& tx, const std::string& huishouden_id,
                                                           std::optional<int> versie);  // nullopt: the newest
// The versions with these ids, in no particular order and without the progress versions of the actions:
// for checking many plans at once (at most kMaxLijstParameters ids).
std::vector<OndersteuningsplanRecord> ondersteuningsplannen(Tx& tx, const std::vector<std::string>& plan_ids);
std::vector<PlanKop> ondersteuningsplan_versies(Tx& tx, const std::string& huishouden_id);
bool ondersteuningsplan_ondertekenen(Tx& tx, const std::string& plan_id, const std::string& gezinslid_id,
                                     const std::string& op);

// A signature bound to a version's content (migration 0021). A second signature by the same member of the
// same version fails with a ConstraintError.
struct OndertekeningRecord {
  std::string id;
  std::string plan_id;
  std::string huishouden_id;
  std::string gezinslid_id;
  std::string wijze;      // portaal | papier
  std::string zekerheid;  // how the member proved who he is in the portal; empty on paper
  std::string inhoud_hash;
  std::string vastgelegd_door;
  std::string op;
};
void ondertekening_invoegen(Tx& tx, const OndertekeningRecord& o);
std::vector<OndertekeningRecord> ondertekeningen(Tx& tx, const std::string& plan_id);

void veiligheidsplan_invoegen(Tx& tx, const VeiligheidsplanRecord& r);
std::optional<VeiligheidsplanRecord> veiligheidsplan(Tx& tx, const std::string& huishouden_id,
                                                     std::optional<int> versie);
std::vector<VeiligheidsplanRecord> veiligheidsplannen(Tx& tx, const std::vector<std::string>& plan_ids);
std::vector<PlanKop> veiligheidsplan_versies(Tx& tx, const std::string& huishouden_id);

}  // namespace regie::store
