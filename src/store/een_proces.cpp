#include "store/een_proces.hpp"

namespace regie::store {

bool in_een_proces(Database& db, std::int64_t slot, const std::function<void()>& werk) {
  if (db.backend() != Backend::postgres) {
    werk();
    return true;
  }
  return db.write([&](Tx& tx) {
    if (!tx.query_one("SELECT CASE WHEN pg_try_advisory_xact_lock($1) THEN 1 ELSE 0 END", {slot})->boolean(0))
      return false;
    werk();
    return true;
  });
}

}  // namespace regie::store
