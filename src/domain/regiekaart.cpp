#include "domain/regiekaart.hpp"

#include <array>

namespace regie::domain {
namespace {

using enum Partij;

// "In overleg met" is the union of the card's summary and the level texts (DOMAIN.md §4.1): levels 1–3 add
// the lokaal team, level 2 the civiele keten too. Level 4 deploys everything of level 3 plus the
// municipality's public-order official. Level 5's operational responsibility lists the mandated IVZ/OOV
// official and the mayor (level text) as well as the professional's manager (the card's summary table):
// DOMAIN.md says to show both.
const std::array<NiveauKaart, 5> kRegiekaart{{
    {.niveau = Niveau::een,
     .kleur = Kleur::groen,
     .ondersteuningsplan = Nodig::naar_behoefte,
     .variant = PlanVariant::preventief,
     .veiligheidsplan = Nodig::niet_vereist,
     .casusregie = {Nodig::naar_behoefte, Profiel::A, {klant, netwerk, basiszorg}, false},
     .casusregie_ook_bij_enkelvoudige_zorgen = {},
     .procesregie = {Nodig::niet_van_toepassing, std::nullopt, {}, false},
     .inzet = {klant, netwerk, basiszorg},
     .overleg = {klant, netwerk, basiszorg, lokaal_team, zorgketen},
     .operationeel_verantwoordelijk = {manager},
     .bestuurlijk_verantwoordelijk = {},
     .doel = "Problemen voorkomen: signalen vroeg zien, met de basiszorg als het nodig is."},
    {.niveau = Niveau::twee,
     .kleur = Kleur::geel,
     .ondersteuningsplan = Nodig::verplicht,
     .variant = PlanVariant::regulier,
     .veiligheidsplan = Nodig::niet_vereist,
     .casusregie = {Nodig::verplicht, Profiel::A, {lokaal_team, zorgketen}, false},
     .casusregie_ook_bij_enkelvoudige_zorgen = {basiszorg},
     .procesregie = {Nodig::verplicht, Profiel::A, {lokaal_team, zorgketen}, false},
     .inzet = {klant, netwerk, basiszorg, lokaal_team, zorgketen},
     .overleg = {lokaal_team, zorgketen, veiligheidsketen, civiele_keten},
     .operationeel_verantwoordelijk = {manager},
     .bestuurlijk_verantwoordelijk = {wethouder},
     .doel = "Problemen voorkomen en behandelen, en herstellen wat al beschadigd is."},
    {.niveau = Niveau::drie,
     .kleur = Kleur::oranje,
     .ondersteuningsplan = Nodig::verplicht,
     .variant = PlanVariant::regulier,
     .veiligheidsplan = Nodig::verplicht,
     .casusregie = {Nodig::verplicht, Profiel::B, {lokaal_team, zorgketen, veiligheidsketen}, false},
     .casusregie_ook_bij_enkelvoudige_zorgen = {},
     .procesregie = {Nodig::verplicht, Profiel::B, {lokaal_team, zorgketen, veiligheidsketen}, false},
     .inzet = {klant, netwerk, basiszorg, lokaal_team, zorgketen, veiligheidsketen},
     .overleg = {lokaal_team, zorgketen, veiligheidsketen},
     .operationeel_verantwoordelijk = {manager},
     .bestuurlijk_verantwoordelijk = {wethouder},
     .doel = "Problemen behandelen, de veiligheid herstellen en herstellen wat beschadigd is."},
    {.niveau = Niveau::vier,
     .kleur = Kleur::rood,
     .ondersteuningsplan = Nodig::verplicht,
     .variant = PlanVariant::regulier,
     .veiligheidsplan = Nodig::verplicht,
     .casusregie = {Nodig::verplicht, Profiel::B_plus, {lokaal_team, zorgketen, veiligheidsketen}, false},
     .casusregie_ook_bij_enkelvoudige_zorgen = {},
     .procesregie = {Nodig::verplicht, Profiel::B_plus, {lokaal_team, zorgketen, veiligheidsketen}, false},
     .inzet = {klant, netwerk, basiszorg, lokaal_team, zorgketen, veiligheidsketen, ambtenaar_ivz_oov},
     .overleg = {zorgketen, veiligheidsketen, driehoek, ggd_ghor},
     .operationeel_verantwoordelijk = {manager, ketenmanager_zvh},
     .bestuurlijk_verantwoordelijk = {burgemeester, wethouder},
     .doel =
         "Eerst de veiligheid herstellen, daarna de problemen behandelen en herstellen wat beschadigd is."},
    {.niveau = Niveau::vijf,
     .kleur = Kleur::donkerrood,
     .ondersteuningsplan = Nodig::verplicht,
     .variant = PlanVariant::regulier,
     .veiligheidsplan = Nodig::verplicht,
     .casusregie = {Nodig::verplicht, Profiel::B_plus, {lokaal_team, zorgketen, veiligheidsketen}, false},
     .casusregie_ook_bij_enkelvoudige_zorgen = {},
     .procesregie = {Nodig::verplicht, Profiel::B_plus, {veiligheidsketen}, true},
     .inzet = {basiszorg, lokaal_team, zorgketen, veiligheidsketen, driehoek, ggd_ghor, riec,
               ambtenaar_ivz_oov},
     .overleg = {lokaal_team, zorgketen, veiligheidsketen, burgemeester},
     .operationeel_verantwoordelijk = {ambtenaar_ivz_oov, burgemeester, manager},
     .bestuurlijk_verantwoordelijk = {burgemeester},
     .doel = "De veiligheid herstellen, de onrust beheersen en zorgen voor wie getroffen is; daarna "
             "behandelen en herstellen.",
     .crisislaag = true},
}};

}  // namespace

std::span<const NiveauKaart> regiekaart() { return kRegiekaart; }

const NiveauKaart& kaart_voor(Niveau niveau) {
  return kRegiekaart.at(static_cast<std::size_t>(nummer(niveau) - 1));
}

}  // namespace regie::domain
