#pragma once
// Failed logins of professionals, one row each (migration 0028), counted for the beheerder per account
// name and per client address.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace regie::store {

struct InlogMisluktRecord {
  std::string id;
  std::string op;
  std::string gebruikersnaam;
  std::string adres;
  std::optional<std::string> gemeente_id;
};

// Also forgets the rows older than `vergeten_voor`.
void inlog_mislukt_vastleggen(Tx& tx, const InlogMisluktRecord& r, const std::string& vergeten_voor);

struct MisluktTelling {
  std::string sleutel;  // the account name or the address
  std::int64_t aantal_dag = 0;
  std::int64_t aantal_week = 0;
  std::string laatste_op;
};
// Of the gemeente's accounts since `week` (ISO time), by account name or by address, most recent first, at
// most `max`. `dag`: the start of the last day.
std::vector<MisluktTelling> mislukt_per_account(Tx& tx, const std::string& gemeente_id,
                                                const std::string& dag, const std::string& week, int max);
std::vector<MisluktTelling> mislukt_per_adres(Tx& tx, const std::string& gemeente_id, const std::string& dag,
                                              const std::string& week, int max);
// Whether failed logins on the gemeente's accounts came from this address since `week`.
bool adres_bij_gemeente(Tx& tx, const std::string& gemeente_id, const std::string& adres,
                        const std::string& week);

}  // namespace regie::store
