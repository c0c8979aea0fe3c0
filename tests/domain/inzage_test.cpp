// "Who viewed our file" in plain words: organisation and role instead of names and codes.

#include "domain/inzage.hpp"

#include <gtest/gtest.h>

namespace regie::domain {
namespace {

TEST(Inzage, AProfessionalIsHisRoleAndOrganisationNeverHisName) {
  const auto w = inzage_in_woorden("regisseur", "huishouden.lezen", "regievoering", "Sociaal Wijkteam");
  EXPECT_EQ(w.wie, "Een regisseur van Sociaal Wijkteam");
  EXPECT_EQ(w.wat, "bekeek gegevens");
  EXPECT_EQ(w.waarom, "voor de hulp aan uw gezin");
  EXPECT_EQ(inzage_in_woorden("regisseur,manager", "ondersteuningsplan.opslaan", "noodtoegang", "").wie,
            "Een regisseur en manager");
}

TEST(Inzage, TheHouseholdTheSystemAndUnknownCodesInWords) {
  EXPECT_EQ(inzage_in_woorden("gezinslid", "portaal.inloggen", "portaal", "").wie, "Iemand uit uw gezin");
  EXPECT_EQ(inzage_in_woorden("gezinslid", "portaal.inloggen", "portaal", "").wat, "logde in");
  EXPECT_EQ(inzage_in_woorden("netwerklid", "portaal.plan_lezen", "portaal", "").wat, "bekeek gegevens");
  EXPECT_EQ(inzage_in_woorden("systeem", "herinneringen.versturen", "herinnering", "").wie, "Regie zelf");
  const auto onbekend = inzage_in_woorden("iets", "iets.nieuws", "iets_anders", "");
  EXPECT_EQ(onbekend.wie, "Een medewerker");
  EXPECT_EQ(onbekend.wat, "legde iets vast");
  EXPECT_EQ(onbekend.waarom, "voor het werk met uw gezin");
}

}  // namespace
}  // namespace regie::domain
