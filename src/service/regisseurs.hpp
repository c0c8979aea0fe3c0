#pragma once
// Who holds casus- and procesregie (DOMAIN.md §7): assigning with the profile checks, ending, and the
// confirmation of a flagged regisseur by a qualified colleague.

#include <optional>
#include <string>
#include <vector>

#include "service/dienst.hpp"
#include "store/huishouden_store.hpp"

namespace regie::service {

struct ToewijzingInvoer {
  domain::Rol rol = domain::Rol::casus;
  domain::PersoonSoort persoon_soort = domain::PersoonSoort::medewerker;
  std::string persoon_id;
  std::vector<store::Aandachtsgebied> aandachtsgebied;  // casusregie: one or more life domains and/or members
  // A regional organisation's professional at levels 4–5: the agreement or ZVH decision, and its reference.
  std::optional<domain::Grondslag> grondslag{};
  std::string grondslag_kenmerk{};
};

struct ToewijzingUitkomst {
  std::string regisseur_id;
  std::vector<domain::ToewijzingWaarschuwing> waarschuwingen;
};

class Regisseurs : public Dienst {
 public:
  using Dienst::Dienst;

  ToewijzingUitkomst toewijzen(const Context& ctx, const std::string& huishouden_id,
                               const ToewijzingInvoer& invoer);
  void beeindigen(const Context& ctx, const std::string& huishouden_id, const std::string& regisseur_id,
                  int versie);
  // The acting professional confirms, with a profile that covers the level, that this regisseur may go on.
  // Records the regional agreement or ZVH decision an assignment follows, e.g. after the level rose to 4.
  void grondslag_vastleggen(const Context& ctx, const std::string& huishouden_id,
                            const std::string& regisseur_id, domain::Grondslag grondslag,
                            const std::string& kenmerk, int versie);
  void profiel_bevestigen(const Context& ctx, const std::string& huishouden_id,
                          const std::string& regisseur_id, int versie);
};

// After a level change: flags (or clears) each current assignment that does not meet the new level.
void knelpunten_bijwerken(store::Tx& tx, const std::string& huishouden_id, domain::Niveau niveau,
                          const std::string& nu);

}  // namespace regie::service
