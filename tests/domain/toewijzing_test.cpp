// Assignment rules per level and role (DOMAIN.md §7).

#include "domain/toewijzing.hpp"

#include <gtest/gtest.h>

namespace regie::domain {
namespace {

Kandidaat professional(std::vector<Certificering> certs, std::vector<Partij> ketens = {Partij::lokaal_team}) {
  return {PersoonSoort::medewerker, std::move(certs), std::move(ketens), false};
}

std::vector<ToewijzingFout> fouten(Rol rol, std::optional<Niveau> n, const Kandidaat& k, bool gebied = true,
                                   bool al_proces = false) {
  return toets_toewijzing(rol, n, k, gebied, al_proces).fouten;
}

const Certificering cA{Rol::casus, Profiel::A}, cB{Rol::casus, Profiel::B}, pA{Rol::proces, Profiel::A},
    pB{Rol::proces, Profiel::B}, pBp{Rol::proces, Profiel::B_plus}, cBp{Rol::casus, Profiel::B_plus};

struct Geval {
  Rol rol;
  Niveau niveau;
  std::vector<Certificering> certs;
  bool toegestaan;
};

class ProfielTest : public ::testing::TestWithParam<Geval> {};

TEST_P(ProfielTest, ProfileAgainstTheLevel) {
  const auto& g = GetParam();
  const auto f = fouten(g.rol, g.niveau, professional(g.certs, {Partij::veiligheidsketen}));
  EXPECT_EQ(f.empty(), g.toegestaan);
}

INSTANTIATE_TEST_SUITE_P(
    Toewijzing, ProfielTest,
    ::testing::Values(
        Geval{Rol::casus, Niveau::een, {cA}, true}, Geval{Rol::casus, Niveau::een, {}, false},
        Geval{Rol::casus, Niveau::twee, {cA}, true}, Geval{Rol::proces, Niveau::twee, {cA}, false},
        Geval{Rol::proces, Niveau::twee, {pA}, true}, Geval{Rol::casus, Niveau::twee, {pA}, true},
        Geval{Rol::casus, Niveau::drie, {cA, pA}, false}, Geval{Rol::casus, Niveau::drie, {pB}, true},
        Geval{Rol::proces, Niveau::drie, {cB}, false}, Geval{Rol::proces, Niveau::vier, {pB}, false},
        Geval{Rol::proces, Niveau::vier, {pBp}, true}, Geval{Rol::casus, Niveau::vier, {cBp}, true},
        Geval{Rol::casus, Niveau::vier, {pBp}, false},  // §7: proces B+ does not include casus B+
        Geval{Rol::proces, Niveau::vijf, {pBp}, true}));

TEST(Toewijzing, ProcesregieDoesNotExistAtLevelOneAndNeedsALevel) {
  EXPECT_EQ(fouten(Rol::proces, Niveau::een, professional({pBp})),
            std::vector{ToewijzingFout::procesregie_niet_van_toepassing});
  EXPECT_EQ(fouten(Rol::casus, std::nullopt, professional({pBp})),
            std::vector{ToewijzingFout::niveau_ontbreekt});
}

TEST(Toewijzing, MembersHoldCasusregieOnlyAtLevelOneWithoutAProfile) {
  const Kandidaat lid{PersoonSoort::gezinslid, {}, {}, false};
  EXPECT_TRUE(fouten(Rol::casus, Niveau::een, lid).empty());
  EXPECT_EQ(fouten(Rol::casus, Niveau::twee, lid), std::vector{ToewijzingFout::alleen_professional});
  const Kandidaat netwerk{PersoonSoort::netwerklid, {}, {}, false};
  EXPECT_TRUE(fouten(Rol::casus, Niveau::een, netwerk).empty());
}

TEST(Toewijzing, OneProcesregisseurAndAnAreaForEachCasusregisseur) {
  EXPECT_EQ(fouten(Rol::proces, Niveau::twee, professional({pA}), true, true),
            std::vector{ToewijzingFout::al_een_procesregisseur});
  EXPECT_EQ(fouten(Rol::casus, Niveau::twee, professional({cA}), false),
            std::vector{ToewijzingFout::aandachtsgebied_ontbreekt});
  EXPECT_TRUE(
      fouten(Rol::casus, Niveau::twee, professional({cA}), true, true).empty());  // several casusregisseurs
}

TEST(Toewijzing, LevelFiveProcesregieIsExternalFromTheSafetyChain) {
  EXPECT_EQ(fouten(Rol::proces, Niveau::vijf, professional({pBp}, {Partij::lokaal_team, Partij::zorgketen})),
            std::vector{ToewijzingFout::niet_uit_veiligheidsketen});
  auto k = professional({pBp}, {Partij::veiligheidsketen, Partij::civiele_keten});
  EXPECT_TRUE(toets_toewijzing(Rol::proces, Niveau::vijf, k, false, false).waarschuwingen.empty());
  k.organisatie_levert_al_zorg = true;
  EXPECT_EQ(toets_toewijzing(Rol::proces, Niveau::vijf, k, false, false).waarschuwingen,
            std::vector{ToewijzingWaarschuwing::organisatie_levert_al_zorg});
  EXPECT_TRUE(toets_toewijzing(Rol::proces, Niveau::vier, k, false, false).waarschuwingen.empty());
}

TEST(Knelpunt, FlaggedWhenTheLevelRisesBeyondTheProfileUntilConfirmed) {
  const auto a = professional({pA, cA});
  EXPECT_EQ(knelpunt(Rol::proces, Niveau::twee, a, std::nullopt), std::nullopt);
  EXPECT_EQ(knelpunt(Rol::proces, Niveau::drie, a, std::nullopt), Knelpunt::profiel_onvoldoende);
  EXPECT_EQ(knelpunt(Rol::proces, Niveau::drie, a, Niveau::drie), std::nullopt);
  EXPECT_EQ(knelpunt(Rol::proces, Niveau::vier, a, Niveau::drie), Knelpunt::profiel_onvoldoende);
  EXPECT_EQ(knelpunt(Rol::proces, Niveau::vijf, professional({pBp}), std::nullopt),
            Knelpunt::niet_uit_veiligheidsketen);
  EXPECT_EQ(
      knelpunt(Rol::casus, Niveau::vijf, Kandidaat{PersoonSoort::gezinslid, {}, {}, false}, std::nullopt),
      std::nullopt);
  for (auto [f, code] : CodeTable<ToewijzingFout>::entries) EXPECT_FALSE(tekst(f).empty()) << code;
}

}  // namespace
}  // namespace regie::domain
