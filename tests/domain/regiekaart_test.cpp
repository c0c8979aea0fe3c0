// The level table against DOMAIN.md §4.1 and the output rules of §11, level by level.

#include "domain/regiekaart.hpp"

#include <gtest/gtest.h>

namespace regie::domain {
namespace {

using enum Partij;
using P = std::vector<Partij>;

struct Verwacht {
  Niveau niveau;
  Kleur kleur;
  Nodig op;
  PlanVariant variant;
  Nodig vp;
  Nodig casus_nodig;
  std::optional<Profiel> casus_profiel;
  P casus_door;
  Nodig proces_nodig;
  std::optional<Profiel> proces_profiel;
  P proces_door;
  bool proces_extern;
  P inzet;
  P overleg;
  P operationeel;
  P bestuurlijk;
};

const std::vector<Verwacht> kVerwacht{
    {Niveau::een,
     Kleur::groen,
     Nodig::naar_behoefte,
     PlanVariant::preventief,
     Nodig::niet_vereist,
     Nodig::naar_behoefte,
     Profiel::A,
     {klant, netwerk, basiszorg},
     Nodig::niet_van_toepassing,
     std::nullopt,
     {},
     false,
     {klant, netwerk, basiszorg},
     {klant, netwerk, basiszorg, lokaal_team, zorgketen},
     {manager},
     {}},
    {Niveau::twee,
     Kleur::geel,
     Nodig::verplicht,
     PlanVariant::regulier,
     Nodig::niet_vereist,
     Nodig::verplicht,
     Profiel::A,
     {lokaal_team, zorgketen},
     Nodig::verplicht,
     Profiel::A,
     {lokaal_team, zorgketen},
     false,
     {klant, netwerk, basiszorg, lokaal_team, zorgketen},
     {lokaal_team, zorgketen, veiligheidsketen, civiele_keten},
     {manager},
     {wethouder}},
    {Niveau::drie,
     Kleur::oranje,
     Nodig::verplicht,
     PlanVariant::regulier,
     Nodig::verplicht,
     Nodig::verplicht,
     Profiel::B,
     {lokaal_team, zorgketen, veiligheidsketen},
     Nodig::verplicht,
     Profiel::B,
     {lokaal_team, zorgketen, veiligheidsketen},
     false,
     {klant, netwerk, basiszorg, lokaal_team, zorgketen, veiligheidsketen},
     {lokaal_team, zorgketen, veiligheidsketen},
     {manager},
     {wethouder}},
    {Niveau::vier,
     Kleur::rood,
     Nodig::verplicht,
     PlanVariant::regulier,
     Nodig::verplicht,
     Nodig::verplicht,
     Profiel::B_plus,
     {lokaal_team, zorgketen, veiligheidsketen},
     Nodig::verplicht,
     Profiel::B_plus,
     {lokaal_team, zorgketen, veiligheidsketen},
     false,
     {klant, netwerk, basiszorg, lokaal_team, zorgketen, veiligheidsketen, ambtenaar_ivz_oov},
     {zorgketen, veiligheidsketen, driehoek, ggd_ghor},
     {manager, ketenmanager_zvh},
     {burgemeester, wethouder}},
    {Niveau::vijf,
     Kleur::donkerrood,
     Nodig::verplicht,
     PlanVariant::regulier,
     Nodig::verplicht,
     Nodig::verplicht,
     Profiel::B_plus,
     {lokaal_team, zorgketen, veiligheidsketen},
     Nodig::verplicht,
     Profiel::B_plus,
     {veiligheidsketen},
     true,
     {basiszorg, lokaal_team, zorgketen, veiligheidsketen, driehoek, ggd_ghor, riec, ambtenaar_ivz_oov},
     {lokaal_team, zorgketen, veiligheidsketen, burgemeester},
     {ambtenaar_ivz_oov, burgemeester, manager},
     {burgemeester}},
};

class RegiekaartTest : public ::testing::TestWithParam<Verwacht> {};

TEST_P(RegiekaartTest, RowMatchesTheSpecification) {
  const Verwacht& v = GetParam();
  const NiveauKaart& k = kaart_voor(v.niveau);
  EXPECT_EQ(k.niveau, v.niveau);
  EXPECT_EQ(k.kleur, v.kleur);
  EXPECT_EQ(k.ondersteuningsplan, v.op);
  EXPECT_EQ(k.variant, v.variant);
  EXPECT_EQ(k.veiligheidsplan, v.vp);
  EXPECT_EQ(k.casusregie, (RegieVoorschrift{v.casus_nodig, v.casus_profiel, v.casus_door, false}));
  EXPECT_EQ(k.procesregie,
            (RegieVoorschrift{v.proces_nodig, v.proces_profiel, v.proces_door, v.proces_extern}));
  EXPECT_EQ(k.inzet, v.inzet);
  EXPECT_EQ(k.overleg, v.overleg);
  EXPECT_FALSE(k.doel.empty());
  EXPECT_EQ(k.operationeel_verantwoordelijk, v.operationeel);
  EXPECT_EQ(k.bestuurlijk_verantwoordelijk, v.bestuurlijk);
}

INSTANTIATE_TEST_SUITE_P(AlleNiveaus, RegiekaartTest, ::testing::ValuesIn(kVerwacht),
                         [](const auto& p) { return "niveau" + std::to_string(nummer(p.param.niveau)); });

TEST(Regiekaart, HasFiveLevelsInOrder) {
  ASSERT_EQ(regiekaart().size(), 5u);
  for (int n = 1; n <= 5; ++n) EXPECT_EQ(nummer(regiekaart()[static_cast<std::size_t>(n - 1)].niveau), n);
}

TEST(Regiekaart, OnlyLevelTwoWidensCasusregieForASingleConcern) {
  for (const auto& k : regiekaart()) {
    EXPECT_EQ(k.casusregie_ook_bij_enkelvoudige_zorgen, k.niveau == Niveau::twee ? P{basiszorg} : P{});
  }
}

TEST(Regiekaart, CodesRoundTrip) {
  for (const auto& [partij, code] : CodeTable<Partij>::entries) EXPECT_EQ(from_code<Partij>(code), partij);
  EXPECT_EQ(to_code(Profiel::B_plus), "B+");
  EXPECT_EQ(from_code<Kleur>("paars"), std::nullopt);
}

}  // namespace
}  // namespace regie::domain

namespace regie::domain {
namespace {

// DOMAIN.md §4.5: at level 4 the help first restores safety, then treats.
TEST(Regiekaart, AtLevelFourTheHelpFirstRestoresSafety) {
  EXPECT_TRUE(kaart_voor(Niveau::vier).doel.starts_with("Eerst de veiligheid herstellen"));
}

}  // namespace
}  // namespace regie::domain
