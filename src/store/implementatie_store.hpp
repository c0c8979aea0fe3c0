#pragma once
// Implementation plans and their actions (migration 0003).

#include <optional>
#include <string>
#include <vector>

#include "domain/implementatie.hpp"
#include "store/database.hpp"

namespace regie::store {

struct ImplementatieplanRecord {
  std::string id;
  std::string gemeente_id;
  std::optional<std::string> organisatie_id;  // none: the gemeente's own plan
  std::optional<std::string> organisatie_naam;
  std::string gestart_door;
  std::string gestart_op;
};

struct ImplementatieActieRecord {
  std::string id;
  std::string plan_id;
  domain::ImplementatieActie actie;
  std::string notities;
  int volgorde = 0;
  int versie = 1;
  std::string bijgewerkt_door;
  std::string bijgewerkt_op;
};

struct ImplementatieMomentRecord {
  std::string id;
  std::string plan_id;
  domain::MomentSoort soort{};
  domain::Datum datum{};
  std::string deelnemers;
  std::string bevindingen;
  std::string besluiten;
  std::string vastgelegd_door;
  std::string vastgelegd_op;
};

void implementatieplan_invoegen(Tx& tx, const ImplementatieplanRecord& plan);
std::optional<ImplementatieplanRecord> implementatieplan(Tx& tx, const std::string& id);
std::optional<ImplementatieplanRecord> implementatieplan_van(
    Tx& tx, const std::string& gemeente_id, const std::optional<std::string>& organisatie_id);
// Every plan of the gemeente: its own first, then the organisations' by name.
std::vector<ImplementatieplanRecord> implementatieplannen(Tx& tx, const std::string& gemeente_id);

void implementatie_actie_invoegen(Tx& tx, const ImplementatieActieRecord& actie);
std::vector<ImplementatieActieRecord> implementatie_acties(Tx& tx, const std::string& plan_id);
// The place of an action added at the end of the plan.
int implementatie_volgende_volgorde(Tx& tx, const std::string& plan_id);
std::optional<ImplementatieActieRecord> implementatie_actie(Tx& tx, const std::string& plan_id,
                                                            const std::string& actie_id);
// Writes the changeable fields when `versie` is still current; false when someone changed it meanwhile.
bool implementatie_actie_bijwerken(Tx& tx, const ImplementatieActieRecord& actie, int versie);

void implementatie_moment_invoegen(Tx& tx, const ImplementatieMomentRecord& moment);
// Newest first.
std::vector<ImplementatieMomentRecord> implementatie_momenten(Tx& tx, const std::string& plan_id);

// Active accounts (not blocked) with `rol`: in the organisation, or with none in every organisation of the
// gemeente.
int actieve_rolhouders(Tx& tx, const std::string& gemeente_id,
                       const std::optional<std::string>& organisatie_id, domain::Gebruikersrol rol);

}  // namespace regie::store
