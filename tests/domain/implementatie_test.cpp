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

TEST(Implementatie, EachPlanOwnerNeedsItsOwnDriver) {
  EXPECT_EQ(rolbevinding(PlanEigenaar::gemeente, 0), RolBevinding::geen_agendahouder);
  EXPECT_EQ(rolbevinding(PlanEigenaar::organisatie, 0), RolBevinding::geen_aandachtsfunctionaris);
  EXPECT_EQ(rolbevinding(PlanEigenaar::gemeente, 1), std::nullopt);
  EXPECT_EQ(rol_eis(PlanEigenaar::gemeente).rol, Gebruikersrol::agendahouder);
  EXPECT_EQ(rol_eis(PlanEigenaar::organisatie).rol, Gebruikersrol::aandachtsfunctionaris);
}

// DOMAIN.md §9: where the product holds the data, a requirement is derived, not ticked; only the adoption of
// the method is recorded by hand alone.
TEST(Basiseisen, FourOfTheFiveFollowFromTheData) {
  ASSERT_EQ(basiseisen().size(), 5u);
  for (const auto& e : basiseisen()) {
    EXPECT_EQ(e.afleiding == nullptr, e.eis == Basiseis::methode_vastgesteld) << to_code(e.eis);
    EXPECT_EQ(e.uit_gegevens.empty(), e.afleiding == nullptr) << to_code(e.eis);
  }
  EXPECT_TRUE(scholing_op_orde(true, 3, 3));
  EXPECT_FALSE(scholing_op_orde(true, 3, 2));
  EXPECT_FALSE(scholing_op_orde(false, 3, 3));
  EXPECT_FALSE(scholing_op_orde(true, 0, 0));  // no regisseurs: nothing to show
}

TEST(Basiseisen, TheDataDecidesAndARecordCannotContradictIt) {
  OrganisatieFeiten leeg;
  OrganisatieFeiten op_orde{3, 3, 1, true, 3};
  using enum EisUitkomst;
  // Adoption of the method: by hand only.
  EXPECT_EQ(basiseis_uitkomst(Basiseis::methode_vastgesteld, std::nullopt, op_orde), onbekend);
  EXPECT_EQ(basiseis_uitkomst(Basiseis::methode_vastgesteld, true, leeg), voldaan);
  // Derived: a tick says nothing against the data, and no tick is needed.
  for (const auto eis : {Basiseis::aandachtsfunctionaris_benoemd, Basiseis::implementatie_gevolgd,
                         Basiseis::werving_op_profiel}) {
    EXPECT_EQ(basiseis_uitkomst(eis, true, leeg), niet_voldaan) << to_code(eis);
    EXPECT_TRUE(spreekt_gegevens_tegen(eis, true, leeg)) << to_code(eis);
    EXPECT_EQ(basiseis_uitkomst(eis, std::nullopt, op_orde), voldaan) << to_code(eis);
    EXPECT_EQ(basiseis_uitkomst(eis, false, op_orde), voldaan) << to_code(eis);
    EXPECT_FALSE(spreekt_gegevens_tegen(eis, std::nullopt, leeg)) << to_code(eis);
  }
  // One regisseur without an assessment behind his certification: not every regisseur was assessed.
  auto een_niet = op_orde;
  een_niet.regisseurs_beoordeeld = 2;
  EXPECT_EQ(basiseis_uitkomst(Basiseis::werving_op_profiel, std::nullopt, een_niet), niet_voldaan);
  // Training: the plan by hand, the basic training from the data.
  EXPECT_EQ(basiseis_uitkomst(Basiseis::scholing_op_orde, std::nullopt, op_orde), onbekend);
  EXPECT_EQ(basiseis_uitkomst(Basiseis::scholing_op_orde, true, op_orde), voldaan);
  auto zonder_training = op_orde;
  zonder_training.met_basistraining = 2;
  EXPECT_EQ(basiseis_uitkomst(Basiseis::scholing_op_orde, true, zonder_training), niet_voldaan);
  EXPECT_FALSE(
      spreekt_gegevens_tegen(Basiseis::scholing_op_orde, true, zonder_training));  // the plan is input
}

}  // namespace
}  // namespace regie::domain
