// The processing log (Logboek Dataverwerkingen, ADR 0023): a line per processing and data subject, linked to
// the audit row by its trace, pseudonymised, pointing at the register's version; read by the data protection
// officer only and always with a filter; tamper-evident; and on SQLite never lost between the data file and
// the log store.

#include <algorithm>
#include <set>

#include "domain/verwerkingsactiviteiten.hpp"
#include "service/autorisatie.hpp"
#include "service/errors.hpp"
#include "service/service_fixture.hpp"
#include "service/verwerkingenlogboek.hpp"
#include "service/verzoekspoor.hpp"
#include "store/audit_sleutels.hpp"
#include "store/logboek.hpp"
#include "store/sqlite/sqlite_database.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;

class VerwerkingenTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (!test_) return;
    logboek = std::make_unique<service::Verwerkingenlogboek>(omgeving());
  }
  service::Context fg() { return als(beheerder_, {Gebruikersrol::privacyfunctionaris}); }
  std::vector<store::VerwerkingRegel> regels(store::VerwerkingFilter f) {
    f.gemeente_id = gemeente_;
    return db().logboek().read([&](store::Tx& tx) { return store::verwerkingen_zoeken(tx, f, 100, 0); });
  }
  std::int64_t tel(std::string_view tabel) {
    return db().logboek().read([&](store::Tx& tx) {
      return tx.query_one("SELECT count(*) FROM " + std::string{tabel})->integer(0);
    });
  }
  std::unique_ptr<service::Verwerkingenlogboek> logboek;
};

TEST_P(VerwerkingenTest, AReadLeavesALinePerMemberLinkedToItsAuditRowByTheTrace) {
  const auto id = huishouden();
  const auto dossier = huishoudens->lezen(als(regisseur_bplus_), id);
  const auto lijst = regels({.activiteit = "dossier"});
  ASSERT_FALSE(lijst.empty());
  const auto trace = lijst.front().invoer.trace_id;  // newest first: the read
  std::vector<store::VerwerkingRegel> lezing;
  std::ranges::copy_if(lijst, std::back_inserter(lezing),
                       [&](const auto& r) { return r.invoer.trace_id == trace; });
  ASSERT_EQ(lezing.size(), 4u);  // one per member
  std::set<std::string> betrokkenen;
  for (const auto& r : lezing) {
    EXPECT_EQ(r.invoer.name, "huishouden.lezen");
    EXPECT_EQ(r.invoer.status_code, 1);
    EXPECT_EQ(r.invoer.betrokkene_type, "persoon");
    EXPECT_EQ(r.invoer.operation_id.size(), 16u);
    EXPECT_LE(r.invoer.start_time, r.invoer.end_time);
    betrokkenen.insert(*r.invoer.betrokkene);
  }
  EXPECT_EQ(betrokkenen.size(), 4u);
  // Each subject is the pseudonym of a member, never the member's id itself.
  for (const auto& lid : dossier.gezinsleden) {
    EXPECT_TRUE(betrokkenen.contains(store::betrokkene_pseudoniem(gemeente_, lid.lid.id)));
    EXPECT_FALSE(betrokkenen.contains(lid.lid.id));
  }
  // The audit row of that read carries the same trace.
  const auto audit = toegangslog->lezen(als(regisseur_bplus_), id, {1, 100});
  EXPECT_TRUE(std::ranges::any_of(audit.regels, [&](const auto& a) {
    return a.invoer.trace_id == trace && a.invoer.actie == "huishouden.lezen";
  }));
}

TEST_P(VerwerkingenTest, UnderARequestItsTraceIsContinuedAndTheCallerIsTheForeignOperation) {
  const auto id = huishouden();
  const std::string trace = "4bf92f3577b34da6a3ce929d0e0e4736";
  {
    const service::VerzoekspoorScope scope{{trace, "00f067aa0ba902b7", std::string{"b7ad6b7169203331"}}};
    huishoudens->lezen(als(regisseur_bplus_), id);
  }
  const auto lijst = regels({.trace_id = trace});
  ASSERT_EQ(lijst.size(), 4u);
  for (const auto& r : lijst) {
    EXPECT_EQ(r.invoer.parent_operation_id, "00f067aa0ba902b7");
    EXPECT_EQ(r.invoer.foreign_operation_id, "b7ad6b7169203331");
    EXPECT_NE(r.invoer.operation_id, "00f067aa0ba902b7");
  }
}

TEST_P(VerwerkingenTest, ARefusalIsAnErrorLineAboutTheHousehold) {
  const auto id = huishouden();
  EXPECT_THROW(huishoudens->lezen(als(vk_collega_), id), service::Forbidden);
  const auto lijst = regels({.betrokkene = store::betrokkene_pseudoniem(gemeente_, id)});
  ASSERT_FALSE(lijst.empty());
  EXPECT_EQ(lijst.front().invoer.status_code, 2);
  EXPECT_EQ(lijst.front().invoer.betrokkene_type, "huishouden");
}

TEST_P(VerwerkingenTest, TheOfficerAsksByTraceActivityOrSubjectNeverForEverything) {
  const auto id = huishouden();
  const auto dossier = huishoudens->lezen(als(regisseur_bplus_), id);
  const auto lid = dossier.gezinsleden.front().lid.id;
  const auto pagina = logboek->zoeken(fg(), {.betrokkene = lid}, {1, 20});
  EXPECT_GE(pagina.totaal, 2);  // added and read
  ASSERT_FALSE(pagina.items.empty());
  ASSERT_EQ(pagina.activiteiten.size(), 1u);
  EXPECT_EQ(pagina.activiteiten.front().code, "dossier");
  EXPECT_EQ(velden_van_fout([&] {
              logboek->zoeken(fg(), {}, {1, 20});
            }),
            (std::vector<std::string>{"traceId", "verwerkingsactiviteit", "betrokkene"}));
  EXPECT_EQ(velden_van_fout([&] {
              logboek->zoeken(fg(), {.trace_id = "nee"}, {1, 20});
            }),
            std::vector<std::string>{"traceId"});
  EXPECT_EQ(
      velden_van_fout([&] {
        logboek->zoeken(fg(), {.activiteit = "dossier", .vanaf = "2026-12-02", .tot = "gisteren"}, {1, 20});
      }),
      std::vector<std::string>{"tot"});
  const auto trace = pagina.items.front().invoer.trace_id;
  EXPECT_GE(logboek->zoeken(fg(), {.trace_id = trace}, {1, 20}).totaal, 1);
  // A window before everything finds nothing.
  EXPECT_EQ(logboek->zoeken(fg(), {.activiteit = "dossier", .tot = "2000-01-01"}, {1, 20}).totaal, 0);
  // Nobody else reads it, not even the beheerder or a regisseur of the household.
  EXPECT_THROW(logboek->zoeken(als(beheerder_, {Gebruikersrol::beheerder}), {.betrokkene = lid}, {1, 20}),
               service::Forbidden);
  EXPECT_THROW(logboek->zoeken(als(regisseur_bplus_), {.betrokkene = lid}, {1, 20}), service::Forbidden);
  // The officer's own question is logged, about that person, for accountability.
  const auto eigen = regels({.activiteit = "verantwoording"});
  EXPECT_TRUE(std::ranges::any_of(eigen, [&](const auto& r) {
    return r.invoer.name == "logboek.lezen" &&
           r.invoer.betrokkene == store::betrokkene_pseudoniem(gemeente_, lid);
  }));
}

TEST_P(VerwerkingenTest, RewordingAnActivityMakesANewVersionAndOldLinesKeepTheirs) {
  const auto id = huishouden();
  const auto huidig = logboek->register_lezen(fg(), false);
  EXPECT_EQ(huidig.size(), standaard_verwerkingsactiviteiten().size());
  const auto oud = std::ranges::find(huidig, std::string{"dossier"}, &store::ActiviteitVersie::code);
  ASSERT_NE(oud, huidig.end());
  const auto nieuw = logboek->herformuleren(fg(), "dossier", "Het dossier", "Eén dossier per gezin.");
  EXPECT_EQ(nieuw.versie, 2);
  EXPECT_NE(nieuw.id, oud->id);
  huishoudens->lezen(als(regisseur_bplus_), id);
  const auto lijst = regels({.activiteit = "dossier"});
  EXPECT_EQ(lijst.front().activiteit_id, nieuw.id);
  EXPECT_EQ(lijst.back().activiteit_id, oud->id);
  EXPECT_EQ(logboek->register_lezen(fg(), true).size(), standaard_verwerkingsactiviteiten().size() + 1);
  EXPECT_THROW(logboek->herformuleren(fg(), "bestaat_niet", "Naam", "Doel"), service::NotFound);
  EXPECT_EQ(velden_van_fout([&] { logboek->herformuleren(fg(), "dossier", " ", ""); }),
            (std::vector<std::string>{"naam", "doel"}));
  EXPECT_THROW(logboek->herformuleren(als(beheerder_, {Gebruikersrol::beheerder}), "dossier", "N", "D"),
               service::Forbidden);
}

TEST_P(VerwerkingenTest, TamperingWithTheProcessingLogIsDetected) {
  huishouden();
  EXPECT_TRUE(service::logboeken_verifieren(db()).problemen.empty());
  db().logboek().write([&](store::Tx& tx) {
    if (db().backend() == store::Backend::sqlite) {
      tx.exec_script("DROP TRIGGER verwerking_geen_wijziging; DROP TRIGGER verwerking_geen_verwijdering;");
    } else {
      tx.exec_script("ALTER TABLE verwerking DISABLE TRIGGER USER");
    }
    tx.exec("UPDATE verwerking SET status_code = 2 WHERE volgnummer = 2");
    tx.exec("DELETE FROM verwerking WHERE volgnummer = 4");
  });
  const auto v = service::logboeken_verifieren(db());
  ASSERT_GE(v.problemen.size(), 2u);
  EXPECT_TRUE(std::ranges::all_of(v.problemen, [](const auto& p) { return p.logboek == "verwerkingen"; }));
  EXPECT_EQ(v.problemen[0].volgnummer, 2);
  EXPECT_NE(v.problemen[0].probleem.find("gewijzigd"), std::string::npos);
  EXPECT_EQ(v.problemen[1].volgnummer, 4);
}

// Every use case of the authorization table belongs to an activity of the default register.
TEST_P(VerwerkingenTest, EveryUseCaseHasAProcessingActivity) {
  for (const auto& a : service::autorisaties()) {
    EXPECT_NE(verwerkingsactiviteit_van(a.use_case), nullptr) << a.use_case;
  }
  EXPECT_EQ(verwerkingsactiviteit_van("team.aanmaken")->code, "medewerkers");
  EXPECT_EQ(verwerkingsactiviteit_van("team.lezen")->code, "eigen_werk");
  EXPECT_EQ(verwerkingsactiviteit_van("noodtoegang.beoordelen")->code, "toezicht");
}

// SQLite: a change whose log store fails right after its commit keeps its lines in the data file's queue;
// the next start moves them, once, and both chains verify.
TEST_P(VerwerkingenTest, AChangeNeverLosesItsLinesWhenTheLogStoreFailsAfterItsCommit) {
  if (db().backend() != store::Backend::sqlite) GTEST_SKIP() << "PostgreSQL: one transaction for both";
  const auto id = huishouden();
  auto& logboek_db = dynamic_cast<store::SqliteDatabase&>(db().logboek());
  const auto audit_voor = tel("audit");
  logboek_db.bij_schrijfstap([](std::string_view sql) {
    if (sql == "COMMIT") throw store::DatabaseUnavailable("schijf vol");
  });
  gezinslid(id);  // the change itself succeeds
  EXPECT_THROW(huishoudens->lezen(als(regisseur_bplus_), id), service::Unavailable);  // no data unlogged
  logboek_db.bij_schrijfstap({});
  EXPECT_EQ(tel("audit"), audit_voor);
  const auto wachtend = db().read(
      [](store::Tx& tx) { return tx.query_one("SELECT count(*) FROM logboek_wachtrij")->integer(0); });
  EXPECT_EQ(wachtend, 1);
  EXPECT_EQ(store::wachtrij_afhandelen(db()), 1u);
  EXPECT_EQ(store::wachtrij_afhandelen(db()), 0u);  // once only
  EXPECT_EQ(tel("audit"), audit_voor + 1);
  EXPECT_TRUE(service::logboeken_verifieren(db()).problemen.empty());
}

// SQLite: reading a household writes nothing to the data file (its readers keep a warm cache).
TEST_P(VerwerkingenTest, AReadDoesNotWriteToTheDataFile) {
  if (db().backend() != store::Backend::sqlite) GTEST_SKIP() << "PostgreSQL: one database";
  const auto id = huishouden();
  auto& data = dynamic_cast<store::SqliteDatabase&>(db());
  int schrijfstappen = 0;
  data.bij_schrijfstap([&](std::string_view) { ++schrijfstappen; });
  huishoudens->lezen(als(regisseur_bplus_), id);
  toegangslog->lezen(als(regisseur_bplus_), id, {1, 20});
  data.bij_schrijfstap({});
  EXPECT_EQ(schrijfstappen, 0);
}

REGIE_SERVICE_BACKENDS(VerwerkingenTest);

}  // namespace
}  // namespace regie::testing
