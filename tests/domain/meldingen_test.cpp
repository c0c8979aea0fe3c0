// Notifications (DOMAIN.md §5 a and c): who receives each kind, and its words — each row of the table.

#include "domain/meldingen.hpp"

#include <gtest/gtest.h>

namespace regie::domain {
namespace {

MeldingKring kring() {
  MeldingKring k;
  k.procesregisseurs = {"proces"};
  k.casusregisseurs = {"casus1", "casus2"};
  k.managers_van_veroorzaker = {"zijn_manager"};
  k.managers_van_betrokkenen = {"manager_a", "manager_a", "manager_b"};
  k.niet_aan = {"zoeker"};
  return k;
}

using Lijst = std::vector<std::string>;

TEST(Meldingen, ASearchGoesToTheProcesregisseurOrElseTheCasusregisseurs) {
  EXPECT_EQ(ontvangers(MeldingSoort::zoekactie_afgeschermd, kring()), Lijst{"proces"});
  auto zonder = kring();
  zonder.procesregisseurs.clear();
  EXPECT_EQ(ontvangers(MeldingSoort::zoekactie_afgeschermd, zonder), (Lijst{"casus1", "casus2"}));
}

TEST(Meldingen, NewInvolvementsAndEmergencyAccessGoToEveryRegisseur) {
  for (auto soort : {MeldingSoort::betrokkenheid_afgeschermd, MeldingSoort::noodtoegang_afgeschermd})
    EXPECT_EQ(ontvangers(soort, kring()), (Lijst{"casus1", "casus2", "proces"}));
}

TEST(Meldingen, EmergencyAccessIsReviewedByTheManagerOfWhoTookIt) {
  EXPECT_EQ(ontvangers(MeldingSoort::noodtoegang_te_beoordelen, kring()), Lijst{"zijn_manager"});
}

TEST(Meldingen, AnEscalationGoesToTheRegisseursAndTheManagersOfThoseInvolvedOnceEach) {
  EXPECT_EQ(ontvangers(MeldingSoort::escalatie_geopend, kring()),
            (Lijst{"casus1", "casus2", "manager_a", "manager_b", "proces"}));
}

TEST(Meldingen, AnOverdueActionGoesToItsOwnerAnApproachingEvaluationToTheRegisseurs) {
  auto k = kring();
  k.eigenaren = {"eigenaar"};
  EXPECT_EQ(ontvangers(MeldingSoort::actie_over_tijd, k), Lijst{"eigenaar"});
  EXPECT_EQ(ontvangers(MeldingSoort::evaluatie_nadert, k), (Lijst{"casus1", "casus2", "proces"}));
  EXPECT_FALSE(kring_nodig(MeldingSoort::actie_over_tijd).regisseurs);
  EXPECT_TRUE(kring_nodig(MeldingSoort::evaluatie_nadert).regisseurs);
}

TEST(Meldingen, NobodyHearsOfHisOwnActOrOfHimself) {
  auto k = kring();
  k.niet_aan = {"proces", "casus1"};
  EXPECT_EQ(ontvangers(MeldingSoort::betrokkenheid_afgeschermd, k), Lijst{"casus2"});
  EXPECT_TRUE(ontvangers(MeldingSoort::zoekactie_afgeschermd, k).empty());
}

TEST(Meldingen, EveryKindHasItsWordsAndItsPage) {
  for (const auto& [soort, code] : CodeTable<MeldingSoort>::entries) {
    const auto met = melding_tekst(soort, "Eva, Zorg- en Veiligheidshuis", "Gezin de Vries");
    EXPECT_NE(met.find("Gezin de Vries"), std::string::npos) << code;
    EXPECT_EQ(met.find('{'), std::string::npos) << code;
    const auto zonder = melding_tekst(soort, "", "");
    EXPECT_NE(zonder.find("een huishouden"), std::string::npos) << code;
    EXPECT_EQ(melding_doel(soort, "abc").front(), '/') << code;
    EXPECT_EQ(melding_doel(soort, "abc").find('{'), std::string::npos) << code;
  }
  EXPECT_NE(
      melding_tekst(MeldingSoort::zoekactie_afgeschermd, "Eva, Zorg- en Veiligheidshuis", "").find("Eva"),
      std::string::npos);
}

}  // namespace
}  // namespace regie::domain
