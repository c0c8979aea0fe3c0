#include "domain/competentie.hpp"

#include <algorithm>

namespace regie::domain {
namespace {

// Each profile's own items, as chapter 4 of the method's guide orders them, in our own words. A profile's
// checklist adds the items of the profiles it includes (profielen.hpp); codes stay stable, for the
// assessments already recorded.
constexpr std::array kGebieden{
    // Casusregisseur A
    Competentiegebied{
        kCasusA, "kennis",
        "Kent de methode en de organisaties in de gemeente, weet van de problemen die spelen en "
        "haalt deskundigheid erbij voor leefgebieden die hij minder kent."},
    Competentiegebied{
        kCasusA, "klantgericht",
        "Is nieuwsgierig naar wat het huishouden drijft, laat de hulpvraag leidend zijn, is open "
        "naar het huishouden en helpt het zelf de regie te nemen."},
    Competentiegebied{
        kCasusA, "sensitiviteit",
        "Houdt rekening met etnische, culturele en sociale achtergrond en met de gevoeligheden die "
        "daarbij horen."},
    Competentiegebied{
        kCasusA, "relaties_bouwen",
        "Helpt het huishouden het eigen netwerk te betrekken, legt besluiten uit in begrijpelijke "
        "taal en is goed bereikbaar."},
    Competentiegebied{
        kCasusA, "probleemoplossend",
        "Onderzoekt problemen van meer kanten, ook wat erachter zit, en komt met betrokkenen tot "
        "doelen en afspraken die samenhangen."},
    Competentiegebied{
        kCasusA, "overzicht",
        "Begrijpt wat het huishouden beweegt, voelt zich mede verantwoordelijk voor het proces en "
        "schaalt op waar nodig en af waar het kan."},
    Competentiegebied{
        kCasusA, "organiseren",
        "Voert casusregie volgens de methode: een gedeelde analyse vanuit krachten, concrete en "
        "meetbare doelen, en steeds opnieuw volgen hoe het gaat."},
    // Procesregisseur A
    Competentiegebied{kProcesA, "ervaring", "Heeft werkervaring in het veld."},
    Competentiegebied{
        kProcesA, "groepen_leiden",
        "Brengt samenwerking op gang, geeft richting en zorgt dat betrokkenen op tijd met elkaar "
        "overleggen."},
    Competentiegebied{
        kProcesA, "regierol_aanvaard",
        "Maakt duidelijk dat hij de regie voert en zorgt dat alle betrokkenen die rol aanvaarden."},
    Competentiegebied{kProcesA, "aanpassingsvermogen", "Blijft doelmatig werken als de situatie verandert."},
    Competentiegebied{
        kProcesA, "overtuigingskracht",
        "Krijgt partijen achter de gekozen lijn en stelt grenzen in het belang van het huishouden."},
    Competentiegebied{
        kProcesA, "daadkracht",
        "Vertrekt vanuit wat het huishouden nodig heeft, niet vanuit het aanbod; grijpt op tijd in "
        "en houdt het doel vast bij tegenslag."},
    Competentiegebied{
        kProcesA, "procesbewaking",
        "Weet welke hulp loopt, bewaakt afspraken en voortgang en kijkt of de hulp effectief, goed "
        "en betaalbaar is."},
    Competentiegebied{kProcesA, "sparringpartner", "Is sparringpartner van de casusregisseur."},
    Competentiegebied{kProcesA, "gegevens_delen",
                      "Zorgt dat huishouden en betrokkenen weten welke gegevens worden gedeeld en hoe die "
                      "worden bijgehouden."},
    // Casusregisseur B
    Competentiegebied{
        kCasusB, "veiligheid_huishouden",
        "Zet veiligheid altijd voorop, durft die met huishouden en netwerk te bespreken en grijpt "
        "zo nodig in, met afstand en met compassie."},
    Competentiegebied{kCasusB, "norm_veilig_genoeg",
                      "Spreekt met het huishouden af wanneer het veilig genoeg is, vraagt eerst hoe zij zelf "
                      "voor veiligheid willen zorgen, en legt voorwaarden en afspraken vast."},
    Competentiegebied{kCasusB, "besluit_hertoetsen",
                      "Blijft kritisch of een eerder besluit over veiligheid nog steeds het beste is."},
    Competentiegebied{
        kCasusB, "samenwerken_zorg_veiligheid",
        "Werkt samen met partners uit zorg en veiligheid en brengt hun belangen in bij het gesprek "
        "met het huishouden."},
    Competentiegebied{kCasusB, "drang_en_dwang", "Kan begeleiden binnen een kader van drang of dwang."},
    Competentiegebied{kCasusB, "doelgroepen",
                      "Weet genoeg van de groepen waar zorg en veiligheid samen ingrijpen: partnergeweld, "
                      "eergerelateerd geweld, complexe scheidingen, stalking en kindermishandeling."},
    Competentiegebied{
        kCasusB, "eigen_veiligheid",
        "Spreekt grensoverschrijdend gedrag aan, kent eigen grenzen, meldt overbelasting op tijd "
        "en let op de eigen veiligheid."},
    // Casusregisseur B+
    Competentiegebied{
        kCasusBplus, "doortastend_de_escaleren",
        "Heeft van de eigen organisatie het mandaat om zakelijk en doortastend casusregie te voeren "
        "om te de-escaleren en de veiligheid te herstellen."},
    Competentiegebied{
        kCasusBplus, "omgeving",
        "Spreekt met het huishouden af wanneer de omgeving geen overlast meer heeft, betrekt de "
        "omgeving bij de plannen en weegt haar mee in elke keuze."},
    Competentiegebied{
        kCasusBplus, "crimineel_gedrag",
        "Spreekt strafbaar gedrag en fraude aan en is daarover open naar huishouden en partners."},
    Competentiegebied{kCasusBplus, "risicofactoren", "Kent de risico's die in deze groepen kunnen ontstaan."},
    Competentiegebied{kCasusBplus, "politiek_sensitief", "Is politiek sensitief."},
    // Procesregisseur B
    Competentiegebied{
        kProcesB, "regie_overnemen",
        "Weegt of de regie bij het huishouden kan blijven of tijdelijk moet worden overgenomen, en "
        "wanneer die terug kan."},
    Competentiegebied{
        kProcesB, "veiligheid_in_proces",
        "Verwerkt voorwaarden en afspraken over veiligheid in het lopende proces en toetst of ze "
        "samenhangen met doelen en acties."},
    Competentiegebied{
        kProcesB, "escalatie",
        "Handelt bij escalatie met de-escalerende acties, is politiek sensitief en weet wanneer "
        "een casus naar management of bestuur moet."},
    Competentiegebied{kProcesB, "krachtenveld",
                      "Brengt het krachtenveld tussen de betrokken organisaties in kaart."},
    Competentiegebied{kProcesB, "meerzijdig_partijdig",
                      "Is meerzijdig partijdig: ziet de belangen van alle partijen en houdt het overzicht."},
    Competentiegebied{
        kProcesB, "een_plan_zorg_en_veiligheid",
        "Zorgt voor één gezamenlijk ondersteunings- en veiligheidsplan waarin zorg, huisvesting en "
        "veiligheid samen inzetten, in balans tussen kwaliteit, effect en kosten."},
    Competentiegebied{
        kProcesB, "strak_leiden",
        "Leidt het proces strak en spreekt huishouden, netwerk en professionals aan als afspraken "
        "niet worden nagekomen."},
    Competentiegebied{kProcesB, "maatregelen_kennen",
                      "Kent bestuurlijke, civiele en strafrechtelijke maatregelen."},
    Competentiegebied{
        kProcesB, "wet_en_sociale_kaart",
        "Kent de wetten en regels die ertoe doen, de sociale kaart en het forensische veld, ook "
        "voor bijzondere groepen zoals statushouders of bij woonoverlast."},
    Competentiegebied{
        kProcesB, "samenwerking_verbeteren",
        "Ziet knelpunten en patronen in de samenwerking, brengt ze ter sprake en adviseert hoe het "
        "beter kan."},
    // Procesregisseur B+
    Competentiegebied{kProcesBplus, "mandaat_procesregie",
                      "Heeft van de eigen organisatie het mandaat om zakelijk en doortastend procesregie te "
                      "voeren om te de-escaleren en de veiligheid te herstellen."},
    Competentiegebied{kProcesBplus, "justitieel_domein", "Kent het justitiële domein."},
    Competentiegebied{
        kProcesBplus, "doelgroep_en_risico",
        "Kent de groepen waar zorg en veiligheid samen ingrijpen en de risico's die daar kunnen "
        "ontstaan."},
    Competentiegebied{kProcesBplus, "verwachtingen_partners",
                      "Weet wat van de partners in zorg, huisvesting en veiligheid verwacht mag worden."},
};

}  // namespace

std::span<const Competentiegebied> competentiegebieden() { return kGebieden; }

std::vector<Competentiegebied> checklist_voor(Certificering profiel) {
  const auto gedekt = gedekt_door(profiel);
  std::vector<Competentiegebied> uit;
  std::ranges::copy_if(kGebieden, std::back_inserter(uit), [&](const auto& g) {
    return std::ranges::find(gedekt, g.ingevoerd_bij) != gedekt.end();
  });
  return uit;
}

Uitslag beoordeel(Certificering profiel, std::span<const Gebiedsoordeel> oordelen) {
  const auto lijst = checklist_voor(profiel);
  Uitslag u;
  bool allemaal_voldoet = true;
  for (const auto& g : lijst) {
    const auto o = std::ranges::find(oordelen, g.code, &Gebiedsoordeel::code);
    if (o == oordelen.end()) {
      u.ontbrekend.push_back(g.code);
    } else if (o->beoordeling != Beoordeling::voldoet) {
      allemaal_voldoet = false;
    }
  }
  for (const auto& o : oordelen) {
    if (std::ranges::none_of(lijst, [&](const auto& g) { return g.code == o.code; }))
      u.onbekend.push_back(o.code);
  }
  u.positief = u.ontbrekend.empty() && u.onbekend.empty() && allemaal_voldoet;
  return u;
}

}  // namespace regie::domain
