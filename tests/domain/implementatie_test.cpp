// Implementation plans (DOMAIN.md §9): the templates as data, progress per section, overdue actions, the
// basic requirements.

#include "domain/implementatie.hpp"

#include <gtest/gtest.h>

#include "domain/tijd.hpp"

#include <set>

namespace regie::domain {
namespace {

using namespace std::chrono;
using enum PlanEigenaar;

constexpr Datum kVandaag{2026y, November, 22d};

ImplementatieActie actie(char sectie, ActieStand stand, std::optional<Datum> gepland = std::nullopt) {
  ImplementatieActie a;
  a.sectie = sectie;
  a.omschrijving = "Een actie";
  a.stand = stand;
  a.gepland = gepland;
  if (stand == ActieStand::niet_van_toepassing) a.reden = "Past niet bij deze gemeente.";
  return a;
}

TEST(ImplementatieSjabloon, TheGemeenteHasSectionsAToGAndAnOrganisationAToF) {
  std::string gemeente_secties, organisatie_secties;
  for (const auto& s : secties_van(gemeente)) gemeente_secties += s.sectie;
  for (const auto& s : secties_van(organisatie)) organisatie_secties += s.sectie;
  EXPECT_EQ(gemeente_secties, "ABCDEFG");
  EXPECT_EQ(organisatie_secties, "ABCDEF");
}

TEST(ImplementatieSjabloon, EverySectionHasActionsAndEveryCodeIsUniquePerTemplate) {
  for (auto eigenaar : {gemeente, organisatie}) {
    std::set<std::string_view> codes;
    for (const auto& a : sjabloon_van(eigenaar)) {
      EXPECT_TRUE(codes.insert(a.code).second) << a.code;
      EXPECT_FALSE(a.tekst.empty()) << a.code;
      EXPECT_TRUE(std::ranges::any_of(secties_van(eigenaar), [&](const auto& s) {
        return s.sectie == a.sectie;
      })) << a.code;
    }
    for (const auto& s : secties_van(eigenaar)) {
      EXPECT_TRUE(
          std::ranges::any_of(sjabloon_van(eigenaar), [&](const auto& a) { return a.sectie == s.sectie; }))
          << to_code(eigenaar) << ' ' << s.sectie;
    }
  }
}

TEST(ImplementatieSjabloon, TheOptionalActionsAreMarked) {
  std::set<std::string_view> optioneel;
  for (const auto& a : sjabloon_van(gemeente))
    if (a.optioneel) optioneel.insert(a.code);
  EXPECT_EQ(optioneel, (std::set<std::string_view>{"basisvoorzieningen", "overleggen_afstemmen",
                                                   "voortgang_accountgesprekken", "voortgang_panels",
                                                   "kwaliteit_plannen", "dialoogsessie"}));
  for (const auto& a : sjabloon_van(organisatie)) EXPECT_FALSE(a.optioneel) << a.code;
  // The appointments the method requires are in the templates.
  EXPECT_TRUE(std::ranges::any_of(sjabloon_van(gemeente),
                                  [](const auto& a) { return a.code == "agendahouder_benoemd"; }));
  EXPECT_TRUE(std::ranges::any_of(sjabloon_van(organisatie),
                                  [](const auto& a) { return a.code == "aandachtsfunctionaris_benoemd"; }));
}

TEST(ImplementatieVoortgang, CountsPerSectionAndForThePlanLeavingOutWhatDoesNotApply) {
  const std::vector<ImplementatieActie> acties{
      actie('A', ActieStand::gereed),
      actie('A', ActieStand::bezig, plus_dagen(kVandaag, -1)),                 // overdue
      actie('A', ActieStand::niet_gestart, kVandaag),                          // due today: not yet overdue
      actie('A', ActieStand::niet_van_toepassing, plus_dagen(kVandaag, -30)),  // never overdue
      actie('B', ActieStand::niet_van_toepassing),
      actie('G', ActieStand::gereed, plus_dagen(kVandaag, -5)),  // done: not overdue
  };
  const auto v = voortgang(gemeente, acties, kVandaag);
  ASSERT_EQ(v.size(), 8u);  // A..G and the whole plan
  EXPECT_EQ(v[0], (SectieVoortgang{'A', 4, 3, 1, 1, 1, 33}));
  EXPECT_EQ(v[1], (SectieVoortgang{'B', 1, 0, 0, 0, 0, std::nullopt}));  // nothing applies: no percentage
  EXPECT_EQ(v[2], (SectieVoortgang{'C', 0, 0, 0, 0, 0, std::nullopt}));
  EXPECT_EQ(v[6], (SectieVoortgang{'G', 1, 1, 1, 0, 0, 100}));
  EXPECT_EQ(v[7], (SectieVoortgang{'*', 6, 4, 2, 1, 1, 50}));
}

TEST(ImplementatieVoortgang, AnOpenActionIsOverdueOnlyAfterItsPlannedDate) {
  EXPECT_FALSE(is_over_tijd(actie('A', ActieStand::niet_gestart), kVandaag));  // no date
  EXPECT_FALSE(is_over_tijd(actie('A', ActieStand::niet_gestart, kVandaag), kVandaag));
  EXPECT_TRUE(is_over_tijd(actie('A', ActieStand::niet_gestart, plus_dagen(kVandaag, -1)), kVandaag));
  EXPECT_TRUE(is_over_tijd(actie('A', ActieStand::bezig, plus_dagen(kVandaag, -1)), kVandaag));
  EXPECT_FALSE(is_over_tijd(actie('A', ActieStand::gereed, plus_dagen(kVandaag, -1)), kVandaag));
}

TEST(ImplementatieActieControle, NamesEachInvalidField) {
  auto a = actie('G', ActieStand::niet_van_toepassing);
  a.omschrijving = "  ";
  a.reden = "te kort";
  const auto fouten = controleer_actie(organisatie, a);  // G is not a section of an organisation's plan
  ASSERT_EQ(fouten.size(), 3u);
  EXPECT_EQ(fouten[0].first, "sectie");
  EXPECT_EQ(fouten[1].first, "omschrijving");
  EXPECT_EQ(fouten[2].first, "reden");
  EXPECT_TRUE(controleer_actie(gemeente, actie('G', ActieStand::niet_van_toepassing)).empty());
  a.reden = std::nullopt;
  a.stand = ActieStand::bezig;
  a.sectie = 'F';
  a.omschrijving = "Eigen actie";
  EXPECT_TRUE(controleer_actie(organisatie, a).empty());  // a reason is only asked when not applicable
}

TEST(Basiseisen, FiveRequirementsOfWhichOnlyTrainingFollowsFromTheData) {
  ASSERT_EQ(basiseisen().size(), 5u);
  for (const auto& e : basiseisen())
    EXPECT_EQ(e.afgeleid, e.eis == Basiseis::scholing_op_orde) << to_code(e.eis);
  EXPECT_TRUE(scholing_op_orde(true, 3, 3));
  EXPECT_FALSE(scholing_op_orde(true, 3, 2));
  EXPECT_FALSE(scholing_op_orde(false, 3, 3));
  EXPECT_FALSE(scholing_op_orde(true, 0, 0));  // no regisseurs: nothing to show
}

TEST(Basiseisen, UitkomstVolgtVastleggingEnVoorScholingDeTraining) {
  EXPECT_EQ(basiseis_uitkomst(Basiseis::methode_vastgesteld, std::nullopt, 3, 3), EisUitkomst::onbekend);
  EXPECT_EQ(basiseis_uitkomst(Basiseis::methode_vastgesteld, true, 0, 0), EisUitkomst::voldaan);
  EXPECT_EQ(basiseis_uitkomst(Basiseis::werving_op_profiel, false, 3, 3), EisUitkomst::niet_voldaan);
  EXPECT_EQ(basiseis_uitkomst(Basiseis::scholing_op_orde, std::nullopt, 3, 3), EisUitkomst::onbekend);
  EXPECT_EQ(basiseis_uitkomst(Basiseis::scholing_op_orde, true, 3, 3), EisUitkomst::voldaan);
  EXPECT_EQ(basiseis_uitkomst(Basiseis::scholing_op_orde, true, 3, 2), EisUitkomst::niet_voldaan);
  EXPECT_EQ(basiseis_uitkomst(Basiseis::scholing_op_orde, false, 3, 3), EisUitkomst::niet_voldaan);
}

}  // namespace
}  // namespace regie::domain
