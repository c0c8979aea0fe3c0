#pragma once
// What the plan checker (domain/plan_kwaliteit) needs to know besides the plan itself, built the same way for
// the regisseur's view of one plan and for the monitoring's count over all plans.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/plan_kwaliteit.hpp"
#include "store/beheer_store.hpp"
#include "store/huishouden_store.hpp"

namespace regie::service {

// The evaluation term of the organisation whose norm applies (none: the standard norm); 0 without a level.
int evaluatie_termijn(const store::OrganisatieRecord* organisatie, std::optional<domain::Niveau> niveau);

// The term of the organisation whose norm applies to this household: its procesregisseur's, else a
// professional casusregisseur's, else the standard norm; 0 without a level. `organisaties` as
// store::organisaties_van_regisseurs gives them at the household's level; the Tx form looks them up.
int evaluatie_termijn(const store::HuishoudenRecord& h, const std::vector<store::RegisseurRecord>& regisseurs,
                      const std::map<std::string, store::RegisseursOrganisatie>& organisaties);
int evaluatie_termijn(store::Tx& tx, const store::HuishoudenRecord& h,
                      const std::vector<store::RegisseurRecord>& regisseurs);

struct PlanOmstandigheden {
  std::optional<domain::Niveau> niveau;
  std::vector<const store::GezinslidRecord*> gezinsleden;
  int evaluatie_termijn_dagen = 0;
  std::optional<std::string> veiligheidsplan_opgesteld_op;  // the newest version's moment, if any
};

domain::PlanContext plan_context(const PlanOmstandigheden& o, const std::string& opgesteld_op,
                                 domain::Datum vandaag);

}  // namespace regie::service
