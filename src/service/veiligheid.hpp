#pragma once
// Safety: signals of violence, the checklist of extra measures and the meldcode (DOMAIN.md §5).

#include <optional>
#include <string>
#include <vector>

#include "service/dienst.hpp"
#include "store/huishouden_store.hpp"
#include "store/veiligheid_store.hpp"

namespace regie::service {

inline constexpr std::size_t kMinimaleReden = 10;

struct MeldcodeStapInvoer {
  int stap = 1;
  domain::Datum datum{};
  std::string deelnemers;
  std::string uitkomst;
  std::optional<domain::Afwegingskader> afweging;  // step 4
  std::optional<domain::MeldcodeBesluit> besluit;  // step 5
};

class Veiligheid : public Dienst {
 public:
  using Dienst::Dienst;

  std::string signaal_vastleggen(const Context& ctx, const std::string& huishouden_id,
                                 const domain::Signaal& signaal, const std::string& toelichting);
  std::vector<store::SignaalRecord> signalen(const Context& ctx, const std::string& huishouden_id);

  std::vector<store::MaatregelRecord> maatregelen(const Context& ctx, const std::string& huishouden_id);
  // `niet_van_toepassing` needs a reason.
  void maatregel_bijwerken(const Context& ctx, const std::string& huishouden_id,
                           const std::string& maatregel_id, store::MaatregelStatus status,
                           const std::optional<std::string>& reden, int versie);

  std::string meldcode_starten(const Context& ctx, const std::string& huishouden_id);
  void meldcode_stap_vastleggen(const Context& ctx, const std::string& huishouden_id,
                                const std::string& traject_id, const MeldcodeStapInvoer& invoer);
  std::vector<store::MeldcodeTrajectRecord> meldcode_trajecten(const Context& ctx,
                                                               const std::string& huishouden_id);
};

// Records signals on a household in the caller's transaction: each effective one switches the household to
// restricted sharing and puts its measures on the checklist (reopening `politie_direct` for a new acute
// signal). Each signal's explanation is kept with it. Shared by signal registration and assessments; an
// assessment that doubts the safety asks for the expert before the start meeting even without a signal.
void signalen_verwerken(store::Tx& tx, const store::HuishoudenRecord& h,
                        const std::vector<domain::Signaal>& signalen, bool twijfel_over_veiligheid,
                        const std::optional<std::string>& taxatie_id, const std::string& door,
                        const std::string& nu);

}  // namespace regie::service
