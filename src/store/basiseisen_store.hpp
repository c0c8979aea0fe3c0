#pragma once
// The providers' basic requirements as recorded per organisation, and the regisseurs' basic training
// (migration 0005).

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/implementatie.hpp"
#include "store/database.hpp"

namespace regie::store {

struct BasiseisRecord {
  std::string organisatie_id;
  domain::Basiseis eis{};
  bool voldaan = false;
  domain::Datum datum{};
  std::string bewijs;
  std::string bijgewerkt_door;
  std::string bijgewerkt_op;
};

// Replaces what was recorded for this organisation and requirement.
void basiseis_vastleggen(Tx& tx, const BasiseisRecord& record);
std::vector<BasiseisRecord> basiseisen_van_gemeente(Tx& tx, const std::string& gemeente_id);

// Per organisation of the gemeente: what the data says about the basic requirements (DOMAIN.md §9).
std::map<std::string, domain::OrganisatieFeiten> organisatiefeiten(Tx& tx, const std::string& gemeente_id);

struct RegisseurScholing {
  std::string medewerker_id;
  std::string naam;
  std::optional<std::string> team;
  std::optional<domain::Datum> basistraining;
};

// The organisation's regisseurs by name, with the date of their basic training.
std::vector<RegisseurScholing> regisseurs_scholing(Tx& tx, const std::string& organisatie_id);
// Records the basic training on a date, or removes it (none).
void basistraining_vastleggen(Tx& tx, const std::string& medewerker_id,
                              const std::optional<domain::Datum>& datum, const std::string& door,
                              const std::string& nu);

}  // namespace regie::store
