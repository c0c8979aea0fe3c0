// Escalation of stalled cooperation, or of a plan at risk, along the chain of the household's level.

#include "service/errors.hpp"
#include "service/service_fixture.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;

using EscalatieTest = ServiceTest;

service::MeldingInvoer melding(EscalatiePartij partij, std::string toelichting = "Besproken.",
                               std::string reden_overslaan = {}) {
  return {partij, std::move(toelichting), "Mevrouw De Wit", std::nullopt, std::move(reden_overslaan)};
}

TEST_P(EscalatieTest, InformsTheChainInOrderAndClosesWithAnOutcome) {
  const auto id = huishouden_op_niveau(3);
  const auto ctx = als(regisseur_bplus_);
  EXPECT_EQ(velden_van_fout([&] { escalaties->openen(ctx, id, EscalatieAanleiding::inhoud, " "); }),
            (std::vector<std::string>{"toelichting"}));
  const auto e =
      escalaties->openen(ctx, id, EscalatieAanleiding::inhoud, "Geen overeenstemming over de bodemeisen.");
  auto versie = [&] { return escalaties->lijst(ctx, id).at(0).versie; };

  EXPECT_EQ(velden_van_fout(
                [&] { escalaties->informeren(ctx, id, e, melding(EscalatiePartij::directie), versie()); }),
            std::vector<std::string>{"redenOverslaan"});
  EXPECT_EQ(
      velden_van_fout([&] {
        escalaties->informeren(ctx, id, e, {EscalatiePartij::manager, "", " ", std::nullopt, {}}, versie());
      }),
      (std::vector<std::string>{"toelichting", "wie"}));
  escalaties->informeren(ctx, id, e, melding(EscalatiePartij::manager, "Besproken met teamleider."),
                         versie());
  EXPECT_THROW(escalaties->informeren(ctx, id, e, melding(EscalatiePartij::manager, "nog eens"), versie()),
               service::BadRequest);
  EXPECT_THROW(
      escalaties->informeren(ctx, id, e, melding(EscalatiePartij::directie, "verouderd"), versie() - 1),
      service::Conflict);
  escalaties->informeren(ctx, id, e, melding(EscalatiePartij::directie, "Directeuren overlegd."), versie());
  // Level 3: the wethouder, never the burgemeester.
  EXPECT_EQ(velden_van_fout([&] {
              escalaties->informeren(ctx, id, e, melding(EscalatiePartij::burgemeester, "x", "Spoed"),
                                     versie());
            }),
            std::vector<std::string>{"partij"});
  escalaties->informeren(ctx, id, e, melding(EscalatiePartij::wethouder, "Wethouder zorg geïnformeerd."),
                         versie());

  EXPECT_EQ(velden_van_fout([&] { escalaties->sluiten(ctx, id, e, " ", versie()); }),
            std::vector<std::string>{"uitkomst"});
  escalaties->sluiten(ctx, id, e, "Afspraken over bodemeisen gemaakt; uitvoering loopt weer.", versie());
  const auto gesloten = escalaties->lijst(ctx, id).at(0);
  EXPECT_TRUE(gesloten.gesloten_op.has_value());
  ASSERT_EQ(gesloten.meldingen.size(), 3u);
  EXPECT_EQ(gesloten.meldingen[0].wie, "Mevrouw De Wit");
  EXPECT_EQ(gesloten.meldingen[0].datum, gesloten.geopend_op.substr(0, 10));
  EXPECT_FALSE(gesloten.meldingen[0].reden_overslaan.has_value());
  EXPECT_EQ(gesloten.niveau, Niveau::drie);
  EXPECT_FALSE(gesloten.geopend_door_naam.empty());
  EXPECT_THROW(escalaties->informeren(ctx, id, e, melding(EscalatiePartij::burgemeester), gesloten.versie),
               service::Conflict);
  // The level does not change by escalating.
  EXPECT_EQ(huishoudens->lezen(ctx, id).huishouden.niveau, Niveau::drie);
}

TEST_P(EscalatieTest, TheDateIsWhenThePersonWasInformedNeverLaterThanToday) {
  const auto id = huishouden_op_niveau(2);
  const auto ctx = als(regisseur_bplus_);
  const auto e = escalaties->openen(ctx, id, EscalatieAanleiding::voortgang_in_gevaar,
                                    "De schuldhulp start niet; het plan loopt vast.");
  const auto versie = escalaties->lijst(ctx, id).at(0).versie;
  auto m = melding(EscalatiePartij::manager);
  m.datum = domain::parse_datum("2999-01-01");
  EXPECT_EQ(velden_van_fout([&] { escalaties->informeren(ctx, id, e, m, versie); }),
            std::vector<std::string>{"datum"});
  m.datum = domain::parse_datum("2000-01-01");  // before the escalation was opened
  EXPECT_EQ(velden_van_fout([&] { escalaties->informeren(ctx, id, e, m, versie); }),
            std::vector<std::string>{"datum"});
  EXPECT_EQ(escalaties->lijst(ctx, id).at(0).soort, EscalatieAanleiding::voortgang_in_gevaar);
}

TEST_P(EscalatieTest, LevelFiveGoesThroughTheWethouderToTheBurgemeesterWithTheAmbtenaarIvzOov) {
  const auto id = huishouden_op_niveau(5);
  const auto ctx = als(regisseur_bplus_);
  const auto e =
      escalaties->openen(ctx, id, EscalatieAanleiding::organisatie, "Urenverdeling en taakopvatting.");
  auto versie = [&] { return escalaties->lijst(ctx, id).at(0).versie; };
  escalaties->informeren(ctx, id, e, melding(EscalatiePartij::manager, "a"), versie());
  escalaties->informeren(ctx, id, e, melding(EscalatiePartij::directie, "b"), versie());
  EXPECT_THROW(escalaties->informeren(ctx, id, e, melding(EscalatiePartij::burgemeester, "c"), versie()),
               service::BadRequest);
  escalaties->informeren(ctx, id, e, melding(EscalatiePartij::wethouder, "c"), versie());
  escalaties->informeren(ctx, id, e, melding(EscalatiePartij::ambtenaar_ivz_oov, "d"), versie());
  escalaties->informeren(ctx, id, e, melding(EscalatiePartij::burgemeester, "e"), versie());
  EXPECT_EQ(escalaties->lijst(ctx, id).at(0).meldingen.size(), 5u);
}

TEST_P(EscalatieTest, LevelFourInvolvesTheKetenmanagerAndASkippedStageKeepsItsReason) {
  const auto id = huishouden_op_niveau(4);
  const auto ctx = als(regisseur_bplus_);
  const auto e =
      escalaties->openen(ctx, id, EscalatieAanleiding::voortgang_in_gevaar,
                         "De politie en de jeugdbescherming stemmen niet af; de aanpak staat stil.");
  auto versie = [&] { return escalaties->lijst(ctx, id).at(0).versie; };
  escalaties->informeren(ctx, id, e, melding(EscalatiePartij::manager), versie());
  // The directors are away; the ketenmanager is called in at once, with the reason recorded.
  escalaties->informeren(ctx, id, e,
                         melding(EscalatiePartij::ketenmanager_zvh, "Casusoverleg in het ZVH gepland.",
                                 "Beide directeuren met vakantie; de veiligheid kan niet wachten."),
                         versie());
  const auto lijst = escalaties->lijst(ctx, id).at(0);
  ASSERT_EQ(lijst.meldingen.size(), 2u);
  EXPECT_EQ(lijst.meldingen[1].reden_overslaan,
            std::optional<std::string>{"Beide directeuren met vakantie; de veiligheid kan niet wachten."});
  EXPECT_THROW(escalaties->informeren(ctx, id, e, melding(EscalatiePartij::burgemeester, "x", "y"), versie()),
               service::BadRequest);
}

// The manager's list holds the open escalations of his own people's households, and no other.
TEST_P(EscalatieTest, AManagerSeesOnlyTheEscalationsOfHisOwnPeople) {
  const auto van_team = huishouden_op_niveau(3);  // Daan (Iris's team) registered it
  escalaties->openen(als(regisseur_bplus_), van_team, EscalatieAanleiding::inhoud, "Geen overeenstemming.");
  // A household only Eva (veiligheidsketen, not in Iris's team) is involved in.
  const auto eva = als(vk_bplus_);
  const auto elders = huishoudens->aanmaken(eva, "Gezin Elders");
  const auto t = niveaus->taxatie_vastleggen(eva, elders, taxatie_voor(3));
  niveaus->besluiten(eva, elders, t.taxatie_id, {niveau_uit_nummer(3), "", std::nullopt}, versie(elders));
  escalaties->openen(eva, elders, EscalatieAanleiding::organisatie, "Afspraken worden niet nagekomen.");
  const auto lijst = mij->team_escalaties(als(manager_, {Gebruikersrol::manager}));
  ASSERT_EQ(lijst.size(), 1u);
  EXPECT_EQ(lijst[0].huishouden_id, van_team);
}

TEST_P(EscalatieTest, AManagerMayHandleAnEscalation) {
  const auto id = huishouden_op_niveau(2);
  const auto e = escalaties->openen(als(regisseur_bplus_), id, EscalatieAanleiding::organisatie,
                                    "Taakopvatting verschilt.");
  const auto manager = als(manager_, {Gebruikersrol::manager});  // manages the involved Daan
  escalaties->informeren(manager, id, e, melding(EscalatiePartij::manager, "Opgepakt."),
                         escalaties->lijst(manager, id).at(0).versie);
  escalaties->sluiten(manager, id, e, "Taken verdeeld.", escalaties->lijst(manager, id).at(0).versie);
}

REGIE_SERVICE_BACKENDS(EscalatieTest);

}  // namespace
}  // namespace regie::testing
