#pragma once
// A professional's second factor: whether his gemeente requires one, the authenticator app's secret (and the
// one being set up), the last time step used, and his one-time recovery codes (stored as hashes).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace regie::store {

struct TweedeFactorRecord {
  std::optional<std::string> geheim;         // set up and proved
  std::optional<std::string> in_te_richten;  // handed out at login, not yet proved by a code
  std::int64_t laatste_stap = 0;
  std::int64_t herstelcodes_over = 0;
};

bool tweede_factor_verplicht(Tx& tx, const std::string& gemeente_id);
void tweede_factor_verplicht_zetten(Tx& tx, const std::string& gemeente_id, bool verplicht);

TweedeFactorRecord tweede_factor(Tx& tx, const std::string& gebruiker_id);
void tweede_factor_klaarzetten(Tx& tx, const std::string& gebruiker_id, const std::string& geheim);
// The secret being set up becomes his, with the step its first code used and new recovery codes (the old
// ones end). False when what is being set up is no longer `geheim` (reset meanwhile).
bool tweede_factor_activeren(Tx& tx, const std::string& gebruiker_id, const std::string& geheim,
                             std::int64_t stap, const std::vector<std::string>& herstelcode_hashes);
// Only a step later than the last one used: a code works once.
bool gebruiker_totp_stap_gebruiken(Tx& tx, const std::string& gebruiker_id, std::int64_t stap);
bool gebruiker_herstelcode_gebruiken(Tx& tx, const std::string& gebruiker_id, const std::string& code_hash,
                                     const std::string& op);
// Secret, set-up and recovery codes gone: he sets up a new app at his next login.
void tweede_factor_wissen(Tx& tx, const std::string& gebruiker_id);

}  // namespace regie::store
