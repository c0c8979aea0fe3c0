#include "service/service_fixture.hpp"

#include "domain/competentie.hpp"
#include "domain/taxaties.hpp"
#include "service/accountbeheer.hpp"
#include "service/errors.hpp"

namespace regie::testing {

using namespace regie::domain;
using namespace std::chrono;
using service::Context;

std::vector<std::string> velden_van_fout(const std::function<void()>& f) {
  try {
    f();
  } catch (const service::BadRequest& e) {
    std::vector<std::string> velden;
    for (const auto& p : e.invalid_params()) {
      EXPECT_FALSE(p.reason.empty()) << p.name;
      velden.push_back(p.name);
    }
    return velden;
  }
  ADD_FAILURE() << "geen BadRequest";
  return {};
}

service::Omgeving ServiceTest::omgeving() {
  // Every reading of the clock is a millisecond later, so "newest" is always well defined.
  return {test_->db(), [this] { return tijd_ += milliseconds(1); }};
}

Context ServiceTest::als(const std::string& medewerker_id, std::vector<Gebruikersrol> rollen) {
  return {service::Actor{medewerker_id, gemeente_, std::move(rollen), false}, "test"};
}

void ServiceTest::SetUp() {
  test_ = TestDatabase::create(GetParam());
  if (!test_) GTEST_SKIP() << "geen test-PostgreSQL";
  tijd_ = Tijdstip{sys_days{2026y / November / 22d} + hours(9)};
  beheer = std::make_unique<service::Beheer>(omgeving());
  huishoudens = std::make_unique<service::Huishoudens>(omgeving());
  regisseurs = std::make_unique<service::Regisseurs>(omgeving());
  niveaus = std::make_unique<service::Niveaus>(omgeving());
  veiligheid = std::make_unique<service::Veiligheid>(omgeving());
  escalaties = std::make_unique<service::Escalaties>(omgeving());
  kaders = std::make_unique<service::Kaders>(omgeving());
  plannen = std::make_unique<service::Plannen>(omgeving());
  implementatie = std::make_unique<service::Implementatie>(omgeving());
  basiseisen = std::make_unique<service::Basiseisen>(omgeving());
  beoordelingen = std::make_unique<service::Beoordelingen>(omgeving());
  toegangslog = std::make_unique<service::Toegangslog>(omgeving());
  mij = std::make_unique<service::Mij>(omgeving());
  noodtoegangen = std::make_unique<service::Noodtoegangen>(omgeving());
  notities = std::make_unique<service::Notities>(omgeving());

  gemeente_ = beheer->gemeente_aanmaken("Testdorp");
  const Context sys = systeem();
  // A second factor has tests of its own (tweede_factor_test); elsewhere a password is enough to log in.
  service::Accountbeheer{omgeving()}.tweede_factor_verplichten(sys, false);
  lokaal_team_ = beheer->organisatie_aanmaken(sys, {"Sociaal team Testdorp", {Partij::lokaal_team}, {}, {}});
  zorg_ = beheer->organisatie_aanmaken(sys, {"Jeugdzorg West", {Partij::zorgketen}, {}, {}});
  zvh_ = beheer->organisatie_aanmaken(sys, {"Zorg- en Veiligheidshuis", {Partij::veiligheidsketen}, {}, {}});
  auto medewerker = [&](const std::string& org, const std::string& naam, std::vector<Gebruikersrol> rollen,
                        std::optional<std::string> manager = std::nullopt) {
    return beheer->medewerker_aanmaken(sys,
                                       {org, {}, manager, naam, naam + "@test.nl", "", std::move(rollen)});
  };
  manager_ = medewerker(lokaal_team_, "Iris", {Gebruikersrol::manager});
  aandachtsfunctionaris_ = medewerker(lokaal_team_, "Anna", {Gebruikersrol::aandachtsfunctionaris});
  regisseur_a_ = medewerker(lokaal_team_, "Bram", {Gebruikersrol::regisseur}, manager_);
  regisseur_b_ = medewerker(lokaal_team_, "Cora", {Gebruikersrol::regisseur});
  regisseur_bplus_ = medewerker(lokaal_team_, "Daan", {Gebruikersrol::regisseur}, manager_);
  vk_bplus_ = medewerker(zvh_, "Eva", {Gebruikersrol::regisseur});
  vk_collega_ = medewerker(zvh_, "Finn", {Gebruikersrol::regisseur});
  zonder_profiel_ = medewerker(zorg_, "Gijs", {Gebruikersrol::regisseur});
  beheerder_ = medewerker(lokaal_team_, "Hans", {Gebruikersrol::beheerder});
  zorg_af_ = medewerker(zorg_, "Jet", {Gebruikersrol::aandachtsfunctionaris});
  vk_af_ = medewerker(zvh_, "Kees", {Gebruikersrol::aandachtsfunctionaris});
  const Context af = als(aandachtsfunctionaris_, {Gebruikersrol::aandachtsfunctionaris});
  certificeren(af, regisseur_a_, {Rol::casus, Profiel::A});
  certificeren(af, regisseur_a_, {Rol::proces, Profiel::A});
  certificeren(af, regisseur_b_, {Rol::proces, Profiel::B});
  certificeren(af, regisseur_bplus_, {Rol::proces, Profiel::B_plus});
  certificeren(als(vk_af_, {Gebruikersrol::aandachtsfunctionaris}), vk_bplus_,
               {Rol::proces, Profiel::B_plus});
}

service::BeoordelingInvoer ServiceTest::volledige_beoordeling(domain::Certificering profiel,
                                                              domain::Beoordeling oordeel) const {
  service::BeoordelingInvoer in{profiel, vandaag(), {}};
  for (const auto& g : domain::checklist_voor(profiel))
    in.gebieden.push_back({std::string{g.code}, oordeel, ""});
  return in;
}

void ServiceTest::certificeren(const Context& beoordelaar, const std::string& medewerker,
                               domain::Certificering profiel) {
  beoordelingen->vastleggen(beoordelaar, medewerker,
                            volledige_beoordeling(profiel, domain::Beoordeling::voldoet));
}

Taxatie ServiceTest::taxatie_voor(int niveau) const { return domain::testing::taxatie_voor_niveau(niveau); }

Context ServiceTest::regie(const std::string& huishouden_id) {
  for (const auto& r : huishoudens->lezen(systeem(), huishouden_id).regisseurs) {
    if (r.regisseur.persoon_soort == PersoonSoort::medewerker) return als(r.regisseur.persoon_id);
  }
  return als(regisseur_bplus_);
}

std::int64_t ServiceTest::gelukt_geaudit(const std::vector<std::string>& acties,
                                         const std::string& actor_id) {
  std::string in;
  std::vector<store::Value> waarden{actor_id};
  for (const auto& a : acties) {
    in += (in.empty() ? "$" : ", $") + std::to_string(waarden.size() + 1);
    waarden.emplace_back(a);
  }
  return db().logboek().read([&](store::Tx& tx) {
    return tx
        .query("SELECT count(*) FROM audit WHERE resultaat = 'gelukt' AND actor_id = $1 AND actie IN (" + in +
                   ")",
               std::span<const store::Value>{waarden})
        .at(0)
        .integer(0);
  });
}

int ServiceTest::versie(const std::string& huishouden_id) {
  return huishoudens->lezen(systeem(), huishouden_id).huishouden.versie;
}

void ServiceTest::besluit(const std::string& huishouden_id, int niveau, const std::string& motivatie,
                          std::optional<Nazorgafspraak> nazorg) {
  const Context ctx = regie(huishouden_id);
  const auto t = niveaus->taxatie_vastleggen(ctx, huishouden_id, taxatie_voor(niveau));
  niveaus->besluiten(ctx, huishouden_id, t.taxatie_id, {niveau_uit_nummer(niveau), motivatie, nazorg},
                     versie(huishouden_id));
}

std::string ServiceTest::gezinslid(const std::string& huishouden_id, Relatie relatie) {
  return huishoudens->gezinslid_toevoegen(
      als(regisseur_bplus_), huishouden_id,
      {"Sam", "de Vries", {2010y / March / 3d, false}, std::nullopt, relatie});
}

std::string ServiceTest::huishouden() {
  const Context ctx = als(regisseur_bplus_);
  const auto id = huishoudens->aanmaken(ctx, "Gezin de Vries");
  huishoudens->gezinslid_toevoegen(
      ctx, id, {"Mila", "de Vries", {1990y / May / 1d, false}, "123456782", Relatie::ouder});
  huishoudens->gezinslid_toevoegen(
      ctx, id, {"Noah", "de Vries", {1988y / June / 2d, false}, std::nullopt, Relatie::partner});
  huishoudens->gezinslid_toevoegen(
      ctx, id, {"Lotte", "de Vries", {2019y / January / 15d, false}, std::nullopt, Relatie::kind});
  huishoudens->gezinslid_toevoegen(
      ctx, id, {"(nog geen naam)", "de Vries", {2027y / March / 1d, true}, std::nullopt, Relatie::kind});
  return id;
}

domain::Ondersteuningsplan plan_met_doel(const std::string& eigenaar_id, domain::Datum vandaag) {
  using namespace regie::domain;
  Ondersteuningsplan p;
  p.leefgebieden = {{Leefgebied::inkomen_financien, std::nullopt, "Moeder houdt een kasboek bij.",
                     "Schulden bij drie partijen.", "Budgetcursus 2024."}};
  p.doelen = {{"",
               "Binnen een half jaar een schuldregeling",
               Leefgebied::inkomen_financien,
               std::nullopt,
               plus_dagen(vandaag, 180),
               {{"", "Aanmelden bij schuldhulpverlening", Eigenaar{PersoonSoort::medewerker, eigenaar_id},
                 plus_dagen(vandaag, 14), ActieStatus::open}}}};
  p.eigen_woorden = "We willen rust in ons hoofd over geld.";
  p.evaluatiedatum = plus_dagen(vandaag, 60);
  return p;
}

std::string ServiceTest::huishouden_op_niveau(int niveau) {
  const auto id = huishouden();
  besluit(id, niveau);
  return id;
}

}  // namespace regie::testing
