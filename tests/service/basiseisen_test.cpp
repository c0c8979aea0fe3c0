// The providers' basic requirements and the regisseurs' basic training through the service layer: who sees
// and records what, the training requirement following from the data, and field errors.

#include <algorithm>

#include "service/errors.hpp"
#include "service/service_fixture.hpp"
#include "store/sessie_store.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;

class BasiseisenTest : public ServiceTest {
 protected:
  service::Context agendahouder() { return als(beheerder_, {Gebruikersrol::agendahouder}); }
  service::Context af() { return als(aandachtsfunctionaris_, {Gebruikersrol::aandachtsfunctionaris}); }
  service::Context manager() { return als(manager_, {Gebruikersrol::manager}); }

  const service::OrganisatieBasiseisen& rij(const std::vector<service::OrganisatieBasiseisen>& m,
                                            const std::string& organisatie) {
    const auto r = std::ranges::find(m, organisatie, &service::OrganisatieBasiseisen::organisatie_id);
    if (r == m.end()) throw std::runtime_error("organisatie ontbreekt");
    return *r;
  }
  EisUitkomst uitkomst(const std::string& organisatie, Basiseis eis) {
    const auto m = basiseisen->matrix(agendahouder());
    const auto& eisen = rij(m, organisatie).eisen;
    return std::ranges::find(eisen, eis, &service::BasiseisCel::eis)->uitkomst;
  }
};

TEST_P(BasiseisenTest, TheAgendahouderSeesEveryOrganisationTheAandachtsfunctionarisHisOwn) {
  const auto alles = basiseisen->matrix(agendahouder());
  ASSERT_EQ(alles.size(), 3u);
  EXPECT_TRUE(std::ranges::is_sorted(alles, {}, &service::OrganisatieBasiseisen::naam));
  for (const auto& o : alles) {
    ASSERT_EQ(o.eisen.size(), domain::basiseisen().size());
    // Nothing recorded by hand: what the data decides is known (each has an aandachtsfunctionaris, none an
    // implementation plan yet); adoption of the method and the training plan are not.
    const auto uitkomst = [&](Basiseis e) { return o.eisen[static_cast<std::size_t>(e)].uitkomst; };
    EXPECT_EQ(uitkomst(Basiseis::methode_vastgesteld), EisUitkomst::onbekend);
    EXPECT_EQ(uitkomst(Basiseis::aandachtsfunctionaris_benoemd), EisUitkomst::voldaan);
    EXPECT_EQ(uitkomst(Basiseis::implementatie_gevolgd), EisUitkomst::niet_voldaan);
    EXPECT_EQ(uitkomst(Basiseis::scholing_op_orde), EisUitkomst::onbekend);
  }
  const auto eigen = basiseisen->matrix(af());
  ASSERT_EQ(eigen.size(), 1u);
  EXPECT_EQ(eigen[0].organisatie_id, lokaal_team_);
  EXPECT_EQ(eigen[0].regisseurs, 3);  // Bram, Cora, Daan
  EXPECT_THROW(basiseisen->matrix(manager()), service::Forbidden);
  EXPECT_THROW(basiseisen->matrix(als(regisseur_a_)), service::Forbidden);
}

TEST_P(BasiseisenTest, RecordingARequirementReplacesWhatWasThereAndNeedsEvidenceWhenMet) {
  basiseisen->vastleggen(af(), lokaal_team_, {Basiseis::methode_vastgesteld, false, vandaag(), ""});
  EXPECT_EQ(uitkomst(lokaal_team_, Basiseis::methode_vastgesteld), EisUitkomst::niet_voldaan);
  basiseisen->vastleggen(agendahouder(), lokaal_team_,
                         {Basiseis::methode_vastgesteld, true, vandaag(), "Besluit directie van 1 maart."});
  EXPECT_EQ(uitkomst(lokaal_team_, Basiseis::methode_vastgesteld), EisUitkomst::voldaan);
  const auto m = basiseisen->matrix(af());
  EXPECT_EQ(m[0].eisen[0].vastgelegd->bewijs, "Besluit directie van 1 maart.");

  EXPECT_EQ(velden_van_fout([&] {
              basiseisen->vastleggen(af(), lokaal_team_,
                                     {Basiseis::werving_op_profiel, true,
                                      Datum{std::chrono::sys_days{vandaag()} + std::chrono::days{1}}, " "});
            }),
            (std::vector<std::string>{"datum", "bewijs"}));
  EXPECT_THROW(basiseisen->vastleggen(af(), zorg_, {Basiseis::methode_vastgesteld, false, vandaag(), ""}),
               service::Forbidden);
  EXPECT_THROW(basiseisen->vastleggen(agendahouder(), "onbekend",
                                      {Basiseis::methode_vastgesteld, false, vandaag(), ""}),
               service::NotFound);
}

TEST_P(BasiseisenTest, TheTrainingRequirementFollowsFromThePlanAndEveryRegisseursBasicTraining) {
  basiseisen->vastleggen(af(), lokaal_team_,
                         {Basiseis::scholing_op_orde, true, vandaag(), "Opleidingsplan 2027"});
  EXPECT_EQ(uitkomst(lokaal_team_, Basiseis::scholing_op_orde), EisUitkomst::niet_voldaan);
  basiseisen->basistraining_vastleggen(af(), regisseur_a_, vandaag());
  basiseisen->basistraining_vastleggen(manager(), regisseur_b_, vandaag());
  EXPECT_EQ(uitkomst(lokaal_team_, Basiseis::scholing_op_orde), EisUitkomst::niet_voldaan);
  basiseisen->basistraining_vastleggen(af(), regisseur_bplus_, vandaag());
  EXPECT_EQ(uitkomst(lokaal_team_, Basiseis::scholing_op_orde), EisUitkomst::voldaan);

  const auto lijst = basiseisen->scholing(manager(), lokaal_team_);
  ASSERT_EQ(lijst.size(), 3u);
  EXPECT_TRUE(std::ranges::all_of(lijst, [&](const auto& r) { return r.basistraining == vandaag(); }));

  basiseisen->basistraining_vastleggen(af(), regisseur_a_, std::nullopt);  // a mistake, taken back
  EXPECT_EQ(uitkomst(lokaal_team_, Basiseis::scholing_op_orde), EisUitkomst::niet_voldaan);
}

// DOMAIN.md §9: the aandachtsfunctionaris, the implementation plan and assessment on the profile are read
// from the data; a hand-made tick neither replaces nor contradicts it.
TEST_P(BasiseisenTest, RequirementsTheProductHoldsDataForAreDerivedNotTicked) {
  // Jet is the zorgketen organisation's only aandachtsfunctionaris; with her account blocked, there is none.
  EXPECT_EQ(uitkomst(zorg_, Basiseis::aandachtsfunctionaris_benoemd), EisUitkomst::voldaan);
  const auto account = beheer->gebruiker_aanmaken(systeem(), zorg_af_, "jet", "een-lang-wachtwoord-2026");
  db().write(
      [&](store::Tx& tx) { store::gebruiker_blokkeren(tx, account, true, domain::format_tijdstip(tijd_)); });
  EXPECT_EQ(uitkomst(zorg_, Basiseis::aandachtsfunctionaris_benoemd), EisUitkomst::niet_voldaan);

  // Ticking "implemented" without a plan in Regie does not make it so, and is shown as a contradiction.
  basiseisen->vastleggen(af(), lokaal_team_,
                         {Basiseis::implementatie_gevolgd, true, vandaag(), "Wij deden mee aan alles."});
  const auto cel = [&](Basiseis e) {
    const auto m = basiseisen->matrix(agendahouder());
    return *std::ranges::find(rij(m, lokaal_team_).eisen, e, &service::BasiseisCel::eis);
  };
  EXPECT_EQ(cel(Basiseis::implementatie_gevolgd).uitkomst, EisUitkomst::niet_voldaan);
  EXPECT_TRUE(cel(Basiseis::implementatie_gevolgd).tegenspraak);
  const auto plan = implementatie->plan_starten(af(), lokaal_team_);
  const auto actie = implementatie->plan(af(), plan).acties.at(0);
  EXPECT_EQ(cel(Basiseis::implementatie_gevolgd).uitkomst, EisUitkomst::niet_voldaan);  // no progress yet
  implementatie->actie_bijwerken(
      af(), plan, actie.id, {std::nullopt, std::nullopt, ActieStand::bezig, std::nullopt, ""}, actie.versie);
  EXPECT_EQ(cel(Basiseis::implementatie_gevolgd).uitkomst, EisUitkomst::voldaan);
  EXPECT_FALSE(cel(Basiseis::implementatie_gevolgd).tegenspraak);

  // Assessment on the profile: every regisseur of the organisation certified after an assessment. The
  // lokaal team's three are; Gijs of the zorgketen organisation is not, until Jet assesses him.
  EXPECT_EQ(cel(Basiseis::werving_op_profiel).uitkomst, EisUitkomst::voldaan);
  EXPECT_EQ(uitkomst(zorg_, Basiseis::werving_op_profiel), EisUitkomst::niet_voldaan);
  certificeren(als(zorg_af_, {Gebruikersrol::aandachtsfunctionaris}), zonder_profiel_,
               {Rol::casus, Profiel::A});
  EXPECT_EQ(uitkomst(zorg_, Basiseis::werving_op_profiel), EisUitkomst::voldaan);
}

TEST_P(BasiseisenTest, TrainingIsKeptByTheRegisseursOwnOrganisationOnly) {
  EXPECT_THROW(basiseisen->basistraining_vastleggen(af(), zonder_profiel_, vandaag()), service::Forbidden);
  EXPECT_THROW(basiseisen->scholing(af(), zorg_), service::Forbidden);
  EXPECT_THROW(basiseisen->scholing(agendahouder(), lokaal_team_), service::Forbidden);
  EXPECT_THROW(basiseisen->basistraining_vastleggen(als(regisseur_b_), regisseur_a_, vandaag()),
               service::Forbidden);
  EXPECT_EQ(velden_van_fout([&] { basiseisen->basistraining_vastleggen(af(), manager_, vandaag()); }),
            std::vector<std::string>{"medewerkerId"});
  EXPECT_EQ(velden_van_fout([&] {
              basiseisen->basistraining_vastleggen(
                  af(), regisseur_a_, Datum{std::chrono::sys_days{vandaag()} + std::chrono::days{1}});
            }),
            std::vector<std::string>{"datum"});
}

REGIE_SERVICE_BACKENDS(BasiseisenTest);

}  // namespace
}  // namespace regie::testing
