#pragma once
// Regional organisations (DOMAIN.md §6): which gemeenten contract an organisation registered elsewhere, and
// so in which gemeenten its professionals work.

#include <optional>
#include <string>
#include <vector>

#include "domain/regionaal.hpp"
#include "store/database.hpp"

namespace regie::store {

struct WerkgemeenteRecord {
  std::string gemeente_id;
  std::string naam;
  domain::Werkrelatie relatie = domain::Werkrelatie::eigen;
};

// A new contract, or one that ended taken up again from `sinds`.
void contract_vastleggen(Tx& tx, const std::string& organisatie_id, const std::string& gemeente_id,
                         const std::string& sinds);
// False when there was no running contract.
bool contract_beeindigen(Tx& tx, const std::string& organisatie_id, const std::string& gemeente_id,
                         const std::string& op);

struct ContractRecord {
  std::string gemeente_id;
  std::string gemeente_naam;
  std::string sinds;
};
// The gemeenten that contract the organisation now, by name.
std::vector<ContractRecord> lopende_contracten(Tx& tx, const std::string& organisatie_id);

// geen for an unknown professional.
domain::Werkrelatie werkrelatie(Tx& tx, const std::string& medewerker_id, const std::string& gemeente_id);
// The organisation's own gemeente first, then the contracting ones by name.
std::vector<WerkgemeenteRecord> werkgemeenten(Tx& tx, const std::string& medewerker_id);

}  // namespace regie::store
