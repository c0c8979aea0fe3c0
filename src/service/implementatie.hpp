#pragma once
// Implementation plans (DOMAIN.md §9): the agendahouder keeps the gemeente's plan and sees every
// organisation's; an aandachtsfunctionaris keeps his own organisation's plan. Nobody else sees them. No
// household data is involved.

#include <optional>
#include <string>
#include <vector>

#include "domain/implementatie.hpp"
#include "service/dienst.hpp"
#include "store/implementatie_store.hpp"

namespace regie::service {

struct ImplementatieplanLezing {
  store::ImplementatieplanRecord plan;
  std::vector<store::ImplementatieActieRecord> acties;
  std::vector<store::ImplementatieMomentRecord> momenten;
  std::vector<domain::SectieVoortgang> voortgang;
  bool mag_bewerken = false;
  domain::Datum vandaag{};  // the day the progress was computed for (overdue actions)
  std::optional<domain::RolBevinding>
      bevinding;  // the owner has no active agendahouder or aandachtsfunctionaris
};

struct ImplementatieOverzichtRegel {
  store::ImplementatieplanRecord plan;
  std::vector<domain::SectieVoortgang> voortgang;
};

struct ImplementatieActieWijziging {
  std::optional<std::string> verantwoordelijke;
  std::optional<domain::Datum> gepland;
  domain::ActieStand stand = domain::ActieStand::niet_gestart;
  std::optional<std::string> reden;
  std::string notities;
};

class Implementatie : public Dienst {
 public:
  using Dienst::Dienst;

  // The gemeente's plan (no organisation) or an organisation's, from its template. One of each at most.
  std::string plan_starten(const Context& ctx, const std::optional<std::string>& organisatie_id);
  ImplementatieplanLezing plan(const Context& ctx, const std::string& plan_id);
  // The plans the actor may see, each with its progress per section.
  std::vector<ImplementatieOverzichtRegel> overzicht(const Context& ctx);
  std::string actie_toevoegen(const Context& ctx, const std::string& plan_id,
                              domain::ImplementatieActie actie, const std::string& notities);
  // The yearly evaluation or dialogue session: on or before today, with who took part, what was found and
  // what was decided.
  std::string moment_vastleggen(const Context& ctx, const std::string& plan_id,
                                store::ImplementatieMomentRecord moment);
  // `versie` as read; a stale one is a Conflict.
  void actie_bijwerken(const Context& ctx, const std::string& plan_id, const std::string& actie_id,
                       const ImplementatieActieWijziging& wijziging, int versie);
};

}  // namespace regie::service
