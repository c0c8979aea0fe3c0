// Regional organisations (DOMAIN.md §6, §7): which roles count in a gemeente per relation, and when an
// assignment must record its grondslag — each row of the tables.

#include "domain/regionaal.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/eisen.hpp"
#include "domain/toewijzing.hpp"

namespace regie::domain {
namespace {

const std::vector<Gebruikersrol> kAlleRollen{Gebruikersrol::regisseur, Gebruikersrol::manager,
                                             Gebruikersrol::aandachtsfunctionaris,
                                             Gebruikersrol::agendahouder, Gebruikersrol::beheerder};

TEST(Regionaal, InItsOwnGemeenteEveryRoleCounts) {
  EXPECT_EQ(rollen_in_gemeente(Werkrelatie::eigen, kAlleRollen), kAlleRollen);
}

TEST(Regionaal, ByContractOnlyRegieAndTheManagersOversightCount) {
  EXPECT_EQ(rollen_in_gemeente(Werkrelatie::gecontracteerd, kAlleRollen),
            (std::vector{Gebruikersrol::regisseur, Gebruikersrol::manager}));
  EXPECT_TRUE(rollen_in_gemeente(Werkrelatie::gecontracteerd, {Gebruikersrol::beheerder}).empty());
  EXPECT_TRUE(rollen_in_gemeente(Werkrelatie::gecontracteerd, {Gebruikersrol::agendahouder}).empty());
  EXPECT_TRUE(
      rollen_in_gemeente(Werkrelatie::gecontracteerd, {Gebruikersrol::aandachtsfunctionaris}).empty());
}

TEST(Regionaal, WithoutARelationNoRoleCounts) {
  EXPECT_TRUE(rollen_in_gemeente(Werkrelatie::geen, kAlleRollen).empty());
}

TEST(Regionaal, AGrondslagIsRequiredAtLevelsFourAndFiveForARegionalOrganisationOnly) {
  EXPECT_FALSE(grondslag_vereist(Niveau::een, true));
  EXPECT_FALSE(grondslag_vereist(Niveau::twee, true));
  EXPECT_FALSE(grondslag_vereist(Niveau::drie, true));
  EXPECT_TRUE(grondslag_vereist(Niveau::vier, true));
  EXPECT_TRUE(grondslag_vereist(Niveau::vijf, true));
  for (auto n : {Niveau::een, Niveau::twee, Niveau::drie, Niveau::vier, Niveau::vijf})
    EXPECT_FALSE(grondslag_vereist(n, false));
}

TEST(Regionaal, TheAssignmentCheckAsksForTheGrondslag) {
  Kandidaat k;
  k.certificeringen = {{Rol::proces, Profiel::B_plus}};
  k.ketens = {Partij::veiligheidsketen};
  k.regionale_organisatie = true;
  const auto zonder = toets_toewijzing(Rol::proces, Niveau::vijf, k, false, false);
  EXPECT_EQ(zonder.fouten, std::vector{ToewijzingFout::grondslag_ontbreekt});
  EXPECT_TRUE(toets_toewijzing(Rol::proces, Niveau::vijf, k, false, false, true).fouten.empty());
  EXPECT_TRUE(toets_toewijzing(Rol::proces, Niveau::drie, k, false, false).fouten.empty());
  k.regionale_organisatie = false;
  EXPECT_TRUE(toets_toewijzing(Rol::proces, Niveau::vijf, k, false, false).fouten.empty());
}

TEST(Regionaal, AHouseholdAtLevelsFourAndFiveAsksForTheMissingGrondslag) {
  for (auto n : {Niveau::een, Niveau::twee, Niveau::drie, Niveau::vier, Niveau::vijf}) {
    EisToestand t;
    t.niveau = n;
    t.regionale_regisseur_zonder_grondslag = true;
    const auto eisen = openstaande_eisen(t);
    const bool gevraagd = std::ranges::find(eisen, Eis::grondslag_vereist) != eisen.end();
    EXPECT_EQ(gevraagd, n == Niveau::vier || n == Niveau::vijf) << nummer(n);
    t.regionale_regisseur_zonder_grondslag = false;
    const auto zonder = openstaande_eisen(t);
    EXPECT_EQ(std::ranges::find(zonder, Eis::grondslag_vereist), zonder.end()) << nummer(n);
  }
}

TEST(Regionaal, EveryGrondslagHasALabelAndACode) {
  for (const auto& [g, code] : CodeTable<Grondslag>::entries) {
    EXPECT_FALSE(label(g).empty()) << code;
    EXPECT_EQ(from_code<Grondslag>(code), g);
  }
}

}  // namespace
}  // namespace regie::domain
