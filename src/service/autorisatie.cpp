#include "service/autorisatie.hpp"

#include <algorithm>
#include <array>

#include "service/errors.hpp"

namespace regie::service {
namespace {

using domain::Gebruikersrol;
constexpr auto regisseur = Gebruikersrol::regisseur;
constexpr auto manager = Gebruikersrol::manager;
constexpr auto af = Gebruikersrol::aandachtsfunctionaris;
constexpr auto agendahouder = Gebruikersrol::agendahouder;
constexpr auto beheerder = Gebruikersrol::beheerder;
constexpr auto privacy = Gebruikersrol::privacyfunctionaris;
constexpr auto lezen = Handeling::lezen;
constexpr auto regie = Handeling::regie;
using enum Relatie;

// clang-format off
const std::vector<Autorisatie> kAutorisaties{
  // use case                          roles                        relation           household
  // The household record
  {"huishouden.aanmaken",              {regisseur},                 geen,              {}},
  {"huishouden.lezen",                 {},                          huishouden,        lezen},
  {"huishouden.zoeken",                {regisseur, manager},        zoeken,            lezen},
  {"huishouden.fase_wijzigen",         {},                          huishouden,        regie},
  {"gezinslid.toevoegen",              {},                          huishouden,        regie},
  {"gezinslid.wijzigen",               {},                          huishouden,        regie},
  {"gezinslid.gezag_vastleggen",       {},                          huishouden,        regie},
  {"netwerklid.toevoegen",             {},                          huishouden,        regie},
  {"betrokkenheid.starten",            {},                          huishouden,        regie},
  {"betrokkenheid.beeindigen",         {},                          huishouden,        regie},
  {"betrokkenheid.contact_delen",      {},                          huishouden,        regie},
  {"toegangslog.lezen",                {},                          huishouden,        lezen},
  {"notitie.toevoegen",                {},                          huishouden,        Handeling::notitie},
  {"notities.lezen",                   {},                          huishouden,        lezen},
  {"noodtoegang.aanvragen",            {regisseur},                 huishouden,        lezen},  // only without access
  // The regiekaart: assessment, level, regisseurs, escalation
  {"taxatie.vastleggen",               {},                          huishouden,        regie},
  {"niveau.besluiten",                 {},                          huishouden,        regie},
  {"taxaties.lezen",                   {},                          huishouden,        lezen},
  {"niveaugeschiedenis.lezen",         {},                          huishouden,        lezen},
  {"regisseur.toewijzen",              {},                          huishouden,        regie},
  {"regisseur.beeindigen",             {},                          huishouden,        regie},
  {"regisseur.grondslag_vastleggen",   {},                          huishouden,        regie},
  {"regisseur.profiel_bevestigen",     {},                          huishouden,        Handeling::profiel_bevestigen},
  {"escalatie.openen",                 {},                          huishouden,        regie},
  {"escalatie.informeren",             {},                          huishouden,        Handeling::escalatie},
  {"escalatie.sluiten",                {},                          huishouden,        Handeling::escalatie},
  {"escalaties.lezen",                 {},                          huishouden,        lezen},
  {"kader.lezen",                      {},                          huishouden,        lezen},
  {"kader.vastleggen",                 {},                          huishouden,        regie},
  {"dwangbesluit.vastleggen",          {},                          huishouden,        regie},
  {"dwangbesluit.beeindigen",          {},                          huishouden,        regie},
  {"crisislaag.lezen",                 {},                          huishouden,        lezen},
  {"crisislaag.vastleggen",            {},                          huishouden,        regie},
  // Safety
  {"signaal.vastleggen",               {},                          huishouden,        regie},
  {"signalen.lezen",                   {},                          huishouden,        lezen},
  {"maatregelen.lezen",                {},                          huishouden,        lezen},
  {"maatregel.bijwerken",              {},                          huishouden,        regie},
  {"meldcode.starten",                 {},                          huishouden,        regie},
  {"meldcode.stap_vastleggen",         {},                          huishouden,        regie},
  {"meldcode.lezen",                   {},                          huishouden,        lezen},
  // The plans
  {"ondersteuningsplan.pdf_lezen",     {},                          huishouden,        lezen},
  {"ondersteuningsplan.opslaan",       {},                          huishouden,        regie},
  {"ondersteuningsplan.toetsen",       {},                          huishouden,        regie},
  {"ondersteuningsplan.lezen",         {},                          huishouden,        lezen},
  {"ondersteuningsplan.versies_lezen", {},                          huishouden,        lezen},
  {"ondersteuningsplan.ondertekenen",  {},                          huishouden,        regie},
  {"ondersteuningsplan.vrijgeven",      {},                          huishouden,        regie},
  {"actie.bijwerken",                  {},                          huishouden,        Handeling::eigen_actie},
  {"veiligheidsplan.opslaan",          {},                          huishouden,        regie},
  {"veiligheidsplan.lezen",            {},                          huishouden,        lezen},
  {"veiligheidsplan.versies_lezen",    {},                          huishouden,        lezen},
  // My work and my team
  {"mij.lezen",                        {},                          zichzelf,          {}},
  {"caseload.lezen",                   {regisseur},                 zichzelf,          {}},
  {"acties.lezen",                     {},                          zichzelf,          {}},
  {"team.lezen",                       {manager},                   eigen_team,        {}},
  {"team.escalaties_lezen",            {manager},                   eigen_team,        {}},
  {"meldingen.lezen",                  {},                          zichzelf,          {}},
  {"meldingen.tellen",                 {},                          zichzelf,          {}},
  {"melding.gelezen",                  {},                          zichzelf,          {}},
  {"meldingen.alles_gelezen",          {},                          zichzelf,          {}},
  {"meldingen.instellingen_lezen",     {},                          zichzelf,          {}},
  {"meldingen.mail_instellen",         {},                          zichzelf,          {}},
  {"meldingen.mailen",                 {},                          systeem,           {}},
  {"herinneringen.versturen",          {},                          systeem,           {}},
  {"noodtoegangen.lezen",              {manager, af},               toezicht_nood,     {}},
  {"noodtoegang.beoordelen",           {manager, af},               toezicht_nood,     {}},
  // Staff directory (to find colleagues) and administration
  {"medewerker.lezen",                 {},                          geen,              {}},
  {"medewerkers.lezen",                {},                          geen,              {}},
  {"organisaties.lezen",               {},                          geen,              {}},
  {"teams.lezen",                      {},                          geen,              {}},
  {"organisatie.aanmaken",             {beheerder},                 geen,              {}},
  {"organisatie.wijzigen",             {beheerder},                 geen,              {}},
  {"team.aanmaken",                    {beheerder},                 geen,              {}},
  {"medewerker.aanmaken",              {beheerder},                 geen,              {}},
  {"medewerker.wijzigen",              {beheerder},                 geen,              {}},
  {"gebruiker.aanmaken",               {beheerder},                 geen,              {}},
  {"beheer.inlogpogingen_lezen",       {beheerder},                 geen,              {}},
  {"beheer.blokkade_opheffen",         {beheerder},                 geen,              {}},
  {"beheer.accounts_lezen",            {beheerder},                 geen,              {}},
  {"beheer.account_blokkeren",         {beheerder},                 geen,              {}},
  {"beheer.account_deblokkeren",       {beheerder},                 geen,              {}},
  {"beheer.account_uitloggen",         {beheerder},                 geen,              {}},
  {"beheer.tweede_factor_wissen",      {beheerder},                 geen,              {}},
  {"beheer.startwachtwoord",           {beheerder},                 geen,              {}},
  {"beheer.inlogbeleid_lezen",         {beheerder},                 geen,              {}},
  {"beheer.inlogbeleid_wijzigen",      {beheerder},                 geen,              {}},
  {"inlogdienst.lezen",                {beheerder},                 geen,              {}},
  {"inlogdienst.instellen",            {beheerder},                 geen,              {}},
  {"inlogdienst.verwijderen",          {beheerder},                 geen,              {}},
  {"inlogdienst.account_aanmaken",     {},                          systeem,           {}},
  {"inlogdienst.rollen_bijwerken",     {},                          systeem,           {}},
  {"gemeente.aanmaken",                {},                          systeem,           {}},
  {"api_token.aanmaken",               {beheerder},                 geen,              {}},
  {"api_tokens.lezen",                 {beheerder},                 geen,              {}},
  {"api_token.intrekken",              {beheerder},                 geen,              {}},
  {"sessie.inloggen",                  {},                          zichzelf,          {}},
  {"sessie.inloggen_via_inlogdienst",  {},                          zichzelf,          {}},
  {"sessie.tweede_factor_klaarzetten", {},                          zichzelf,          {}},
  {"sessie.uitloggen",                 {},                          zichzelf,          {}},
  {"sessie.werkgemeente_kiezen",       {},                          zichzelf,          {}},
  {"contract.vastleggen",              {},                          systeem,           {}},
  {"contract.beeindigen",              {},                          systeem,           {}},
  // Competences
  {"certificering.vastleggen",         {af, manager},               eigen_medewerker,  {}},
  {"beoordeling.vastleggen",           {af, manager},               eigen_medewerker,  {}},
  {"beoordelingen.lezen",              {},                          eigen_medewerker,  {}},  // or his own
  // Implementation and monitoring
  {"implementatieplan.starten",        {agendahouder, af},          implementatieplan, {}},
  {"implementatieplan.lezen",          {agendahouder, af},          implementatieplan, {}},
  {"implementatieplannen.lezen",       {agendahouder, af},          implementatieplan, {}},
  {"implementatieactie.toevoegen",     {agendahouder, af},          implementatieplan, {}},
  {"implementatieactie.bijwerken",     {agendahouder, af},          implementatieplan, {}},
  {"implementatiemoment.vastleggen",   {agendahouder, af},          implementatieplan, {}},
  {"basiseisen.lezen",                 {agendahouder, af},          eigen_organisatie, {}},
  {"basiseis.vastleggen",              {agendahouder, af},          eigen_organisatie, {}},
  {"basistraining.lezen",              {af, manager},               eigen_organisatie, {}},
  {"basistraining.vastleggen",         {af, manager},               eigen_organisatie, {}},
  {"monitoring.lezen",                 {agendahouder, af},          eigen_organisatie, {}},
  {"monitoring.verversen",             {agendahouder},              geen,              {}},
  // Accountability: the processing log and the register of processing activities (ADR 0023)
  {"logboek.lezen",                    {privacy},                   geen,              {}},
  {"verwerkingsactiviteiten.lezen",    {privacy, beheerder},        geen,              {}},
  {"verwerkingsactiviteit.wijzigen",   {privacy},                   geen,              {}},
  // The household and its network as users (DOMAIN.md §12)
  {"portaal.uitnodigen",               {},                          huishouden,        regie},
  {"portaal.uitnodigingen_lezen",      {},                          huishouden,        lezen},
  {"portaal.uitnodiging_intrekken",    {},                          huishouden,        regie},
  {"portaal.uitnodiging_mailen",       {},                          huishouden,        regie},
  {"portaal.toegang_intrekken",        {},                          huishouden,        regie},
  {"portaal.inrichten",                {},                          portaal,           {}},
  {"portaal.accepteren",               {},                          portaal,           {}},
  {"portaal.controlecode_onjuist",     {},                          portaal,           {}},
  {"portaal.inloggen",                 {},                          portaal,           {}},
  {"portaal.uitloggen",                {},                          portaal,           {}},
  {"portaal.profiel_lezen",            {},                          portaal,           {}},
  {"portaal.plan_lezen",               {},                          portaal,           {}},
  {"portaal.eigen_actie",              {},                          portaal,           {}},
  {"portaal.inzage_lezen",             {},                          portaal,           {}},
  {"portaal.ondertekenen",             {},                          portaal,           {}},
  {"portaal.reageren",                 {},                          portaal,           {}},
  {"portaal.plan_pdf_lezen",           {},                          portaal,           {}},
  {"portaal.plan_opslaan",             {},                          portaal,           {}},
  {"portaal.sessies_lezen",            {},                          portaal,           {}},
  {"portaal.sessie_beeindigen",        {},                          portaal,           {}},
  {"portaal.sessies_beeindigen",       {},                          portaal,           {}},
  {"portaal.netwerk_lezen",            {},                          portaal,           {}},
  {"portaal.netwerk_intrekken",        {},                          portaal,           {}},
  {"portaal.reacties_lezen",           {},                          portaal,           {}},
  {"reacties.lezen",                   {},                          huishouden,        lezen},
  {"reactie.beantwoorden",             {},                          huishouden,        regie},
};
// clang-format on

}  // namespace

std::span<const Autorisatie> autorisaties() { return kAutorisaties; }

const Autorisatie* autorisatie_van(std::string_view use_case) {
  const auto it = std::ranges::find(kAutorisaties, use_case, &Autorisatie::use_case);
  return it == kAutorisaties.end() ? nullptr : &*it;
}

void vereis_autorisatie(const Context& ctx, std::string_view use_case) {
  const auto* regel = autorisatie_van(use_case);
  if (regel == nullptr) throw Forbidden("Deze handeling staat niet in de autorisatietabel.");
  if (ctx.actor.systeem) return;
  if (regel->relatie == Relatie::systeem) throw Forbidden("Deze handeling kan alleen op de opdrachtregel.");
  // The portal and the professionals' work never mix: neither side reaches the other's use cases.
  if (ctx.actor.portaal.has_value() != (regel->relatie == Relatie::portaal))
    throw Forbidden("Deze handeling hoort niet bij uw soort toegang.");
  if (regel->rollen.empty() ||
      std::ranges::any_of(regel->rollen, [&](auto r) { return ctx.actor.heeft(r); })) {
    return;
  }
  throw Forbidden("Uw rol geeft geen toegang tot deze handeling.");
}

}  // namespace regie::service
