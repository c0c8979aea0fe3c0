// Parental authority (DOMAIN.md §12): over a minor only, held by at most two adult members of the household;
// without a holder in the household the note says where it lies.

#include "domain/gezag.hpp"

#include <gtest/gtest.h>

namespace regie::domain {
namespace {

Leeftijd jaar(int j) { return Leeftijd{j * 12}; }
GezagDrager lid(int jaren) { return {true, false, jaar(jaren)}; }

std::vector<std::string> velden(const GezagAanvraag& a) {
  std::vector<std::string> uit;
  for (const auto& f : gezag_fouten(a)) uit.push_back(f.veld);
  return uit;
}

TEST(Gezag, OneOrTwoAdultMembersHoldItOverAMinor) {
  GezagAanvraag a;
  a.kind = jaar(14);
  a.dragers = {lid(40)};
  EXPECT_TRUE(velden(a).empty());
  a.dragers.push_back(lid(18));
  EXPECT_TRUE(velden(a).empty());
  a.dragers.push_back(lid(70));
  EXPECT_EQ(velden(a), std::vector<std::string>{"gezagsdragers"});
  a.dragers = {lid(40), lid(40)};
  a.dubbel = true;
  EXPECT_EQ(velden(a), std::vector<std::string>{"gezagsdragers"});
}

TEST(Gezag, AMinorTheChildHimselfOrSomeoneOutsideTheHouseholdCannotHoldIt) {
  GezagAanvraag a;
  a.kind = jaar(14);
  a.dragers = {lid(17)};
  EXPECT_EQ(velden(a), std::vector<std::string>{"gezagsdragers"});
  a.dragers = {{true, true, jaar(14)}};
  EXPECT_EQ(velden(a), std::vector<std::string>{"gezagsdragers"});
  a.dragers = {{false, false, std::nullopt}};
  EXPECT_EQ(velden(a), std::vector<std::string>{"gezagsdragers"});
  a.dragers = {{true, false, Leeftijd{-2, true, false}}};  // unborn
  EXPECT_EQ(velden(a), std::vector<std::string>{"gezagsdragers"});
}

TEST(Gezag, OnlyOverAMinorAndWithoutAHolderHereTheNoteSaysWhere) {
  GezagAanvraag a;
  a.kind = jaar(18);
  a.dragers = {lid(45)};
  EXPECT_EQ(velden(a), std::vector<std::string>{"gezinslidId"});
  a.kind.reset();
  EXPECT_EQ(velden(a), std::vector<std::string>{"gezinslidId"});
  a.kind = Leeftijd{-4, true, false};  // an unborn child: authority can be settled before birth
  EXPECT_TRUE(velden(a).empty());
  a.kind = jaar(9);
  a.dragers.clear();
  EXPECT_EQ(velden(a), std::vector<std::string>{"toelichting"});
  a.toelichting = "Voogdij bij de gecertificeerde instelling.";
  EXPECT_TRUE(velden(a).empty());
  a.toelichting = std::string(kMaxGezagToelichting + 1, 'x');
  EXPECT_EQ(velden(a), std::vector<std::string>{"toelichting"});
}

}  // namespace
}  // namespace regie::domain
