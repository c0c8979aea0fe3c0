#pragma once
// A support-plan version a regisseur released to the household's portal under restricted sharing.

#include <optional>
#include <string>

#include "store/database.hpp"

namespace regie::store {

struct VrijgaveRecord {
  std::string plan_id;
  std::string huishouden_id;
  std::string vrijgegeven_door;
  std::string vrijgegeven_op;
};

std::optional<VrijgaveRecord> vrijgave(Tx& tx, const std::string& plan_id);
// False when that version was released already.
bool vrijgave_invoegen(Tx& tx, const VrijgaveRecord& v);

}  // namespace regie::store
