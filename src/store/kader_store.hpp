#pragma once
// The frame of a household's help with its history, and the compulsory decisions about its members.

#include <optional>
#include <string>
#include <vector>

#include "domain/kader.hpp"
#include "store/database.hpp"

namespace regie::store {

struct KaderRecord {
  std::string id;
  std::string huishouden_id;
  domain::Kader kader = domain::Kader::vrijwillig;
  std::string van;  // the day the frame applies from
  std::string toelichting;
  std::string vastgelegd_door;
  std::string vastgelegd_op;
  std::string vastgelegd_door_naam;  // read only
};

struct DwangbesluitRecord {
  std::string id;
  std::string huishouden_id;
  domain::DwangbesluitSoort soort = domain::DwangbesluitSoort::anders;
  domain::Besluitnemer besluitnemer = domain::Besluitnemer::anders;
  std::string datum;
  std::optional<std::string> einddatum;
  std::string toelichting;
  std::vector<std::string> gezinsleden;
  std::string vastgelegd_door;
  std::string vastgelegd_op;
  int versie = 1;
  std::string vastgelegd_door_naam;  // read only
};

void kader_invoegen(Tx& tx, const KaderRecord& k);
// The frame in force on `datum` (YYYY-MM-DD): the newest that has begun; voluntary when none has.
domain::Kader geldend_kader(Tx& tx, const std::string& huishouden_id, const std::string& datum);
// Newest first: by the day it applies from, then by when it was recorded.
std::vector<KaderRecord> kadergeschiedenis(Tx& tx, const std::string& huishouden_id);

void dwangbesluit_invoegen(Tx& tx, const DwangbesluitRecord& b);
std::optional<DwangbesluitRecord> dwangbesluit(Tx& tx, const std::string& id);
std::vector<DwangbesluitRecord> dwangbesluiten(Tx& tx, const std::string& huishouden_id);
// False when `versie` is no longer current.
bool dwangbesluit_einddatum_zetten(Tx& tx, const std::string& id, int versie, const std::string& einddatum);

}  // namespace regie::store
