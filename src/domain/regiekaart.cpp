#include "domain/regiekaart.hpp"

#include <array>

namespace regie::domain {
namespace {

using enum Partij;

// Level 4 deploys everything of level 3 plus the municipality's public-order official.
// Level 5's operational responsibility lists the mandated IVZ/OOV official and the mayor (level text)
// as well as the professional's manager (the card's summary table): DOMAIN.md says to show both.
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
     .overleg = {klant, netwerk, basiszorg, zorgketen},
     .operationeel_verantwoordelijk = {manager},
     .bestuurlijk_verantwoordelijk = {}},
    {.niveau = Niveau::twee,
     .kleur = Kleur::geel,
     .ondersteuningsplan = Nodig::verplicht,
     .variant = PlanVariant::regulier,
     .veiligheidsplan = Nodig::niet_vereist,
     .casusregie = {Nodig::verplicht, Profiel::A, {lokaal_team, zorgketen}, false},
     .casusregie_ook_bij_enkelvoudige_zorgen = {basiszorg},
     .procesregie = {Nodig::verplicht, Profiel::A, {lokaal_team, zorgketen}, false},
     .inzet = {klant, netwerk, basiszorg, lokaal_team, zorgketen},
     .overleg = {zorgketen, veiligheidsketen},
     .operationeel_verantwoordelijk = {manager},
     .bestuurlijk_verantwoordelijk = {wethouder}},
    {.niveau = Niveau::drie,
     .kleur = Kleur::oranje,
     .ondersteuningsplan = Nodig::verplicht,
     .variant = PlanVariant::regulier,
     .veiligheidsplan = Nodig::verplicht,
     .casusregie = {Nodig::verplicht, Profiel::B, {lokaal_team, zorgketen, veiligheidsketen}, false},
     .casusregie_ook_bij_enkelvoudige_zorgen = {},
     .procesregie = {Nodig::verplicht, Profiel::B, {lokaal_team, zorgketen, veiligheidsketen}, false},
     .inzet = {klant, netwerk, basiszorg, lokaal_team, zorgketen, veiligheidsketen},
     .overleg = {zorgketen, veiligheidsketen},
     .operationeel_verantwoordelijk = {manager},
     .bestuurlijk_verantwoordelijk = {wethouder}},
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
     .bestuurlijk_verantwoordelijk = {burgemeester, wethouder}},
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
     .bestuurlijk_verantwoordelijk = {burgemeester}},
}};

}  // namespace

std::span<const NiveauKaart> regiekaart() { return kRegiekaart; }

const NiveauKaart& kaart_voor(Niveau niveau) {
  return kRegiekaart.at(static_cast<std::size_t>(nummer(niveau) - 1));
}

}  // namespace regie::domain
