#pragma once
// The actions a professional owns across the households he is involved in, from each current support plan.

#include <optional>
#include <string>
#include <vector>

#include "domain/plannen.hpp"
#include "store/database.hpp"

namespace regie::store {

struct MijnActieRij {
  std::string huishouden_id;
  std::string huishouden_naam;
  std::string actie_id;
  std::string omschrijving;
  std::string doel;  // the goal it serves
  std::optional<std::string> uiterlijk;
  domain::ActieStatus status = domain::ActieStatus::open;
  int status_versie = 1;
  bool over_tijd = false;  // set by the caller, who knows what day it is
};

struct MijnActiesVraag {
  std::string medewerker_id;
  std::string gemeente_id;    // the gemeente he works in
  bool ook_afgerond = false;  // also done and stopped actions
  int limit = 20;
  int offset = 0;
};

// Earliest date first, so that what is overdue leads; actions without a date last.
std::vector<MijnActieRij> mijn_acties(Tx& tx, const MijnActiesVraag& vraag);
std::int64_t mijn_acties_totaal(Tx& tx, const MijnActiesVraag& vraag);

}  // namespace regie::store
