// Assessment, advice and level decision through the service layer.

#include <algorithm>
#include <boost/json.hpp>

#include "domain/tijd.hpp"
#include "service/errors.hpp"
#include "service/service_fixture.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;
using namespace std::chrono;

using NiveauTest = ServiceTest;

TEST_P(NiveauTest, TheAdviceIsStoredAsItWasAndTheDecisionSetsTheLevel) {
  const auto id = huishouden();
  const auto ctx = als(regisseur_bplus_);
  const auto t = niveaus->taxatie_vastleggen(ctx, id, taxatie_voor(3));
  EXPECT_EQ(t.advies.niveau, Niveau::drie);
  const auto uit = niveaus->besluiten(ctx, id, t.taxatie_id, {Niveau::drie, "", {}}, versie(id));
  EXPECT_EQ(uit.niveau, Niveau::drie);
  EXPECT_FALSE(uit.richting.has_value());  // a first decision has no direction
  // Reaching level 3 opens the requirement of a Veiligheidsplan.
  EXPECT_NE(std::ranges::find(uit.eisen, Eis::veiligheidsplan_vereist), uit.eisen.end());
  EXPECT_NE(std::ranges::find(uit.eisen, Eis::ondersteuningsplan_vereist), uit.eisen.end());

  const auto h = huishoudens->lezen(ctx, id).huishouden;
  EXPECT_EQ(h.niveau, Niveau::drie);
  EXPECT_TRUE(h.niveau_sinds.has_value());
  const auto opgeslagen = niveaus->taxaties(ctx, id);
  ASSERT_EQ(opgeslagen.size(), 1u);
  EXPECT_EQ(boost::json::parse(opgeslagen[0].advies_json).at("niveau").as_int64(), 3);
  EXPECT_EQ(opgeslagen[0].besloten_niveau, Niveau::drie);
  const auto geschiedenis = niveaus->geschiedenis(ctx, id);
  ASSERT_EQ(geschiedenis.size(), 1u);
  EXPECT_EQ(geschiedenis[0].redenen, (std::vector{RedenCode::hulp_ontoereikend, RedenCode::onveiligheid}));
  EXPECT_EQ(geschiedenis[0].besloten_door, regisseur_bplus_);
}

TEST_P(NiveauTest, DeviatingNeedsAMotivationWhichIsKept) {
  const auto id = huishouden();
  const auto ctx = als(regisseur_bplus_);
  const auto t = niveaus->taxatie_vastleggen(ctx, id, taxatie_voor(2));
  EXPECT_EQ(velden_van_fout([&] {
              niveaus->besluiten(ctx, id, t.taxatie_id, {Niveau::drie, "zorgen", {}}, versie(id));
            }),
            std::vector<std::string>{"motivatie"});
  const std::string motivatie = "De school meldt sinds kort dat Lotte bang is om naar huis te gaan.";
  niveaus->besluiten(ctx, id, t.taxatie_id, {Niveau::drie, motivatie, {}}, versie(id));
  const auto g = niveaus->geschiedenis(ctx, id);
  EXPECT_EQ(g.back().naar, Niveau::drie);
  EXPECT_EQ(g.back().advies_niveau, Niveau::twee);
  EXPECT_EQ(g.back().motivatie, motivatie);
}

TEST_P(NiveauTest, ScalingDownFromThreeNeedsAnAftercareAgreement) {
  const auto id = huishouden_op_niveau(3);
  const auto ctx = als(regisseur_bplus_);
  const auto t = niveaus->taxatie_vastleggen(ctx, id, taxatie_voor(2));
  EXPECT_EQ(t.advies.richting, Richting::afschalen);
  EXPECT_TRUE(t.advies.nazorgafspraak_vereist);
  EXPECT_EQ(velden_van_fout([&] {
              niveaus->besluiten(ctx, id, t.taxatie_id, {Niveau::twee, "", {}}, versie(id));
            }),
            std::vector<std::string>{"nazorgafspraak"});
  EXPECT_EQ(velden_van_fout([&] {
              niveaus->besluiten(ctx, id, t.taxatie_id,
                                 {Niveau::twee, "", Nazorgafspraak{"", "", vandaag(), ""}}, versie(id));
            }),
            (std::vector<std::string>{"nazorgafspraak.wie", "nazorgafspraak.wat", "nazorgafspraak.tot",
                                      "nazorgafspraak.signaalOpschalen"}));
  const Nazorgafspraak nazorg{"Wijkagent Peters", "Contact met de ex-partner", plus_dagen(vandaag(), 92),
                              "Melding van bedreiging of contactverbod overtreden"};
  const auto uit = niveaus->besluiten(ctx, id, t.taxatie_id, {Niveau::twee, "", nazorg}, versie(id));
  EXPECT_EQ(uit.richting, Richting::afschalen);
  EXPECT_EQ(niveaus->geschiedenis(ctx, id).back().nazorgafspraak, nazorg);
}

TEST_P(NiveauTest, ScalingDownFromTwoNeedsNoAftercare) {
  const auto id = huishouden_op_niveau(2);
  besluit(id, 1);
  EXPECT_EQ(niveaus->geschiedenis(als(regisseur_bplus_), id).back().richting, Richting::afschalen);
}

TEST_P(NiveauTest, DecisionsOnOldOrDecidedAssessmentsOrAStaleRecordAreConflicts) {
  const auto id = huishouden();
  const auto ctx = als(regisseur_bplus_);
  const auto oud = niveaus->taxatie_vastleggen(ctx, id, taxatie_voor(2));
  const auto nieuw = niveaus->taxatie_vastleggen(ctx, id, taxatie_voor(2));
  EXPECT_THROW(niveaus->besluiten(ctx, id, oud.taxatie_id, {Niveau::twee, "", {}}, versie(id)),
               service::Conflict);
  const int v = versie(id);
  niveaus->besluiten(ctx, id, nieuw.taxatie_id, {Niveau::twee, "", {}}, v);
  EXPECT_THROW(niveaus->besluiten(ctx, id, nieuw.taxatie_id, {Niveau::twee, "", {}}, versie(id)),
               service::Conflict);
  const auto derde = niveaus->taxatie_vastleggen(ctx, id, taxatie_voor(3));
  EXPECT_THROW(niveaus->besluiten(ctx, id, derde.taxatie_id, {Niveau::drie, "", {}}, v), service::Conflict);
  EXPECT_EQ(niveaus->geschiedenis(ctx, id).size(), 1u);
}

TEST_P(NiveauTest, TheCurrentLevelComesFromTheRecord) {
  const auto id = huishouden_op_niveau(2);
  const auto ctx = als(regisseur_bplus_);
  auto t = taxatie_voor(4);
  t.huidig_niveau = Niveau::een;
  EXPECT_EQ(velden_van_fout([&] { niveaus->taxatie_vastleggen(ctx, id, t); }),
            std::vector<std::string>{"huidigNiveau"});
  t.huidig_niveau.reset();
  const auto uit = niveaus->taxatie_vastleggen(ctx, id, t);
  EXPECT_EQ(uit.advies.richting, Richting::opschalen);
}

TEST_P(NiveauTest, SignalsInAnAssessmentAreRecordedWithTheirMeasures) {
  const auto id = huishouden_op_niveau(2);
  const auto ctx = als(regisseur_bplus_);
  auto t = taxatie_voor(3);
  t.signalen = {{SignaalType::meisjesbesnijdenis, true, std::nullopt, {}}};
  const auto uit = niveaus->taxatie_vastleggen(ctx, id, t);
  const auto signalen = veiligheid->signalen(ctx, id);
  ASSERT_EQ(signalen.size(), 1u);
  EXPECT_EQ(signalen[0].taxatie_id, uit.taxatie_id);
  EXPECT_EQ(veiligheid->maatregelen(ctx, id).size(), uit.advies.maatregelen.size());
  EXPECT_TRUE(huishoudens->lezen(ctx, id).huishouden.afgeschermd);
}

REGIE_SERVICE_BACKENDS(NiveauTest);

}  // namespace
}  // namespace regie::testing
