#include "store/vrijgave_store.hpp"

namespace regie::store {

std::optional<VrijgaveRecord> vrijgave(Tx& tx, const std::string& plan_id) {
  const auto r = tx.query_one(
      "SELECT plan_id, huishouden_id, vrijgegeven_door, vrijgegeven_op FROM plan_vrijgave WHERE plan_id = $1",
      {plan_id});
  if (!r) return std::nullopt;
  return VrijgaveRecord{r->text(0), r->text(1), r->text(2), r->text(3)};
}

bool vrijgave_invoegen(Tx& tx, const VrijgaveRecord& v) {
  return tx.exec(
             "INSERT INTO plan_vrijgave (plan_id, huishouden_id, vrijgegeven_door, vrijgegeven_op) VALUES "
             "($1, "
             "$2, $3, $4) ON CONFLICT (plan_id) DO NOTHING",
             {v.plan_id, v.huishouden_id, v.vrijgegeven_door, v.vrijgegeven_op}) == 1;
}

}  // namespace regie::store
