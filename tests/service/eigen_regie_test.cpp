// At level 1 a member or network member may hold casusregie himself and keep the preventive plan in the
// portal (DOMAIN.md §7, §12), on SQLite and PostgreSQL: only he, only at level 1, progress kept, the rest of
// the plan kept, every other rule of the plan as for a professional.

#include "service/portaal.hpp"

#include "service/errors.hpp"
#include "service/service_fixture.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;

class EigenRegieTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (!test_) return;
    id_ = huishouden_op_niveau(1);
    for (const auto& l : huishoudens->lezen(systeem(), id_).gezinsleden)
      if (l.lid.voornaam == "Mila") mila_ = l.lid.id;
    sam_ = gezinslid(id_, Relatie::kind);
    regisseurs->toewijzen(
        regie(id_), id_,
        {Rol::casus, PersoonSoort::gezinslid, mila_, {{Leefgebied::inkomen_financien, std::nullopt}}});
  }
  service::Context in_portaal(const std::string& persoon) {
    return service::portaal_context(
        gemeente_, {id_,
                    PersoonSoort::gezinslid,
                    persoon,
                    {PortaalRecht::plan_lezen, PortaalRecht::reageren, PortaalRecht::eigen_acties}});
  }
  service::PlanVanHuishouden plan(std::optional<int> basis) const {
    Doel doel;
    doel.omschrijving = "Elke week samen de post doornemen";
    doel.streefdatum = plus_dagen(vandaag(), 60);
    doel.acties.push_back({"",
                           "Een map voor de post kopen",
                           Eigenaar{PersoonSoort::gezinslid, sam_},
                           plus_dagen(vandaag(), 7),
                           {}});
    return {basis, "We doen het zelf, met hulp van oma.", plus_dagen(vandaag(), 180), {doel}};
  }

  std::string id_, mila_, sam_;
};

TEST_P(EigenRegieTest, TheMemberWhoHoldsCasusregieAtLevelOneKeepsThePlan) {
  if (!test_) GTEST_SKIP();
  service::Portaal portaal{omgeving()};
  const auto mila = in_portaal(mila_);
  EXPECT_TRUE(portaal.plan(mila).ik_houd_het_plan_bij);
  EXPECT_FALSE(portaal.plan(in_portaal(sam_)).ik_houd_het_plan_bij);
  EXPECT_FALSE(portaal.plan(mila).mogelijke_eigenaren.empty());

  EXPECT_EQ(plannen->plan_van_huishouden_opslaan(mila, plan(std::nullopt)), 1);
  auto gelezen = plannen->ondersteuningsplan(regie(id_), id_, std::nullopt)->record;
  EXPECT_EQ(gelezen.plan.variant, PlanVariant::preventief);
  EXPECT_EQ(gelezen.kop.opgesteld_door, mila_);
  ASSERT_EQ(gelezen.plan.doelen.size(), 1u);
  EXPECT_EQ(gelezen.plan.eigen_woorden, "We doen het zelf, met hulp van oma.");

  // Sam ticks off his action; Mila's next version keeps that, and what a professional wrote besides.
  const auto actie = gelezen.plan.doelen[0].acties[0].id;
  portaal.eigen_actie(in_portaal(sam_), actie, true, 1);
  auto tweede = plan(1);
  tweede.doelen[0].id = gelezen.plan.doelen[0].id;
  tweede.doelen[0].acties[0].id = actie;
  tweede.doelen[0].acties.push_back(
      {"", "Oma helpt bij de brieven van de belasting", std::nullopt, std::nullopt, {}});
  EXPECT_EQ(plannen->plan_van_huishouden_opslaan(mila, tweede), 2);
  gelezen = plannen->ondersteuningsplan(regie(id_), id_, std::nullopt)->record;
  ASSERT_EQ(gelezen.plan.doelen[0].acties.size(), 2u);
  EXPECT_EQ(gelezen.plan.doelen[0].acties[0].status, ActieStatus::gedaan);
  EXPECT_EQ(gelezen.plan.doelen[0].acties[1].status, ActieStatus::open);
  EXPECT_THROW(plannen->plan_van_huishouden_opslaan(mila, plan(1)), service::Conflict);  // version 2 is newer

  // Every rule of the plan holds: an owner from outside the household is refused, naming the field.
  auto fout = plan(2);
  fout.doelen[0].acties[0].eigenaar = Eigenaar{PersoonSoort::netwerklid, "onbekend"};
  fout.doelen[0].omschrijving = " ";
  EXPECT_EQ(velden_van_fout([&] { plannen->plan_van_huishouden_opslaan(mila, fout); }),
            (std::vector<std::string>{"doelen[0].omschrijving", "doelen[0].acties[0].eigenaar"}));

  // Not Sam, who does not hold regie; not a professional through this door.
  EXPECT_THROW(plannen->plan_van_huishouden_opslaan(in_portaal(sam_), plan(2)), service::Forbidden);
  EXPECT_THROW(plannen->plan_van_huishouden_opslaan(regie(id_), plan(2)), service::Forbidden);
  const auto regels = db().logboek().read([&](store::Tx& tx) {
    return tx
        .query_one(
            "SELECT count(*) FROM audit WHERE huishouden_id = $1 AND actie = 'portaal.plan_opslaan' AND "
            "resultaat = 'gelukt' AND rol = 'gezinslid'",
            {id_})
        ->integer(0);
  });
  EXPECT_EQ(regels, 2);
}

TEST_P(EigenRegieTest, AboveLevelOneTheMemberNoLongerKeepsThePlan) {
  if (!test_) GTEST_SKIP();
  besluit(id_, 2);
  service::Portaal portaal{omgeving()};
  EXPECT_FALSE(portaal.plan(in_portaal(mila_)).ik_houd_het_plan_bij);
  EXPECT_THROW(plannen->plan_van_huishouden_opslaan(in_portaal(mila_), plan(std::nullopt)),
               service::Forbidden);
}

}  // namespace

REGIE_SERVICE_BACKENDS(EigenRegieTest);

}  // namespace regie::testing
