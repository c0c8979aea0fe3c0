#pragma once
// Introducing and safeguarding the method (DOMAIN.md §9): the implementation plan templates of a gemeente
// (sections A–G) and of an organisation (A–F) as one table of data, the progress of a plan per section,
// overdue actions, and the providers' five basic requirements.

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/codes.hpp"
#include "domain/huishouden.hpp"
#include "domain/leeftijd.hpp"

namespace regie::domain {

enum class PlanEigenaar { gemeente, organisatie };

enum class ActieStand { niet_gestart, bezig, gereed, niet_van_toepassing };

// The yearly moments a plan holder records: the evaluation of the way of working and the local dialogue
// session.
enum class MomentSoort { evaluatie, dialoogsessie };

struct ImplementatieSectie {
  PlanEigenaar eigenaar;
  char sectie;  // 'A'..'G'
  std::string_view titel;
};

struct SjabloonActie {
  PlanEigenaar eigenaar;
  char sectie;
  std::string_view code;  // stable, lower_snake_case; unique per template
  std::string_view tekst;
  bool optioneel;
};

std::span<const ImplementatieSectie> implementatie_secties();
std::span<const SjabloonActie> implementatie_sjabloon();
std::vector<ImplementatieSectie> secties_van(PlanEigenaar eigenaar);
std::vector<SjabloonActie> sjabloon_van(PlanEigenaar eigenaar);

// One action of a plan: from the template (sjabloon_code) or the plan holder's own.
struct ImplementatieActie {
  char sectie = 'A';
  std::optional<std::string> sjabloon_code;
  std::string omschrijving;
  bool optioneel = false;
  std::optional<std::string> verantwoordelijke;
  std::optional<Datum> gepland;
  ActieStand stand = ActieStand::niet_gestart;
  std::optional<std::string> reden;  // why not applicable
};

inline constexpr std::size_t kMinimaleRedenNietVanToepassing = 10;

// Open (not started or busy) and planned before today.
bool is_over_tijd(const ImplementatieActie& actie, Datum vandaag);

struct SectieVoortgang {
  char sectie;             // '*' for the whole plan
  int acties = 0;          // all actions in the section
  int van_toepassing = 0;  // all but niet_van_toepassing
  int gereed = 0;
  int bezig = 0;
  int over_tijd = 0;
  std::optional<int> procent =
      std::nullopt;  // gereed of van_toepassing, rounded down; none when nothing applies

  friend bool operator==(const SectieVoortgang&, const SectieVoortgang&) = default;
};

// Per section of the plan holder's template, in order, then the whole plan ('*').
std::vector<SectieVoortgang> voortgang(PlanEigenaar eigenaar, const std::vector<ImplementatieActie>& acties,
                                       Datum vandaag);

// Field errors of an action as the plan holder enters it: {field, Dutch reason}.
std::vector<std::pair<std::string, std::string>> controleer_actie(PlanEigenaar eigenaar,
                                                                  const ImplementatieActie& actie);

// The providers' basic requirements (purchasing and subsidy conditions).
enum class Basiseis {
  methode_vastgesteld,
  aandachtsfunctionaris_benoemd,
  implementatie_gevolgd,
  werving_op_profiel,
  scholing_op_orde,
};

// Each plan's owner needs its own driver (DOMAIN.md §9): the gemeente at least one active agendahouder, an
// organisation at least one active aandachtsfunctionaris. Without one, the plan carries a finding.
enum class RolBevinding { geen_agendahouder, geen_aandachtsfunctionaris };
struct RolEis {
  PlanEigenaar eigenaar;
  Gebruikersrol rol;
  RolBevinding bevinding;
  std::string_view tekst;
};
const RolEis& rol_eis(PlanEigenaar eigenaar);
std::optional<RolBevinding> rolbevinding(PlanEigenaar eigenaar, int actieve_rolhouders);

// What the product knows of an organisation that bears on the requirements (DOMAIN.md §9).
struct OrganisatieFeiten {
  int regisseurs = 0;
  int met_basistraining = 0;
  int aandachtsfunctionarissen = 0;              // active accounts with that role
  bool implementatieplan_met_voortgang = false;  // the plan exists and an action is under way or done
  int regisseurs_beoordeeld = 0;  // regisseurs with a certification that came from a positive assessment
};

// How the data decides a requirement: the outcome, or nothing when it cannot tell.
using Afleiding = std::optional<bool> (*)(const OrganisatieFeiten&, std::optional<bool> vastgelegd);

struct BasiseisInfo {
  Basiseis eis;
  std::string_view tekst;
  std::string_view vastlegging;  // what the organisation records by hand for it
  Afleiding afleiding;           // none: only the hand-made record decides
  bool vastlegging_is_invoer;  // the record is an input of the derivation (the training plan), not a verdict
  std::string_view uit_gegevens;  // how the data decides, for the user
};

enum class EisUitkomst { voldaan, niet_voldaan, onbekend };

std::span<const BasiseisInfo> basiseisen();
const BasiseisInfo& basiseis_info(Basiseis eis);

// The fifth requirement follows from the data: a training plan, and every regisseur of the organisation
// has had the basic training. An organisation without regisseurs does not meet it.
bool scholing_op_orde(bool heeft_opleidingsplan, int regisseurs, int regisseurs_met_basistraining);

// An organisation's outcome for one requirement. `vastgelegd` is what was recorded by hand (none: nothing
// yet). Where the product holds the data, the data decides: a record adds evidence but cannot contradict it.
EisUitkomst basiseis_uitkomst(Basiseis eis, std::optional<bool> vastgelegd, const OrganisatieFeiten& feiten);
// The hand-made record says the opposite of what the data shows (the data decides; this is for a warning).
bool spreekt_gegevens_tegen(Basiseis eis, std::optional<bool> vastgelegd, const OrganisatieFeiten& feiten);

template <>
struct CodeTable<RolBevinding> {
  static constexpr std::array entries{
      std::pair{RolBevinding::geen_agendahouder, std::string_view{"geen_agendahouder"}},
      std::pair{RolBevinding::geen_aandachtsfunctionaris, std::string_view{"geen_aandachtsfunctionaris"}}};
};

template <>
struct CodeTable<PlanEigenaar> {
  static constexpr std::array entries{std::pair{PlanEigenaar::gemeente, std::string_view{"gemeente"}},
                                      std::pair{PlanEigenaar::organisatie, std::string_view{"organisatie"}}};
};

template <>
struct CodeTable<ActieStand> {
  static constexpr std::array entries{
      std::pair{ActieStand::niet_gestart, std::string_view{"niet_gestart"}},
      std::pair{ActieStand::bezig, std::string_view{"bezig"}},
      std::pair{ActieStand::gereed, std::string_view{"gereed"}},
      std::pair{ActieStand::niet_van_toepassing, std::string_view{"niet_van_toepassing"}}};
};

template <>
struct CodeTable<MomentSoort> {
  static constexpr std::array entries{
      std::pair{MomentSoort::evaluatie, std::string_view{"evaluatie"}},
      std::pair{MomentSoort::dialoogsessie, std::string_view{"dialoogsessie"}}};
};

template <>
struct CodeTable<EisUitkomst> {
  static constexpr std::array entries{std::pair{EisUitkomst::voldaan, std::string_view{"voldaan"}},
                                      std::pair{EisUitkomst::niet_voldaan, std::string_view{"niet_voldaan"}},
                                      std::pair{EisUitkomst::onbekend, std::string_view{"onbekend"}}};
};

template <>
struct CodeTable<Basiseis> {
  static constexpr std::array entries{
      std::pair{Basiseis::methode_vastgesteld, std::string_view{"methode_vastgesteld"}},
      std::pair{Basiseis::aandachtsfunctionaris_benoemd, std::string_view{"aandachtsfunctionaris_benoemd"}},
      std::pair{Basiseis::implementatie_gevolgd, std::string_view{"implementatie_gevolgd"}},
      std::pair{Basiseis::werving_op_profiel, std::string_view{"werving_op_profiel"}},
      std::pair{Basiseis::scholing_op_orde, std::string_view{"scholing_op_orde"}}};
};

}  // namespace regie::domain
