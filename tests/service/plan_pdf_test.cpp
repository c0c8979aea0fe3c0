// The plan as a PDF through the service layer on SQLite and PostgreSQL (issue "the household as users"): the
// member in the portal and the regisseur get the same document, read back with pdftotext — the plan's goals
// and actions, never the safety plan's shielded part, a professional's note or a signal; each download is an
// access-log line.

#include "service/portaal.hpp"

#include "service/errors.hpp"
#include "service/service_fixture.hpp"
#include "support/pdf_tekst.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;

class PlanPdfTest : public ServiceTest {};

TEST_P(PlanPdfTest, TheMemberAndTheRegisseurGetTheSamePlanWithoutWhatIsNotTheHouseholds) {
  if (!test_) GTEST_SKIP();
  const auto id = huishouden_op_niveau(2);
  const auto sam = gezinslid(id, Relatie::kind);
  service::Portaal portaal{omgeving()};
  const auto lid =
      service::portaal_context(gemeente_, {id, PersoonSoort::gezinslid, sam, {PortaalRecht::plan_lezen}});
  EXPECT_THROW(portaal.plan_pdf(lid), service::NotFound);  // no plan yet
  EXPECT_THROW(plannen->ondersteuningsplan_pdf(regie(id), id), service::NotFound);

  plannen->ondersteuningsplan_opslaan(regie(id), id, plan_met_doel(regisseur_bplus_, vandaag()),
                                      std::nullopt);
  Veiligheidsplan vp;
  vp.veiligheidsdoel = "Iedereen in huis is veilig.";
  vp.afgeschermd = {{"", "Vluchtadres", "Schuiladres Lindelaan 7", {regisseur_bplus_}}};
  plannen->veiligheidsplan_opslaan(regie(id), id, vp, std::nullopt);
  notities->toevoegen(regie(id), id, "Vertrouwelijke notitie over de buurman.");

  const auto voor_lid = pdf_tekst(portaal.plan_pdf(lid));
  const auto voor_regisseur = pdf_tekst(plannen->ondersteuningsplan_pdf(regie(id), id));
  ASSERT_FALSE(voor_lid.empty());
  const auto doel = plan_met_doel(regisseur_bplus_, vandaag()).doelen[0];
  for (const auto* tekst : {&voor_lid, &voor_regisseur}) {
    EXPECT_NE(tekst->find(doel.omschrijving), std::string::npos) << *tekst;
    EXPECT_NE(tekst->find(doel.acties[0].omschrijving), std::string::npos) << *tekst;
    for (const char* nooit :
         {"Schuiladres", "Vluchtadres", "Vertrouwelijke notitie", "Iedereen in huis is veilig"})
      EXPECT_EQ(tekst->find(nooit), std::string::npos) << nooit;
  }
  // The same document, but for the day it was made.
  EXPECT_EQ(voor_lid, voor_regisseur);
  const auto regels = db().logboek().read([&](store::Tx& tx) {
    return tx
        .query_one(
            "SELECT count(*) FROM audit WHERE huishouden_id = $1 AND actie IN ('portaal.plan_pdf_lezen', "
            "'ondersteuningsplan.pdf_lezen') AND resultaat = 'gelukt'",
            {id})
        ->integer(0);
  });
  EXPECT_EQ(regels, 2);

  // Without the right to read the plan, nothing; under restricted sharing not in the portal either.
  const auto netwerk = service::portaal_context(
      gemeente_, {id, PersoonSoort::netwerklid, "oom", {PortaalRecht::eigen_acties}});
  EXPECT_THROW(portaal.plan_pdf(netwerk), service::Forbidden);
  auto t = taxatie_voor(2);
  t.signalen = {{SignaalType::stalking, false, std::nullopt, {}}};
  niveaus->taxatie_vastleggen(regie(id), id, t);
  EXPECT_THROW(portaal.plan_pdf(lid), service::NotFound);
  EXPECT_NO_THROW(plannen->ondersteuningsplan_pdf(regie(id), id));
  EXPECT_THROW(plannen->ondersteuningsplan_pdf(als(zonder_profiel_), id), service::Forbidden);
}

}  // namespace

REGIE_SERVICE_BACKENDS(PlanPdfTest);

}  // namespace regie::testing
