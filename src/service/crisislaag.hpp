#pragma once
// The crisis layer of a level-5 household (DOMAIN.md §4.5): GRIP with its phase and dates, the ambtenaar
// IVZ/OOV as linking pin (involved in the household, so he sees it), the communication coordinator and media
// attention. Every change is a new version.

#include <optional>
#include <string>
#include <vector>

#include "service/dienst.hpp"
#include "store/crisis_store.hpp"

namespace regie::service {

struct CrisislaagOverzicht {
  bool geldt = false;       // the household's level has a crisis layer
  bool grip_geldt = false;  // GRIP is in force today
  std::optional<store::CrisislaagRecord> huidig;
  std::vector<store::CrisislaagRecord> geschiedenis;  // newest first
};

inline constexpr std::string_view kSchakelRol = "ambtenaar IVZ/OOV (schakel)";

class Crisislagen : public Dienst {
 public:
  using Dienst::Dienst;

  CrisislaagOverzicht lezen(const Context& ctx, const std::string& huishouden_id);
  // `versie` is the version read (0 when there was none); returns the new version.
  int vastleggen(const Context& ctx, const std::string& huishouden_id, const domain::Crisislaag& laag,
                 int versie);
};

}  // namespace regie::service
