#pragma once
// Professionals' login accounts of one gemeente, for the beheerder's screen.

#include <cstdint>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace regie::store {

struct AccountRegel {
  std::string gebruiker_id;
  std::string gebruikersnaam;
  std::string medewerker;   // the professional's name
  std::string organisatie;  // his organisation's name
  bool geblokkeerd = false;
  bool tweede_factor = false;        // an authenticator app set up
  std::int64_t lopende_sessies = 0;  // neither ended nor past their absolute end at `nu`
};

// By account name, a page at a time.
std::vector<AccountRegel> accounts_van_gemeente(Tx& tx, const std::string& gemeente_id, const std::string& nu,
                                                int limit, int offset);
std::int64_t accounts_van_gemeente_totaal(Tx& tx, const std::string& gemeente_id);

}  // namespace regie::store
