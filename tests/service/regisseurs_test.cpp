// Regie assignments: profiles per level, one procesregisseur, level 1 and level 5 rules, flags.

#include <algorithm>

#include "service/errors.hpp"
#include "service/service_fixture.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;
using service::ToewijzingInvoer;

using RegisseurTest = ServiceTest;

ToewijzingInvoer proces(const std::string& persoon) {
  return {Rol::proces, PersoonSoort::medewerker, persoon, {}};
}

ToewijzingInvoer casus(const std::string& persoon, PersoonSoort soort = PersoonSoort::medewerker) {
  return {Rol::casus, soort, persoon, {{Leefgebied::jeugdhulp, std::nullopt}}};
}

TEST_P(RegisseurTest, AssigningNeedsADecidedLevel) {
  const auto id = huishouden();
  EXPECT_EQ(velden_van_fout([&] { regisseurs->toewijzen(als(regisseur_bplus_), id, proces(regisseur_a_)); }),
            std::vector<std::string>{"niveau"});
}

TEST_P(RegisseurTest, AtMostOneProcesregisseurAndEachCasusregisseurWithAnArea) {
  const auto id = huishouden_op_niveau(2);
  regisseurs->toewijzen(als(regisseur_bplus_), id, proces(regisseur_a_));
  // From now on regie is the regisseurs' business: the registrant no longer assigns.
  EXPECT_THROW(regisseurs->toewijzen(als(regisseur_bplus_), id, casus(regisseur_a_)), service::Forbidden);
  const auto ctx = als(regisseur_a_);
  EXPECT_EQ(velden_van_fout([&] { regisseurs->toewijzen(ctx, id, proces(regisseur_b_)); }),
            std::vector<std::string>{"persoonId"});
  EXPECT_EQ(velden_van_fout([&] {
              regisseurs->toewijzen(ctx, id, {Rol::casus, PersoonSoort::medewerker, regisseur_a_, {}});
            }),
            std::vector<std::string>{"aandachtsgebied"});
  regisseurs->toewijzen(ctx, id, casus(regisseur_a_));  // the same person may hold both roles
  const auto d = huishoudens->lezen(ctx, id);
  EXPECT_EQ(d.regisseurs.size(), 2u);
  EXPECT_EQ(d.regisseurs[0].naam, "Bram");
  EXPECT_TRUE(std::ranges::find(d.eisen, Eis::procesregisseur_vereist) == d.eisen.end());
}

TEST_P(RegisseurTest, TheProfileMustMeetTheLevelWithInclusionsComputed) {
  const auto id = huishouden_op_niveau(3);
  const auto ctx = als(regisseur_bplus_);
  EXPECT_EQ(velden_van_fout([&] { regisseurs->toewijzen(ctx, id, proces(regisseur_a_)); }),
            std::vector<std::string>{"persoonId"});
  EXPECT_THROW(regisseurs->toewijzen(ctx, id, casus(zonder_profiel_)), service::BadRequest);
  regisseurs->toewijzen(ctx, id, proces(regisseur_b_));
  regisseurs->toewijzen(als(regisseur_b_), id, casus(regisseur_b_));  // proces B includes casus B
}

TEST_P(RegisseurTest, AtLevelOneAMemberMayHoldCasusregieButNotLater) {
  const auto id = huishouden_op_niveau(1);
  const auto ctx = als(regisseur_bplus_);
  const auto mila = huishoudens->lezen(ctx, id).gezinsleden.front().lid.id;
  regisseurs->toewijzen(ctx, id, casus(mila, PersoonSoort::gezinslid));
  EXPECT_EQ(velden_van_fout([&] { regisseurs->toewijzen(ctx, id, proces(regisseur_a_)); }),
            std::vector<std::string>{"persoonId"});

  const auto twee = huishouden_op_niveau(2);
  const auto lid = huishoudens->lezen(ctx, twee).gezinsleden.front().lid.id;
  EXPECT_EQ(velden_van_fout([&] { regisseurs->toewijzen(ctx, twee, casus(lid, PersoonSoort::gezinslid)); }),
            std::vector<std::string>{"persoonId"});
  EXPECT_THROW(regisseurs->toewijzen(ctx, twee, casus(mila, PersoonSoort::gezinslid)),
               service::BadRequest);  // not this household's
}

TEST_P(RegisseurTest, LevelFiveProcesregieComesFromTheSafetyChainWithAWarningWhenItAlreadyGivesCare) {
  const auto id = huishouden_op_niveau(5);
  const auto ctx = als(regisseur_bplus_);
  EXPECT_THROW(regisseurs->toewijzen(ctx, id, proces(regisseur_bplus_)),
               service::BadRequest);  // B+, but lokaal team
  huishoudens->betrokkenheid_starten(ctx, id, vk_collega_, "casemanager veiligheidshuis");
  const auto uit = regisseurs->toewijzen(ctx, id, proces(vk_bplus_));
  EXPECT_EQ(uit.waarschuwingen, std::vector{ToewijzingWaarschuwing::organisatie_levert_al_zorg});
  const auto d = huishoudens->lezen(ctx, id);
  EXPECT_EQ(d.regisseurs[0].regisseur.waarschuwing, "organisatie_levert_al_zorg");
}

TEST_P(RegisseurTest, AProfessionalRegisseurBecomesInvolved) {
  const auto id = huishouden_op_niveau(2);
  const auto ctx = als(regisseur_bplus_);
  regisseurs->toewijzen(ctx, id, proces(regisseur_a_));
  const auto d = huishoudens->lezen(ctx, id);
  EXPECT_TRUE(std::ranges::any_of(
      d.betrokkenen, [&](const auto& b) { return b.betrokkenheid.medewerker_id == regisseur_a_; }));
}

TEST_P(RegisseurTest, ARisingLevelFlagsRegisseursUntilAQualifiedColleagueConfirms) {
  const auto id = huishouden_op_niveau(2);
  regisseurs->toewijzen(als(regisseur_bplus_), id, proces(regisseur_a_));
  const auto ctx = als(regisseur_a_);
  regisseurs->toewijzen(ctx, id, casus(regisseur_a_));
  huishoudens->betrokkenheid_starten(ctx, id, regisseur_b_, "gedragswetenschapper");
  besluit(id, 3);
  auto d = huishoudens->lezen(ctx, id);
  for (const auto& r : d.regisseurs) EXPECT_EQ(r.regisseur.knelpunt, Knelpunt::profiel_onvoldoende);
  EXPECT_NE(std::ranges::find(d.eisen, Eis::regisseur_met_knelpunt), d.eisen.end());

  const auto& procesregisseur =
      *std::ranges::find(d.regisseurs, Rol::proces, [](const auto& r) { return r.regisseur.rol; });
  // A colleague who is not involved, or involved without the profile, cannot confirm; nor can the regisseur.
  EXPECT_THROW(regisseurs->profiel_bevestigen(als(zonder_profiel_), id, procesregisseur.regisseur.id,
                                              procesregisseur.regisseur.versie),
               service::Forbidden);
  huishoudens->betrokkenheid_starten(ctx, id, zonder_profiel_, "jeugdhulpverlener");
  EXPECT_THROW(regisseurs->profiel_bevestigen(als(zonder_profiel_), id, procesregisseur.regisseur.id,
                                              procesregisseur.regisseur.versie),
               service::Forbidden);
  EXPECT_THROW(regisseurs->profiel_bevestigen(als(regisseur_a_), id, procesregisseur.regisseur.id,
                                              procesregisseur.regisseur.versie),
               service::Forbidden);
  regisseurs->profiel_bevestigen(als(regisseur_b_), id, procesregisseur.regisseur.id,
                                 procesregisseur.regisseur.versie);
  d = huishoudens->lezen(ctx, id);
  const auto& bevestigd =
      *std::ranges::find(d.regisseurs, Rol::proces, [](const auto& r) { return r.regisseur.rol; });
  EXPECT_FALSE(bevestigd.regisseur.knelpunt.has_value());
  EXPECT_EQ(bevestigd.regisseur.bevestigd_door, regisseur_b_);

  // Rising further than the confirmation reached flags again; falling back clears the casus flag.
  besluit(id, 4);
  d = huishoudens->lezen(ctx, id);
  EXPECT_TRUE(
      std::ranges::all_of(d.regisseurs, [](const auto& r) { return r.regisseur.knelpunt.has_value(); }));
  besluit(id, 2, "", Nazorgafspraak{"Bram", "Schoolbezoek", plus_dagen(vandaag(), 60), "Verzuim"});
  d = huishoudens->lezen(ctx, id);
  EXPECT_TRUE(
      std::ranges::none_of(d.regisseurs, [](const auto& r) { return r.regisseur.knelpunt.has_value(); }));
}

// DOMAIN.md §7: a profile gap is confirmed by a qualified colleague only; the manager without that profile
// cannot, however much he manages the regisseur.
TEST_P(RegisseurTest, TheManagerWithoutTheProfileMayNotConfirmAFlaggedRegisseur) {
  const auto id = huishouden_op_niveau(2);
  regisseurs->toewijzen(als(regisseur_bplus_), id, proces(regisseur_a_));
  besluit(id, 3);
  const auto r = huishoudens->lezen(als(regisseur_a_), id).regisseurs.at(0).regisseur;
  ASSERT_EQ(r.knelpunt, Knelpunt::profiel_onvoldoende);
  EXPECT_THROW(regisseurs->profiel_bevestigen(als(manager_, {Gebruikersrol::manager}), id, r.id, r.versie),
               service::Forbidden);
  EXPECT_EQ(huishoudens->lezen(als(regisseur_a_), id).regisseurs.at(0).regisseur.knelpunt,
            Knelpunt::profiel_onvoldoende);
}

TEST_P(RegisseurTest, RisingToFiveFlagsAProcesregisseurOutsideTheSafetyChain) {
  const auto id = huishouden_op_niveau(4);
  const auto ctx = als(regisseur_bplus_);
  regisseurs->toewijzen(ctx, id, proces(regisseur_bplus_));
  besluit(id, 5);  // as the procesregisseur
  EXPECT_EQ(huishoudens->lezen(ctx, id).regisseurs[0].regisseur.knelpunt,
            Knelpunt::niet_uit_veiligheidsketen);
}

TEST_P(RegisseurTest, EndingAnAssignment) {
  const auto id = huishouden_op_niveau(2);
  const auto uit = regisseurs->toewijzen(als(regisseur_bplus_), id, proces(regisseur_a_));
  const auto ctx = als(regisseur_a_);
  const auto r = huishoudens->lezen(ctx, id).regisseurs[0].regisseur;
  EXPECT_THROW(regisseurs->beeindigen(ctx, id, uit.regisseur_id, r.versie + 1), service::Conflict);
  regisseurs->beeindigen(ctx, id, uit.regisseur_id, r.versie);
  EXPECT_TRUE(huishoudens->lezen(ctx, id).regisseurs.empty());
  regisseurs->toewijzen(ctx, id,
                        proces(regisseur_b_));  // room for a new procesregisseur (intake rights again)
}

REGIE_SERVICE_BACKENDS(RegisseurTest);

}  // namespace
}  // namespace regie::testing
