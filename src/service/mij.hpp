#pragma once
// The professional's own views: who am I, my caseload, and for a manager the team, its open escalations and
// the emergency accesses to review.

#include <optional>
#include <string>
#include <vector>

#include "service/dienst.hpp"
#include "service/pagina.hpp"
#include "store/beheer_store.hpp"
#include "store/mijn_acties_store.hpp"
#include "store/toegang_store.hpp"

namespace regie::service {

struct MijnProfiel {
  store::MedewerkerRecord medewerker;
  std::string organisatie;
  std::vector<store::CertificeringRecord> certificeringen;
};

struct CaseloadFilter {
  std::optional<domain::Niveau> niveau;
  std::optional<domain::Fase> fase;
  std::optional<std::string> kenmerk;
  std::string sorteer = "naam";
  Pagina pagina;
};

struct CaseloadPagina {
  std::vector<store::CaseloadRij> items;
  std::int64_t totaal = 0;
};

struct MijnActiesPagina {
  std::vector<store::MijnActieRij> items;
  std::int64_t totaal = 0;
};

class Mij : public Dienst {
 public:
  using Dienst::Dienst;

  MijnProfiel profiel(const Context& ctx);
  CaseloadPagina caseload(const Context& ctx, const CaseloadFilter& filter);
  // Every action he owns in the households he is involved in, the earliest date (the overdue) first.
  MijnActiesPagina acties(const Context& ctx, bool ook_afgerond, const Pagina& pagina);
  std::vector<store::TeamlidRij> team(const Context& ctx);
  std::vector<store::TeamEscalatieRij> team_escalaties(const Context& ctx);
};

}  // namespace regie::service
