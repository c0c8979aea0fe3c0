// What the household says back (DOMAIN.md §12): which kinds need a plan and the right to react, which name a
// goal, and which outcomes a regisseur may give to each.

#include "domain/reacties.hpp"

#include <gtest/gtest.h>

namespace regie::domain {
namespace {

ReactieAanvraag aanvraag(ReactieSoort soort) {
  ReactieAanvraag a;
  a.soort = soort;
  a.plan_zichtbaar = true;
  return a;
}

std::vector<std::string> velden(const std::vector<ReactieFout>& fouten) {
  std::vector<std::string> uit;
  for (const auto& f : fouten) uit.push_back(f.veld);
  return uit;
}

TEST(Reacties, ARemarkNamesAGoalOfTheCurrentPlan) {
  auto a = aanvraag(ReactieSoort::opmerking);
  EXPECT_EQ(velden(reactie_fouten(a)), std::vector<std::string>{"doelId"});
  a.doel_gekozen = true;
  EXPECT_EQ(velden(reactie_fouten(a)), std::vector<std::string>{"doelId"});  // not in the plan
  a.doel_in_plan = true;
  EXPECT_TRUE(reactie_fouten(a).empty());
}

TEST(Reacties, AProposalMayNameAGoal) {
  auto a = aanvraag(ReactieSoort::voorstel);
  EXPECT_TRUE(reactie_fouten(a).empty());
  a.doel_gekozen = true;
  a.doel_in_plan = true;
  EXPECT_TRUE(reactie_fouten(a).empty());
}

TEST(Reacties, RemarksAndProposalsNeedTheRightAndAPlanHeMaySee) {
  for (auto soort : {ReactieSoort::opmerking, ReactieSoort::voorstel}) {
    auto a = aanvraag(soort);
    a.doel_gekozen = a.doel_in_plan = true;
    EXPECT_EQ(vereist_recht(soort), PortaalRecht::reageren);
    a.plan_zichtbaar = false;  // none yet, or restricted sharing
    EXPECT_EQ(velden(reactie_fouten(a)), std::vector<std::string>{"soort"});
  }
}

TEST(Reacties, ACorrectionRequestIsEveryonesRightAndNamesNoGoal) {
  auto a = aanvraag(ReactieSoort::correctie);
  EXPECT_EQ(vereist_recht(ReactieSoort::correctie), std::nullopt);
  a.plan_zichtbaar = false;
  EXPECT_TRUE(reactie_fouten(a).empty());
  a.doel_gekozen = true;
  EXPECT_EQ(velden(reactie_fouten(a)), std::vector<std::string>{"doelId"});
}

TEST(Reacties, EachKindHasItsOwnOutcomes) {
  EXPECT_EQ(uitkomsten(ReactieSoort::opmerking), std::vector{ReactieUitkomst::beantwoord});
  EXPECT_EQ(uitkomsten(ReactieSoort::voorstel),
            (std::vector{ReactieUitkomst::overgenomen, ReactieUitkomst::beantwoord}));
  EXPECT_EQ(uitkomsten(ReactieSoort::correctie),
            (std::vector{ReactieUitkomst::gecorrigeerd, ReactieUitkomst::afgewezen}));
  EXPECT_EQ(velden(antwoord_fouten({ReactieSoort::opmerking, ReactieUitkomst::gecorrigeerd, 1, 1})),
            std::vector<std::string>{"uitkomst"});
  EXPECT_EQ(velden(antwoord_fouten({ReactieSoort::correctie, ReactieUitkomst::overgenomen, 1, 2})),
            std::vector<std::string>{"uitkomst"});
  EXPECT_TRUE(antwoord_fouten({ReactieSoort::correctie, ReactieUitkomst::afgewezen, {}, {}}).empty());
}

TEST(Reacties, TakenOverOnlyIntoAVersionMadeAfterTheProposal) {
  const auto fout = [](std::optional<int> toen, std::optional<int> nu) {
    return !antwoord_fouten({ReactieSoort::voorstel, ReactieUitkomst::overgenomen, toen, nu}).empty();
  };
  EXPECT_TRUE(fout(2, 2));
  EXPECT_TRUE(fout(2, std::nullopt));
  EXPECT_FALSE(fout(2, 3));
  EXPECT_FALSE(fout(std::nullopt, 1));  // written before there was a plan
  EXPECT_TRUE(antwoord_fouten({ReactieSoort::voorstel, ReactieUitkomst::beantwoord, 2, 2}).empty());
}

}  // namespace
}  // namespace regie::domain
