#include "domain/implementatie.hpp"

#include <algorithm>

#include "domain/tekst.hpp"

namespace regie::domain {
namespace {

using enum PlanEigenaar;

constexpr std::array kSecties{
    ImplementatieSectie{gemeente, 'A', "Commitment en ambitie"},
    ImplementatieSectie{gemeente, 'B', "Organisatie"},
    ImplementatieSectie{gemeente, 'C', "Financiën"},
    ImplementatieSectie{gemeente, 'D', "Deskundigheid"},
    ImplementatieSectie{gemeente, 'E', "Bevoegdheden"},
    ImplementatieSectie{gemeente, 'F', "Monitoring"},
    ImplementatieSectie{gemeente, 'G', "Onderhoud"},
    ImplementatieSectie{organisatie, 'A', "Commitment"},
    ImplementatieSectie{organisatie, 'B', "Organisatie"},
    ImplementatieSectie{organisatie, 'C', "Financiën"},
    ImplementatieSectie{organisatie, 'D', "Deskundigheid"},
    ImplementatieSectie{organisatie, 'E', "Bevoegdheden"},
    ImplementatieSectie{organisatie, 'F', "Monitoring"},
};

// In our own words. Order within a section is the order on screen.
constexpr std::array kSjabloon{
    // The gemeente.
    SjabloonActie{gemeente, 'A', "werkwijze_vastgesteld",
                  "Leg vast dat 1Gezin1Plan1Regisseur de gedeelde werkwijze is in de gemeente.", false},
    SjabloonActie{gemeente, 'A', "ambitie_en_rol",
                  "Bepaal de ambitie van de gemeente en haar eigen rol daarin.", false},
    SjabloonActie{gemeente, 'A', "plannen_als_format",
                  "Leg het ondersteuningsplan en het veiligheidsplan vast als de vorm voor plannen.", false},
    SjabloonActie{gemeente, 'A', "monitoringmethode",
                  "Kies hoe de gemeente het gebruik van de werkwijze volgt.", false},
    SjabloonActie{gemeente, 'A', "agendahouder_benoemd", "Benoem minstens één agendahouder.", false},
    SjabloonActie{gemeente, 'A', "samenhang_aanpakken",
                  "Breng samenhang aan met verwante aanpakken, zoals die tegen huiselijk geweld en "
                  "kindermishandeling, het Zorg- en Veiligheidshuis en de aanpak voor verwarde personen.",
                  false},
    SjabloonActie{gemeente, 'A', "inkoop_en_subsidie",
                  "Neem de werkwijze en de regie op in de voorwaarden voor inkoop en subsidie.", false},
    SjabloonActie{gemeente, 'A', "basisvoorzieningen",
                  "Bepaal de rol van basisvoorzieningen als onderwijs, kinderopvang, welzijn en huisartsen.",
                  true},
    SjabloonActie{gemeente, 'A', "overleggen_afstemmen", "Stem de lokale overleggen op elkaar af.", true},
    SjabloonActie{gemeente, 'B', "taken_verankeren",
                  "Vraag organisaties taken, verantwoordelijkheden en werkinstructies vast te leggen.",
                  false},
    SjabloonActie{gemeente, 'B', "aandachtsfunctionaris_vragen",
                  "Vraag organisaties minstens één aandachtsfunctionaris te benoemen.", false},
    SjabloonActie{
        gemeente, 'B', "verwijsindex",
        "Vraag organisaties die met jongeren tot 23 jaar werken aan te sluiten op de Verwijsindex, met "
        "afspraken over wanneer zij signaleren.",
        false},
    SjabloonActie{gemeente, 'B', "meldcode_gebruiken",
                  "Vraag organisaties de meldcode met het afwegingskader te gebruiken, ook bij "
                  "ouderenmishandeling, meisjesbesnijdenis en eergerelateerd geweld.",
                  false},
    SjabloonActie{
        gemeente, 'B', "competentieprofiel_werving",
        "Vraag organisaties het competentieprofiel te gebruiken bij werving, selectie en beoordeling.",
        false},
    SjabloonActie{gemeente, 'C', "kaders_uitvoering",
                  "Stel financiële kaders voor het werken volgens de methode.", false},
    SjabloonActie{gemeente, 'C', "kaders_implementatie",
                  "Stel financiële kaders voor invoeren en borgen, scholing inbegrepen.", false},
    SjabloonActie{gemeente, 'D', "agendahouder_toerusten", "Rust de agendahouder toe voor zijn taak.", false},
    SjabloonActie{gemeente, 'D', "scholing_medewerkers",
                  "Vraag organisaties scholing voor (nieuwe) medewerkers op te nemen in hun meerjarig "
                  "opleidingsplan.",
                  false},
    SjabloonActie{gemeente, 'D', "scholing_aandachtsfunctionarissen",
                  "Vraag organisaties hetzelfde voor hun aandachtsfunctionarissen.", false},
    SjabloonActie{gemeente, 'D', "scholing_leidinggevenden",
                  "Vraag organisaties hetzelfde voor managers, coördinatoren en coaches.", false},
    SjabloonActie{gemeente, 'E', "regiekaart_vastgesteld", "Stel de regiekaart vast.", false},
    SjabloonActie{gemeente, 'E', "regiekaart_verankeren", "Vraag organisaties de regiekaart te verankeren.",
                  false},
    SjabloonActie{gemeente, 'E', "rol_regisseur_uitdragen",
                  "Vertel actief wat de rol en de bevoegdheden van de regisseur zijn.", false},
    SjabloonActie{gemeente, 'F', "borging_volgen", "Volg of organisaties de werkwijze borgen.", false},
    SjabloonActie{gemeente, 'F', "gebruik_laten_volgen",
                  "Vraag organisaties te volgen hoe de werkwijze echt wordt gebruikt.", false},
    SjabloonActie{gemeente, 'F', "voortgang_accountgesprekken",
                  "Bespreek de voortgang in de accountgesprekken.", true},
    SjabloonActie{gemeente, 'F', "voortgang_panels", "Bespreek de voortgang in cliënt- of bewonerspanels.",
                  true},
    SjabloonActie{gemeente, 'F', "kwaliteit_plannen", "Volg het aantal en de kwaliteit van de plannen.",
                  true},
    SjabloonActie{gemeente, 'F', "dialoogsessie", "Houd elk jaar een lokale dialoogsessie.", true},
    SjabloonActie{gemeente, 'G', "jaarlijkse_evaluatie", "Evalueer de werkwijze elk jaar.", false},
    SjabloonActie{gemeente, 'G', "actueel_houden", "Houd de werkwijze actueel.", false},
    // An organisation.
    SjabloonActie{organisatie, 'A', "werkwijze_vastgesteld",
                  "Leg vast dat 1Gezin1Plan1Regisseur de gedeelde werkwijze is in de organisatie.", false},
    SjabloonActie{organisatie, 'A', "plannen_als_format",
                  "Werk met het ondersteuningsplan en het veiligheidsplan als vorm voor plannen.", false},
    SjabloonActie{organisatie, 'A', "aandachtsfunctionaris_benoemd",
                  "Benoem minstens één aandachtsfunctionaris.", false},
    SjabloonActie{organisatie, 'B', "taken_verankeren",
                  "Leg taken, verantwoordelijkheden en werkinstructies vast.", false},
    SjabloonActie{organisatie, 'B', "verwijsindex",
                  "Sluit aan op de Verwijsindex als de organisatie met jongeren tot 23 jaar werkt.", false},
    SjabloonActie{organisatie, 'B', "meldcode_gebruiken", "Werk met de meldcode en het afwegingskader.",
                  false},
    SjabloonActie{organisatie, 'B', "competentieprofiel_werving",
                  "Gebruik het competentieprofiel bij werving, selectie en beoordeling.", false},
    SjabloonActie{organisatie, 'B', "tijd_per_huishouden", "Geef regisseurs genoeg tijd per huishouden.",
                  false},
    SjabloonActie{organisatie, 'B', "regie_zolang_nodig",
                  "Laat de regisseur de regie houden zolang dat nodig is.", false},
    SjabloonActie{organisatie, 'C', "kaders", "Stel financiële kaders voor uitvoeren, invoeren en borgen.",
                  false},
    SjabloonActie{organisatie, 'D', "scholing_medewerkers",
                  "Neem scholing voor (nieuwe) medewerkers op in het meerjarig opleidingsplan.", false},
    SjabloonActie{organisatie, 'D', "scholing_aandachtsfunctionarissen",
                  "Doe hetzelfde voor de aandachtsfunctionarissen.", false},
    SjabloonActie{organisatie, 'D', "scholing_leidinggevenden",
                  "Doe hetzelfde voor managers, coördinatoren en coaches.", false},
    SjabloonActie{organisatie, 'E', "regiekaart_verankeren",
                  "Stel de regiekaart vast en leg hem vast in het werk.", false},
    SjabloonActie{organisatie, 'E', "rol_regisseur_uitdragen",
                  "Vertel actief wat de rol en de bevoegdheden van de regisseur zijn.", false},
    SjabloonActie{organisatie, 'F', "borging_volgen", "Volg of de werkwijze geborgd is.", false},
    SjabloonActie{organisatie, 'F', "gebruik_volgen", "Volg hoe de werkwijze echt wordt gebruikt.", false},
};

constexpr std::array kBasiseisen{
    BasiseisInfo{Basiseis::methode_vastgesteld,
                 "De organisatie heeft 1Gezin1Plan1Regisseur vastgesteld als gedeelde werkwijze.",
                 "Werkwijze vastgesteld", nullptr, false, ""},
    BasiseisInfo{Basiseis::aandachtsfunctionaris_benoemd, "Er is minstens één aandachtsfunctionaris benoemd.",
                 "Aandachtsfunctionaris benoemd",
                 [](const OrganisatieFeiten& f, std::optional<bool>) -> std::optional<bool> {
                   return f.aandachtsfunctionarissen > 0;
                 },
                 false, "Volgt uit de accounts: een actief account van de organisatie met die rol."},
    BasiseisInfo{Basiseis::implementatie_gevolgd,
                 "De organisatie heeft de werkwijze ingevoerd en werkt met het implementatieplan.",
                 "Ingevoerd met het implementatieplan",
                 [](const OrganisatieFeiten& f, std::optional<bool>) -> std::optional<bool> {
                   return f.implementatieplan_met_voortgang;
                 },
                 false,
                 "Volgt uit het implementatieplan in Regie: het bestaat en er is een actie bezig of gereed."},
    BasiseisInfo{Basiseis::werving_op_profiel,
                 "Regisseurs worden geworven, geselecteerd en beoordeeld op het competentieprofiel.",
                 "Werving en beoordeling op het profiel",
                 [](const OrganisatieFeiten& f, std::optional<bool>) -> std::optional<bool> {
                   return f.regisseurs > 0 && f.regisseurs_beoordeeld >= f.regisseurs;
                 },
                 false,
                 "Volgt uit de beoordelingen: elke regisseur is gecertificeerd na een beoordeling op het "
                 "profiel."},
    BasiseisInfo{
        Basiseis::scholing_op_orde,
        "Er is een opleidingsplan en alle regisseurs hebben minstens de basistraining voor casus- of "
        "procesregisseur.",
        "Meerjarig opleidingsplan aanwezig",
        [](const OrganisatieFeiten& f, std::optional<bool> plan) -> std::optional<bool> {
          if (!plan) return std::nullopt;
          return scholing_op_orde(*plan, f.regisseurs, f.met_basistraining);
        },
        true, "Het opleidingsplan legt u vast; de basistraining van elke regisseur volgt uit Regie."},
};

constexpr std::array kRolEisen{
    RolEis{PlanEigenaar::gemeente, Gebruikersrol::agendahouder, RolBevinding::geen_agendahouder,
           "De gemeente heeft geen actieve agendahouder: wijs er minstens één aan."},
    RolEis{PlanEigenaar::organisatie, Gebruikersrol::aandachtsfunctionaris,
           RolBevinding::geen_aandachtsfunctionaris,
           "De organisatie heeft geen actieve aandachtsfunctionaris: wijs er minstens één aan."},
};

bool is_open(ActieStand stand) { return stand == ActieStand::niet_gestart || stand == ActieStand::bezig; }

void tel(SectieVoortgang& v, const ImplementatieActie& a, Datum vandaag) {
  ++v.acties;
  if (a.stand == ActieStand::niet_van_toepassing) return;
  ++v.van_toepassing;
  if (a.stand == ActieStand::gereed) ++v.gereed;
  if (a.stand == ActieStand::bezig) ++v.bezig;
  if (is_over_tijd(a, vandaag)) ++v.over_tijd;
}

void procent(SectieVoortgang& v) {
  if (v.van_toepassing > 0) v.procent = v.gereed * 100 / v.van_toepassing;
}

}  // namespace

std::span<const ImplementatieSectie> implementatie_secties() { return kSecties; }
std::span<const SjabloonActie> implementatie_sjabloon() { return kSjabloon; }

std::vector<ImplementatieSectie> secties_van(PlanEigenaar eigenaar) {
  std::vector<ImplementatieSectie> uit;
  std::ranges::copy_if(kSecties, std::back_inserter(uit),
                       [&](const auto& s) { return s.eigenaar == eigenaar; });
  return uit;
}

std::vector<SjabloonActie> sjabloon_van(PlanEigenaar eigenaar) {
  std::vector<SjabloonActie> uit;
  std::ranges::copy_if(kSjabloon, std::back_inserter(uit),
                       [&](const auto& a) { return a.eigenaar == eigenaar; });
  return uit;
}

bool is_over_tijd(const ImplementatieActie& actie, Datum vandaag) {
  return is_open(actie.stand) && actie.gepland &&
         std::chrono::sys_days{*actie.gepland} < std::chrono::sys_days{vandaag};
}

std::vector<SectieVoortgang> voortgang(PlanEigenaar eigenaar, const std::vector<ImplementatieActie>& acties,
                                       Datum vandaag) {
  std::vector<SectieVoortgang> uit;
  SectieVoortgang totaal{.sectie = '*'};
  for (const auto& s : secties_van(eigenaar)) {
    SectieVoortgang v{.sectie = s.sectie};
    for (const auto& a : acties) {
      if (a.sectie != s.sectie) continue;
      tel(v, a, vandaag);
      tel(totaal, a, vandaag);
    }
    procent(v);
    uit.push_back(v);
  }
  procent(totaal);
  uit.push_back(totaal);
  return uit;
}

std::vector<std::pair<std::string, std::string>> controleer_actie(PlanEigenaar eigenaar,
                                                                  const ImplementatieActie& actie) {
  std::vector<std::pair<std::string, std::string>> fouten;
  const auto secties = secties_van(eigenaar);
  if (std::ranges::none_of(secties, [&](const auto& s) { return s.sectie == actie.sectie; })) {
    fouten.emplace_back("sectie", std::string{"Kies een sectie van "} + secties.front().sectie +
                                      " tot en met " + secties.back().sectie + ".");
  }
  if (is_leeg(actie.omschrijving)) fouten.emplace_back("omschrijving", "Beschrijf de actie.");
  if (actie.stand == ActieStand::niet_van_toepassing &&
      (!actie.reden || is_leeg(*actie.reden) || actie.reden->size() < kMinimaleRedenNietVanToepassing)) {
    fouten.emplace_back("reden", "Leg uit waarom deze actie niet van toepassing is (minstens " +
                                     std::to_string(kMinimaleRedenNietVanToepassing) + " tekens).");
  }
  return fouten;
}

std::span<const BasiseisInfo> basiseisen() { return kBasiseisen; }

bool scholing_op_orde(bool heeft_opleidingsplan, int regisseurs, int regisseurs_met_basistraining) {
  return heeft_opleidingsplan && regisseurs > 0 && regisseurs_met_basistraining >= regisseurs;
}

const RolEis& rol_eis(PlanEigenaar eigenaar) {
  return *std::ranges::find(kRolEisen, eigenaar, &RolEis::eigenaar);
}

std::optional<RolBevinding> rolbevinding(PlanEigenaar eigenaar, int actieve_rolhouders) {
  if (actieve_rolhouders > 0) return std::nullopt;
  return rol_eis(eigenaar).bevinding;
}

const BasiseisInfo& basiseis_info(Basiseis eis) {
  return *std::ranges::find(kBasiseisen, eis, &BasiseisInfo::eis);
}

EisUitkomst basiseis_uitkomst(Basiseis eis, std::optional<bool> vastgelegd, const OrganisatieFeiten& feiten) {
  const auto& info = basiseis_info(eis);
  const auto besluit = info.afleiding ? info.afleiding(feiten, vastgelegd) : vastgelegd;
  if (!besluit) return EisUitkomst::onbekend;
  return *besluit ? EisUitkomst::voldaan : EisUitkomst::niet_voldaan;
}

bool spreekt_gegevens_tegen(Basiseis eis, std::optional<bool> vastgelegd, const OrganisatieFeiten& feiten) {
  const auto& info = basiseis_info(eis);
  if (!info.afleiding || info.vastlegging_is_invoer || !vastgelegd) return false;
  const auto uit_gegevens = info.afleiding(feiten, vastgelegd);
  return uit_gegevens && *uit_gegevens != *vastgelegd;
}

}  // namespace regie::domain
