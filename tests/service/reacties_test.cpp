// What the household says back through the portal (DOMAIN.md §12) on SQLite and PostgreSQL: a remark on a
// goal, a proposal, a correction request; each tells the regisseurs in their notifications; the member sees
// only his own; the regisseur answers once, and "taken over" only into a newer version of the plan.

#include "service/reacties.hpp"

#include "service/gezag.hpp"

#include "service/meldingen.hpp"

#include <set>

#include "store/ids.hpp"
#include "store/portaal_store.hpp"

#include "service/errors.hpp"
#include "service/service_fixture.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;
using service::ReactieInvoer;

class ReactiesTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (!test_) return;
    reacties = std::make_unique<service::Reacties>(omgeving());
    id_ = huishouden_op_niveau(2);
    sam_ = gezinslid(id_, Relatie::kind);  // 16
    regisseurs->toewijzen(
        als(regisseur_bplus_), id_,
        {Rol::casus, PersoonSoort::medewerker, regisseur_bplus_, {{Leefgebied::jeugdhulp, {}}}});
    plannen->ondersteuningsplan_opslaan(regie(id_), id_, plan_met_doel(regisseur_bplus_, vandaag()),
                                        std::nullopt);
    doel_ = plannen->ondersteuningsplan(regie(id_), id_, std::nullopt)->record.plan.doelen.at(0).id;
  }
  service::Context in_portaal(const std::string& persoon, PersoonSoort soort,
                              std::vector<PortaalRecht> rechten = {PortaalRecht::plan_lezen,
                                                                   PortaalRecht::reageren,
                                                                   PortaalRecht::eigen_acties}) {
    return service::portaal_context(gemeente_, {id_, soort, persoon, std::move(rechten)});
  }
  std::int64_t audit(const std::string& actie) {
    return db().logboek().read([&](store::Tx& tx) {
      return tx
          .query_one(
              "SELECT count(*) FROM audit WHERE actie = $1 AND huishouden_id = $2 AND resultaat = 'gelukt'",
              {actie, id_})
          ->integer(0);
    });
  }
  void nieuwe_versie() {
    auto plan = plannen->ondersteuningsplan(regie(id_), id_, std::nullopt);
    plan->record.plan.eigen_woorden += " En op vrijdag samen eten.";
    plannen->ondersteuningsplan_opslaan(regie(id_), id_, plan->record.plan, plan->record.kop.versie);
  }

  std::unique_ptr<service::Reacties> reacties;
  std::string id_, sam_, doel_;
};

TEST_P(ReactiesTest, ARemarkOnAGoalTellsTheRegisseurAndIsAnsweredOnce) {
  if (!test_) GTEST_SKIP();
  const auto sam = in_portaal(sam_, PersoonSoort::gezinslid);
  const auto id = reacties->indienen(sam, {ReactieSoort::opmerking, doel_, "Dit doel is te snel."});
  EXPECT_EQ(audit("portaal.reageren"), 1);

  // Daan, the casusregisseur, hears of it; the notification names the household, not the member.
  service::Meldingen meldingen{omgeving()};
  const auto lijst = meldingen.lijst(als(regisseur_bplus_), false, {1, 100}).items;
  const auto melding = std::ranges::find_if(
      lijst, [](const auto& m) { return m.melding.soort == MeldingSoort::reactie_huishouden; });
  ASSERT_NE(melding, lijst.end());
  EXPECT_FALSE(melding->melding.door_id);
  EXPECT_EQ(melding->tekst.find("Sam"), std::string::npos) << melding->tekst;

  auto open = reacties->lijst(als(regisseur_bplus_), id_, true, {1, 20});
  ASSERT_EQ(open.totaal, 1);
  EXPECT_EQ(open.items[0].id, id);
  EXPECT_EQ(open.items[0].van, "Sam de Vries");
  EXPECT_EQ(open.items[0].doel, plan_met_doel(regisseur_bplus_, vandaag()).doelen[0].omschrijving);
  EXPECT_EQ(open.items[0].plan_versie, 1);

  EXPECT_EQ(velden_van_fout([&] {
              reacties->beantwoorden(regie(id_), id_, id, {ReactieUitkomst::overgenomen, "Ja."});
            }),
            std::vector<std::string>{"uitkomst"});
  EXPECT_EQ(velden_van_fout([&] {
              reacties->beantwoorden(regie(id_), id_, id, {ReactieUitkomst::beantwoord, " "});
            }),
            std::vector<std::string>{"antwoord"});
  reacties->beantwoorden(regie(id_), id_, id, {ReactieUitkomst::beantwoord, "We nemen er meer tijd voor."});
  EXPECT_THROW(reacties->beantwoorden(regie(id_), id_, id, {ReactieUitkomst::beantwoord, "Nogmaals."}),
               service::Conflict);
  EXPECT_EQ(reacties->lijst(als(regisseur_bplus_), id_, true, {1, 20}).totaal, 0);
  const auto eigen = reacties->eigen(sam, {1, 20});
  ASSERT_EQ(eigen.totaal, 1);
  EXPECT_EQ(eigen.items[0].uitkomst, ReactieUitkomst::beantwoord);
  EXPECT_EQ(eigen.items[0].antwoord, "We nemen er meer tijd voor.");
  EXPECT_EQ(audit("reactie.beantwoorden"), 1);

  // An involved professional who does not hold regie reads them, but does not answer.
  huishoudens->betrokkenheid_starten(regie(id_), id_, zonder_profiel_, "jeugdhulpverlener");
  const auto tweede = reacties->indienen(sam, {ReactieSoort::voorstel, std::nullopt, "Later beginnen."});
  EXPECT_EQ(reacties->lijst(als(zonder_profiel_), id_, true, {1, 20}).totaal, 1);
  EXPECT_THROW(reacties->beantwoorden(als(zonder_profiel_), id_, tweede, {ReactieUitkomst::beantwoord, "x"}),
               service::Forbidden);
}

TEST_P(ReactiesTest, AProposalIsTakenOverOnlyIntoANewerVersion) {
  if (!test_) GTEST_SKIP();
  const auto sam = in_portaal(sam_, PersoonSoort::gezinslid);
  const auto id = reacties->indienen(sam, {ReactieSoort::voorstel, std::nullopt, "Samen eten op vrijdag."});
  const service::ReactieAntwoordInvoer over{ReactieUitkomst::overgenomen, "Staat erin."};
  EXPECT_EQ(velden_van_fout([&] { reacties->beantwoorden(regie(id_), id_, id, over); }),
            std::vector<std::string>{"uitkomst"});
  nieuwe_versie();
  reacties->beantwoorden(regie(id_), id_, id, over);
  const auto eigen = reacties->eigen(sam, {1, 20}).items.at(0);
  EXPECT_EQ(eigen.uitkomst, ReactieUitkomst::overgenomen);
  EXPECT_EQ(eigen.in_versie, 2);
  EXPECT_EQ(eigen.van, "u");
}

TEST_P(ReactiesTest, TheRulesOfEachKindAndRightHold) {
  if (!test_) GTEST_SKIP();
  const auto sam = in_portaal(sam_, PersoonSoort::gezinslid);
  EXPECT_EQ(velden_van_fout([&] {
              reacties->indienen(sam, {ReactieSoort::opmerking, std::nullopt, "x"});
            }),
            std::vector<std::string>{"doelId"});
  EXPECT_EQ(velden_van_fout([&] {
              reacties->indienen(sam, {ReactieSoort::opmerking, "onbekend", "x"});
            }),
            std::vector<std::string>{"doelId"});
  EXPECT_EQ(velden_van_fout([&] {
              reacties->indienen(sam, {ReactieSoort::voorstel, std::nullopt, "  "});
            }),
            std::vector<std::string>{"tekst"});
  EXPECT_EQ(velden_van_fout([&] {
              reacties->indienen(sam, {ReactieSoort::correctie, doel_, "x"});
            }),
            std::vector<std::string>{"doelId"});

  // A network member who may only read the plan does not react on it, but may ask a correction of his data.
  const auto oom = in_portaal("oom", PersoonSoort::netwerklid, {PortaalRecht::plan_lezen});
  EXPECT_THROW(reacties->indienen(oom, {ReactieSoort::voorstel, std::nullopt, "Anders."}),
               service::Forbidden);
  reacties->indienen(oom, {ReactieSoort::correctie, std::nullopt, "Mijn telefoonnummer is anders."});

  // Each sees only his own.
  reacties->indienen(sam, {ReactieSoort::voorstel, std::nullopt, "Meer tijd."});
  EXPECT_EQ(reacties->eigen(sam, {1, 20}).totaal, 1);
  EXPECT_EQ(reacties->eigen(oom, {1, 20}).items.at(0).tekst, "Mijn telefoonnummer is anders.");
  EXPECT_EQ(reacties->lijst(als(regisseur_bplus_), id_, false, {1, 20}).totaal, 2);

  // Under restricted sharing nothing of the plan: no remark or proposal, a correction request still.
  auto t = taxatie_voor(2);
  t.signalen = {{SignaalType::stalking, false, std::nullopt, {}}};
  niveaus->taxatie_vastleggen(regie(id_), id_, t);
  EXPECT_EQ(velden_van_fout([&] {
              reacties->indienen(sam, {ReactieSoort::voorstel, std::nullopt, "x"});
            }),
            std::vector<std::string>{"soort"});
  const auto correctie =
      reacties->indienen(sam, {ReactieSoort::correctie, std::nullopt, "Mijn school staat er verkeerd."});
  EXPECT_EQ(velden_van_fout([&] {
              reacties->beantwoorden(regie(id_), id_, correctie, {ReactieUitkomst::beantwoord, "x"});
            }),
            std::vector<std::string>{"uitkomst"});
  reacties->beantwoorden(regie(id_), id_, correctie,
                         {ReactieUitkomst::afgewezen, "Dit klopt volgens de school."});

  // Another household's reaction is unknown here; professionals and household users never cross.
  const auto ander = huishouden_op_niveau(1);
  EXPECT_THROW(reacties->beantwoorden(regie(ander), ander, correctie, {ReactieUitkomst::afgewezen, "x"}),
               service::NotFound);
  EXPECT_THROW(reacties->indienen(als(regisseur_bplus_), {ReactieSoort::correctie, std::nullopt, "x"}),
               service::Forbidden);
  EXPECT_THROW(reacties->lijst(sam, id_, false, {1, 20}), service::Forbidden);
}

TEST_P(ReactiesTest, AParentSeesTheMessagesOfHisChildOfFourteenNotOthers) {
  if (!test_) GTEST_SKIP();
  using namespace std::chrono;
  std::string mila;
  for (const auto& l : huishoudens->lezen(systeem(), id_).gezinsleden)
    if (l.lid.voornaam == "Mila") mila = l.lid.id;
  const auto lotte = huishoudens->gezinslid_toevoegen(
      regie(id_), id_, {"Lotte", "de Vries", {2012y / January / 5d, false}, std::nullopt, Relatie::kind});
  // Lotte's account looks on together with Mila (as an accepted invitation makes it).
  db().write([&](store::Tx& tx) {
    store::account_invoegen(tx,
                            {store::nieuwe_id(), gemeente_, id_, PersoonSoort::gezinslid, lotte, mila,
                             portaal_rechten({}), "lotte", "-", "-", 0, "2026-11-01T00:00:00.000000Z"},
                            {});
  });
  reacties->indienen(in_portaal(lotte, PersoonSoort::gezinslid),
                     {ReactieSoort::voorstel, std::nullopt, "Minder huiswerk."});
  reacties->indienen(in_portaal(sam_, PersoonSoort::gezinslid),
                     {ReactieSoort::voorstel, std::nullopt, "Eigen kamer."});
  reacties->indienen(in_portaal(mila, PersoonSoort::gezinslid),
                     {ReactieSoort::voorstel, std::nullopt, "Rust."});
  // Until her parental authority is recorded, Mila sees only her own.
  EXPECT_EQ(reacties->eigen(in_portaal(mila, PersoonSoort::gezinslid), {1, 20}).totaal, 1);
  service::Gezag{omgeving()}.vastleggen(regie(id_), id_, lotte, {{mila}, ""});

  const auto van_mila = reacties->eigen(in_portaal(mila, PersoonSoort::gezinslid), {1, 20});
  ASSERT_EQ(van_mila.totaal, 2);
  std::set<std::string> wie;
  for (const auto& r : van_mila.items) wie.insert(r.van + ": " + r.tekst);
  EXPECT_EQ(wie, (std::set<std::string>{"u: Rust.", "Lotte: Minder huiswerk."}));
  // Sam (16) is no child she looks on with; Lotte sees only her own.
  EXPECT_EQ(reacties->eigen(in_portaal(lotte, PersoonSoort::gezinslid), {1, 20}).totaal, 1);
}

}  // namespace

REGIE_SERVICE_BACKENDS(ReactiesTest);

}  // namespace regie::testing
