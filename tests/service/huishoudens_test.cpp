// The household record through the service layer, on SQLite and PostgreSQL.

#include <algorithm>

#include "service/errors.hpp"
#include "service/service_fixture.hpp"
#include "store/database.hpp"
#include "store/huishouden_store.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;
using namespace std::chrono;
using service::BadRequest;

using HuishoudenTest = ServiceTest;

TEST_P(HuishoudenTest, CreatedWithAnOpaqueIdAndTheRegistrarInvolved) {
  const auto id = huishouden();
  EXPECT_EQ(id.size(), 26u);
  EXPECT_TRUE(std::ranges::all_of(id, [](char c) { return std::islower(c) || std::isdigit(c); }));
  const auto d = huishoudens->lezen(als(regisseur_bplus_), id);
  EXPECT_EQ(d.huishouden.fase, Fase::aanmelding);
  EXPECT_FALSE(d.huishouden.niveau.has_value());
  EXPECT_FALSE(d.huishouden.afgeschermd);
  ASSERT_EQ(d.betrokkenen.size(), 1u);
  EXPECT_EQ(d.betrokkenen[0].betrokkenheid.medewerker_id, regisseur_bplus_);
  EXPECT_EQ(d.betrokkenen[0].organisatie, "Sociaal team Testdorp");
  EXPECT_EQ(d.gezinsleden.size(), 4u);
}

TEST_P(HuishoudenTest, MembersGetTheirAgeAnUnbornChildNegativeMonths) {
  const auto d = huishoudens->lezen(als(regisseur_bplus_), huishouden());
  const auto ongeboren =
      std::ranges::find_if(d.gezinsleden, [](const auto& l) { return l.lid.geboorte.verwacht; });
  ASSERT_NE(ongeboren, d.gezinsleden.end());
  EXPECT_TRUE(ongeboren->leeftijd.ongeboren);
  EXPECT_EQ(ongeboren->leeftijd.maanden, -3);
  const auto lotte =
      std::ranges::find_if(d.gezinsleden, [](const auto& l) { return l.lid.voornaam == "Lotte"; });
  EXPECT_EQ(lotte->leeftijd.jaren(), 7);
}

TEST_P(HuishoudenTest, InvalidMembersAreRefusedNamingTheField) {
  const auto id = huishouden();
  const auto ctx = als(regisseur_bplus_);
  auto toevoegen = [&](service::GezinslidInvoer in) {
    return [&, in] { huishoudens->gezinslid_toevoegen(ctx, id, in); };
  };
  EXPECT_EQ(velden_van_fout(toevoegen({"A", "B", {2027y / September / 1d, true}, {}, Relatie::kind})),
            std::vector<std::string>{"verwachteGeboortedatum"});
  EXPECT_EQ(velden_van_fout(toevoegen({"A", "B", {2027y / January / 1d, false}, {}, Relatie::kind})),
            std::vector<std::string>{"geboortedatum"});
  EXPECT_EQ(
      velden_van_fout(toevoegen({"A", "B", {2000y / January / 1d, false}, "123456789", Relatie::ouder})),
      std::vector<std::string>{"bsn"});
  EXPECT_EQ(velden_van_fout(toevoegen({" ", "", {2000y / January / 1d, false}, {}, Relatie::ouder})),
            (std::vector<std::string>{"voornaam", "achternaam"}));
  EXPECT_EQ(huishoudens->lezen(ctx, id).gezinsleden.size(), 4u);  // nothing half-written
  // A child not yet born may have no first name yet; once born it needs one.
  const auto baby =
      huishoudens->gezinslid_toevoegen(ctx, id, {"", "B", {2027y / March / 1d, true}, {}, Relatie::kind});
  EXPECT_EQ(velden_van_fout([&] {
              huishoudens->gezinslid_wijzigen(
                  ctx, id, baby, {"", "B", {2026y / November / 20d, false}, {}, Relatie::kind}, 1);
            }),
            std::vector<std::string>{"voornaam"});
  huishoudens->gezinslid_wijzigen(ctx, id, baby,
                                  {"Ties", "B", {2026y / November / 20d, false}, {}, Relatie::kind}, 1);
  EXPECT_EQ(huishoudens->lezen(ctx, id).gezinsleden.size(), 5u);
  // Older than 100 is accepted: "to 100 years" means everyone (DOMAIN.md §1).
  huishoudens->gezinslid_toevoegen(
      ctx, id, {"Overgrootmoeder", "B", {1920y / January / 1d, false}, {}, Relatie::grootouder});
  EXPECT_EQ(huishoudens->lezen(ctx, id).gezinsleden.size(), 6u);
}

TEST_P(HuishoudenTest, TheSameBsnTwiceInOneHouseholdIsAConflict) {
  const auto id = huishouden();
  EXPECT_THROW(
      huishoudens->gezinslid_toevoegen(
          als(regisseur_bplus_), id, {"X", "Y", {2000y / January / 1d, false}, "123456782", Relatie::overig}),
      service::Conflict);
}

TEST_P(HuishoudenTest, AStaleEditIsAConflictAndLosesNothing) {
  const auto id = huishouden();
  const auto ctx = als(regisseur_bplus_);
  const auto lid = huishoudens->lezen(ctx, id).gezinsleden[0].lid;
  auto invoer = service::GezinslidInvoer{lid.voornaam, "Jansen", lid.geboorte, lid.bsn, lid.relatie};
  huishoudens->gezinslid_wijzigen(ctx, id, lid.id, invoer, lid.versie);
  invoer.achternaam = "Pietersen";
  EXPECT_THROW(huishoudens->gezinslid_wijzigen(ctx, id, lid.id, invoer, lid.versie), service::Conflict);
  const auto nu = huishoudens->lezen(ctx, id).gezinsleden;
  EXPECT_EQ(std::ranges::find(nu, lid.id, [](const auto& l) { return l.lid.id; })->lid.achternaam, "Jansen");
}

TEST_P(HuishoudenTest, AnotherGemeentesHouseholdDoesNotExistAndOtherRolesAreRefused) {
  const auto id = huishouden();
  auto vreemde = als(regisseur_bplus_);
  vreemde.actor.gemeente_id = beheer->gemeente_aanmaken("Elders");
  EXPECT_THROW(huishoudens->lezen(vreemde, id), service::NotFound);
  EXPECT_THROW(huishoudens->lezen(als(beheerder_, {Gebruikersrol::beheerder}), id), service::Forbidden);
  EXPECT_THROW(huishoudens->lezen(als(aandachtsfunctionaris_, {Gebruikersrol::aandachtsfunctionaris}), id),
               service::Forbidden);
  EXPECT_THROW(
      huishoudens->gezinslid_toevoegen(als(regisseur_a_, {Gebruikersrol::manager}), id,
                                       {"A", "B", {2000y / January / 1d, false}, {}, Relatie::overig}),
      service::Forbidden);
  const auto log = toegangslog->lezen(als(regisseur_bplus_), id, {1, 100});
  const auto geweigerd =
      std::ranges::count_if(log.regels, [](const auto& r) { return r.invoer.resultaat == "geweigerd"; });
  EXPECT_EQ(geweigerd, 3);
}

TEST_P(HuishoudenTest, PhasesFollowTheirOrder) {
  const auto id = huishouden();
  const auto ctx = als(regisseur_bplus_);
  EXPECT_EQ(velden_van_fout([&] { huishoudens->fase_wijzigen(ctx, id, Fase::uitvoering, versie(id)); }),
            std::vector<std::string>{"fase"});
  huishoudens->fase_wijzigen(ctx, id, Fase::voorbereiding, versie(id));
  EXPECT_THROW(huishoudens->fase_wijzigen(ctx, id, Fase::startoverleg, versie(id) - 1), service::Conflict);
  // Without a level the start meeting cannot assign roles.
  EXPECT_EQ(velden_van_fout([&] { huishoudens->fase_wijzigen(ctx, id, Fase::startoverleg, versie(id)); }),
            std::vector<std::string>{"fase"});
}

TEST_P(HuishoudenTest, StartMeetingWaitsForTheExpertWhenThereAreSignalsOfViolence) {
  const auto id = huishouden_op_niveau(2);
  const auto ctx = als(regisseur_bplus_);
  huishoudens->fase_wijzigen(ctx, id, Fase::voorbereiding, versie(id));
  veiligheid->signaal_vastleggen(ctx, id, {SignaalType::intiem_terrorisme, false, std::nullopt, {}}, "");
  const auto d = huishoudens->lezen(ctx, id);
  ASSERT_EQ(d.volgende_fasen.size(), 2u);
  EXPECT_EQ(d.volgende_fasen[0].fase, Fase::startoverleg);
  EXPECT_EQ(d.volgende_fasen[0].drempels, std::vector{FaseDrempel::deskundige_voor_start_open});
  EXPECT_THROW(huishoudens->fase_wijzigen(ctx, id, Fase::startoverleg, versie(id)), BadRequest);

  const auto lijst = veiligheid->maatregelen(ctx, id);
  const auto deskundige =
      std::ranges::find(lijst, MaatregelCode::deskundige_voor_start, &store::MaatregelRecord::code);
  ASSERT_NE(deskundige, lijst.end());
  veiligheid->maatregel_bijwerken(ctx, id, deskundige->id, store::MaatregelStatus::niet_van_toepassing,
                                  "Besproken met Veilig Thuis: samen uitnodigen is veilig.",
                                  deskundige->versie);
  huishoudens->fase_wijzigen(ctx, id, Fase::startoverleg, versie(id));
  EXPECT_EQ(huishoudens->lezen(ctx, id).huishouden.fase, Fase::startoverleg);
}

TEST_P(HuishoudenTest, ExecutionNeedsThePlansOfTheLevel) {
  const auto id = huishouden_op_niveau(3);
  const auto ctx = als(regisseur_bplus_);
  huishoudens->fase_wijzigen(ctx, id, Fase::voorbereiding, versie(id));
  // Unsafe without a typed signal: doubt is enough to consult the expert before the start meeting (§5).
  EXPECT_EQ(huishoudens->lezen(ctx, id).volgende_fasen[0].drempels,
            std::vector{FaseDrempel::deskundige_voor_start_open});
  for (const auto& m : veiligheid->maatregelen(ctx, id)) {
    EXPECT_EQ(m.code, MaatregelCode::deskundige_voor_start);
    EXPECT_TRUE(m.signalen.empty());
    veiligheid->maatregel_bijwerken(ctx, id, m.id, store::MaatregelStatus::gedaan, {}, m.versie);
  }
  huishoudens->fase_wijzigen(ctx, id, Fase::startoverleg, versie(id));
  const auto d = huishoudens->lezen(ctx, id);
  EXPECT_EQ(d.volgende_fasen[0].drempels,
            (std::vector{FaseDrempel::ondersteuningsplan_ontbreekt, FaseDrempel::veiligheidsplan_ontbreekt}));
  plannen->ondersteuningsplan_opslaan(ctx, id, {}, std::nullopt);
  plannen->veiligheidsplan_opslaan(ctx, id, {}, std::nullopt);
  huishoudens->fase_wijzigen(ctx, id, Fase::uitvoering, versie(id));
  huishoudens->fase_wijzigen(ctx, id, Fase::afgesloten, versie(id));
  const auto gesloten = huishoudens->lezen(ctx, id).huishouden;
  EXPECT_TRUE(gesloten.gesloten_op.has_value());
  EXPECT_THROW(gezinslid(id), service::Conflict);  // a closed household is read-only
}

TEST_P(HuishoudenTest, NetworkAndInvolvement) {
  const auto id = huishouden();
  const auto ctx = als(regisseur_bplus_);
  huishoudens->netwerklid_toevoegen(ctx, id, {"Oma Truus", "grootmoeder", "06-12345678"});
  EXPECT_EQ(velden_van_fout([&] {
              huishoudens->netwerklid_toevoegen(ctx, id, {"", "", ""});
            }),
            (std::vector<std::string>{"naam", "relatie"}));
  const auto b = huishoudens->betrokkenheid_starten(ctx, id, zonder_profiel_, "jeugdhulpverlener");
  EXPECT_THROW(huishoudens->betrokkenheid_starten(ctx, id, zonder_profiel_, "nogmaals"), BadRequest);
  auto d = huishoudens->lezen(ctx, id);
  EXPECT_EQ(d.netwerk.size(), 1u);
  EXPECT_EQ(d.betrokkenen.size(), 2u);
  huishoudens->betrokkenheid_beeindigen(ctx, id, b);
  EXPECT_EQ(huishoudens->lezen(ctx, id).betrokkenen.size(), 1u);
}

// The overview is the most read page, so its statements are counted: eleven to read the page and seven to
// log it (a claim and a close on each of the two chains, one multi-row insert into each, the activity's
// register version), however much the household holds (docs/performance.md).
TEST_P(HuishoudenTest, TheOverviewReadsInAFewQueriesWhateverTheHouseholdHolds) {
  auto tellen = [&](const std::string& id) {
    const auto ctx = als(regisseur_a_);
    const auto voor = store::uitgevoerde_statements;
    huishoudens->lezen(ctx, id);
    return store::uitgevoerde_statements - voor;
  };
  const service::ToewijzingInvoer proces{Rol::proces, PersoonSoort::medewerker, regisseur_a_, {}};
  const auto klein = huishouden_op_niveau(2);
  regisseurs->toewijzen(als(regisseur_bplus_), klein, proces);
  const auto groot = huishouden_op_niveau(2);
  for (int i = 0; i < 4; ++i) gezinslid(groot);
  regisseurs->toewijzen(als(regisseur_bplus_), groot, proces);
  const auto ctx = als(regisseur_a_);
  regisseurs->toewijzen(
      ctx, groot,
      {Rol::casus, PersoonSoort::medewerker, regisseur_a_, {{Leefgebied::jeugdhulp, std::nullopt}}});
  huishoudens->netwerklid_toevoegen(ctx, groot, {"Oma Truus", "grootmoeder", "06-12345678"});
  huishoudens->netwerklid_toevoegen(ctx, groot, {"Buurman Piet", "buurman", ""});
  huishoudens->betrokkenheid_starten(ctx, groot, zonder_profiel_, "jeugdhulpverlener");
  plannen->ondersteuningsplan_opslaan(ctx, groot, {}, std::nullopt);
  plannen->veiligheidsplan_opslaan(ctx, groot, {}, std::nullopt);

  tellen(klein);  // the gemeente's register of processing activities is filled on its first use
  const auto k = tellen(klein);
  EXPECT_EQ(k, 18u);
  EXPECT_EQ(tellen(groot), k);
}

REGIE_SERVICE_BACKENDS(HuishoudenTest);

}  // namespace
}  // namespace regie::testing
