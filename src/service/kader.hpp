#pragma once
// The frame of a household's help (vrijwillig, drang, dwang) with its history, and the compulsory decisions
// about its members (DOMAIN.md §4.5).

#include <optional>
#include <string>
#include <vector>

#include "service/dienst.hpp"
#include "store/kader_store.hpp"

namespace regie::service {

struct KaderOverzicht {
  domain::Kader huidig = domain::Kader::vrijwillig;  // voluntary until recorded otherwise
  std::vector<store::KaderRecord> geschiedenis;      // newest first
  std::vector<store::DwangbesluitRecord> dwangbesluiten;
};

struct KaderInvoer {
  domain::Kader kader = domain::Kader::vrijwillig;
  std::optional<domain::Datum> van;  // absent: today
  std::string toelichting;
};

struct DwangbesluitInvoer {
  domain::DwangbesluitSoort soort = domain::DwangbesluitSoort::anders;
  domain::Besluitnemer besluitnemer = domain::Besluitnemer::anders;
  std::vector<std::string> gezinsleden;
  domain::Datum datum;
  std::optional<domain::Datum> einddatum;
  std::string toelichting;
};

class Kaders : public Dienst {
 public:
  using Dienst::Dienst;

  KaderOverzicht lezen(const Context& ctx, const std::string& huishouden_id);
  std::string kader_vastleggen(const Context& ctx, const std::string& huishouden_id,
                               const KaderInvoer& invoer);
  std::string dwangbesluit_vastleggen(const Context& ctx, const std::string& huishouden_id,
                                      const DwangbesluitInvoer& invoer);
  void dwangbesluit_beeindigen(const Context& ctx, const std::string& huishouden_id, const std::string& id,
                               domain::Datum einddatum, int versie);
};

}  // namespace regie::service
