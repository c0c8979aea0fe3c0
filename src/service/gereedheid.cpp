#include "service/gereedheid.hpp"

namespace regie::service {

bool Gereedheid::database_bereikbaar() {
  try {
    return db().read([](store::Tx& tx) { return tx.query_one("SELECT 1").has_value(); });
  } catch (const store::DatabaseError&) {
    return false;
  }
}

}  // namespace regie::service
