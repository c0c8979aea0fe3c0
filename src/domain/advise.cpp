#include <algorithm>

#include "domain/advies.hpp"

#include "domain/afschalen.hpp"

namespace regie::domain {

bool onveilig(const Taxatie& t) {
  return t.veiligheid != Veiligheid::veilig || heeft_effectief_signaal(t.signalen);
}

namespace {

// The cumulative criteria of the card, lowest level first. The advised level is the highest level
// whose criterion holds ("safety first"); a lower criterion that does not hold makes the
// assessment inconsistent.
struct Criterium {
  RedenCode code;
  Niveau niveau;
  bool (*geldt)(const Taxatie&);
  std::string_view naam;  // short name used in the inconsistency warning
  std::string_view tekst;
};

const std::array<Criterium, 4> kCriteria{{
    {RedenCode::hulp_ontoereikend, Niveau::twee,
     [](const Taxatie& t) {
       return t.draagkracht != Draagkracht::in_balans &&
              (t.zelfredzaamheid == Zelfredzaamheid::beperkt || t.zelfredzaamheid == Zelfredzaamheid::niet) &&
              !t.basiszorg_toereikend;
     },
     "hulp ontoereikend (draagkracht uit balans, beperkt of niet zelfredzaam, basiszorg niet genoeg)",
     "De draagkracht is uit balans, het huishouden redt zich beperkt of niet zelf en basiszorg alleen is "
     "niet genoeg: er is meer of andere hulp nodig."},
    {RedenCode::onveiligheid, Niveau::drie, onveilig, "onveiligheid (signalen of een onveilige situatie)",
     "Er zijn signalen van onveiligheid, of de situatie is onveilig voor één of meer gezinsleden."},
    {RedenCode::onveilig_ketenoverstijgend, Niveau::vier,
     [](const Taxatie& t) { return onveilig(t) && t.ketenoverstijgend_nodig; },
     "onveilig en ketenoverstijgend (signalen of een onveilige situatie waarvoor samenwerking over ketens "
     "nodig is)",
     "Er zijn signalen van onveiligheid of de situatie is onveilig, en de veiligheid is alleen te herstellen "
     "als ketens over hun grenzen heen samenwerken."},
    {RedenCode::escalatie, Niveau::vijf, [](const Taxatie& t) { return t.escalatie != Escalatie::geen; },
     "escalatie (dreigende of actuele escalatie of maatschappelijke onrust)",
     "Totale escalatie of maatschappelijke onrust dreigt of is er al."},
}};

// KE: stagnation by the client's problems sets a minimum level and the profile that is needed.
struct ExpertiseDrempel {
  StagnatieProblematiek stagnatie;
  Niveau minimum;
  std::string_view tekst;
};

constexpr std::array<ExpertiseDrempel, 3> kExpertiseDrempels{{
    {StagnatieProblematiek::A, Niveau::twee,
     "De problematiek van het huishouden laat de aanpak vastlopen: een regisseur met profiel A is nodig "
     "(minimaal niveau 2)."},
    {StagnatieProblematiek::B, Niveau::drie,
     "De problematiek van het huishouden laat de aanpak vastlopen: een regisseur met profiel B is nodig "
     "(minimaal niveau 3)."},
    {StagnatieProblematiek::B_plus, Niveau::vier,
     "De problematiek van het huishouden laat de aanpak vastlopen: een regisseur met profiel B+ is nodig "
     "(minimaal niveau 4)."},
}};

const ExpertiseDrempel* drempel_voor(StagnatieProblematiek stagnatie) {
  const auto* it = std::ranges::find(kExpertiseDrempels, stagnatie, &ExpertiseDrempel::stagnatie);
  return it == kExpertiseDrempels.end() ? nullptr : it;
}

constexpr std::string_view kTekstContraIndicatie =
    "Ook na een motivatietraject ontbreken motivatie en bereidheid om mee te werken, en het huishouden staat "
    "onverschillig tegenover een oplossing. De aanpak heeft dan weinig kans van slagen: weeg bewust af of en "
    "hoe u toch start.";

constexpr std::string_view kTekstGeenVerdereOpschaling =
    "Niveau 5 is het hoogste niveau: verder opschalen kan niet. Wordt een besluit in een gedwongen kader "
    "genomen (zoals een gedwongen opname of een uithuisplaatsing van een of meer gezinsleden), leg het dan "
    "vast "
    "bij Kader en dwangbesluiten.";

constexpr std::string_view kTekstVeiligMetSignaal =
    "Er is een veiligheidssignaal vastgelegd, terwijl de veiligheid als 'veilig' is beoordeeld.";

Waarschuwing inconsistentie(std::vector<RedenCode> ontbrekend, bool veilig_met_signaal, Niveau niveau) {
  std::string tekst = "Controleer de taxatie. ";
  if (veilig_met_signaal) {
    tekst += kTekstVeiligMetSignaal;
    tekst += ' ';
  }
  if (!ontbrekend.empty()) {
    tekst += "De criteria wijzen op niveau " + std::to_string(nummer(niveau)) +
             ", maar niet alle voorwaarden van de lagere niveaus zijn vastgesteld. Ontbreekt: ";
    for (std::size_t i = 0; i < ontbrekend.size(); ++i) {
      const auto* c = std::ranges::find(kCriteria, ontbrekend[i], &Criterium::code);
      if (i > 0) tekst += "; ";
      tekst += c->naam;
    }
    tekst += ". ";
  }
  tekst += "Het advies gaat uit van de hoogste vastgestelde onveiligheid (veiligheid eerst).";
  return {WaarschuwingCode::beoordeling_inconsistent, std::move(tekst), std::move(ontbrekend)};
}

// DOMAIN.md §4.3: from the current level, step down one level at a time while that level's own conditions
// hold, never below the scale-up level.
Niveau afgeschaald_niveau(const Taxatie& t, Niveau huidig, Niveau opschaalniveau) {
  if (opschaalniveau >= huidig) return opschaalniveau;
  Niveau niveau = huidig;
  while (niveau > opschaalniveau && ontbrekend_voor_afschalen(t, niveau).empty())
    niveau = niveau_uit_nummer(nummer(niveau) - 1);
  return niveau;
}

Richting richting_van(Niveau huidig, Niveau nieuw) {
  if (nieuw > huidig) return Richting::opschalen;
  if (nieuw < huidig) return Richting::afschalen;
  return Richting::gelijk;
}

}  // namespace

Niveau expertise_minimum(StagnatieProblematiek stagnatie) {
  const auto* drempel = drempel_voor(stagnatie);
  return drempel ? drempel->minimum : Niveau::een;
}

bool is_contra_indicatie(Motivatie motivatie, bool onverschillig) {
  return motivatie == Motivatie::afwezig_na_motivatietraject && onverschillig;
}

Advies advise(const Taxatie& t) {
  Advies advies;

  Niveau niveau_criteria = Niveau::een;
  for (const auto& criterium : kCriteria) {
    if (criterium.geldt(t)) {
      niveau_criteria = std::max(niveau_criteria, criterium.niveau);
      advies.redenen.push_back({criterium.code, std::string{criterium.tekst}});
    }
  }
  Niveau opschaalniveau = niveau_criteria;
  if (const auto* drempel = drempel_voor(t.stagnatie_problematiek)) {
    opschaalniveau = std::max(opschaalniveau, drempel->minimum);
    advies.redenen.push_back({RedenCode::expertise_nodig, std::string{drempel->tekst}});
  }
  const Niveau niveau =
      t.huidig_niveau ? afgeschaald_niveau(t, *t.huidig_niveau, opschaalniveau) : opschaalniveau;
  advies.niveau = niveau;
  if (niveau > opschaalniveau) {
    advies.redenen.push_back({RedenCode::afschalen_nog_niet,
                              "Het huishouden blijft op niveau " + std::to_string(nummer(niveau)) +
                                  ": nog niet alle voorwaarden om een niveau lager te gaan gelden."});
  }
  if (t.huidig_niveau && niveau <= *t.huidig_niveau && niveau > Niveau::een) {
    advies.nog_niet_afschalen =
        NogNietAfschalen{niveau_uit_nummer(nummer(niveau) - 1), ontbrekend_voor_afschalen(t, niveau)};
  }

  const NiveauKaart& kaart = kaart_voor(niveau);
  advies.kleur = kaart.kleur;
  advies.plannen = {kaart.ondersteuningsplan, kaart.variant, kaart.veiligheidsplan};
  advies.casusregie = kaart.casusregie;
  if (t.zorgen == Zorgen::enkelvoudig) {
    advies.casusregie.door.insert(advies.casusregie.door.begin(),
                                  kaart.casusregie_ook_bij_enkelvoudige_zorgen.begin(),
                                  kaart.casusregie_ook_bij_enkelvoudige_zorgen.end());
  }
  advies.procesregie = kaart.procesregie;
  advies.inzet = kaart.inzet;
  advies.overleg = kaart.overleg;
  advies.operationeel_verantwoordelijk = kaart.operationeel_verantwoordelijk;
  advies.bestuurlijk_verantwoordelijk = kaart.bestuurlijk_verantwoordelijk;

  if (t.huidig_niveau) {
    advies.richting = richting_van(*t.huidig_niveau, niveau);
    advies.nazorgafspraak_vereist =
        advies.richting == Richting::afschalen && *t.huidig_niveau >= Niveau::drie;
  }
  advies.opschalen_naar_manager = t.stagnatie_samenwerking != StagnatieSamenwerking::geen;
  advies.maatregelen = maatregelen_voor(t.signalen, t.veiligheid != Veiligheid::veilig);

  std::vector<RedenCode> ontbrekend;
  for (const auto& criterium : kCriteria) {
    if (criterium.niveau < niveau_criteria && !criterium.geldt(t)) ontbrekend.push_back(criterium.code);
  }
  const bool veilig_met_signaal = t.veiligheid == Veiligheid::veilig && heeft_effectief_signaal(t.signalen);
  if (!ontbrekend.empty() || veilig_met_signaal) {
    advies.waarschuwingen.push_back(
        inconsistentie(std::move(ontbrekend), veilig_met_signaal, niveau_criteria));
  }
  if (is_contra_indicatie(t.motivatie, t.onverschillig)) {
    advies.waarschuwingen.push_back(
        {WaarschuwingCode::contra_indicatie, std::string{kTekstContraIndicatie}, {}});
  }
  if (niveau == Niveau::vijf && t.huidig_niveau == Niveau::vijf && t.escalatie == Escalatie::actueel) {
    advies.waarschuwingen.push_back(
        {WaarschuwingCode::geen_verdere_opschaling, std::string{kTekstGeenVerdereOpschaling}, {}});
  }
  return advies;
}

}  // namespace regie::domain
