#pragma once
// The providers' basic requirements (DOMAIN.md §9): the agendahouder sees and records them for every
// organisation of the gemeente (the compliance matrix); an aandachtsfunctionaris does so for his own. The
// regisseurs' basic training is recorded by the aandachtsfunctionaris or a manager of their organisation and
// feeds the training requirement.

#include <optional>
#include <string>
#include <vector>

#include "domain/implementatie.hpp"
#include "service/dienst.hpp"
#include "store/basiseisen_store.hpp"

namespace regie::service {

struct BasiseisCel {
  domain::Basiseis eis{};
  domain::EisUitkomst uitkomst = domain::EisUitkomst::onbekend;
  std::optional<store::BasiseisRecord> vastgelegd;
  bool tegenspraak = false;  // the record says the opposite of the data, which decides
};

struct OrganisatieBasiseisen {
  std::string organisatie_id;
  std::string naam;
  int regisseurs = 0;
  int met_basistraining = 0;
  std::vector<BasiseisCel> eisen;  // in the order of domain::basiseisen()
};

struct BasiseisInvoer {
  domain::Basiseis eis{};
  bool voldaan = false;
  domain::Datum datum{};
  std::string bewijs;
};

class Basiseisen : public Dienst {
 public:
  using Dienst::Dienst;

  // Organisations by name: every one for the agendahouder, his own for an aandachtsfunctionaris.
  std::vector<OrganisatieBasiseisen> matrix(const Context& ctx);
  void vastleggen(const Context& ctx, const std::string& organisatie_id, const BasiseisInvoer& invoer);
  // The organisation's regisseurs with their basic training.
  std::vector<store::RegisseurScholing> scholing(const Context& ctx, const std::string& organisatie_id);
  // Records the basic training of a regisseur on a date, or removes it (none).
  void basistraining_vastleggen(const Context& ctx, const std::string& medewerker_id,
                                const std::optional<domain::Datum>& datum);
};

}  // namespace regie::service
