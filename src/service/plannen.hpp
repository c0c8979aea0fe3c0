#pragma once
// The Ondersteuningsplan and the Veiligheidsplan (DOMAIN.md §8): every save is a new version on top of the
// version the writer started from; quality findings come with every read; shielded parts of the safety
// plan reach only the professionals named on them.

#include <optional>
#include <string>
#include <vector>

#include "domain/plan_kwaliteit.hpp"
#include "service/dienst.hpp"
#include "store/plan_store.hpp"
#include "store/vrijgave_store.hpp"

namespace regie::service {

inline constexpr std::size_t kMaxDoelen = 100;
inline constexpr std::size_t kMaxActiesPerDoel = 50;
inline constexpr std::size_t kMaxOnderdelen = 100;  // life domains, conditions, agreements, signals, parts

struct OndersteuningsplanLezing {
  store::OndersteuningsplanRecord record;
  std::vector<domain::Bevinding> bevindingen;
  std::vector<store::OndertekeningRecord> ondertekeningen{};  // of this version: in the portal or on paper
  std::optional<store::VrijgaveRecord> vrijgave{};  // under restricted sharing: released to the household
};

// What a member or network member who holds casusregie at level 1 writes in the portal: the plan's own words,
// evaluation date, goals and actions. Everything else of the current version is kept, and so is the progress
// of every action whose id it keeps.
struct PlanVanHuishouden {
  std::optional<int> basis_versie;
  std::string eigen_woorden;
  std::optional<domain::Datum> evaluatiedatum;
  std::vector<domain::Doel> doelen;
};

struct VeiligheidsplanLezing {
  store::VeiligheidsplanRecord record;  // without the shielded parts the reader may not see
  std::vector<domain::Bevinding> bevindingen;
  // After a save: members this version newly names as shielded against whose portal access (an account and
  // its sessions, or an open invitation) ended with it. Only the writer, who names them, learns this.
  std::vector<std::string> portaaltoegang_beeindigd{};
};

class Plannen : public Dienst {
 public:
  using Dienst::Dienst;

  // Under restricted sharing: lets the household see this version (the newest) in the portal. Conflict for an
  // older version, one released already, or a household not under restricted sharing (it sees the plan).
  void ondersteuningsplan_vrijgeven(const Context& ctx, const std::string& huishouden_id, int versie);
  // `basis_versie`: the version the writer started from (nullopt for the first); an older one is a Conflict.
  OndersteuningsplanLezing ondersteuningsplan_opslaan(const Context& ctx, const std::string& huishouden_id,
                                                      domain::Ondersteuningsplan plan,
                                                      std::optional<int> basis_versie);
  // The quality findings of a draft, while it is being written: nothing is saved. Needs the right to write
  // the plan; reading the household for it is audited like any read.
  std::vector<domain::Bevinding> ondersteuningsplan_toetsen(const Context& ctx,
                                                            const std::string& huishouden_id,
                                                            const domain::Ondersteuningsplan& concept_plan);
  // A household user who is the casusregisseur at level 1 keeps the preventive plan (DOMAIN.md §7, §12): a
  // new version. Forbidden for anyone else, at another level or under restricted sharing; Conflict when
  // `basis_versie` is not the newest; BadRequest naming each field otherwise wrong. Returns the version.
  int plan_van_huishouden_opslaan(const Context& ctx, PlanVanHuishouden invoer);
  // The current plan as the PDF the household gets in the portal (service/plan_pdf.hpp); NotFound without a
  // plan.
  std::string ondersteuningsplan_pdf(const Context& ctx, const std::string& huishouden_id);
  std::optional<OndersteuningsplanLezing> ondersteuningsplan(const Context& ctx,
                                                             const std::string& huishouden_id,
                                                             std::optional<int> versie = std::nullopt);
  std::vector<store::PlanKop> ondersteuningsplan_versies(const Context& ctx,
                                                         const std::string& huishouden_id);
  // The household signs the newest version; a born member of the household signs.
  void ondersteuningsplan_ondertekenen(const Context& ctx, const std::string& huishouden_id, int versie,
                                       const std::string& gezinslid_id);

  // Progress on an action of the current plan, by a regisseur or by the professional who owns the action.
  // `status_versie` as read; a stale one is a Conflict. Changes the current version in place (the agreements
  // stay as signed) and keeps every change.
  void actie_bijwerken(const Context& ctx, const std::string& huishouden_id, const std::string& actie_id,
                       domain::ActieStatus status, int status_versie);

  VeiligheidsplanLezing veiligheidsplan_opslaan(const Context& ctx, const std::string& huishouden_id,
                                                domain::Veiligheidsplan plan,
                                                std::optional<int> basis_versie);
  std::optional<VeiligheidsplanLezing> veiligheidsplan(const Context& ctx, const std::string& huishouden_id,
                                                       std::optional<int> versie = std::nullopt);
  std::vector<store::PlanKop> veiligheidsplan_versies(const Context& ctx, const std::string& huishouden_id);
};

}  // namespace regie::service
