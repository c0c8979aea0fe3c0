#pragma once
// Plan quality for the monitoring (issue 6): every running household's newest plans go through the same
// checker the regisseur sees (domain/plan_kwaliteit), and only the counts leave: per finding how many
// households have it, and how many have none.

#include <string>
#include <vector>

#include "domain/monitoring.hpp"
#include "store/database.hpp"

namespace regie::service {

// The counts for the month of `vandaag` under metric "plankwaliteit", per organisation and team the
// household counts for. Plans are read in batches, so memory stays bounded at any number of households.
std::vector<domain::Telling> plan_kwaliteit_tellen(store::Tx& tx, const std::string& gemeente_id,
                                                   domain::Datum vandaag);

}  // namespace regie::service
