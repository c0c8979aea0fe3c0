// Escalation of stalled cooperation along the chain of the household's level.

#include "service/errors.hpp"
#include "service/service_fixture.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;

using EscalatieTest = ServiceTest;

TEST_P(EscalatieTest, InformsTheChainInOrderAndClosesWithAnOutcome) {
  const auto id = huishouden_op_niveau(3);
  const auto ctx = als(regisseur_bplus_);
  EXPECT_EQ(velden_van_fout([&] { escalaties->openen(ctx, id, StagnatieSamenwerking::geen, ""); }),
            (std::vector<std::string>{"soort", "toelichting"}));
  const auto e =
      escalaties->openen(ctx, id, StagnatieSamenwerking::inhoud, "Geen overeenstemming over de bodemeisen.");
  auto versie = [&] { return escalaties->lijst(ctx, id).at(0).versie; };

  EXPECT_EQ(
      velden_van_fout([&] { escalaties->informeren(ctx, id, e, EscalatiePartij::directie, "x", versie()); }),
      std::vector<std::string>{"partij"});
  escalaties->informeren(ctx, id, e, EscalatiePartij::manager, "Besproken met teamleider.", versie());
  EXPECT_THROW(escalaties->informeren(ctx, id, e, EscalatiePartij::manager, "nog eens", versie()),
               service::BadRequest);
  EXPECT_THROW(escalaties->informeren(ctx, id, e, EscalatiePartij::directie, "verouderd", versie() - 1),
               service::Conflict);
  escalaties->informeren(ctx, id, e, EscalatiePartij::directie, "Directeuren overlegd.", versie());
  // Level 3: the wethouder, never the burgemeester.
  EXPECT_THROW(escalaties->informeren(ctx, id, e, EscalatiePartij::burgemeester, "x", versie()),
               service::BadRequest);
  escalaties->informeren(ctx, id, e, EscalatiePartij::wethouder, "Wethouder zorg geïnformeerd.", versie());

  EXPECT_EQ(velden_van_fout([&] { escalaties->sluiten(ctx, id, e, " ", versie()); }),
            std::vector<std::string>{"uitkomst"});
  escalaties->sluiten(ctx, id, e, "Afspraken over bodemeisen gemaakt; uitvoering loopt weer.", versie());
  const auto gesloten = escalaties->lijst(ctx, id).at(0);
  EXPECT_TRUE(gesloten.gesloten_op.has_value());
  EXPECT_EQ(gesloten.meldingen.size(), 3u);
  EXPECT_EQ(gesloten.niveau, Niveau::drie);
  EXPECT_THROW(escalaties->informeren(ctx, id, e, EscalatiePartij::burgemeester, "x", gesloten.versie),
               service::Conflict);
  // The level does not change by escalating.
  EXPECT_EQ(huishoudens->lezen(ctx, id).huishouden.niveau, Niveau::drie);
}

TEST_P(EscalatieTest, LevelFiveGoesThroughTheWethouderToTheBurgemeester) {
  const auto id = huishouden_op_niveau(5);
  const auto ctx = als(regisseur_bplus_);
  const auto e =
      escalaties->openen(ctx, id, StagnatieSamenwerking::organisatie, "Urenverdeling tussen organisaties.");
  auto versie = [&] { return escalaties->lijst(ctx, id).at(0).versie; };
  escalaties->informeren(ctx, id, e, EscalatiePartij::manager, "a", versie());
  escalaties->informeren(ctx, id, e, EscalatiePartij::directie, "b", versie());
  EXPECT_THROW(escalaties->informeren(ctx, id, e, EscalatiePartij::burgemeester, "c", versie()),
               service::BadRequest);
  escalaties->informeren(ctx, id, e, EscalatiePartij::wethouder, "c", versie());
  escalaties->informeren(ctx, id, e, EscalatiePartij::burgemeester, "d", versie());
}

// The manager's list holds the open escalations of his own people's households, and no other.
TEST_P(EscalatieTest, AManagerSeesOnlyTheEscalationsOfHisOwnPeople) {
  const auto van_team = huishouden_op_niveau(3);  // Daan (Iris's team) registered it
  escalaties->openen(als(regisseur_bplus_), van_team, StagnatieSamenwerking::inhoud, "Geen overeenstemming.");
  // A household only Eva (veiligheidsketen, not in Iris's team) is involved in.
  const auto eva = als(vk_bplus_);
  const auto elders = huishoudens->aanmaken(eva, "Gezin Elders");
  const auto t = niveaus->taxatie_vastleggen(eva, elders, taxatie_voor(3));
  niveaus->besluiten(eva, elders, t.taxatie_id, {niveau_uit_nummer(3), "", std::nullopt}, versie(elders));
  escalaties->openen(eva, elders, StagnatieSamenwerking::organisatie, "Afspraken worden niet nagekomen.");
  const auto lijst = mij->team_escalaties(als(manager_, {Gebruikersrol::manager}));
  ASSERT_EQ(lijst.size(), 1u);
  EXPECT_EQ(lijst[0].huishouden_id, van_team);
}

TEST_P(EscalatieTest, AManagerMayHandleAnEscalation) {
  const auto id = huishouden_op_niveau(2);
  const auto e = escalaties->openen(als(regisseur_bplus_), id, StagnatieSamenwerking::organisatie,
                                    "Taakopvatting verschilt.");
  const auto manager = als(manager_, {Gebruikersrol::manager});  // manages the involved Daan
  escalaties->informeren(manager, id, e, EscalatiePartij::manager, "Opgepakt.",
                         escalaties->lijst(manager, id).at(0).versie);
  escalaties->sluiten(manager, id, e, "Taken verdeeld.", escalaties->lijst(manager, id).at(0).versie);
}

REGIE_SERVICE_BACKENDS(EscalatieTest);

}  // namespace
}  // namespace regie::testing
