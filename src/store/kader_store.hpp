#pragma once
// The frame of a household's help with its history, and the compulsory decisions about its members.

#include <optional>
#include <string>
#include <string_view>
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
// kGeldendKader is its query ($1 the household, $2 the date; no row when voluntary), also a subquery of
// huishouden_stand.
inline constexpr std::string_view kGeldendKader =
    "SELECT kader FROM huishouden_kader WHERE huishouden_id = $1 AND van <= $2 ORDER BY van DESC, "
    "vastgelegd_op DESC LIMIT 1";
domain::Kader geldend_kader(Tx& tx, const std::string& huishouden_id, const std::string& datum);
// Newest first: by the day it applies from, then by when it was recorded.
std::vector<KaderRecord> kadergeschiedenis(Tx& tx, const std::string& huishouden_id);

void dwangbesluit_invoegen(Tx& tx, const DwangbesluitRecord& b);
std::optional<DwangbesluitRecord> dwangbesluit(Tx& tx, const std::string& id);
std::vector<DwangbesluitRecord> dwangbesluiten(Tx& tx, const std::string& huishouden_id);
// False when `versie` is no longer current.
bool dwangbesluit_einddatum_zetten(Tx& tx, const std::string& id, int versie, const std::string& einddatum);

}  // namespace regie::store
