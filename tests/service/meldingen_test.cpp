// Notifications (DOMAIN.md §5 a and c) through the service layer, on SQLite and PostgreSQL: under restricted
// sharing the regisseurs hear at once of a search by someone not involved, of a new involvement and of
// emergency access; a manager hears of emergency access to review and of an escalation; each reads and
// marks his own only.

#include "service/meldingen.hpp"

#include <algorithm>

#include "service/errors.hpp"
#include "service/herinneringen.hpp"
#include "service/service_fixture.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;
using service::Context;

class MeldingenTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (!test_) return;
    meldingen = std::make_unique<service::Meldingen>(omgeving());
    herinneringen = std::make_unique<service::Herinneringen>(omgeving());
  }

  // Level 3 with Cora as procesregisseur and Daan as casusregisseur; with `afgeschermd` a stalking signal
  // puts it under restricted sharing.
  std::string huishouden_met_regie(bool afgeschermd) {
    const auto id = huishouden_op_niveau(3);
    regisseurs->toewijzen(als(regisseur_bplus_), id,
                          {Rol::proces, PersoonSoort::medewerker, regisseur_b_, {}});
    regisseurs->toewijzen(
        als(regisseur_b_), id,
        {Rol::casus, PersoonSoort::medewerker, regisseur_bplus_, {{Leefgebied::jeugdhulp, {}}}});
    if (afgeschermd) {
      auto t = taxatie_voor(3);
      t.signalen = {{SignaalType::stalking, false, std::nullopt, {}}};
      niveaus->taxatie_vastleggen(als(regisseur_b_), id, t);
    }
    return id;
  }
  std::vector<service::MeldingWeergave> van(const std::string& medewerker,
                                            std::vector<Gebruikersrol> rollen = {Gebruikersrol::regisseur}) {
    return meldingen->lijst(als(medewerker, std::move(rollen)), false, {1, 100}).items;
  }
  static bool heeft(const std::vector<service::MeldingWeergave>& lijst, MeldingSoort soort) {
    return std::ranges::any_of(lijst, [&](const auto& m) { return m.melding.soort == soort; });
  }
  void zoek_bsn(const std::string& wie) {
    service::ZoekInvoer z;
    z.bsn = "123456782";
    huishoudens->zoeken(als(wie), z);
  }

  std::unique_ptr<service::Meldingen> meldingen;
  std::unique_ptr<service::Herinneringen> herinneringen;
};

TEST_P(MeldingenTest, ASearchOfARestrictedHouseholdTellsItsProcesregisseurWhoSearched) {
  if (!test_) GTEST_SKIP();
  const auto id = huishouden_met_regie(true);
  ASSERT_TRUE(huishoudens->lezen(als(regisseur_b_), id).huishouden.afgeschermd);
  zoek_bsn(vk_bplus_);  // Eva of the Zorg- en Veiligheidshuis is not involved
  const auto cora = van(regisseur_b_);
  ASSERT_EQ(cora.size(), 1u);
  EXPECT_EQ(cora[0].melding.soort, MeldingSoort::zoekactie_afgeschermd);
  EXPECT_EQ(cora[0].melding.huishouden_id, id);
  EXPECT_NE(cora[0].tekst.find("Eva, Zorg- en Veiligheidshuis"), std::string::npos) << cora[0].tekst;
  EXPECT_NE(cora[0].tekst.find("Gezin de Vries"), std::string::npos) << cora[0].tekst;
  EXPECT_EQ(cora[0].doel, "/huishoudens/" + id + "/geschiedenis");
  EXPECT_FALSE(
      heeft(van(regisseur_bplus_), MeldingSoort::zoekactie_afgeschermd));  // the procesregisseur first
  EXPECT_TRUE(van(vk_bplus_).empty());
}

TEST_P(MeldingenTest, WithoutAProcesregisseurTheCasusregisseursHearOfTheSearch) {
  if (!test_) GTEST_SKIP();
  const auto id = huishouden_met_regie(true);
  const auto regie = huishoudens->lezen(als(regisseur_b_), id).regisseurs;
  const auto proces =
      std::ranges::find_if(regie, [](const auto& r) { return r.regisseur.rol == Rol::proces; });
  regisseurs->beeindigen(als(regisseur_b_), id, proces->regisseur.id, proces->regisseur.versie);
  zoek_bsn(vk_bplus_);
  EXPECT_TRUE(heeft(van(regisseur_bplus_), MeldingSoort::zoekactie_afgeschermd));
}

TEST_P(MeldingenTest, AnOpenHouseholdRaisesNoSearchNotification) {
  if (!test_) GTEST_SKIP();
  huishouden_met_regie(false);
  zoek_bsn(vk_bplus_);
  EXPECT_TRUE(van(regisseur_b_).empty());
  EXPECT_TRUE(van(regisseur_bplus_).empty());
}

TEST_P(MeldingenTest, NewInvolvementsAndEmergencyAccessAreFlaggedToTheRegisseurs) {
  if (!test_) GTEST_SKIP();
  const auto id = huishouden_met_regie(true);
  huishoudens->betrokkenheid_starten(als(regisseur_b_), id, vk_collega_, "casemanager");
  const auto daan = van(regisseur_bplus_);
  ASSERT_TRUE(heeft(daan, MeldingSoort::betrokkenheid_afgeschermd));
  EXPECT_NE(daan[0].tekst.find("Finn, Zorg- en Veiligheidshuis is nu betrokken"), std::string::npos)
      << daan[0].tekst;
  EXPECT_FALSE(heeft(van(regisseur_b_), MeldingSoort::betrokkenheid_afgeschermd));  // she did it herself
  EXPECT_TRUE(van(vk_collega_).empty());                                            // he knows

  // Gijs has no manager: his organisation's aandachtsfunctionaris reviews his emergency access.
  noodtoegangen->aanvragen(als(zonder_profiel_), id,
                           "De moeder belt in paniek; niemand van het team is bereikbaar.");
  EXPECT_TRUE(heeft(van(regisseur_b_), MeldingSoort::noodtoegang_afgeschermd));
  EXPECT_TRUE(heeft(van(regisseur_bplus_), MeldingSoort::noodtoegang_afgeschermd));
  EXPECT_TRUE(
      heeft(van(zorg_af_, {Gebruikersrol::aandachtsfunctionaris}), MeldingSoort::noodtoegang_te_beoordelen));
}

TEST_P(MeldingenTest, EmergencyAccessWithoutOwnManagerGoesToWhoeverReviewsIt) {
  if (!test_) GTEST_SKIP();
  const auto id = huishouden_op_niveau(3);
  // Cora has no manager of her own; her organisation has one (Iris), who reviews it, not its
  // aandachtsfunctionaris (the rule of Noodtoegangen::beoordelen).
  noodtoegangen->aanvragen(als(regisseur_b_), id, "De school meldt dat de kinderen niet zijn opgehaald.");
  EXPECT_TRUE(heeft(van(manager_, {Gebruikersrol::manager}), MeldingSoort::noodtoegang_te_beoordelen));
  EXPECT_FALSE(heeft(van(aandachtsfunctionaris_, {Gebruikersrol::aandachtsfunctionaris}),
                     MeldingSoort::noodtoegang_te_beoordelen));
  const auto te_beoordelen = noodtoegangen->te_beoordelen(als(manager_, {Gebruikersrol::manager}));
  EXPECT_EQ(te_beoordelen.size(), 1u);
}

TEST_P(MeldingenTest, AnEscalationReachesTheOtherRegisseursAndTheManagersOfThoseInvolved) {
  if (!test_) GTEST_SKIP();
  const auto id = huishouden_met_regie(false);
  escalaties->openen(als(regisseur_b_), id, EscalatieAanleiding::inhoud,
                     "De partners zijn het oneens over de aanpak.");
  EXPECT_TRUE(heeft(van(regisseur_bplus_), MeldingSoort::escalatie_geopend));
  EXPECT_TRUE(
      heeft(van(manager_, {Gebruikersrol::manager}), MeldingSoort::escalatie_geopend));  // Daan's manager
  EXPECT_FALSE(heeft(van(regisseur_b_), MeldingSoort::escalatie_geopend));
}

TEST_P(MeldingenTest, EachReadsAndMarksHisOwnOnly) {
  if (!test_) GTEST_SKIP();
  const auto id = huishouden_met_regie(true);
  zoek_bsn(vk_bplus_);
  zoek_bsn(zonder_profiel_);
  const auto cora = als(regisseur_b_);
  EXPECT_EQ(meldingen->ongelezen(cora), 2);
  const auto lijst = van(regisseur_b_);
  ASSERT_EQ(lijst.size(), 2u);
  EXPECT_THROW(meldingen->gelezen(als(regisseur_bplus_), lijst[0].melding.id), service::NotFound);
  meldingen->gelezen(cora, lijst[0].melding.id);
  meldingen->gelezen(cora, lijst[0].melding.id);  // twice is fine
  EXPECT_EQ(meldingen->ongelezen(cora), 1);
  const auto ongelezen = meldingen->lijst(cora, true, {1, 20});
  ASSERT_EQ(ongelezen.items.size(), 1u);
  EXPECT_EQ(ongelezen.totaal, 1);
  meldingen->alles_gelezen(cora);
  EXPECT_EQ(meldingen->ongelezen(cora), 0);
  EXPECT_EQ(meldingen->lijst(cora, false, {1, 20}).totaal, 2);
  // Reading the inbox is in the household's access log.
  const auto regels = db().logboek().read([&](store::Tx& tx) {
    return tx
        .query_one(
            "SELECT count(*) FROM audit WHERE huishouden_id = $1 AND actie = 'meldingen.lezen' AND actor_id "
            "= $2",
            {id, regisseur_b_})
        ->integer(0);
  });
  EXPECT_GE(regels, 1);
}

TEST_P(MeldingenTest, TheDailyCheckRemindsOfOverdueActionsAndComingEvaluationsOnceEach) {
  if (!test_) GTEST_SKIP();
  const auto id = huishouden_met_regie(false);
  // Gijs (involved, not a regisseur) owns an action due tomorrow; the evaluation is in ten days.
  huishoudens->betrokkenheid_starten(als(regisseur_b_), id, regisseur_a_, "schuldhulp");
  auto plan = plan_met_doel(regisseur_a_, vandaag());
  plan.doelen[0].acties[0].uiterlijk = plus_dagen(vandaag(), 1);
  plan.evaluatiedatum = plus_dagen(vandaag(), 10);
  plannen->ondersteuningsplan_opslaan(als(regisseur_b_), id, plan, std::nullopt);

  EXPECT_EQ(herinneringen->versturen(systeem()), 0);  // nothing late, the evaluation still far
  verstrijk(std::chrono::hours{24 * 4});              // the action two days late, the evaluation in six
  EXPECT_EQ(herinneringen->versturen(systeem()), 3);
  EXPECT_TRUE(heeft(van(regisseur_a_), MeldingSoort::actie_over_tijd));
  for (const auto& wie : {regisseur_b_, regisseur_bplus_})
    EXPECT_TRUE(heeft(van(wie), MeldingSoort::evaluatie_nadert)) << wie;
  EXPECT_FALSE(heeft(van(regisseur_a_), MeldingSoort::evaluatie_nadert));  // involved, not a regisseur
  EXPECT_FALSE(heeft(van(regisseur_b_), MeldingSoort::actie_over_tijd));
  const auto tekst = van(regisseur_a_).front().tekst;
  EXPECT_NE(tekst.find("over de afgesproken datum"), std::string::npos) << tekst;
  EXPECT_EQ(van(regisseur_a_).front().doel, "/acties");

  // Once each: the next day nothing new, until the action gets a new date that passes too.
  verstrijk(std::chrono::hours{24});
  EXPECT_EQ(herinneringen->versturen(systeem()), 0);
  auto huidig = plannen->ondersteuningsplan(als(regisseur_b_), id, std::nullopt);
  ASSERT_TRUE(huidig);
  auto nieuw = huidig->record.plan;
  nieuw.doelen[0].acties[0].uiterlijk = plus_dagen(vandaag(), 1);
  plannen->ondersteuningsplan_opslaan(als(regisseur_b_), id, nieuw, huidig->record.kop.versie);
  verstrijk(std::chrono::hours{24 * 2});
  EXPECT_EQ(herinneringen->versturen(systeem()), 1);

  // The household's access log shows the check looked at it; a done action is not reminded of.
  const auto regels = db().logboek().read([&](store::Tx& tx) {
    return tx
        .query_one(
            "SELECT count(*) FROM audit WHERE huishouden_id = $1 AND actie = 'herinneringen.versturen'", {id})
        ->integer(0);
  });
  EXPECT_EQ(regels, 2);
  EXPECT_THROW(herinneringen->versturen(als(regisseur_a_)), service::Forbidden);
}

REGIE_SERVICE_BACKENDS(MeldingenTest);

}  // namespace
}  // namespace regie::testing
