// Need-to-know through the service layer: involvement, manager, emergency access, actions and notes.

#include <algorithm>

#include "service/errors.hpp"
#include "service/service_fixture.hpp"
#include "service/toegangsbeleid.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;
using service::Handeling;

TEST(Toegangsbeleid, TheTable) {
  service::Banden geen;
  for (auto h : {Handeling::lezen, Handeling::regie, Handeling::eigen_actie, Handeling::notitie,
                 Handeling::escalatie, Handeling::profiel_bevestigen}) {
    EXPECT_FALSE(service::mag(h, geen));
  }
  service::Banden regisseur{true, true, false, false, true};
  EXPECT_TRUE(service::mag(Handeling::regie, regisseur));
  service::Banden betrokken{false, true, false, false, true};
  EXPECT_TRUE(service::mag(Handeling::lezen, betrokken));
  EXPECT_FALSE(service::mag(Handeling::regie, betrokken));
  EXPECT_TRUE(service::mag(Handeling::notitie, betrokken));
  EXPECT_FALSE(service::mag(Handeling::escalatie, betrokken));
  betrokken.professionele_regisseur_aanwezig = false;  // intake
  EXPECT_TRUE(service::mag(Handeling::regie, betrokken));
  service::Banden manager{false, false, true, false, true};
  EXPECT_TRUE(service::mag(Handeling::lezen, manager));
  EXPECT_TRUE(service::mag(Handeling::escalatie, manager));
  EXPECT_FALSE(service::mag(Handeling::regie, manager));
  EXPECT_FALSE(service::mag(Handeling::notitie, manager));
  service::Banden nood{false, false, false, true, true};
  EXPECT_TRUE(service::mag(Handeling::lezen, nood));
  EXPECT_TRUE(service::alleen_via_noodtoegang(nood));
  EXPECT_FALSE(service::mag(Handeling::notitie, nood));
}

using ToegangTest = ServiceTest;

TEST_P(ToegangTest, OnlyTheInvolvedReadAndOnlyRegisseursDoRegie) {
  const auto id = huishouden_op_niveau(2);
  regisseurs->toewijzen(als(regisseur_bplus_), id, {Rol::proces, PersoonSoort::medewerker, regisseur_a_, {}});
  EXPECT_THROW(huishoudens->lezen(als(regisseur_b_), id), service::Forbidden);  // not involved
  huishoudens->betrokkenheid_starten(als(regisseur_a_), id, regisseur_b_, "schoolmaatschappelijk werk");
  EXPECT_NO_THROW(huishoudens->lezen(als(regisseur_b_), id));
  EXPECT_THROW(
      veiligheid->signaal_vastleggen(als(regisseur_b_), id, {SignaalType::stalking, false, {}, {}}, ""),
      service::Forbidden);
  EXPECT_NO_THROW(notities->toevoegen(als(regisseur_b_), id, "Gesprek met de mentor gehad."));
  EXPECT_EQ(notities->lijst(als(regisseur_a_), id, {1, 20}).items.at(0).medewerker_naam, "Cora");
  // The read says what each may do, so that the screen offers nothing the server refuses.
  const auto cora = huishoudens->lezen(als(regisseur_b_), id).mag;
  EXPECT_FALSE(cora.regie);
  EXPECT_TRUE(cora.notitie);
  EXPECT_FALSE(cora.escalatie);
  const auto bram = huishoudens->lezen(als(regisseur_a_), id).mag;
  EXPECT_TRUE(bram.regie && bram.notitie && bram.escalatie);
  // The manager of an involved professional reads, but does no regie.
  const auto manager = als(manager_, {Gebruikersrol::manager});
  EXPECT_NO_THROW(huishoudens->lezen(manager, id));
  EXPECT_FALSE(huishoudens->lezen(manager, id).mag.regie);
  EXPECT_TRUE(huishoudens->lezen(manager, id).mag.escalatie);
  EXPECT_THROW(veiligheid->signaal_vastleggen(manager, id, {SignaalType::stalking, false, {}, {}}, ""),
               service::Forbidden);
  // Aggregate roles and beheerders never see household content.
  EXPECT_THROW(huishoudens->lezen(als(aandachtsfunctionaris_, {Gebruikersrol::aandachtsfunctionaris}), id),
               service::Forbidden);
  EXPECT_THROW(huishoudens->lezen(als(beheerder_, {Gebruikersrol::beheerder}), id), service::Forbidden);
}

TEST_P(ToegangTest, EmergencyAccessIsTimeLimitedLoggedAndReviewed) {
  const auto id = huishouden_op_niveau(3);
  const auto cora = als(regisseur_b_);
  EXPECT_THROW(huishoudens->lezen(cora, id), service::Forbidden);
  EXPECT_EQ(velden_van_fout([&] { noodtoegangen->aanvragen(cora, id, "dringend"); }),
            std::vector<std::string>{"reden"});
  noodtoegangen->aanvragen(cora, id, "Moeder belt de crisisdienst; de regisseur is onbereikbaar.");
  EXPECT_NO_THROW(huishoudens->lezen(cora, id));
  EXPECT_THROW(notities->toevoegen(cora, id, "x"), service::Forbidden);  // read only
  const auto log = toegangslog->lezen(als(regisseur_bplus_), id, {1, 20});
  const auto lezing = std::ranges::find_if(log.regels, [&](const store::AuditRegel& r) {
    return r.invoer.actor_id == regisseur_b_ && r.invoer.resultaat == "gelukt" &&
           r.invoer.actie == "huishouden.lezen";
  });
  ASSERT_NE(lezing, log.regels.end());
  EXPECT_EQ(lezing->invoer.doel, "noodtoegang");
  tijd_ += std::chrono::hours(5);
  EXPECT_THROW(huishoudens->lezen(cora, id), service::Forbidden);  // expired
  // Cora has no manager in the fixture; Bram's manager reviews Bram's access.
  const auto id2 = huishouden_op_niveau(2);
  noodtoegangen->aanvragen(als(regisseur_a_), id2, "Zorgmelding van de huisarts buiten kantoortijd.");
  const auto manager = als(manager_, {Gebruikersrol::manager});
  const auto lijst = noodtoegangen->te_beoordelen(manager);
  // Cora's own request (no manager of her own) goes to the managers of her organisation: Iris too.
  ASSERT_EQ(lijst.size(), 2u);
  const auto van_bram =
      std::ranges::find_if(lijst, [](const auto& n) { return n.noodtoegang.medewerker_naam == "Bram"; });
  ASSERT_NE(van_bram, lijst.end());
  EXPECT_TRUE(van_bram->huishouden_naam.has_value());  // Iris manages Daan, who registered it
  const auto nood_id = van_bram->noodtoegang.id;
  noodtoegangen->beoordelen(manager, nood_id, "terecht", "");
  EXPECT_EQ(noodtoegangen->te_beoordelen(manager).size(), 1u);
  EXPECT_THROW(noodtoegangen->beoordelen(manager, nood_id, "terecht", ""), service::Conflict);
}

// A professional without a manager still has a reviewer: the managers of his organisation, else its
// aandachtsfunctionaris; nobody of another organisation.
TEST_P(ToegangTest, EmergencyAccessOfAProfessionalWithoutManagerIsReviewedInHisOrganisation) {
  const auto id = huishouden_op_niveau(2);
  noodtoegangen->aanvragen(als(regisseur_b_), id, "Cora: de school meldt een acute zorg over het kind.");
  noodtoegangen->aanvragen(als(zonder_profiel_), id, "Gijs: de huisarts belt over een crisis in het gezin.");
  const auto manager = als(manager_, {Gebruikersrol::manager});
  const auto lokaal_af = als(aandachtsfunctionaris_, {Gebruikersrol::aandachtsfunctionaris});
  const auto zorg_af = als(zorg_af_, {Gebruikersrol::aandachtsfunctionaris});
  const auto namen = [&](const service::Context& ctx) {
    std::vector<std::string> uit;
    for (const auto& n : noodtoegangen->te_beoordelen(ctx)) uit.push_back(n.noodtoegang.medewerker_naam);
    return uit;
  };
  EXPECT_EQ(namen(manager), std::vector<std::string>{"Cora"});  // her organisation's manager
  EXPECT_TRUE(namen(lokaal_af).empty());                        // the lokaal team has a manager
  EXPECT_EQ(namen(zorg_af), std::vector<std::string>{"Gijs"});  // no manager there: the aandachtsfunctionaris
  const auto voor_jet = noodtoegangen->te_beoordelen(zorg_af).at(0);
  EXPECT_FALSE(voor_jet.huishouden_naam.has_value());  // she may not read that household: no name
  const auto van_gijs = voor_jet.noodtoegang.id;
  EXPECT_THROW(noodtoegangen->beoordelen(manager, van_gijs, "terecht", ""), service::NotFound);
  EXPECT_THROW(noodtoegangen->beoordelen(lokaal_af, van_gijs, "terecht", ""), service::NotFound);
  noodtoegangen->beoordelen(zorg_af, van_gijs, "onterecht",
                            "Er was geen spoed; de regisseur was bereikbaar.");
  EXPECT_TRUE(namen(zorg_af).empty());
}

// Every household a list shows reaches that household's access log, with the list's purpose; a search
// without hits is logged for the searcher (never with the terms), a refused one as refused.
TEST_P(ToegangTest, ListReadsAndSearchesReachEachHouseholdsAccessLog) {
  const auto een = huishouden_op_niveau(2);
  const auto twee = huishouden_op_niveau(3);
  const auto daan = als(regisseur_bplus_);
  mij->caseload(daan, {});
  for (const auto& id : {een, twee}) {
    const auto log = toegangslog->lezen(daan, id, {1, 50});
    EXPECT_TRUE(std::ranges::any_of(log.regels, [&](const store::AuditRegel& r) {
      return r.invoer.actie == "caseload.lezen" && r.invoer.actor_id == regisseur_bplus_ &&
             r.invoer.doel == "overzicht" && r.invoer.resultaat == "gelukt";
    })) << "geen regel voor de caseload in de toegangslog";
  }
  const auto zoekregels = [&](const std::string& resultaat) {
    return test_->db().logboek().read([&](store::Tx& tx) {
      return tx
          .query_one(
              "SELECT count(*) FROM audit WHERE actie = 'huishouden.zoeken' AND actor_id = $1 AND "
              "huishouden_id IS NULL AND resultaat = $2",
              {regisseur_b_, resultaat})
          ->integer(0);
    });
  };
  EXPECT_TRUE(huishoudens->zoeken(als(regisseur_b_), {std::string{"Onvindbaar"}, {}, {}}).empty());
  EXPECT_EQ(zoekregels("gelukt"), 1);
  const auto terms = test_->db().logboek().read([&](store::Tx& tx) {
    return tx
        .query_one("SELECT count(*) FROM audit WHERE personen LIKE '%nvindbaar%' OR doel LIKE '%nvindbaar%'")
        ->integer(0);
  });
  EXPECT_EQ(terms, 0);
  EXPECT_THROW(
      huishoudens->zoeken(als(regisseur_b_, {Gebruikersrol::agendahouder}), {std::string{"Xy"}, {}, {}}),
      service::Forbidden);
  EXPECT_EQ(zoekregels("geweigerd"), 1);
}

TEST_P(ToegangTest, AnInvolvedProfessionalUpdatesOnlyTheActionsHeOwns) {
  const auto id = huishouden_op_niveau(2);
  const auto daan = als(regisseur_bplus_);
  huishoudens->betrokkenheid_starten(daan, id, regisseur_b_, "maatschappelijk werk");
  Ondersteuningsplan p;
  p.doelen = {{"",
               "Schulden geregeld",
               Leefgebied::inkomen_financien,
               std::nullopt,
               plus_dagen(vandaag(), 90),
               {{"", "Aanmelden schuldhulp", Eigenaar{PersoonSoort::medewerker, regisseur_b_},
                 plus_dagen(vandaag(), 7), ActieStatus::open},
                {"", "Kasboek bijhouden", Eigenaar{PersoonSoort::medewerker, regisseur_bplus_},
                 plus_dagen(vandaag(), 7), ActieStatus::open}}}};
  regisseurs->toewijzen(daan, id, {Rol::proces, PersoonSoort::medewerker, regisseur_a_, {}});
  const auto plan = plannen->ondersteuningsplan_opslaan(als(regisseur_a_), id, p, std::nullopt).record;
  const auto& eigen = plan.plan.doelen[0].acties[0];
  const auto& ander = plan.plan.doelen[0].acties[1];
  const auto cora = als(regisseur_b_);
  plannen->actie_bijwerken(cora, id, eigen.id, ActieStatus::bezig, 1);
  EXPECT_THROW(plannen->actie_bijwerken(cora, id, ander.id, ActieStatus::gedaan, 1), service::Forbidden);
  EXPECT_THROW(plannen->actie_bijwerken(cora, id, eigen.id, ActieStatus::gedaan, 1),
               service::Conflict);                                                    // stale
  plannen->actie_bijwerken(als(regisseur_a_), id, ander.id, ActieStatus::gedaan, 1);  // a regisseur may
  const auto nu = plannen->ondersteuningsplan(als(regisseur_a_), id)->record;
  EXPECT_EQ(nu.kop.versie, 1);  // progress does not make a new version
  EXPECT_EQ(nu.plan.doelen[0].acties[0].status, ActieStatus::bezig);
  EXPECT_EQ(nu.actie_status_versies.at(eigen.id), 2);

  // Her action is in her list while she is involved; once her involvement ends, the household is gone from
  // it.
  ASSERT_EQ(mij->acties(cora, false, {}).totaal, 1);
  EXPECT_EQ(mij->acties(cora, false, {}).items.at(0).actie_id, eigen.id);
  const auto dossier = huishoudens->lezen(daan, id);
  const auto betrokkenheid = std::ranges::find(dossier.betrokkenen, regisseur_b_,
                                               [](const auto& b) { return b.betrokkenheid.medewerker_id; });
  ASSERT_NE(betrokkenheid, dossier.betrokkenen.end());
  huishoudens->betrokkenheid_beeindigen(als(regisseur_a_), id, betrokkenheid->betrokkenheid.id);
  EXPECT_EQ(mij->acties(cora, false, {}).totaal, 0);
}

// Restricted sharing (DOMAIN.md §5): a searcher without access learns only that the household is known.
TEST_P(ToegangTest, UnderRestrictedSharingASearchHitNamesNoRegisseurOrOrganisation) {
  const auto id = huishouden_op_niveau(2);
  regisseurs->toewijzen(als(regisseur_bplus_), id, {Rol::proces, PersoonSoort::medewerker, regisseur_a_, {}});
  veiligheid->signaal_vastleggen(als(regisseur_a_), id, {SignaalType::stalking, false, std::nullopt, {}}, "");
  const auto door_ander = huishoudens->zoeken(als(regisseur_b_), {{}, {}, std::string{"123456782"}});
  ASSERT_EQ(door_ander.size(), 1u);
  EXPECT_FALSE(door_ander[0].toegang);
  EXPECT_TRUE(door_ander[0].afgeschermd);
  EXPECT_FALSE(door_ander[0].contact.has_value());
  EXPECT_FALSE(door_ander[0].naam.has_value());
  EXPECT_FALSE(door_ander[0].niveau.has_value());
  // The regisseur sees in the access log who searched.
  bool gezien = false;
  for (const auto& regel : toegangslog->lezen(als(regisseur_a_), id, {1, 20}).regels)
    if (regel.invoer.actor_id == regisseur_b_ && regel.invoer.doel == "zoeken") gezien = true;
  EXPECT_TRUE(gezien);
}

TEST_P(ToegangTest, SearchFindsPartOfASurnameOrOfTheHouseholdsName) {
  using namespace std::chrono;
  const auto id = huishouden_op_niveau(2);
  const auto daan = als(regisseur_bplus_);
  const auto naam = [&](std::string deel) {
    std::vector<std::string> ids;
    for (const auto& r : huishoudens->zoeken(daan, {std::move(deel), {}, {}})) ids.push_back(r.huishouden_id);
    return ids;
  };
  const std::vector<std::string> gevonden{id};
  EXPECT_EQ(naam("Vries"), gevonden);  // "de Vries" by its main word
  EXPECT_EQ(naam("vri"), gevonden);    // the start of it
  EXPECT_EQ(naam("De  vries"), gevonden);
  EXPECT_TRUE(naam("ries").empty());  // the middle of a word is no start
  EXPECT_TRUE(naam("Jansen").empty());
  // The household's own name counts too; with a birth date, a member must have it.
  const auto ander = huishoudens->aanmaken(daan, "Gezin Bakker-Öztürk");
  EXPECT_EQ(naam("öztürk"), std::vector{ander});
  EXPECT_EQ(huishoudens->zoeken(daan, {std::string{"Vries"}, 2019y / January / 15d, {}}).size(), 1u);
  EXPECT_TRUE(huishoudens->zoeken(daan, {std::string{"Vries"}, 2000y / January / 1d, {}}).empty());
  // A surname that changes is found by its new name only.
  const auto lid = huishoudens->gezinslid_toevoegen(
      daan, ander, {"Ayla", "Yilmaz", {2015y / May / 5d, false}, {}, Relatie::kind});
  EXPECT_EQ(naam("Yil"), std::vector{ander});
  huishoudens->gezinslid_wijzigen(daan, ander, lid,
                                  {"Ayla", "Demir", {2015y / May / 5d, false}, {}, Relatie::kind}, 1);
  EXPECT_TRUE(naam("Yil").empty());
  EXPECT_EQ(naam("demir"), std::vector{ander});
  // One letter is not enough to search on.
  EXPECT_EQ(velden_van_fout([&] { naam("V"); }), std::vector<std::string>{"achternaam"});
  EXPECT_EQ(velden_van_fout([&] { naam(" - "); }), std::vector<std::string>{"achternaam"});
}

TEST_P(ToegangTest, SearchShowsOnlyWhatTheSearcherMayReadAndLogsEachHit) {
  const auto id = huishouden_op_niveau(2);
  regisseurs->toewijzen(als(regisseur_bplus_), id, {Rol::proces, PersoonSoort::medewerker, regisseur_a_, {}});
  const auto door_betrokkene = huishoudens->zoeken(als(regisseur_a_), {std::string{"DE VRIES"}, {}, {}});
  ASSERT_EQ(door_betrokkene.size(), 1u);
  EXPECT_TRUE(door_betrokkene[0].toegang);
  EXPECT_EQ(door_betrokkene[0].naam, "Gezin de Vries");
  const auto door_ander = huishoudens->zoeken(als(regisseur_b_), {{}, {}, std::string{"123456782"}});
  ASSERT_EQ(door_ander.size(), 1u);
  EXPECT_FALSE(door_ander[0].toegang);
  EXPECT_FALSE(door_ander[0].naam.has_value());
  ASSERT_TRUE(door_ander[0].contact.has_value());
  EXPECT_EQ(door_ander[0].contact->naam, "Bram");  // whom to contact: the procesregisseur
  EXPECT_TRUE(huishoudens->zoeken(als(regisseur_b_), {std::string{"Jansen"}, {}, {}}).empty());
  EXPECT_EQ(velden_van_fout([&] { huishoudens->zoeken(als(regisseur_b_), {}); }),
            std::vector<std::string>{"achternaam"});
  EXPECT_EQ(velden_van_fout([&] {
              huishoudens->zoeken(als(regisseur_b_), {{}, {}, std::string{"123"}});
            }),
            std::vector<std::string>{"bsn"});
  const auto log = toegangslog->lezen(als(regisseur_a_), id, {1, 5});
  EXPECT_EQ(log.regels.at(0).invoer.actie, "huishouden.zoeken");
  EXPECT_EQ(log.regels.at(0).invoer.actor_id, regisseur_b_);
  EXPECT_EQ(log.regels.at(0).invoer.personen.size(), 1u);  // the member whose BSN matched
}

// A plan with one goal and one open action of the professional `eigenaar`, due `actie_over` days after
// `vandaag`, to be evaluated `evaluatie_over` days after it.
Ondersteuningsplan plan_met_een_actie(Datum vandaag, const std::string& eigenaar, int evaluatie_over,
                                      int actie_over) {
  Ondersteuningsplan p;
  p.evaluatiedatum = plus_dagen(vandaag, evaluatie_over);
  p.doelen = {{"",
               "Rust in huis",
               Leefgebied::wonen,
               std::nullopt,
               plus_dagen(vandaag, 90),
               {{"", "Afspraak maken", Eigenaar{PersoonSoort::medewerker, eigenaar},
                 plus_dagen(vandaag, actie_over), ActieStatus::open}}}};
  return p;
}

TEST_P(ToegangTest, CaseloadAndTeamViews) {
  const auto een = huishouden_op_niveau(2);
  const auto twee = huishouden_op_niveau(3);
  regisseurs->toewijzen(als(regisseur_bplus_), twee,
                        {Rol::proces, PersoonSoort::medewerker, regisseur_bplus_, {}});
  service::CaseloadFilter f;
  const auto alle = mij->caseload(als(regisseur_bplus_), f);
  EXPECT_EQ(alle.totaal, 2);
  f.niveau = Niveau::drie;
  const auto drie = mij->caseload(als(regisseur_bplus_), f);
  ASSERT_EQ(drie.items.size(), 1u);
  EXPECT_EQ(drie.items[0].id, twee);
  EXPECT_EQ(drie.items[0].mijn_rol, "procesregisseur");
  f = {};
  f.sorteer = "-niveau";
  EXPECT_EQ(mij->caseload(als(regisseur_bplus_), f).items.at(0).id, twee);
  f.sorteer = "onzin";
  EXPECT_EQ(velden_van_fout([&] { mij->caseload(als(regisseur_bplus_), f); }),
            std::vector<std::string>{"sorteer"});
  f = {};
  f.pagina = {2, 1};
  EXPECT_EQ(mij->caseload(als(regisseur_bplus_), f).items.size(), 1u);
  EXPECT_THROW(mij->team(als(regisseur_bplus_)), service::Forbidden);
  const auto team = mij->team(als(manager_, {Gebruikersrol::manager}));
  const auto daan = std::ranges::find(team, regisseur_bplus_, &store::TeamlidRij::medewerker_id);
  ASSERT_NE(daan, team.end());
  EXPECT_EQ(daan->huishoudens, 1);
  EXPECT_EQ(daan->caseload_punten, standaard_norm(Niveau::drie).caseload_gewicht);
}

TEST_P(ToegangTest, CaseloadFlagsFiltersAndEvaluationOrder) {
  const auto daan = als(regisseur_bplus_);
  const auto een = huishouden_op_niveau(2);
  const auto twee = huishouden_op_niveau(3);
  const auto plan = [&](const std::string& id, int evaluatie_over, int actie_over) {
    plannen->ondersteuningsplan_opslaan(
        daan, id, plan_met_een_actie(vandaag(), regisseur_bplus_, evaluatie_over, actie_over), std::nullopt);
  };
  plan(een, 60, -1);  // an action overdue since yesterday
  plan(twee, 10, 5);
  veiligheid->signaal_vastleggen(daan, twee, {SignaalType::stalking, false, {}, {}}, "");
  escalaties->openen(daan, een, EscalatieAanleiding::organisatie, "De school reageert niet.");

  const auto met = [&](std::string kenmerk) {
    service::CaseloadFilter f;
    f.kenmerk = std::move(kenmerk);
    std::vector<std::string> ids;
    const auto pagina = mij->caseload(daan, f);
    for (const auto& c : pagina.items) ids.push_back(c.id);
    EXPECT_EQ(pagina.totaal, static_cast<std::int64_t>(ids.size()));
    return ids;
  };
  EXPECT_EQ(met("verlopen_acties"), std::vector{een});
  EXPECT_EQ(met("open_maatregelen"), std::vector{twee});
  EXPECT_EQ(met("open_escalatie"), std::vector{een});

  service::CaseloadFilter f;
  f.sorteer = "volgendeEvaluatie";
  const auto lijst = mij->caseload(daan, f).items;
  ASSERT_EQ(lijst.size(), 2u);
  EXPECT_EQ(lijst[0].id, twee);
  EXPECT_EQ(lijst[0].volgende_evaluatie, format_datum(plus_dagen(vandaag(), 10)));
  EXPECT_EQ(lijst[1].verlopen_acties, 1);
  EXPECT_TRUE(lijst[1].open_escalatie);
  EXPECT_GT(lijst[0].open_maatregelen, 0);
  f.sorteer = "-volgendeEvaluatie";
  EXPECT_EQ(mij->caseload(daan, f).items.at(0).id, een);

  EXPECT_EQ(huishoudens->lezen(daan, een).aandacht.back(),
            (domain::Aandachtspunt{domain::Aandacht::acties_over_tijd, 1}));

  // Mijn acties: the overdue one first, across both households; done ones only when asked for.
  auto acties = mij->acties(daan, false, {}).items;
  ASSERT_EQ(acties.size(), 2u);
  EXPECT_EQ(acties[0].huishouden_id, een);
  EXPECT_TRUE(acties[0].over_tijd);
  EXPECT_EQ(acties[0].doel, "Rust in huis");
  EXPECT_EQ(acties[1].huishouden_id, twee);
  EXPECT_FALSE(acties[1].over_tijd);
  plannen->actie_bijwerken(daan, een, acties[0].actie_id, ActieStatus::gedaan, acties[0].status_versie);
  EXPECT_EQ(mij->acties(daan, false, {}).totaal, 1);
  acties = mij->acties(daan, true, {}).items;
  ASSERT_EQ(acties.size(), 2u);
  EXPECT_EQ(acties[0].status, ActieStatus::gedaan);
  EXPECT_FALSE(acties[0].over_tijd);  // done is never late
  EXPECT_TRUE(mij->acties(als(regisseur_b_), true, {}).items.empty());
  EXPECT_THROW(mij->acties(daan, false, {0, 20}), service::BadRequest);
  // Each household the list showed is in its access log.
  const auto regels = db().logboek().read([&](store::Tx& tx) {
    return tx
        .query_one(
            "SELECT count(DISTINCT huishouden_id) FROM audit WHERE actie = 'acties.lezen' AND actor_id = $1 "
            "AND huishouden_id IS NOT NULL",
            {regisseur_bplus_})
        ->integer(0);
  });
  EXPECT_EQ(regels, 2);

  // The same figures open the household page, safety first, each with where it is seen to.
  veiligheid->meldcode_starten(daan, twee);
  using domain::Aandacht;
  const auto soorten = [&](const std::string& id) {
    std::vector<Aandacht> uit;
    for (const auto& p : huishoudens->lezen(daan, id).aandacht) uit.push_back(p.soort);
    return uit;
  };
  EXPECT_EQ(soorten(een), (std::vector{Aandacht::escalatie_open}));  // its overdue action is done
  EXPECT_EQ(soorten(twee), (std::vector{Aandacht::meldcode_lopend, Aandacht::maatregelen_open}));
  EXPECT_EQ(huishoudens->lezen(daan, twee).aandacht.at(0).aantal, 1);  // its first step is next
  EXPECT_TRUE(met("evaluatie_verstreken").empty());
  verstrijk(std::chrono::hours{24 * 11});  // twee's evaluation date has passed
  EXPECT_EQ(met("evaluatie_verstreken"), std::vector{twee});
  for (const auto& rij : mij->caseload(daan, {}).items) EXPECT_EQ(rij.evaluatie_verstreken, rij.id == twee);
  EXPECT_EQ(soorten(twee).back(), Aandacht::evaluatie_verstreken);
}

// The caseload's figures are kept on write (huishouden_kengetal): after every kind of change they equal what
// computing them afresh gives, and an action falls overdue by the date alone, without a write.
TEST_P(ToegangTest, CaseloadFiguresFollowEveryWriteAndTheDate) {
  const auto daan = als(regisseur_bplus_);
  const auto id = huishouden_op_niveau(3);
  const auto zoals_berekend = [&] {
    return db().read([&](store::Tx& tx) {
      return tx
          .query_one(
              "SELECT count(*) FROM huishouden_kengetal k JOIN huishouden_kengetal_berekend b ON "
              "b.huishouden_id = k.huishouden_id WHERE k.volgende_evaluatie IS DISTINCT FROM "
              "b.volgende_evaluatie "
              "OR k.eerste_termijn IS DISTINCT FROM b.eerste_termijn OR k.open_maatregelen <> "
              "b.open_maatregelen "
              "OR k.open_escalatie <> b.open_escalatie OR k.profiel_onvoldoende <> b.profiel_onvoldoende")
          ->integer(0);
    });
  };
  const auto rij = [&] { return mij->caseload(daan, {}).items.at(0); };
  EXPECT_EQ(zoals_berekend(), 0);
  EXPECT_FALSE(rij().volgende_evaluatie);

  auto p = plan_met_een_actie(vandaag(), regisseur_bplus_, 30, 2);
  plannen->ondersteuningsplan_opslaan(daan, id, p, std::nullopt);
  EXPECT_EQ(rij().volgende_evaluatie, format_datum(plus_dagen(vandaag(), 30)));
  EXPECT_EQ(rij().verlopen_acties, 0);
  veiligheid->signaal_vastleggen(daan, id, {SignaalType::stalking, false, {}, {}}, "");
  const auto escalatie = escalaties->openen(daan, id, EscalatieAanleiding::organisatie, "Geen reactie.");
  EXPECT_GT(rij().open_maatregelen, 0);
  EXPECT_TRUE(rij().open_escalatie);
  EXPECT_EQ(zoals_berekend(), 0);

  verstrijk(std::chrono::hours{24 * 3});  // the action's deadline has passed; nothing was written
  EXPECT_EQ(rij().verlopen_acties, 1);
  service::CaseloadFilter verlopen;
  verlopen.kenmerk = "verlopen_acties";
  EXPECT_EQ(mij->caseload(daan, verlopen).totaal, 1);

  const auto actie = mij->acties(daan, false, {}).items.at(0);
  plannen->actie_bijwerken(daan, id, actie.actie_id, ActieStatus::gedaan, actie.status_versie);
  EXPECT_EQ(rij().verlopen_acties, 0);
  EXPECT_EQ(mij->caseload(daan, verlopen).totaal, 0);
  for (const auto& m : veiligheid->maatregelen(daan, id)) {
    veiligheid->maatregel_bijwerken(daan, id, m.id, store::MaatregelStatus::niet_van_toepassing,
                                    "Niet nodig in dit gezin.", m.versie);
  }
  EXPECT_EQ(rij().open_maatregelen, 0);
  escalaties->sluiten(daan, id, escalatie, "Opgelost in overleg.", escalaties->lijst(daan, id).at(0).versie);
  EXPECT_FALSE(rij().open_escalatie);
  p.evaluatiedatum = plus_dagen(vandaag(), 60);  // a new version of the plan moves the evaluation
  plannen->ondersteuningsplan_opslaan(daan, id, p, 1);
  EXPECT_EQ(rij().volgende_evaluatie, format_datum(plus_dagen(vandaag(), 60)));
  EXPECT_EQ(zoals_berekend(), 0);
}

REGIE_SERVICE_BACKENDS(ToegangTest);

}  // namespace
}  // namespace regie::testing
