#pragma once
// Assessments (input and the advice as it was computed then) and the history of level decisions.

#include <optional>
#include <string>
#include <vector>

#include "domain/besluit.hpp"
#include "store/database.hpp"

namespace regie::store {

struct TaxatieRecord {
  std::string id;
  std::string huishouden_id;
  std::string invoer_json;
  std::string advies_json;
  domain::Niveau advies_niveau{};
  std::string vastgelegd_door;
  std::string vastgelegd_op;
  std::optional<domain::Niveau> besloten_niveau;
  std::optional<std::string> besluit_motivatie;
  std::optional<std::string> besloten_door;
  std::optional<std::string> besloten_op;
};

struct NiveauOvergangRecord {
  std::string id;
  std::string huishouden_id;
  std::string taxatie_id;
  std::optional<domain::Niveau> van;
  domain::Niveau naar{};
  std::optional<domain::Richting> richting;
  domain::Niveau advies_niveau{};
  std::vector<domain::RedenCode> redenen;
  std::optional<std::string> motivatie;
  std::string besloten_door;
  std::string besloten_op;
  std::optional<domain::Nazorgafspraak> nazorgafspraak;
};

void taxatie_invoegen(Tx& tx, const TaxatieRecord& t);
std::optional<TaxatieRecord> taxatie(Tx& tx, const std::string& id);
std::vector<TaxatieRecord> taxaties(Tx& tx, const std::string& huishouden_id);
// False when the assessment was decided on already.
bool taxatie_besluit_zetten(Tx& tx, const std::string& id, domain::Niveau niveau,
                            const std::optional<std::string>& motivatie, const std::string& door,
                            const std::string& op);

void niveau_overgang_invoegen(Tx& tx, const NiveauOvergangRecord& o);
std::vector<NiveauOvergangRecord> niveau_overgangen(Tx& tx, const std::string& huishouden_id);

}  // namespace regie::store
