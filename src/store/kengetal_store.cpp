#include "store/kengetal_store.hpp"

namespace regie::store {

void kengetallen_herberekenen(Tx& tx, const std::string& gemeente_id) {
  const std::string huishoudens = "(SELECT id FROM huishouden WHERE gemeente_id = $1)";
  tx.exec("DELETE FROM huishouden_kengetal WHERE huishouden_id IN " + huishoudens, {gemeente_id});
  tx.exec(
      "INSERT INTO huishouden_kengetal SELECT * FROM huishouden_kengetal_berekend WHERE huishouden_id IN " +
          huishoudens,
      {gemeente_id});
}

}  // namespace regie::store
