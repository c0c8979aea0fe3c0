// Regional organisations (DOMAIN.md §6, §7) through the service layer, on SQLite and PostgreSQL: an
// organisation registered in Oostervoort that the test gemeente contracts. Its professional works in the
// test gemeente's households only by that contract, one gemeente at a time, with the roles that count
// there; at levels 4–5 his assignment records its grondslag; nothing of one gemeente shows in the other.

#include <algorithm>

#include "service/accountbeheer.hpp"
#include "service/errors.hpp"
#include "service/service_fixture.hpp"
#include "service/sessies.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;
using service::Context;

class RegionaalTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (!test_) return;
    sessies = std::make_unique<service::Sessies>(omgeving(), service::SessieConfig{});
    oost_ = beheer->gemeente_aanmaken("Oostervoort");
    const auto oost = service::systeem_context(oost_, "test");
    // Her own gemeente decides on her second factor; its tests are in tweede_factor_test.
    service::Accountbeheer{omgeving()}.tweede_factor_verplichten(oost, false);
    veilig_thuis_ =
        beheer->organisatie_aanmaken(oost, {"Veilig Thuis Regio", {Partij::veiligheidsketen}, {}, {}});
    const auto vt_af = beheer->medewerker_aanmaken(
        oost, {veilig_thuis_, {}, {}, "Tom", "", "", {Gebruikersrol::aandachtsfunctionaris}});
    vera_ =
        beheer->medewerker_aanmaken(oost, {veilig_thuis_,
                                           {},
                                           {},
                                           "Vera",
                                           "vera@vt.nl",
                                           "",
                                           {Gebruikersrol::regisseur, Gebruikersrol::aandachtsfunctionaris}});
    certificeren(in_oost(vt_af, {Gebruikersrol::aandachtsfunctionaris}), vera_,
                 {Rol::proces, Profiel::B_plus});
    beheer->gebruiker_aanmaken(oost, vera_, "vera", "een-lang-wachtwoord");
  }

  Context in_oost(const std::string& id, std::vector<Gebruikersrol> rollen) const {
    return {service::Actor{id, oost_, std::move(rollen), false}, "test"};
  }
  // Vera as she works in the test gemeente by contract.
  Context vera_hier() const {
    return {service::Actor{vera_, gemeente_, {Gebruikersrol::regisseur}, false, Werkrelatie::gecontracteerd},
            "test"};
  }
  void contracteren() { beheer->contract_vastleggen(systeem(), veilig_thuis_, vandaag()); }
  bool in_medewerkerslijst(const std::string& id) {
    const auto p = beheer->medewerkers(als(regisseur_bplus_), {}, {1, 100});
    return std::ranges::any_of(p.items, [&](const auto& m) { return m.medewerker.id == id; });
  }

  std::unique_ptr<service::Sessies> sessies;
  std::string oost_, veilig_thuis_, vera_;
};

TEST_P(RegionaalTest, WithoutAContractItsProfessionalsDoNotWorkHere) {
  if (!test_) GTEST_SKIP();
  EXPECT_FALSE(in_medewerkerslijst(vera_));
  const auto id = huishouden_op_niveau(3);
  EXPECT_EQ(velden_van_fout([&] {
              huishoudens->betrokkenheid_starten(als(regisseur_bplus_), id, vera_, "veilig thuis");
            }),
            std::vector<std::string>{"medewerkerId"});
  // A contract with one's own organisation makes no sense.
  EXPECT_EQ(velden_van_fout([&] { beheer->contract_vastleggen(systeem(), zvh_, vandaag()); }),
            std::vector<std::string>{"organisatieId"});
}

TEST_P(RegionaalTest, AContractedOrganisationsProfessionalsCanBeInvolvedAndListed) {
  if (!test_) GTEST_SKIP();
  contracteren();
  EXPECT_TRUE(in_medewerkerslijst(vera_));
  const auto organisaties = beheer->organisaties(als(regisseur_bplus_));
  const auto vt = std::ranges::find(organisaties, veilig_thuis_,
                                    [](const service::OrganisatieOverzicht& o) { return o.organisatie.id; });
  ASSERT_NE(vt, organisaties.end());
  EXPECT_TRUE(vt->organisatie.regionaal);
  EXPECT_EQ(vt->organisatie.gemeente_id, oost_);
  EXPECT_TRUE(
      vt->gecontracteerd_door.empty());  // which other gemeenten contract it is not this gemeente's business
  // The organisation's own gemeente sees who contracts it, and since when.
  const auto eigen = beheer->organisaties(in_oost(beheerder_, {Gebruikersrol::beheerder}));
  const auto bij_oost = std::ranges::find(
      eigen, veilig_thuis_, [](const service::OrganisatieOverzicht& o) { return o.organisatie.id; });
  ASSERT_NE(bij_oost, eigen.end());
  ASSERT_EQ(bij_oost->gecontracteerd_door.size(), 1u);
  EXPECT_EQ(bij_oost->gecontracteerd_door[0].gemeente_id, gemeente_);
  EXPECT_EQ(bij_oost->gecontracteerd_door[0].sinds, domain::format_datum(vandaag()));
  const auto id = huishouden_op_niveau(3);
  EXPECT_NO_THROW(huishoudens->betrokkenheid_starten(als(regisseur_bplus_), id, vera_, "veilig thuis"));
  // Administration stays with the organisation's own gemeente.
  EXPECT_THROW(beheer->medewerker(als(beheerder_, {Gebruikersrol::beheerder}), vera_), service::NotFound);

  beheer->contract_beeindigen(systeem(), veilig_thuis_);
  EXPECT_FALSE(in_medewerkerslijst(vera_));
  EXPECT_THROW(beheer->contract_beeindigen(systeem(), veilig_thuis_), service::NotFound);
}

TEST_P(RegionaalTest, AtLevelsFourAndFiveTheAssignmentRecordsItsGrondslag) {
  if (!test_) GTEST_SKIP();
  contracteren();
  const auto id = huishouden_op_niveau(5);
  const auto ctx = als(regisseur_bplus_);
  service::ToewijzingInvoer in{Rol::proces, PersoonSoort::medewerker, vera_, {}};
  EXPECT_EQ(velden_van_fout([&] { regisseurs->toewijzen(ctx, id, in); }),
            std::vector<std::string>{"grondslag"});
  in.grondslag = Grondslag::zvh_besluit;
  EXPECT_EQ(velden_van_fout([&] { regisseurs->toewijzen(ctx, id, in); }),
            std::vector<std::string>{"grondslagKenmerk"});
  in.grondslag.reset();
  in.grondslag_kenmerk = "Casusoverleg ZVH 12 november";
  EXPECT_EQ(velden_van_fout([&] { regisseurs->toewijzen(ctx, id, in); }),
            std::vector<std::string>{"grondslag"});
  in.grondslag = Grondslag::zvh_besluit;
  in.grondslag_kenmerk = std::string(201, 'x');
  EXPECT_EQ(velden_van_fout([&] { regisseurs->toewijzen(ctx, id, in); }),
            std::vector<std::string>{"grondslagKenmerk"});
  in.grondslag_kenmerk = "Casusoverleg ZVH 12 november";
  regisseurs->toewijzen(ctx, id, in);
  const auto d = huishoudens->lezen(ctx, id);
  const auto r =
      std::ranges::find_if(d.regisseurs, [&](const auto& i) { return i.regisseur.persoon_id == vera_; });
  ASSERT_NE(r, d.regisseurs.end());
  EXPECT_EQ(r->regisseur.grondslag, Grondslag::zvh_besluit);
  EXPECT_EQ(r->regisseur.grondslag_kenmerk, "Casusoverleg ZVH 12 november");
  // The gemeente's own safety-chain professional needs none.
  const auto ander = huishouden_op_niveau(5);
  EXPECT_NO_THROW(regisseurs->toewijzen(ctx, ander, {Rol::proces, PersoonSoort::medewerker, vk_bplus_, {}}));
}

TEST_P(RegionaalTest, BelowLevelFourARegionalProfessionalNeedsNoGrondslag) {
  if (!test_) GTEST_SKIP();
  contracteren();
  const auto id = huishouden_op_niveau(3);
  EXPECT_NO_THROW(
      regisseurs->toewijzen(als(regisseur_bplus_), id, {Rol::proces, PersoonSoort::medewerker, vera_, {}}));
}

TEST_P(RegionaalTest, WhenTheLevelRisesToFourTheHouseholdAsksForTheGrondslagUntilItIsRecorded) {
  if (!test_) GTEST_SKIP();
  contracteren();
  const auto id = huishouden_op_niveau(3);
  const auto ctx = als(regisseur_bplus_);
  const auto r =
      regisseurs->toewijzen(ctx, id, {Rol::proces, PersoonSoort::medewerker, vera_, {}}).regisseur_id;
  const auto vraagt = [&] {
    const auto eisen = huishoudens->lezen(ctx, id).eisen;
    return std::ranges::find(eisen, Eis::grondslag_vereist) != eisen.end();
  };
  EXPECT_FALSE(vraagt());
  besluit(id, 4);
  EXPECT_TRUE(vraagt());

  const auto versie_van = [&] {
    const auto d = huishoudens->lezen(ctx, id);
    return std::ranges::find_if(d.regisseurs, [&](const auto& i) { return i.regisseur.id == r; })
        ->regisseur.versie;
  };
  const int versie = versie_van();
  const auto vera = vera_hier();  // she holds regie now
  EXPECT_EQ(velden_van_fout([&] {
              regisseurs->grondslag_vastleggen(vera, id, r, Grondslag::regionale_afspraak, " ", versie);
            }),
            std::vector<std::string>{"grondslagKenmerk"});
  EXPECT_THROW(
      regisseurs->grondslag_vastleggen(vera, id, r, Grondslag::regionale_afspraak, "Convenant", versie + 1),
      service::Conflict);
  EXPECT_THROW(regisseurs->grondslag_vastleggen(als(vk_collega_), id, r, Grondslag::regionale_afspraak,
                                                "Convenant", versie),
               service::Forbidden);  // not a regisseur of this household
  regisseurs->grondslag_vastleggen(vera, id, r, Grondslag::regionale_afspraak, "Regionaal convenant 2026",
                                   versie);
  EXPECT_FALSE(vraagt());
  EXPECT_EQ(versie_van(), versie + 1);
}

TEST_P(RegionaalTest, ASessionWorksInOneGemeenteAtATimeWithTheRolesThatCountThere) {
  if (!test_) GTEST_SKIP();
  const auto inlog = sessies->inloggen("vera", "een-lang-wachtwoord", "10.0.0.1");
  auto s = sessies->sessie(inlog.token);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->ctx.actor.gemeente_id, oost_);
  EXPECT_EQ(s->ctx.actor.rollen.size(), 2u);
  EXPECT_EQ(velden_van_fout([&] { sessies->werkgemeente_kiezen(*s, gemeente_); }),
            std::vector<std::string>{"gemeenteId"});  // no contract yet
  EXPECT_EQ(sessies->werkgemeenten(s->ctx).size(), 1u);

  contracteren();
  const auto werk = sessies->werkgemeenten(s->ctx);
  ASSERT_EQ(werk.size(), 2u);
  EXPECT_EQ(werk[0].gemeente_id, oost_);
  EXPECT_EQ(werk[0].relatie, Werkrelatie::eigen);
  EXPECT_EQ(werk[1].gemeente_id, gemeente_);
  EXPECT_EQ(werk[1].relatie, Werkrelatie::gecontracteerd);

  const auto hier = sessies->werkgemeente_kiezen(*s, gemeente_);
  EXPECT_EQ(hier.actor.gemeente_id, gemeente_);
  EXPECT_EQ(hier.actor.rollen, std::vector{Gebruikersrol::regisseur});  // aandachtsfunctionaris stays home
  s = sessies->sessie(inlog.token);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->ctx.actor.gemeente_id, gemeente_);
  EXPECT_EQ(s->ctx.actor.werkrelatie, Werkrelatie::gecontracteerd);
  // Her login follows her own gemeente's second-factor rule, not the one of the gemeente she works in.
  service::Accountbeheer{omgeving()}.tweede_factor_verplichten(systeem(), true);
  EXPECT_FALSE(sessies->tweede_factor_verplicht(s->ctx));
  EXPECT_TRUE(sessies->tweede_factor_verplicht(als(regisseur_bplus_)));

  // A gemeente that does not contract her organisation stays closed.
  const auto derde = beheer->gemeente_aanmaken("Westerdal");
  EXPECT_EQ(velden_van_fout([&] { sessies->werkgemeente_kiezen(*s, derde); }),
            std::vector<std::string>{"gemeenteId"});

  // When the contract ends, the session is back in her own gemeente.
  beheer->contract_beeindigen(systeem(), veilig_thuis_);
  s = sessies->sessie(inlog.token);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->ctx.actor.gemeente_id, oost_);
  EXPECT_EQ(s->ctx.actor.werkrelatie, Werkrelatie::eigen);
}

TEST_P(RegionaalTest, NothingOfOneGemeenteShowsInTheOther) {
  if (!test_) GTEST_SKIP();
  contracteren();
  const auto thuis = in_oost(vera_, {Gebruikersrol::regisseur});
  const auto daar = huishoudens->aanmaken(thuis, "Gezin Oosterhuis");
  const auto hier = huishouden_op_niveau(3);
  huishoudens->betrokkenheid_starten(als(regisseur_bplus_), hier, vera_, "veilig thuis");

  const auto caseload_hier = mij->caseload(vera_hier(), {});
  ASSERT_EQ(caseload_hier.items.size(), 1u);
  EXPECT_EQ(caseload_hier.items[0].id, hier);
  const auto caseload_thuis = mij->caseload(thuis, {});
  ASSERT_EQ(caseload_thuis.items.size(), 1u);
  EXPECT_EQ(caseload_thuis.items[0].id, daar);

  EXPECT_THROW(huishoudens->lezen(vera_hier(), daar), service::NotFound);
  EXPECT_THROW(huishoudens->lezen(thuis, hier), service::NotFound);
  EXPECT_NO_THROW(huishoudens->lezen(vera_hier(), hier));
  // Her reading is in the audit of the gemeente it happened in, not in her own gemeente's.
  const auto lezingen = [&](const std::string& gemeente) {
    return db().logboek().read([&](store::Tx& tx) {
      return tx
          .query_one(
              "SELECT count(*) FROM audit WHERE gemeente_id = $1 AND huishouden_id = $2 AND actor_id = $3 "
              "AND "
              "actie = 'huishouden.lezen'",
              {gemeente, hier, vera_})
          ->integer(0);
    });
  };
  EXPECT_GE(lezingen(gemeente_), 1);
  EXPECT_EQ(lezingen(oost_), 0);
}

REGIE_SERVICE_BACKENDS(RegionaalTest);

}  // namespace
}  // namespace regie::testing
