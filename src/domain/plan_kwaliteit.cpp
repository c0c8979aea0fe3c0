#include "domain/plan_kwaliteit.hpp"

#include <algorithm>
#include <cctype>

#include "domain/tekst.hpp"
#include "domain/tijd.hpp"

namespace regie::domain {
namespace {

using std::chrono::sys_days;

struct BevindingTekst {
  BevindingCode code;
  std::string_view tekst;
};

constexpr std::array<BevindingTekst, 17> kTeksten{{
    {BevindingCode::doel_zonder_streefdatum, "Dit doel heeft nog geen streefdatum."},
    {BevindingCode::doel_zonder_actie, "Bij dit doel staat nog geen actie."},
    {BevindingCode::actie_zonder_eigenaar, "Bij deze actie staat niet wie hem uitvoert."},
    {BevindingCode::actie_zonder_datum, "Bij deze actie staat niet wanneer hij klaar moet zijn."},
    {BevindingCode::zorg_zonder_doel, "Op dit leefgebied zijn zorgen, maar er is nog geen doel voor."},
    {BevindingCode::eigen_woorden_ontbreken, "De wensen van het huishouden in eigen woorden ontbreken nog."},
    {BevindingCode::evaluatiedatum_ontbreekt, "Er is nog geen evaluatiedatum afgesproken."},
    {BevindingCode::evaluatiedatum_verstreken, "De evaluatiedatum is voorbij: plan de evaluatie."},
    {BevindingCode::evaluatiedatum_te_ver, "De evaluatiedatum ligt verder weg dan de norm voor dit niveau."},
    {BevindingCode::kindcheck_ontbreekt,
     "Er zijn zorgen bij een volwassene en dit kind is nog niet meegewogen (kindcheck)."},
    {BevindingCode::veiligheidsplan_ontbreekt, "Vanaf niveau 3 hoort er een veiligheidsplan bij."},
    {BevindingCode::veiligheidsplan_verouderd,
     "Het veiligheidsplan is langer niet bijgewerkt dan de norm toestaat."},
    {BevindingCode::veiligheidsdoel_ontbreekt,
     "Beschrijf wanneer het veilig genoeg is (het veiligheidsdoel)."},
    {BevindingCode::geen_veiligheidsafspraken, "Er staan nog geen veiligheidsafspraken in het plan."},
    {BevindingCode::datum_onwaarschijnlijk,
     "Deze datum ligt meer dan een jaar vóór of vijf jaar na de datum van het plan: klopt het jaartal?"},
    {BevindingCode::omgevingsnorm_ontbreekt,
     "Op niveau 4 en 5 hoort in het plan wanneer er geen overlast meer is voor de omgeving."},
    {BevindingCode::omgeving_niet_betrokken,
     "Op niveau 4 en 5 hoort in het plan hoe de omgeving (buren, school, wijk) wordt betrokken."},
}};

class Verzamelaar {
 public:
  void voeg_toe(BevindingCode code, std::string verwijzing = {}) {
    bevindingen_.push_back({code, std::move(verwijzing),
                            std::string{std::ranges::find(kTeksten, code, &BevindingTekst::code)->tekst}});
  }
  std::vector<Bevinding> resultaat() && { return std::move(bevindingen_); }

 private:
  std::vector<Bevinding> bevindingen_;
};

void check_evaluatiedatum(const std::optional<Datum>& evaluatiedatum, const PlanContext& c, Verzamelaar& v) {
  if (!evaluatiedatum) {
    v.voeg_toe(BevindingCode::evaluatiedatum_ontbreekt);
    return;
  }
  if (sys_days{*evaluatiedatum} < sys_days{c.vandaag}) v.voeg_toe(BevindingCode::evaluatiedatum_verstreken);
  if (c.evaluatie_termijn_dagen > 0 &&
      sys_days{*evaluatiedatum} > sys_days{plus_dagen(c.opgesteld_op, c.evaluatie_termijn_dagen)}) {
    v.voeg_toe(BevindingCode::evaluatiedatum_te_ver);
  }
}

bool onwaarschijnlijk(const std::optional<Datum>& datum, const PlanContext& c) {
  if (!datum) return false;
  return sys_days{*datum} < sys_days{plus_dagen(c.opgesteld_op, -kPlausibelDagenTerug)} ||
         sys_days{*datum} > sys_days{plus_dagen(c.opgesteld_op, kPlausibelDagenVooruit)};
}

bool is_minderjarig(const LidInfo& lid) { return lid.leeftijd.maanden < kMeerderjarigMaanden; }

// An adult has problems: concerns for the whole household or for a member of age.
bool volwassene_met_zorgen(const Ondersteuningsplan& plan, const PlanContext& c) {
  return std::ranges::any_of(plan.leefgebieden, [&](const LeefgebiedDeel& deel) {
    if (is_leeg(deel.zorgen)) return false;
    if (!deel.gezinslid_id) return true;
    const auto lid = std::ranges::find(c.gezinsleden, *deel.gezinslid_id, &LidInfo::id);
    return lid != c.gezinsleden.end() && !is_minderjarig(*lid);
  });
}

}  // namespace

std::vector<Bevinding> check_plan(const Ondersteuningsplan& plan, const PlanContext& c) {
  Verzamelaar v;
  for (const auto& doel : plan.doelen) {
    if (!doel.streefdatum) v.voeg_toe(BevindingCode::doel_zonder_streefdatum, doel.id);
    if (onwaarschijnlijk(doel.streefdatum, c)) v.voeg_toe(BevindingCode::datum_onwaarschijnlijk, doel.id);
    if (doel.acties.empty()) v.voeg_toe(BevindingCode::doel_zonder_actie, doel.id);
    for (const auto& actie : doel.acties) {
      if (!actie.eigenaar) v.voeg_toe(BevindingCode::actie_zonder_eigenaar, actie.id);
      if (!actie.uiterlijk) v.voeg_toe(BevindingCode::actie_zonder_datum, actie.id);
      if (onwaarschijnlijk(actie.uiterlijk, c)) v.voeg_toe(BevindingCode::datum_onwaarschijnlijk, actie.id);
    }
  }
  for (const auto& deel : plan.leefgebieden) {
    if (is_leeg(deel.zorgen)) continue;
    const bool heeft_doel =
        std::ranges::any_of(plan.doelen, [&](const Doel& d) { return d.leefgebied == deel.leefgebied; });
    if (!heeft_doel) v.voeg_toe(BevindingCode::zorg_zonder_doel, std::string{to_code(deel.leefgebied)});
  }
  if (plan.variant == PlanVariant::regulier && is_leeg(plan.eigen_woorden)) {
    v.voeg_toe(BevindingCode::eigen_woorden_ontbreken);
  }
  check_evaluatiedatum(plan.evaluatiedatum, c, v);
  if (volwassene_met_zorgen(plan, c)) {
    for (const auto& lid : c.gezinsleden) {
      if (!is_minderjarig(lid)) continue;
      const auto check = std::ranges::find(plan.kindcheck, lid.id, &Kindcheck::gezinslid_id);
      if (check == plan.kindcheck.end() || is_leeg(check->toelichting)) {
        v.voeg_toe(BevindingCode::kindcheck_ontbreekt, lid.id);
      }
    }
  }
  if (c.niveau >= Niveau::drie) {
    if (!c.veiligheidsplan_bijgewerkt_op) {
      v.voeg_toe(BevindingCode::veiligheidsplan_ontbreekt);
    } else if (c.evaluatie_termijn_dagen > 0 &&
               sys_days{plus_dagen(*c.veiligheidsplan_bijgewerkt_op, c.evaluatie_termijn_dagen)} <
                   sys_days{c.vandaag}) {
      v.voeg_toe(BevindingCode::veiligheidsplan_verouderd);
    }
  }
  return std::move(v).resultaat();
}

std::vector<Bevinding> check_plan(const Veiligheidsplan& plan, const PlanContext& c) {
  Verzamelaar v;
  if (is_leeg(plan.veiligheidsdoel)) v.voeg_toe(BevindingCode::veiligheidsdoel_ontbreekt);
  if (plan.afspraken.empty()) v.voeg_toe(BevindingCode::geen_veiligheidsafspraken);
  check_evaluatiedatum(plan.evaluatiedatum, c, v);
  if (c.niveau >= Niveau::vier) {
    if (is_leeg(plan.omgeving_norm)) v.voeg_toe(BevindingCode::omgevingsnorm_ontbreekt);
    if (is_leeg(plan.omgeving_betrokken)) v.voeg_toe(BevindingCode::omgeving_niet_betrokken);
  }
  return std::move(v).resultaat();
}

}  // namespace regie::domain
