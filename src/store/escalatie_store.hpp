#pragma once
// Escalations of stalled cooperation to management and administration.

#include <optional>
#include <string>
#include <vector>

#include "domain/escalatie.hpp"
#include "store/database.hpp"

namespace regie::store {

struct EscalatieMeldingRecord {
  domain::EscalatiePartij partij{};
  std::string toelichting;
  std::string geinformeerd_door;
  std::string geinformeerd_op;
};

struct EscalatieRecord {
  std::string id;
  std::string huishouden_id;
  domain::StagnatieSamenwerking soort = domain::StagnatieSamenwerking::organisatie;
  std::string toelichting;
  std::optional<domain::Niveau> niveau;  // the household's level when it was opened
  std::string geopend_door;
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
