#pragma once
// Recording parental authority over a minor member (domain/gezag.hpp). A regisseur records it; the household
// page shows it; a child of 12 to 15 is invited to the portal only together with a member who holds it.

#include <string>
#include <vector>

#include "service/dienst.hpp"
#include "store/gezag_store.hpp"

namespace regie::service {

struct GezagInvoer {
  std::vector<std::string> gezagsdragers;  // member ids
  std::string toelichting;
};

class Gezag : public Dienst {
 public:
  using Dienst::Dienst;

  // Replaces what was recorded for the child. NotFound for a member of another household; BadRequest naming
  // the field for a holder who cannot hold it.
  store::GezagRecord vastleggen(const Context& ctx, const std::string& huishouden_id,
                                const std::string& kind_id, const GezagInvoer& invoer);
};

// Whether `lid_id` holds parental authority over the child, by what was recorded.
bool heeft_gezag(const std::optional<store::GezagRecord>& gezag, const std::string& lid_id);

}  // namespace regie::service
