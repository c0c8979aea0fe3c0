#pragma once
// Safety signals, the checklist of extra measures and meldcode trajectories.

#include <optional>
#include <string>
#include <vector>

#include "domain/leeftijd.hpp"
#include "domain/maatregelen.hpp"
#include "domain/meldcode.hpp"
#include "store/database.hpp"

namespace regie::store {

enum class MaatregelStatus { open, gedaan, niet_van_toepassing };

struct SignaalRecord {
  std::string id;
  std::string huishouden_id;
  domain::Signaal signaal;
  bool effectief = false;
  std::optional<std::string> taxatie_id;
  std::string toelichting;
  std::string vastgelegd_door;
  std::string vastgelegd_op;
};

struct MaatregelRecord {
  std::string id;
  std::string huishouden_id;
  domain::MaatregelCode code{};
  std::vector<domain::SignaalType> signalen;
  MaatregelStatus status = MaatregelStatus::open;
  std::optional<std::string> reden;
  std::optional<std::string> bijgewerkt_door;
  std::optional<std::string> bijgewerkt_op;
  std::string aangemaakt_op;
  int versie = 1;
};

struct MeldcodeStapRecord {
  int stap = 1;
  domain::Datum datum{};
  std::string deelnemers;
  std::string uitkomst;
  std::optional<domain::Afwegingskader> afweging;  // step 4
  std::optional<domain::MeldcodeBesluit> besluit;  // step 5
  std::string vastgelegd_door;
  std::string vastgelegd_op;
};

struct MeldcodeTrajectRecord {
  std::string id;
  std::string huishouden_id;
  std::string gestart_door;
  std::string gestart_op;
  std::optional<std::string> afgerond_op;
  std::vector<MeldcodeStapRecord> stappen;
};

void signaal_invoegen(Tx& tx, const SignaalRecord& s);
std::vector<SignaalRecord> signalen(Tx& tx, const std::string& huishouden_id);

std::vector<MaatregelRecord> maatregelen(Tx& tx, const std::string& huishouden_id);
std::optional<MaatregelRecord> maatregel(Tx& tx, const std::string& id);
void maatregel_invoegen(Tx& tx, const MaatregelRecord& m);
// Adds signal types and, when `heropenen`, makes the measure open again (a new acute signal).
void maatregel_aanvullen(Tx& tx, const std::string& id, const std::vector<domain::SignaalType>& signalen,
                         bool heropenen);
bool maatregel_bijwerken(Tx& tx, const std::string& id, int versie, MaatregelStatus status,
                         const std::optional<std::string>& reden, const std::string& door,
                         const std::string& op);

void meldcode_traject_invoegen(Tx& tx, const MeldcodeTrajectRecord& t);
std::optional<MeldcodeTrajectRecord> meldcode_traject(Tx& tx, const std::string& id);
std::vector<MeldcodeTrajectRecord> meldcode_trajecten(Tx& tx, const std::string& huishouden_id);
void meldcode_stap_invoegen(Tx& tx, const std::string& traject_id, const MeldcodeStapRecord& s);
void meldcode_traject_afronden(Tx& tx, const std::string& id, const std::string& op);

}  // namespace regie::store

namespace regie::domain {
template <>
struct CodeTable<store::MaatregelStatus> {
  static constexpr std::array entries{
      std::pair{store::MaatregelStatus::open, std::string_view{"open"}},
      std::pair{store::MaatregelStatus::gedaan, std::string_view{"gedaan"}},
      std::pair{store::MaatregelStatus::niet_van_toepassing, std::string_view{"niet_van_toepassing"}},
  };
};
}  // namespace regie::domain
