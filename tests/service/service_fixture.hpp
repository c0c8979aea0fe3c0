#pragma once
// A small gemeente on a fresh database (SQLite or PostgreSQL) for the service tests: a local team, a care
// organisation and a safety-chain organisation, professionals with different profiles, and a clock the
// test controls.

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>

#include "service/basiseisen.hpp"
#include "service/beheer.hpp"
#include "service/beoordelingen.hpp"
#include "service/escalaties.hpp"
#include "service/huishoudens.hpp"
#include "service/implementatie.hpp"
#include "service/kader.hpp"
#include "service/mij.hpp"
#include "service/niveaus.hpp"
#include "service/noodtoegangen.hpp"
#include "service/notities.hpp"
#include "service/plannen.hpp"
#include "service/regisseurs.hpp"
#include "service/toegangslog.hpp"
#include "service/veiligheid.hpp"
#include "support/test_database.hpp"

namespace regie::testing {

// A complete plan for one concern of the whole household: a goal with a target date and an action with its
// owner and date, the household's own words and an evaluation date.
domain::Ondersteuningsplan plan_met_doel(const std::string& eigenaar_id, domain::Datum vandaag);

class ServiceTest : public ::testing::TestWithParam<store::Backend> {
 protected:
  void SetUp() override;

  service::Omgeving omgeving();
  store::Database& db() { return test_->db(); }
  domain::Datum vandaag() const { return domain::datum_van(tijd_); }
  void verstrijk(std::chrono::hours uren) { tijd_ += uren; }

  service::Context als(const std::string& medewerker_id,
                       std::vector<domain::Gebruikersrol> rollen = {domain::Gebruikersrol::regisseur});
  service::Context systeem() const { return service::systeem_context(gemeente_, "test"); }

  // A household with two parents and two children (one unborn), its level decided as `niveau`.
  std::string huishouden_op_niveau(int niveau);
  std::string huishouden();  // registered, no level yet
  domain::Taxatie taxatie_voor(int niveau) const;
  void besluit(const std::string& huishouden_id, int niveau, const std::string& motivatie = {},
               std::optional<domain::Nazorgafspraak> nazorg = std::nullopt);
  int versie(const std::string& huishouden_id);
  // How many of these use cases the audit trail records as done by `actor_id`.
  std::int64_t gelukt_geaudit(const std::vector<std::string>& acties, const std::string& actor_id);
  std::string gezinslid(const std::string& huishouden_id, domain::Relatie relatie = domain::Relatie::ouder);

  std::unique_ptr<TestDatabase> test_;
  domain::Tijdstip tijd_{};
  std::string gemeente_;
  std::string lokaal_team_, zorg_, zvh_;  // organisations: lokaal_team, zorgketen, veiligheidsketen
  std::string aandachtsfunctionaris_;
  std::string regisseur_a_;      // casus A + proces A
  std::string regisseur_b_;      // proces B
  std::string regisseur_bplus_;  // proces B+ (lokaal team)
  std::string vk_bplus_;         // proces B+ in the veiligheidsketen
  std::string vk_collega_;       // another professional of the veiligheidsketen organisation
  std::string zonder_profiel_;   // a professional without certification
  std::string beheerder_;
  std::string manager_;  // manages Bram and Daan
  std::string zorg_af_;  // aandachtsfunctionaris of the zorgketen organisation (assesses Gijs)
  std::string vk_af_;    // aandachtsfunctionaris of the veiligheidsketen organisation (assesses Eva)

  // A complete assessment of every area of the profile with one judgement.
  service::BeoordelingInvoer volledige_beoordeling(domain::Certificering profiel,
                                                   domain::Beoordeling oordeel) const;
  // Certifies through a complete, positive assessment, as the rules require (DOMAIN.md §7).
  void certificeren(const service::Context& beoordelaar, const std::string& medewerker,
                    domain::Certificering profiel);

  // Who may do regie now: the first professional regisseur, or during intake the registrant (Daan).
  service::Context regie(const std::string& huishouden_id);

  std::unique_ptr<service::Beheer> beheer;
  std::unique_ptr<service::Huishoudens> huishoudens;
  std::unique_ptr<service::Regisseurs> regisseurs;
  std::unique_ptr<service::Niveaus> niveaus;
  std::unique_ptr<service::Veiligheid> veiligheid;
  std::unique_ptr<service::Escalaties> escalaties;
  std::unique_ptr<service::Kaders> kaders;
  std::unique_ptr<service::Plannen> plannen;
  std::unique_ptr<service::Toegangslog> toegangslog;
  std::unique_ptr<service::Mij> mij;
  std::unique_ptr<service::Noodtoegangen> noodtoegangen;
  std::unique_ptr<service::Notities> notities;
  std::unique_ptr<service::Implementatie> implementatie;
  std::unique_ptr<service::Basiseisen> basiseisen;
  std::unique_ptr<service::Beoordelingen> beoordelingen;
};

// Runs `f` and returns the invalid-param names of the BadRequest it throws (fails when it does not throw).
std::vector<std::string> velden_van_fout(const std::function<void()>& f);

#define REGIE_SERVICE_BACKENDS(Suite)                                                           \
  INSTANTIATE_TEST_SUITE_P(Backends, Suite,                                                     \
                           ::testing::Values(store::Backend::sqlite, store::Backend::postgres), \
                           [](const auto& p) { return backend_name(p.param); })

}  // namespace regie::testing
