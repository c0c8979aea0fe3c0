#pragma once
// Escalations to management and administration: stalled cooperation, or the plan at risk.

#include <optional>
#include <string>
#include <vector>

#include "domain/escalatie.hpp"
#include "store/database.hpp"

namespace regie::store {

struct EscalatieMeldingRecord {
  domain::EscalatiePartij partij{};
  std::string toelichting;
  std::string geinformeerd_door;   // the staff member who recorded it
  std::string geinformeerd_op;     // when it was recorded
  std::optional<std::string> wie;  // the person informed (absent on steps recorded before it was asked)
  std::string datum;               // the day that person was informed
  std::optional<std::string> reden_overslaan;  // why open stages before it were passed over
  std::string geinformeerd_door_naam;          // read only
};

struct EscalatieRecord {
  std::string id;
  std::string huishouden_id;
  domain::EscalatieAanleiding soort = domain::EscalatieAanleiding::organisatie;
  std::string toelichting;
  std::optional<domain::Niveau> niveau;  // the household's level when it was opened
  std::string geopend_door;
  std::string geopend_door_naam;  // read only
  std::string geopend_op;
  std::optional<std::string> uitkomst;
  std::optional<std::string> gesloten_door;
  std::optional<std::string> gesloten_op;
  std::vector<EscalatieMeldingRecord> meldingen;
  int versie = 1;
};

void escalatie_invoegen(Tx& tx, const EscalatieRecord& e);
std::optional<EscalatieRecord> escalatie(Tx& tx, const std::string& id);
std::vector<EscalatieRecord> escalaties(Tx& tx, const std::string& huishouden_id);
// Each returns false when `versie` is no longer current or the escalation is closed already.
bool escalatie_melding_toevoegen(Tx& tx, const std::string& id, int versie, const EscalatieMeldingRecord& m);
bool escalatie_sluiten(Tx& tx, const std::string& id, int versie, const std::string& uitkomst,
                       const std::string& door, const std::string& op);

}  // namespace regie::store
