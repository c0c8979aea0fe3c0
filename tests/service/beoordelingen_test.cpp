// Competence assessments through the service layer: a complete and positive assessment becomes the
// certification the assignment rules use; others are kept without one; who may assess and read.

#include <algorithm>

#include "domain/competentie.hpp"
#include "service/errors.hpp"
#include "service/service_fixture.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;

class BeoordelingenTest : public ServiceTest {
 protected:
  service::Context af() { return als(aandachtsfunctionaris_, {Gebruikersrol::aandachtsfunctionaris}); }

  service::BeoordelingInvoer alles(Certificering profiel, Beoordeling oordeel) {
    service::BeoordelingInvoer in{profiel, vandaag(), {}};
    for (const auto& g : checklist_voor(profiel)) in.gebieden.push_back({std::string{g.code}, oordeel, ""});
    return in;
  }
  std::vector<store::CertificeringRecord> certificeringen(const std::string& medewerker) {
    return beheer->medewerker(als(medewerker), medewerker).certificeringen;
  }
};

TEST_P(BeoordelingenTest, ACompleteAndPositiveAssessmentBecomesTheCertification) {
  ASSERT_TRUE(certificeringen(zonder_profiel_).empty());
  auto in = alles(kProcesB, Beoordeling::voldoet);
  std::ranges::reverse(in.gebieden);  // any order; kept in checklist order
  const auto b = beoordelingen->vastleggen(af(), zonder_profiel_, in);
  EXPECT_TRUE(b.volledig);
  EXPECT_TRUE(b.positief);
  ASSERT_TRUE(b.certificering_id);
  const auto certs = certificeringen(zonder_profiel_);
  ASSERT_EQ(certs.size(), 1u);
  EXPECT_EQ(certs[0].id, *b.certificering_id);
  EXPECT_EQ(certs[0].certificering, kProcesB);
  EXPECT_EQ(certs[0].beoordeeld_door, aandachtsfunctionaris_);

  const auto historie = beoordelingen->van(af(), zonder_profiel_);
  ASSERT_EQ(historie.size(), 1u);
  EXPECT_EQ(historie[0].gebieden.front().gebied, checklist_voor(kProcesB).front().code);
}

TEST_P(BeoordelingenTest, AnIncompleteOrPartlyMetAssessmentIsKeptWithoutCertification) {
  auto deels = alles(kCasusA, Beoordeling::voldoet);
  deels.gebieden.back().oordeel = Beoordeling::deels;
  deels.gebieden.back().notitie = "Organiseren gaat nog met hulp van de coach.";
  EXPECT_FALSE(beoordelingen->vastleggen(af(), zonder_profiel_, deels).positief);
  auto onvolledig = alles(kCasusA, Beoordeling::voldoet);
  onvolledig.gebieden.pop_back();
  const auto b = beoordelingen->vastleggen(af(), zonder_profiel_, onvolledig);
  EXPECT_FALSE(b.volledig);
  EXPECT_FALSE(b.positief);
  EXPECT_TRUE(certificeringen(zonder_profiel_).empty());
  // History: both kept, and the person reads his own.
  const auto eigen = beoordelingen->van(als(zonder_profiel_), zonder_profiel_);
  ASSERT_EQ(eigen.size(), 2u);
  EXPECT_TRUE(std::ranges::any_of(eigen, [](const auto& x) {
    return std::ranges::any_of(x.gebieden, [](const auto& g) { return !g.notitie.empty(); });
  }));
}

TEST_P(BeoordelingenTest, OnlyAnotherAandachtsfunctionarisOrManagerAssesses) {
  const auto in = alles(kCasusA, Beoordeling::voldoet);
  EXPECT_THROW(beoordelingen->vastleggen(als(regisseur_a_), zonder_profiel_, in), service::Forbidden);
  EXPECT_THROW(beoordelingen->vastleggen(af(), aandachtsfunctionaris_, in), service::Forbidden);
  EXPECT_THROW(beoordelingen->vastleggen(systeem(), zonder_profiel_, in), service::Forbidden);
  EXPECT_THROW(beoordelingen->van(als(regisseur_a_), zonder_profiel_), service::Forbidden);
  EXPECT_THROW(beoordelingen->vastleggen(af(), "onbekend", in), service::NotFound);
}

TEST_P(BeoordelingenTest, UnknownOrRepeatedAreasAndFutureDatesNameTheirField) {
  auto in = alles(kCasusA, Beoordeling::voldoet);
  in.gebieden.push_back({"bestuurlijke_gevoeligheid", Beoordeling::voldoet, ""});  // a B+ area
  in.gebieden.push_back({"kennis", Beoordeling::voldoet, ""});
  in.datum = Datum{std::chrono::sys_days{vandaag()} + std::chrono::days{1}};
  const auto n = std::to_string(checklist_voor(kCasusA).size());
  EXPECT_EQ(velden_van_fout([&] { beoordelingen->vastleggen(af(), zonder_profiel_, in); }),
            (std::vector<std::string>{"datum", "gebieden[" + n + "].gebied",
                                      "gebieden[" + std::to_string(checklist_voor(kCasusA).size() + 1) +
                                          "].gebied"}));
  EXPECT_EQ(velden_van_fout([&] {
              beoordelingen->vastleggen(af(), zonder_profiel_, {kCasusA, vandaag(), {}});
            }),
            std::vector<std::string>{"gebieden"});
  EXPECT_TRUE(beoordelingen->van(af(), zonder_profiel_).empty());
}

REGIE_SERVICE_BACKENDS(BeoordelingenTest);

}  // namespace
}  // namespace regie::testing
