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
  // The aandachtsfunctionaris of Gijs's own organisation.
  service::Context af() { return als(zorg_af_, {Gebruikersrol::aandachtsfunctionaris}); }

  service::BeoordelingInvoer alles(Certificering profiel, Beoordeling oordeel) {
    return volledige_beoordeling(profiel, oordeel);
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
  EXPECT_EQ(certs[0].beoordeeld_door, zorg_af_);

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

// DOMAIN.md §7: never of oneself; only the professional's own manager or his own organisation's
// aandachtsfunctionaris.
TEST_P(BeoordelingenTest, OnlyTheOwnManagerOrTheOwnOrganisationsAandachtsfunctionarisAssesses) {
  const auto in = alles(kCasusA, Beoordeling::voldoet);
  EXPECT_THROW(beoordelingen->vastleggen(als(regisseur_a_), zonder_profiel_, in), service::Forbidden);
  EXPECT_THROW(beoordelingen->vastleggen(af(), zorg_af_, in), service::Forbidden);
  const auto manager = als(manager_, {Gebruikersrol::manager});
  const auto ander_af = als(aandachtsfunctionaris_, {Gebruikersrol::aandachtsfunctionaris});
  EXPECT_THROW(beoordelingen->vastleggen(ander_af, zonder_profiel_, in), service::Forbidden);  // other org
  EXPECT_THROW(beoordelingen->vastleggen(manager, zonder_profiel_, in), service::Forbidden);   // not his
  EXPECT_THROW(beoordelingen->vastleggen(manager, regisseur_b_, in), service::Forbidden);      // no manager
  EXPECT_THROW(beoordelingen->van(ander_af, zonder_profiel_), service::Forbidden);
  EXPECT_TRUE(beoordelingen->vastleggen(manager, regisseur_a_, in).positief);  // Iris manages Bram
  // A manager who is also a regisseur cannot assess himself either.
  EXPECT_THROW(beoordelingen->vastleggen(als(manager_, {Gebruikersrol::manager}), manager_, in),
               service::Forbidden);
  EXPECT_THROW(beoordelingen->vastleggen(systeem(), zonder_profiel_, in), service::Forbidden);
  EXPECT_THROW(beoordelingen->van(als(regisseur_a_), zonder_profiel_), service::Forbidden);
  EXPECT_THROW(beoordelingen->vastleggen(af(), "onbekend", in), service::NotFound);
}

TEST_P(BeoordelingenTest, UnknownOrRepeatedAreasAndFutureDatesNameTheirField) {
  auto in = alles(kCasusA, Beoordeling::voldoet);
  in.gebieden.push_back({"mandaat_procesregie", Beoordeling::voldoet, ""});  // a proces B+ area
  in.gebieden.push_back({"kennis", Beoordeling::voldoet, ""});
  in.datum = Datum{std::chrono::sys_days{vandaag()} + std::chrono::days{1}};
  const auto n = std::to_string(checklist_voor(kCasusA).size());
  EXPECT_EQ(velden_van_fout([&] { beoordelingen->vastleggen(af(), zonder_profiel_, in); }),
            (std::vector<std::string>{
                "datum", "gebieden[" + n + "].gebied",
                "gebieden[" + std::to_string(checklist_voor(kCasusA).size() + 1) + "].gebied"}));
  EXPECT_EQ(velden_van_fout([&] {
              beoordelingen->vastleggen(af(), zonder_profiel_, {kCasusA, vandaag(), {}});
            }),
            std::vector<std::string>{"gebieden"});
  EXPECT_TRUE(beoordelingen->van(af(), zonder_profiel_).empty());
}

// The certification route itself: never of oneself, only by the own manager or aandachtsfunctionaris, and
// only on a complete, positive assessment of that very profile by someone else.
TEST_P(BeoordelingenTest, ACertificationNeedsTheRightPersonAndACompleteAssessmentOfThatProfile) {
  const auto manager = als(manager_, {Gebruikersrol::manager, Gebruikersrol::regisseur});
  EXPECT_THROW(beheer->certificering_vastleggen(manager, manager_, kProcesB, vandaag()), service::Forbidden);
  EXPECT_THROW(beheer->certificering_vastleggen(af(), regisseur_a_, kCasusA, vandaag()), service::Forbidden);
  EXPECT_THROW(beheer->certificering_vastleggen(af(), zonder_profiel_, kCasusA, vandaag()),
               service::Conflict);
  beoordelingen->vastleggen(af(), zonder_profiel_, alles(kCasusA, Beoordeling::voldoet));
  EXPECT_THROW(beheer->certificering_vastleggen(af(), zonder_profiel_, kCasusB, vandaag()),
               service::Conflict);
  EXPECT_NO_THROW(beheer->certificering_vastleggen(af(), zonder_profiel_, kCasusA, vandaag()));
}

REGIE_SERVICE_BACKENDS(BeoordelingenTest);

}  // namespace
}  // namespace regie::testing
