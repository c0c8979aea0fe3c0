// Who of the household and its network may get access to Regie, and with which rights (DOMAIN.md §12).

#include "domain/portaal.hpp"

#include <gtest/gtest.h>

namespace regie::domain {
namespace {

Leeftijd jaar(int jaren) { return Leeftijd{jaren * 12, false, false}; }

std::vector<std::string> velden(const UitnodigingAanvraag& a) {
  std::vector<std::string> uit;
  for (const auto& f : uitnodiging_fouten(a)) uit.push_back(f.veld);
  return uit;
}

TEST(Portaal, SixteenOnTheirOwnTwelveToFifteenWithAParentYoungerNot) {
  EXPECT_EQ(portaal_leeftijd(jaar(40)), PortaalLeeftijd::eigen_account);
  EXPECT_EQ(portaal_leeftijd(jaar(16)), PortaalLeeftijd::eigen_account);
  EXPECT_EQ(portaal_leeftijd(Leeftijd{16 * 12 - 1}), PortaalLeeftijd::met_ouder);  // a month before 16
  EXPECT_EQ(portaal_leeftijd(jaar(12)), PortaalLeeftijd::met_ouder);
  EXPECT_EQ(portaal_leeftijd(Leeftijd{12 * 12 - 1}), PortaalLeeftijd::te_jong);
  EXPECT_EQ(portaal_leeftijd(Leeftijd{-3, true, false}), PortaalLeeftijd::te_jong);
}

TEST(Portaal, AMemberOfTwelveToFifteenNeedsAMemberWithParentalAuthority) {
  UitnodigingAanvraag a;
  a.leeftijd = jaar(14);
  EXPECT_EQ(velden(a), std::vector<std::string>{"ouderId"});
  a.ouder_gekozen = true;
  EXPECT_EQ(velden(a), std::vector<std::string>{"ouderId"});  // chosen, but not recorded as holding authority
  a.ouder_heeft_gezag = true;
  EXPECT_TRUE(velden(a).empty());
  a.leeftijd = jaar(11);
  EXPECT_EQ(velden(a), std::vector<std::string>{"persoonId"});
  a.leeftijd.reset();
  EXPECT_EQ(velden(a), std::vector<std::string>{"persoonId"});
}

TEST(Portaal, ANetworkMemberNeedsTheHouseholdsConsentAndARight) {
  UitnodigingAanvraag a;
  a.soort = PersoonSoort::netwerklid;
  EXPECT_EQ(velden(a), (std::vector<std::string>{"rechten", "toestemmingHuishouden"}));
  a.rechten = {PortaalRecht::eigen_acties, PortaalRecht::plan_lezen, PortaalRecht::eigen_acties};
  a.toestemming_huishouden = true;
  EXPECT_TRUE(velden(a).empty());
  EXPECT_EQ(portaal_rechten(a),
            (std::vector<PortaalRecht>{PortaalRecht::plan_lezen, PortaalRecht::eigen_acties}));
  a.soort = PersoonSoort::medewerker;
  EXPECT_EQ(velden(a), std::vector<std::string>{"persoonSoort"});
}

TEST(Portaal, AMemberGetsEveryRight) {
  UitnodigingAanvraag a;
  a.leeftijd = jaar(30);
  a.rechten = {PortaalRecht::plan_lezen};  // what was asked does not narrow a member's own access
  EXPECT_EQ(portaal_rechten(a), (std::vector<PortaalRecht>{PortaalRecht::plan_lezen, PortaalRecht::reageren,
                                                           PortaalRecht::eigen_acties}));
}

TEST(Portaal, UnderRestrictedSharingTheRegisseurWritesHisDecision) {
  UitnodigingAanvraag a;
  a.leeftijd = jaar(30);
  a.afgeschermd = true;
  EXPECT_EQ(velden(a), std::vector<std::string>{"besluit"});
  a.besluit = "kort";
  EXPECT_EQ(velden(a), std::vector<std::string>{"besluit"});
  a.besluit = "Moeder is niet de dreiging; zij beschermt de kinderen.";
  EXPECT_TRUE(velden(a).empty());
}

TEST(Portaal, AMemberASafetyPlanPartShieldsFromNeedsTheRegisseursDecision) {
  UitnodigingAanvraag a;
  a.leeftijd = jaar(40);
  a.genoemd_in_afscherming = true;
  const auto fouten = uitnodiging_fouten(a);
  ASSERT_EQ(fouten.size(), 1u);
  EXPECT_EQ(fouten[0].veld, "besluit");
  // The reason is not given: a regisseur who may not see the shielded part must not learn that it exists.
  EXPECT_EQ(fouten[0].reden.find("veiligheidsplan"), std::string::npos);
  EXPECT_EQ(fouten[0].reden.find("afgeschermd"), std::string::npos);
  a.besluit = "Vader is gehoord en de afspraak is dat hij alleen het plan leest.";
  EXPECT_TRUE(velden(a).empty());
}

TEST(Portaal, AnInvitationIsUsedRevokedExpiredOrOpenInThatOrder) {
  const std::string tot = "2026-12-08T10:00:00.000000Z";
  EXPECT_EQ(uitnodiging_status(false, false, tot, "2026-12-08T09:59:59.999999Z"), UitnodigingStatus::open);
  EXPECT_EQ(uitnodiging_status(false, false, tot, tot), UitnodigingStatus::verlopen);
  EXPECT_EQ(uitnodiging_status(false, true, tot, "2026-12-09T00:00:00.000000Z"),
            UitnodigingStatus::ingetrokken);
  EXPECT_EQ(uitnodiging_status(true, true, tot, "2026-12-01T00:00:00.000000Z"), UitnodigingStatus::gebruikt);
}

}  // namespace
}  // namespace regie::domain
