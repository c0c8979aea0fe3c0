// Mail about notifications (issue "a regisseur's day"), through the service layer on SQLite and PostgreSQL:
// one mail per recipient for what waits unread, the same words for everyone, at most one an hour, not to
// who turned it off or cannot log in, and a failed mail tried again in the next round.

#include "service/meldingsmail.hpp"

#include "service/errors.hpp"
#include "service/meldingen.hpp"
#include "service/opgeslagen_mail.hpp"
#include "service/service_fixture.hpp"
#include "service/sessies.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;

class MeldingsmailTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (!test_) return;
    meldingen = std::make_unique<service::Meldingen>(omgeving());
    meldingsmail = std::make_unique<service::Meldingsmail>(omgeving());
    // A search by someone not involved, under restricted sharing, tells the procesregisseur Cora.
    id_ = huishouden_op_niveau(3);
    regisseurs->toewijzen(als(regisseur_bplus_), id_,
                          {Rol::proces, PersoonSoort::medewerker, regisseur_b_, {}});
    auto t = taxatie_voor(3);
    t.signalen = {{SignaalType::stalking, false, std::nullopt, {}}};
    niveaus->taxatie_vastleggen(als(regisseur_b_), id_, t);
  }
  void gezocht() {
    service::ZoekInvoer z;
    z.bsn = "123456782";
    huishoudens->zoeken(als(vk_collega_), z);
  }
  service::MailRonde ronde() { return meldingsmail->versturen(systeem(), mail, "https://regie.test"); }
  std::int64_t auditregels() {
    return db().logboek().read([](store::Tx& tx) {
      return tx.query_one("SELECT count(*) FROM audit WHERE actie = 'meldingen.mailen'", {})->integer(0);
    });
  }

  std::unique_ptr<service::Meldingen> meldingen;
  std::unique_ptr<service::Meldingsmail> meldingsmail;
  OpgeslagenMail mail;
  std::string id_;
};

TEST_P(MeldingsmailTest, OneMailForWhatWaitsSayingNothingOfIt) {
  if (!test_) GTEST_SKIP();
  gezocht();
  EXPECT_EQ(ronde().verzonden, 0);  // Cora has no account: she could not log in to see it
  beheer->gebruiker_aanmaken(systeem(), regisseur_b_, "cora", "een-lang-wachtwoord");
  gezocht();
  const auto eerste = ronde();
  EXPECT_EQ(eerste.verzonden, 1);
  EXPECT_EQ(eerste.mislukt, 0);
  ASSERT_EQ(mail.verzonden.size(), 1u);
  const auto& verzonden = mail.verzonden.front();
  EXPECT_EQ(verzonden.aan, "Cora@test.nl");
  const auto verwacht = domain::meldingsmail("Cora@test.nl", "https://regie.test");
  EXPECT_EQ(verzonden.onderwerp, verwacht.onderwerp);
  EXPECT_EQ(verzonden.tekst, verwacht.tekst);  // nothing of the household, the searcher or the kind
  EXPECT_EQ(auditregels(), 1);

  // Covered: no second mail for the same notifications.
  EXPECT_EQ(ronde().verzonden, 0);
  EXPECT_EQ(mail.verzonden.size(), 1u);
}

TEST_P(MeldingsmailTest, AtMostOneAnHourAndNotForWhatWasReadAlready) {
  if (!test_) GTEST_SKIP();
  beheer->gebruiker_aanmaken(systeem(), regisseur_b_, "cora", "een-lang-wachtwoord");
  gezocht();
  EXPECT_EQ(ronde().verzonden, 1);
  gezocht();
  EXPECT_EQ(ronde().verzonden, 0);  // within the hour: it waits
  verstrijk(std::chrono::hours{1});
  EXPECT_EQ(ronde().verzonden, 1);  // then the new one is mailed

  verstrijk(std::chrono::hours{2});
  gezocht();
  meldingen->alles_gelezen(als(regisseur_b_));
  EXPECT_EQ(ronde().verzonden, 0);  // she saw it before the round
  EXPECT_EQ(mail.verzonden.size(), 2u);
}

TEST_P(MeldingsmailTest, WhoTurnedItOffOrIsBlockedGetsNone) {
  if (!test_) GTEST_SKIP();
  beheer->gebruiker_aanmaken(systeem(), regisseur_b_, "cora", "een-lang-wachtwoord");
  const auto cora = als(regisseur_b_);
  EXPECT_TRUE(meldingen->instellingen(cora).email_bekend);
  EXPECT_TRUE(meldingen->instellingen(cora).mail_bij_melding);  // on unless she turns it off
  EXPECT_FALSE(meldingen->mail_instellen(cora, false).mail_bij_melding);
  gezocht();
  EXPECT_EQ(ronde().verzonden, 0);
  EXPECT_TRUE(meldingen->mail_instellen(cora, true).mail_bij_melding);
  EXPECT_EQ(ronde().verzonden, 1);  // turned on again: what still waits unread

  verstrijk(std::chrono::hours{2});
  service::Sessies sessies{omgeving(), service::SessieConfig{}};
  sessies.blokkeren("cora", true);
  gezocht();
  EXPECT_EQ(ronde().verzonden, 0);
}

TEST_P(MeldingsmailTest, AFailedMailIsTriedAgainInTheNextRound) {
  if (!test_) GTEST_SKIP();
  beheer->gebruiker_aanmaken(systeem(), regisseur_b_, "cora", "een-lang-wachtwoord");
  gezocht();
  mail.weigeren = true;
  const auto mislukt = ronde();
  EXPECT_EQ(mislukt.verzonden, 0);
  EXPECT_EQ(mislukt.mislukt, 1);
  EXPECT_EQ(mislukt.oorzaak, "mailserver onbereikbaar");
  EXPECT_EQ(auditregels(), 0);
  mail.weigeren = false;
  EXPECT_EQ(ronde().verzonden, 1);
  EXPECT_EQ(auditregels(), 1);
}

TEST_P(MeldingsmailTest, OnlyTheSystemSendsAndEachSetsOnlyHisOwnChoice) {
  if (!test_) GTEST_SKIP();
  EXPECT_THROW(meldingsmail->versturen(als(manager_, {Gebruikersrol::manager}), mail, std::nullopt),
               service::Forbidden);
  const auto zonder_adres = beheer->medewerker_aanmaken(
      systeem(), {lokaal_team_, {}, std::nullopt, "Lot", "", "", {Gebruikersrol::regisseur}});
  EXPECT_FALSE(meldingen->instellingen(als(zonder_adres)).email_bekend);
  meldingen->mail_instellen(als(regisseur_a_), false);
  EXPECT_TRUE(meldingen->instellingen(als(regisseur_b_)).mail_bij_melding);
  EXPECT_FALSE(meldingen->instellingen(als(regisseur_a_)).mail_bij_melding);
}

REGIE_SERVICE_BACKENDS(MeldingsmailTest);

}  // namespace
}  // namespace regie::testing
