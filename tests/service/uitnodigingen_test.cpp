// Access for the household (DOMAIN.md §12) through the service layer on SQLite and PostgreSQL: a regisseur
// invites; the invited person sets up a second factor, proved with a code Debian's oathtool computes, and
// gets recovery codes; the code works once, expires and can be revoked; age, consent and restricted sharing
// are respected; portal and professional use cases never mix.

#include "service/uitnodigingen.hpp"

#include "service/gezag.hpp"
#include "service/portaal.hpp"
#include "service/portaal_sessies.hpp"
#include "support/oathtool.hpp"

#include <regex>

#include "service/autorisatie.hpp"
#include "service/errors.hpp"
#include "service/opgeslagen_mail.hpp"
#include "service/service_fixture.hpp"

namespace regie::testing {
namespace {

using namespace regie::domain;
using service::UitnodigingInvoer;

class UitnodigingenTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (!test_) return;
    uitnodigingen = std::make_unique<service::Uitnodigingen>(omgeving());
    id_ = huishouden_op_niveau(2);
    for (const auto& l : huishoudens->lezen(systeem(), id_).gezinsleden)
      if (l.lid.voornaam == "Mila") mila_ = l.lid.id;
    sam_ = gezinslid(id_, Relatie::kind);  // born 2010: 16
    auto kind = [&](const char* naam, std::chrono::year_month_day geboren) {
      return huishoudens->gezinslid_toevoegen(
          regie(id_), id_, {naam, "de Vries", {geboren, false}, std::nullopt, Relatie::kind});
    };
    using namespace std::chrono;
    lotte_ = kind("Lotte", 2012y / January / 5d);  // 14
    ties_ = kind("Ties", 2018y / June / 1d);       // 8
  }
  UitnodigingInvoer lid(const std::string& wie) {
    UitnodigingInvoer in;
    in.persoon_id = wie;
    return in;
  }
  // The code an authenticator app shows now, from Debian's oathtool (not Regie's own code).
  std::string totp_nu(const std::string& geheim) {
    return oathtool_code(geheim,
                         std::chrono::duration_cast<std::chrono::seconds>(tijd_.time_since_epoch()).count());
  }
  // A member or network member of this household in the portal, with these rights.
  service::Context in_portaal(const std::string& persoon, PersoonSoort soort,
                              std::vector<PortaalRecht> rechten) {
    return service::portaal_context(gemeente_, {id_, soort, persoon, std::move(rechten)});
  }
  std::int64_t audit(const std::string& actie, const std::string& rol) {
    return db().logboek().read([&](store::Tx& tx) {
      return tx
          .query_one(
              "SELECT count(*) FROM audit WHERE actie = $1 AND rol = $2 AND huishouden_id = $3 AND "
              "resultaat = 'gelukt'",
              {actie, rol, id_})
          ->integer(0);
    });
  }

  // Invites, and sets the account up with the app's code of a time step of its own; the recovery codes.
  std::vector<std::string> account(const UitnodigingInvoer& in, const std::string& naam) {
    const auto code = uitnodigingen->uitnodigen(regie(id_), id_, in).code;
    tijd_ += std::chrono::seconds{30};
    return uitnodigingen->accepteren(
        code, {naam, "een-lang-wachtwoord", totp_nu(uitnodigingen->inrichten(code).geheim)});
  }
  // A network member with these rights, with the household's consent.
  UitnodigingInvoer netwerklid(const std::string& wie, std::vector<PortaalRecht> rechten) {
    UitnodigingInvoer in;
    in.soort = PersoonSoort::netwerklid;
    in.persoon_id = wie;
    in.rechten = std::move(rechten);
    in.toestemming_huishouden = true;
    return in;
  }

  // Records parental authority over a child as the regisseur.
  void gezag(const std::string& kind, std::vector<std::string> dragers, std::string toelichting = "") {
    service::Gezag{omgeving()}.vastleggen(regie(id_), id_, kind,
                                          {std::move(dragers), std::move(toelichting)});
  }

  std::unique_ptr<service::Uitnodigingen> uitnodigingen;
  std::string id_, mila_, sam_, lotte_, ties_;
};

TEST_P(UitnodigingenTest, AMemberOfSixteenSetsUpHisAccountWithASecondFactor) {
  if (!test_) GTEST_SKIP();
  const auto uit = uitnodigingen->uitnodigen(regie(id_), id_, lid(sam_));
  EXPECT_TRUE(std::regex_match(uit.code, std::regex{"([A-HJ-NP-Z2-9]{4}-){3}[A-HJ-NP-Z2-9]{4}"})) << uit.code;
  EXPECT_EQ(uit.geldig_tot.substr(0, 10), "2026-11-29");  // seven days
  auto overzicht = uitnodigingen->overzicht(regie(id_), id_);
  ASSERT_EQ(overzicht.uitnodigingen.size(), 1u);
  EXPECT_NE(overzicht.uitnodigingen[0].code_hash, uit.code);  // only a hash is kept
  EXPECT_TRUE(overzicht.accounts.empty());

  const auto inrichting = uitnodigingen->inrichten(uit.code);
  EXPECT_EQ(inrichting.geheim.size(), 32u);
  EXPECT_NE(inrichting.adres.find("otpauth://totp/Regie:huishouden?secret=" + inrichting.geheim),
            std::string::npos);
  service::Aanmelding aanmelding{"Sam", "een-lang-wachtwoord", "000000"};
  EXPECT_EQ(velden_van_fout([&] { uitnodigingen->accepteren(uit.code, aanmelding); }),
            std::vector<std::string>{"totpCode"});
  aanmelding.totp_code = totp_nu(inrichting.geheim);
  ASSERT_EQ(aanmelding.totp_code.size(), 6u) << "oathtool ontbreekt?";
  // Typed in lower case and without dashes, the code is the same code.
  std::string getypt;
  for (const char c : uit.code)
    if (c != '-') getypt += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto herstelcodes = uitnodigingen->accepteren(getypt, aanmelding);
  EXPECT_EQ(herstelcodes.size(), 10u);
  EXPECT_NE(herstelcodes[0], herstelcodes[1]);

  overzicht = uitnodigingen->overzicht(regie(id_), id_);
  ASSERT_EQ(overzicht.accounts.size(), 1u);
  EXPECT_EQ(overzicht.accounts[0].gebruikersnaam, "sam");
  EXPECT_EQ(overzicht.accounts[0].persoon_id, sam_);
  EXPECT_EQ(overzicht.accounts[0].rechten.size(), 3u);
  EXPECT_TRUE(overzicht.uitnodigingen[0].gebruikt_op.has_value());
  // Once only; and the household's access log shows what the member did himself.
  EXPECT_THROW(uitnodigingen->accepteren(uit.code, aanmelding), service::NotFound);
  EXPECT_THROW(uitnodigingen->uitnodigen(regie(id_), id_, lid(sam_)), service::Conflict);
  EXPECT_EQ(audit("portaal.inrichten", "gezinslid"), 1);
  EXPECT_EQ(audit("portaal.accepteren", "gezinslid"), 1);
}

TEST_P(UitnodigingenTest, AgeParentAndConsentAreRespected) {
  if (!test_) GTEST_SKIP();
  EXPECT_EQ(velden_van_fout([&] { uitnodigingen->uitnodigen(regie(id_), id_, lid(ties_)); }),
            std::vector<std::string>{"persoonId"});
  EXPECT_EQ(velden_van_fout([&] { uitnodigingen->uitnodigen(regie(id_), id_, lid(lotte_)); }),
            std::vector<std::string>{"ouderId"});
  auto met_ouder = lid(lotte_);
  met_ouder.ouder_id = sam_;  // a brother of 16 is no parent
  EXPECT_EQ(velden_van_fout([&] { uitnodigingen->uitnodigen(regie(id_), id_, met_ouder); }),
            std::vector<std::string>{"ouderId"});
  met_ouder.ouder_id = mila_;  // her mother, but parental authority is not recorded yet
  EXPECT_EQ(velden_van_fout([&] { uitnodigingen->uitnodigen(regie(id_), id_, met_ouder); }),
            std::vector<std::string>{"ouderId"});
  gezag(lotte_, {}, "Vader woont elders en heeft het gezag.");  // recorded, but not with Mila
  EXPECT_EQ(velden_van_fout([&] { uitnodigingen->uitnodigen(regie(id_), id_, met_ouder); }),
            std::vector<std::string>{"ouderId"});
  gezag(lotte_, {mila_});
  EXPECT_NO_THROW(uitnodigingen->uitnodigen(regie(id_), id_, met_ouder));

  const auto oma =
      huishoudens->netwerklid_toevoegen(regie(id_), id_, {"Oma Riet", "grootmoeder", "06-12345678"});
  UitnodigingInvoer netwerk;
  netwerk.soort = PersoonSoort::netwerklid;
  netwerk.persoon_id = oma;
  netwerk.rechten = {PortaalRecht::plan_lezen};
  EXPECT_EQ(velden_van_fout([&] { uitnodigingen->uitnodigen(regie(id_), id_, netwerk); }),
            std::vector<std::string>{"toestemmingHuishouden"});
  netwerk.toestemming_huishouden = true;
  EXPECT_NO_THROW(uitnodigingen->uitnodigen(regie(id_), id_, netwerk));
  // Someone of another household is not to be invited from here.
  const auto ander = huishouden();
  EXPECT_EQ(velden_van_fout([&] { uitnodigingen->uitnodigen(regie(id_), id_, lid(gezinslid(ander))); }),
            std::vector<std::string>{"persoonId"});
}

TEST_P(UitnodigingenTest, UnderRestrictedSharingOnlyWithAWrittenDecision) {
  if (!test_) GTEST_SKIP();
  auto t = taxatie_voor(2);
  t.signalen = {{SignaalType::stalking, false, std::nullopt, {}}};
  niveaus->taxatie_vastleggen(regie(id_), id_, t);
  ASSERT_TRUE(huishoudens->lezen(systeem(), id_).huishouden.afgeschermd);
  EXPECT_EQ(velden_van_fout([&] { uitnodigingen->uitnodigen(regie(id_), id_, lid(mila_)); }),
            std::vector<std::string>{"besluit"});
  auto in = lid(mila_);
  in.besluit = "Mila is niet de dreiging; zij beschermt de kinderen.";
  uitnodigingen->uitnodigen(regie(id_), id_, in);
  EXPECT_EQ(uitnodigingen->overzicht(regie(id_), id_).uitnodigingen.at(0).besluit, in.besluit);
}

TEST_P(UitnodigingenTest, AMemberTheSafetyPlanShieldsFromOnlyWithAWrittenDecision) {
  if (!test_) GTEST_SKIP();
  // Daan keeps a part of the safety plan shielded from Sam; the part names whom it shields from.
  Veiligheidsplan vp;
  vp.veiligheidsdoel = "Iedereen is thuis veilig.";
  vp.afgeschermd = {{"", "Opvangadres", "Bij de zus van Mila.", {regisseur_bplus_}, {sam_, sam_}}};
  plannen->veiligheidsplan_opslaan(als(regisseur_bplus_), id_, vp, std::nullopt);
  const auto gelezen = plannen->veiligheidsplan(als(regisseur_bplus_), id_)->record.plan.afgeschermd;
  ASSERT_EQ(gelezen.size(), 1u);
  EXPECT_EQ(gelezen[0].tegen, std::vector<std::string>{sam_});  // once
  EXPECT_EQ(velden_van_fout([&] { uitnodigingen->uitnodigen(regie(id_), id_, lid(sam_)); }),
            std::vector<std::string>{"besluit"});
  auto in = lid(sam_);
  in.besluit = "Sam is gehoord; hij leest alleen het plan, het opvangadres staat er niet in.";
  EXPECT_NO_THROW(uitnodigingen->uitnodigen(regie(id_), id_, in));
  EXPECT_NO_THROW(uitnodigingen->uitnodigen(regie(id_), id_, lid(mila_)));  // not named: no decision needed

  // Only members of this household can be named.
  auto fout = plannen->veiligheidsplan(als(regisseur_bplus_), id_)->record.plan;
  fout.afgeschermd[0].tegen = {gezinslid(huishouden())};
  EXPECT_EQ(velden_van_fout([&] { plannen->veiligheidsplan_opslaan(als(regisseur_bplus_), id_, fout, 1); }),
            std::vector<std::string>{"afgeschermd[0].tegen"});
}

TEST_P(UitnodigingenTest, NamingAMemberInAShieldingLaterEndsTheAccessHeHasWithoutADecision) {
  if (!test_) GTEST_SKIP();
  // Sam has an account and a session; Mila an open invitation; Lotte (with Mila) an account.
  const auto herstel = account(lid(sam_), "sam");
  service::PortaalSessies sessies{omgeving(), {}};
  const auto sam_inlog = sessies.inloggen("sam", "een-lang-wachtwoord", herstel[0], "10.0.0.1");
  uitnodigingen->uitnodigen(regie(id_), id_, lid(mila_));
  gezag(lotte_, {mila_});
  auto met_ouder = lid(lotte_);
  met_ouder.ouder_id = mila_;
  account(met_ouder, "lotte");

  // A part that shields from nobody changes nothing.
  Veiligheidsplan vp;
  vp.veiligheidsdoel = "Iedereen is thuis veilig.";
  vp.afgeschermd = {{"", "Opvangadres", "Bij de zus van Mila.", {regisseur_bplus_}, {}}};
  EXPECT_TRUE(plannen->veiligheidsplan_opslaan(als(regisseur_bplus_), id_, vp, std::nullopt)
                  .portaaltoegang_beeindigd.empty());
  EXPECT_TRUE(sessies.sessie(sam_inlog.token));

  // Version 2 shields it from Sam and Mila: his account and session end, her invitation is revoked.
  vp.afgeschermd[0].tegen = {sam_, mila_};
  const auto lezing = plannen->veiligheidsplan_opslaan(als(regisseur_bplus_), id_, vp, 1);
  auto beeindigd = lezing.portaaltoegang_beeindigd;
  std::ranges::sort(beeindigd);
  auto verwacht = std::vector<std::string>{sam_, mila_};
  std::ranges::sort(verwacht);
  EXPECT_EQ(beeindigd, verwacht);
  EXPECT_FALSE(sessies.sessie(sam_inlog.token));
  EXPECT_THROW(sessies.inloggen("sam", "een-lang-wachtwoord", herstel[1], "10.0.0.1"),
               service::NotAuthenticated);
  const auto overzicht = uitnodigingen->overzicht(regie(id_), id_);
  ASSERT_EQ(overzicht.accounts.size(), 1u);  // Lotte's, whom the part does not name
  EXPECT_EQ(overzicht.accounts[0].persoon_id, lotte_);
  for (const auto& u : overzicht.uitnodigingen) {
    if (u.persoon_id == mila_) {
      EXPECT_TRUE(u.ingetrokken_op);
    }
  }
  // The audit row of the save names them.
  EXPECT_EQ(db().logboek().read([&](store::Tx& tx) {
    return tx
        .query_one(
            "SELECT count(*) FROM audit WHERE actie = 'veiligheidsplan.opslaan' AND personen LIKE "
            "'%' || $1 || '%'",
            {sam_})
        ->integer(0);
  }),
            1);

  // With the regisseur's decision Sam is invited again; a next version that still names him leaves that be.
  auto in = lid(sam_);
  in.besluit = "Sam is gehoord; hij leest alleen het plan, het opvangadres staat er niet in.";
  account(in, "sam2");
  EXPECT_TRUE(
      plannen->veiligheidsplan_opslaan(als(regisseur_bplus_), id_, vp, 2).portaaltoegang_beeindigd.empty());
  EXPECT_EQ(uitnodigingen->overzicht(regie(id_), id_).accounts.size(), 2u);
}

TEST_P(UitnodigingenTest, AMailedInvitationNeedsTheCheckCodeTheRegisseurPassesOn) {
  if (!test_) GTEST_SKIP();
  OpgeslagenMail post;
  auto in = lid(sam_);
  in.email = "sam@voorbeeld.nl";
  // Without a mail server, or with an address that cannot be one, nothing is made.
  EXPECT_EQ(velden_van_fout([&] { uitnodigingen->uitnodigen(regie(id_), id_, in); }),
            std::vector<std::string>{"email"});
  in.email = "sam@voorbeeld.nl\r\nBcc: x@y.nl";
  EXPECT_EQ(velden_van_fout([&] {
              uitnodigingen->uitnodigen(regie(id_), id_, in, {&post, std::nullopt});
            }),
            std::vector<std::string>{"email"});
  EXPECT_TRUE(uitnodigingen->overzicht(regie(id_), id_).uitnodigingen.empty());

  in.email = "sam@voorbeeld.nl";
  const auto uit =
      uitnodigingen->uitnodigen(regie(id_), id_, in, {&post, "https://regie.zuiderveen.example"});
  EXPECT_TRUE(uit.code.empty());  // it went by mail, not to the regisseur
  ASSERT_TRUE(uit.controlecode);
  EXPECT_TRUE(std::regex_match(*uit.controlecode, std::regex{"[0-9]{6}"})) << *uit.controlecode;
  ASSERT_EQ(post.verzonden.size(), 1u);
  const auto& mail = post.verzonden[0];
  EXPECT_EQ(mail.aan, "sam@voorbeeld.nl");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(mail.tekst, m, std::regex{"([A-HJ-NP-Z2-9]{4}-){3}[A-HJ-NP-Z2-9]{4}"}));
  const std::string code = m[0];
  EXPECT_NE(mail.tekst.find("https://regie.zuiderveen.example/portaal/uitnodiging"), std::string::npos);
  EXPECT_EQ(mail.tekst.find(*uit.controlecode), std::string::npos);  // never in the same mail
  for (const auto* naam : {"de Vries", "Sam", "Mila"})
    EXPECT_EQ(mail.tekst.find(naam), std::string::npos) << naam;
  const auto lijst = uitnodigingen->overzicht(regie(id_), id_).uitnodigingen;
  ASSERT_EQ(lijst.size(), 1u);
  EXPECT_TRUE(lijst[0].gemaild_op);
  EXPECT_EQ(audit("portaal.uitnodiging_mailen", "regisseur"), 1);
  // The address is kept nowhere: not with the invitation, not in the audit trail.
  EXPECT_EQ(db().read([&](store::Tx& tx) {
    return tx
        .query_one(
            "SELECT count(*) FROM portaal_uitnodiging WHERE besluit LIKE '%voorbeeld%' OR persoon_id LIKE "
            "'%voorbeeld%'",
            {})
        ->integer(0);
  }),
            0);
  EXPECT_EQ(db().logboek().read([&](store::Tx& tx) {
    return tx
        .query_one(
            "SELECT count(*) FROM audit WHERE personen LIKE '%voorbeeld%' OR doel LIKE '%voorbeeld%' OR "
            "actie "
            "LIKE '%voorbeeld%'",
            {})
        ->integer(0);
  }),
            0);

  // Accepting asks the check code too: a wrong one is named at its field and counted.
  const auto inrichting = uitnodigingen->inrichten(code);
  EXPECT_TRUE(inrichting.controlecode_nodig);
  tijd_ += std::chrono::seconds{30};
  service::Aanmelding a{"sam", "een-lang-wachtwoord", totp_nu(inrichting.geheim), "000000"};
  if (*uit.controlecode == "000000") a.controlecode = "111111";
  EXPECT_EQ(velden_van_fout([&] { uitnodigingen->accepteren(code, a); }),
            std::vector<std::string>{"controlecode"});
  EXPECT_EQ(audit("portaal.controlecode_onjuist", "gezinslid"), 1);
  a.controlecode = uit.controlecode->substr(0, 3) + " " + uit.controlecode->substr(3);  // as read aloud
  EXPECT_EQ(uitnodigingen->accepteren(code, a).size(),
            static_cast<std::size_t>(service::kAantalHerstelcodes));
}

TEST_P(UitnodigingenTest, FiveWrongCheckCodesOrARefusedMailEndTheInvitation) {
  if (!test_) GTEST_SKIP();
  OpgeslagenMail post;
  auto in = lid(sam_);
  in.email = "sam@voorbeeld.nl";
  const auto uit = uitnodigingen->uitnodigen(regie(id_), id_, in, {&post, std::nullopt});
  std::smatch m;
  ASSERT_TRUE(std::regex_search(post.verzonden.at(0).tekst, m,
                                std::regex{"([A-HJ-NP-Z2-9]{4}-){3}[A-HJ-NP-Z2-9]{4}"}));
  const std::string code = m[0];
  const auto geheim = uitnodigingen->inrichten(code).geheim;
  const std::string fout = *uit.controlecode == "999999" ? "888888" : "999999";
  for (int i = 1; i < service::kMaxMislukteControles; ++i) {
    tijd_ += std::chrono::seconds{30};
    EXPECT_EQ(velden_van_fout([&] {
                uitnodigingen->accepteren(code, {"sam", "een-lang-wachtwoord", totp_nu(geheim), fout});
              }),
              std::vector<std::string>{"controlecode"});
  }
  tijd_ += std::chrono::seconds{30};
  EXPECT_THROW(uitnodigingen->accepteren(code, {"sam", "een-lang-wachtwoord", totp_nu(geheim), fout}),
               service::NotFound);
  // Revoked now: even the right check code opens nothing.
  tijd_ += std::chrono::seconds{30};
  EXPECT_THROW(
      uitnodigingen->accepteren(code, {"sam", "een-lang-wachtwoord", totp_nu(geheim), *uit.controlecode}),
      service::NotFound);
  EXPECT_TRUE(uitnodigingen->overzicht(regie(id_), id_).uitnodigingen.at(0).ingetrokken_op);

  // A mail server that refuses: the invitation is revoked at once and the regisseur is told.
  post.weigeren = true;
  auto mila = lid(mila_);
  mila.email = "mila@voorbeeld.nl";
  EXPECT_THROW(uitnodigingen->uitnodigen(regie(id_), id_, mila, {&post, std::nullopt}), service::Unavailable);
  for (const auto& u : uitnodigingen->overzicht(regie(id_), id_).uitnodigingen) {
    if (u.persoon_id == mila_) {
      EXPECT_TRUE(u.ingetrokken_op);
      EXPECT_FALSE(u.gemaild_op);
    }
  }
}

TEST_P(UitnodigingenTest, ARevokedOrExpiredCodeIsUnknownAndOnlyTheRegisseurInvites) {
  if (!test_) GTEST_SKIP();
  EXPECT_THROW(uitnodigingen->uitnodigen(als(manager_, {Gebruikersrol::manager}), id_, lid(mila_)),
               service::Forbidden);
  const auto eerste = uitnodigingen->uitnodigen(regie(id_), id_, lid(mila_));
  uitnodigingen->intrekken(regie(id_), id_, eerste.id);
  EXPECT_THROW(uitnodigingen->inrichten(eerste.code), service::NotFound);
  EXPECT_THROW(uitnodigingen->intrekken(regie(id_), id_, eerste.id), service::Conflict);
  EXPECT_THROW(uitnodigingen->intrekken(regie(id_), id_, "onbekend"), service::NotFound);
  const auto tweede = uitnodigingen->uitnodigen(regie(id_), id_, lid(mila_));
  EXPECT_NO_THROW(uitnodigingen->inrichten(tweede.code));
  verstrijk(std::chrono::hours{24 * 7});
  EXPECT_THROW(uitnodigingen->inrichten(tweede.code), service::NotFound);
  EXPECT_THROW(uitnodigingen->inrichten("AAAA-BBBB-CCCC-DDDD"), service::NotFound);
}

TEST_P(UitnodigingenTest, PortalAndProfessionalUseCasesNeverMix) {
  if (!test_) GTEST_SKIP();
  auto lid_ctx = in_portaal(sam_, PersoonSoort::gezinslid, {PortaalRecht::plan_lezen});
  EXPECT_THROW(service::vereis_autorisatie(lid_ctx, "huishouden.lezen"), service::Forbidden);
  EXPECT_THROW(service::vereis_autorisatie(lid_ctx, "portaal.uitnodigen"), service::Forbidden);
  EXPECT_NO_THROW(service::vereis_autorisatie(lid_ctx, "portaal.accepteren"));
  EXPECT_THROW(service::vereis_autorisatie(regie(id_), "portaal.accepteren"), service::Forbidden);
}

TEST_P(UitnodigingenTest, TheMemberLogsInWithHisSecondFactorEachCodeOnce) {
  if (!test_) GTEST_SKIP();
  const auto uit = uitnodigingen->uitnodigen(regie(id_), id_, lid(sam_));
  const auto geheim = uitnodigingen->inrichten(uit.code).geheim;
  const auto herstel = uitnodigingen->accepteren(uit.code, {"sam", "een-lang-wachtwoord", totp_nu(geheim)});
  service::PortaalSessies portaal{omgeving(), {}};
  // The code that set up the account was spent; the app's next one works, once.
  EXPECT_THROW(portaal.inloggen("sam", "een-lang-wachtwoord", totp_nu(geheim), "10.0.0.1"),
               service::NotAuthenticated);
  tijd_ += std::chrono::seconds{30};
  EXPECT_THROW(portaal.inloggen("sam", "een-verkeerd-wachtwoord", totp_nu(geheim), "10.0.0.1"),
               service::NotAuthenticated);
  const auto inlog = portaal.inloggen("Sam", "een-lang-wachtwoord", totp_nu(geheim), "10.0.0.1");
  EXPECT_EQ(inlog.sessie.zekerheid, service::kZekerheidTotp);
  EXPECT_THROW(portaal.inloggen("sam", "een-lang-wachtwoord", totp_nu(geheim), "10.0.0.1"),
               service::NotAuthenticated);
  const auto sessie = portaal.sessie(inlog.token);
  ASSERT_TRUE(sessie);
  EXPECT_TRUE(portaal.csrf_klopt(*sessie, inlog.csrf_token));
  EXPECT_FALSE(portaal.csrf_klopt(*sessie, "iets-anders"));
  const auto profiel = portaal.profiel(*sessie);
  EXPECT_EQ(profiel.naam, "Sam");
  EXPECT_EQ(profiel.huishouden, "Gezin de Vries");
  EXPECT_EQ(profiel.rechten.size(), 3u);
  EXPECT_EQ(audit("portaal.inloggen", "gezinslid"), 1);

  // A recovery code instead of the app: once.
  const auto met_herstel = portaal.inloggen("sam", "een-lang-wachtwoord", herstel[3], "10.0.0.1");
  EXPECT_EQ(met_herstel.sessie.zekerheid, service::kZekerheidHerstelcode);
  EXPECT_THROW(portaal.inloggen("sam", "een-lang-wachtwoord", herstel[3], "10.0.0.1"),
               service::NotAuthenticated);

  // Idle for longer than a quarter of an hour, or logged out: the session is gone.
  portaal.uitloggen(*portaal.sessie(met_herstel.token));
  EXPECT_FALSE(portaal.sessie(met_herstel.token));
  tijd_ += std::chrono::minutes{16};
  EXPECT_FALSE(portaal.sessie(inlog.token));
  // A professional's session token is no portal session, and the other way round.
  EXPECT_FALSE(portaal.sessie("geen-token"));

  // The regisseur ends his access: the open session ends with it, and he cannot log in again.
  tijd_ += std::chrono::seconds{30};
  const auto weer = portaal.inloggen("sam", "een-lang-wachtwoord", totp_nu(geheim), "10.0.0.1");
  EXPECT_THROW(uitnodigingen->toegang_intrekken(als(manager_, {Gebruikersrol::manager}), id_, sam_),
               service::Forbidden);
  uitnodigingen->toegang_intrekken(regie(id_), id_, sam_);
  EXPECT_FALSE(portaal.sessie(weer.token));
  EXPECT_THROW(portaal.inloggen("sam", "een-lang-wachtwoord", herstel[5], "10.0.0.1"),
               service::NotAuthenticated);
  EXPECT_THROW(uitnodigingen->toegang_intrekken(regie(id_), id_, sam_), service::NotFound);
  EXPECT_TRUE(uitnodigingen->overzicht(regie(id_), id_).accounts.empty());
  EXPECT_NO_THROW(uitnodigingen->uitnodigen(regie(id_), id_, lid(sam_)));  // a new invitation is possible
}

TEST_P(UitnodigingenTest, TheMemberReadsThePlanInPlainTermsOnlyWithTheRight) {
  if (!test_) GTEST_SKIP();
  auto plan = plan_met_doel(regisseur_bplus_, vandaag());
  plan.doelen[0].acties.push_back(
      {"", "Zelf de post openmaken", Eigenaar{PersoonSoort::gezinslid, sam_}, plus_dagen(vandaag(), 7), {}});
  regisseurs->toewijzen(
      als(regisseur_bplus_), id_,
      {Rol::casus, PersoonSoort::medewerker, regisseur_bplus_, {{Leefgebied::jeugdhulp, {}}}});
  plannen->ondersteuningsplan_opslaan(regie(id_), id_, plan, std::nullopt);
  service::Portaal portaal{omgeving()};
  auto sam = in_portaal(sam_, PersoonSoort::gezinslid, {PortaalRecht::plan_lezen, PortaalRecht::reageren});
  const auto gelezen = portaal.plan(sam);
  EXPECT_TRUE(gelezen.vrijgegeven);
  EXPECT_EQ(gelezen.versie, 1);
  EXPECT_EQ(gelezen.eigen_woorden, "We willen rust in ons hoofd over geld.");
  ASSERT_EQ(gelezen.doelen.size(), 1u);
  ASSERT_EQ(gelezen.doelen[0].acties.size(), 2u);
  EXPECT_FALSE(gelezen.doelen[0].acties[0].van_mij);
  EXPECT_EQ(gelezen.doelen[0].acties[1].wie, "Sam");
  EXPECT_TRUE(gelezen.doelen[0].acties[1].van_mij);
  ASSERT_EQ(gelezen.regisseurs.size(), 1u);
  EXPECT_EQ(gelezen.regisseurs[0].naam, "Daan");
  EXPECT_EQ(gelezen.regisseurs[0].telefoon, "");  // not marked shareable
  EXPECT_EQ(gelezen.regisseurs[0].email, "");
  EXPECT_EQ(audit("portaal.plan_lezen", "gezinslid"), 1);
  service::Portaal zonder_recht{omgeving()};
  EXPECT_THROW(zonder_recht.eigen_actie(sam, gelezen.doelen[0].acties[1].id, true, 1), service::Forbidden);

  // He ticks off his own action, once for the version he read; not the professional's, and only with the
  // right.
  sam.actor.portaal->rechten.push_back(PortaalRecht::eigen_acties);
  const auto& eigen = gelezen.doelen[0].acties[1];
  portaal.eigen_actie(sam, eigen.id, true, eigen.status_versie);
  EXPECT_EQ(portaal.plan(sam).doelen[0].acties[1].status, ActieStatus::gedaan);
  EXPECT_THROW(portaal.eigen_actie(sam, eigen.id, false, eigen.status_versie), service::Conflict);
  EXPECT_THROW(portaal.eigen_actie(sam, gelezen.doelen[0].acties[0].id, true, 1), service::Forbidden);
  EXPECT_THROW(portaal.eigen_actie(sam, "onbekend", true, 1), service::NotFound);
  EXPECT_EQ(audit("portaal.eigen_actie", "gezinslid"), 1);

  // A network member who may only tick off his own actions reads no plan.
  auto oom = in_portaal("oom", PersoonSoort::netwerklid, {PortaalRecht::eigen_acties});
  EXPECT_THROW(portaal.plan(oom), service::Forbidden);

  // Under restricted sharing nothing of the plan, not even who the regisseurs are.
  auto t = taxatie_voor(2);
  t.signalen = {{SignaalType::stalking, false, std::nullopt, {}}};
  niveaus->taxatie_vastleggen(regie(id_), id_, t);
  const auto afgeschermd = portaal.plan(sam);
  EXPECT_FALSE(afgeschermd.vrijgegeven);
  EXPECT_TRUE(afgeschermd.doelen.empty());
  EXPECT_TRUE(afgeschermd.regisseurs.empty());
  EXPECT_FALSE(afgeschermd.versie);
  EXPECT_THROW(portaal.ondertekenen(sam, 1, "wachtwoord+totp"), service::NotFound);
  EXPECT_THROW(portaal.plan_pdf(sam), service::NotFound);

  // The regisseur releases version 1: now Sam reads it, without the name of a professional whose contact may
  // not be shared, and may sign it.
  EXPECT_THROW(plannen->ondersteuningsplan_vrijgeven(regie(id_), id_, 2), service::Conflict);
  EXPECT_THROW(plannen->ondersteuningsplan_vrijgeven(als(regisseur_b_), id_, 1), service::Forbidden);
  plannen->ondersteuningsplan_vrijgeven(regie(id_), id_, 1);
  EXPECT_THROW(plannen->ondersteuningsplan_vrijgeven(regie(id_), id_, 1), service::Conflict);  // once
  EXPECT_TRUE(plannen->ondersteuningsplan(regie(id_), id_, std::nullopt)->vrijgave);
  EXPECT_EQ(audit("ondersteuningsplan.vrijgeven", "regisseur"), 1);
  const auto vrij = portaal.plan(sam);
  EXPECT_TRUE(vrij.vrijgegeven);
  EXPECT_EQ(vrij.versie, 1);
  ASSERT_EQ(vrij.doelen.size(), 1u);
  ASSERT_EQ(vrij.regisseurs.size(), 1u);
  EXPECT_EQ(vrij.regisseurs[0].naam, "een hulpverlener");
  EXPECT_EQ(vrij.regisseurs[0].organisatie, "");
  EXPECT_FALSE(portaal.plan_pdf(sam).empty());
  portaal.ondertekenen(sam, 1, "wachtwoord+totp");

  // A new version stays hidden until it is released too.
  plannen->ondersteuningsplan_opslaan(regie(id_), id_, plan, 1);
  EXPECT_FALSE(portaal.plan(sam).vrijgegeven);
  EXPECT_THROW(portaal.eigen_actie(sam, eigen.id, false, 2), service::NotFound);
  plannen->ondersteuningsplan_vrijgeven(regie(id_), id_, 2);
  EXPECT_EQ(portaal.plan(sam).versie, 2);

  // Without restricted sharing there is nothing to release.
  const auto ander = huishouden_op_niveau(2);
  plannen->ondersteuningsplan_opslaan(regie(ander), ander, plan_met_doel(regisseur_bplus_, vandaag()),
                                      std::nullopt);
  EXPECT_THROW(plannen->ondersteuningsplan_vrijgeven(regie(ander), ander, 1), service::Conflict);
}

TEST_P(UitnodigingenTest, TheMembersSeeWhoViewedTheirFileInPlainWordsWithoutNames) {
  if (!test_) GTEST_SKIP();
  huishoudens->lezen(als(regisseur_bplus_), id_);
  service::Portaal portaal{omgeving()};
  auto sam = in_portaal(sam_, PersoonSoort::gezinslid, {PortaalRecht::plan_lezen});
  const auto log = portaal.inzage(sam, {1, 100});
  ASSERT_FALSE(log.items.empty());
  EXPECT_EQ(log.totaal, static_cast<std::int64_t>(log.items.size()));
  EXPECT_EQ(log.items[0].wie, "Een regisseur van Sociaal team Testdorp");  // the newest: Daan's read
  EXPECT_EQ(log.items[0].wat, "bekeek gegevens");
  for (const auto& regel : log.items) {
    for (const char* naam : {"Daan", "Cora", "Bram", "Iris"})
      EXPECT_EQ(regel.wie.find(naam), std::string::npos);
  }
  // The next read shows that Sam looked, as a member.
  EXPECT_EQ(portaal.inzage(sam, {1, 1}).items.at(0).wie, "Iemand uit uw gezin");

  auto oom = in_portaal("oom", PersoonSoort::netwerklid, {PortaalRecht::plan_lezen});
  EXPECT_THROW(portaal.inzage(oom, {1, 20}), service::Forbidden);

  // Under restricted sharing only the role.
  auto t = taxatie_voor(2);
  t.signalen = {{SignaalType::stalking, false, std::nullopt, {}}};
  niveaus->taxatie_vastleggen(regie(id_), id_, t);
  for (const auto& regel : portaal.inzage(sam, {1, 100}).items)
    EXPECT_EQ(regel.wie.find("Testdorp"), std::string::npos) << regel.wie;
}

TEST_P(UitnodigingenTest, AMemberSignsTheVersionHeReadAndANewVersionNeedsANewSignature) {
  if (!test_) GTEST_SKIP();
  plannen->ondersteuningsplan_opslaan(regie(id_), id_, plan_met_doel(regisseur_bplus_, vandaag()),
                                      std::nullopt);
  service::Portaal portaal{omgeving()};
  auto sam = in_portaal(sam_, PersoonSoort::gezinslid, {PortaalRecht::plan_lezen});
  portaal.ondertekenen(sam, 1, std::string{service::kZekerheidTotp});
  EXPECT_THROW(portaal.ondertekenen(sam, 1, std::string{service::kZekerheidTotp}), service::Conflict);
  auto gelezen = portaal.plan(sam);
  EXPECT_TRUE(gelezen.door_mij_ondertekend);
  ASSERT_EQ(gelezen.ondertekeningen.size(), 1u);
  EXPECT_EQ(gelezen.ondertekeningen[0].naam, "Sam");
  EXPECT_EQ(gelezen.ondertekeningen[0].wijze, "portaal");
  const auto rij = db().read([&](store::Tx& tx) {
    return tx.query_one("SELECT zekerheid, inhoud_hash FROM plan_ondertekening WHERE gezinslid_id = $1",
                        {sam_});
  });
  ASSERT_TRUE(rij);
  EXPECT_EQ(rij->text(0), "wachtwoord+totp");
  EXPECT_EQ(rij->text(1).size(), 64u);

  // Version 2: the old signature stays with version 1; version 1 can no longer be signed.
  auto nieuw = plannen->ondersteuningsplan(regie(id_), id_, std::nullopt)->record.plan;
  nieuw.eigen_woorden = "We willen rust en een eigen huis.";
  plannen->ondersteuningsplan_opslaan(regie(id_), id_, nieuw, 1);
  gelezen = portaal.plan(sam);
  EXPECT_FALSE(gelezen.door_mij_ondertekend);
  EXPECT_TRUE(gelezen.ondertekeningen.empty());
  EXPECT_THROW(portaal.ondertekenen(sam, 1, std::string{service::kZekerheidTotp}), service::Conflict);
  // The regisseur records Mila's signature on paper: marked as such, bound to the content as well.
  plannen->ondersteuningsplan_ondertekenen(regie(id_), id_, 2, mila_);
  gelezen = portaal.plan(sam);
  ASSERT_EQ(gelezen.ondertekeningen.size(), 1u);
  EXPECT_EQ(gelezen.ondertekeningen[0].wijze, "papier");
  portaal.ondertekenen(sam, 2, std::string{service::kZekerheidHerstelcode});
  EXPECT_EQ(portaal.plan(sam).ondertekeningen.size(), 2u);
  // After a signature in the portal the regisseur still records another member's on paper.
  nieuw.eigen_woorden = "Versie drie.";
  plannen->ondersteuningsplan_opslaan(regie(id_), id_, nieuw, 2);
  portaal.ondertekenen(sam, 3, std::string{service::kZekerheidTotp});
  plannen->ondersteuningsplan_ondertekenen(regie(id_), id_, 3, mila_);
  EXPECT_THROW(plannen->ondersteuningsplan_ondertekenen(regie(id_), id_, 3, sam_), service::Conflict);
  EXPECT_EQ(portaal.plan(sam).ondertekeningen.size(), 2u);
  // The regisseur reads both with the plan: the portal one with its assurance, the paper one without.
  const auto lezing = plannen->ondersteuningsplan(regie(id_), id_, std::nullopt);
  ASSERT_EQ(lezing->ondertekeningen.size(), 2u);
  for (const auto& o : lezing->ondertekeningen) {
    EXPECT_EQ(o.wijze, o.gezinslid_id == sam_ ? "portaal" : "papier");
    EXPECT_EQ(o.zekerheid, o.gezinslid_id == sam_ ? "wachtwoord+totp" : "");
  }

  auto oom = in_portaal("oom", PersoonSoort::netwerklid, {PortaalRecht::plan_lezen});
  EXPECT_THROW(portaal.ondertekenen(oom, 2, std::string{service::kZekerheidTotp}), service::Forbidden);
}

TEST_P(UitnodigingenTest, TheMemberSeesHisSessionsAndEndsThem) {
  if (!test_) GTEST_SKIP();
  const auto herstel = account(lid(sam_), "sam");
  service::PortaalSessies portaal{omgeving(), {}};
  const auto telefoon = portaal.inloggen("sam", "een-lang-wachtwoord", herstel[0], "10.0.0.1");
  const auto laptop = portaal.inloggen("sam", "een-lang-wachtwoord", herstel[1], "10.0.0.2");
  const auto bieb = portaal.inloggen("sam", "een-lang-wachtwoord", herstel[2], "10.0.0.3");
  const auto hier = *portaal.sessie(telefoon.token);
  auto lijst = portaal.sessies(hier);
  ASSERT_EQ(lijst.size(), 3u);
  EXPECT_EQ(std::ranges::count_if(lijst, [](const auto& s) { return s.huidig; }), 1);
  EXPECT_EQ(lijst[0].zekerheid, service::kZekerheidHerstelcode);
  for (const auto& s : lijst) EXPECT_EQ(s.id.size(), 26u);

  // He ends the one at the library by its id; then every other one but this.
  const auto bieb_id = std::ranges::find_if(lijst, [&](const auto& s) { return !s.huidig; })->id;
  portaal.beeindigen(hier, bieb_id);
  EXPECT_THROW(portaal.beeindigen(hier, bieb_id), service::NotFound);
  EXPECT_EQ(portaal.sessies(hier).size(), 2u);
  EXPECT_EQ(portaal.andere_beeindigen(hier), 1);
  EXPECT_FALSE(portaal.sessie(laptop.token));
  EXPECT_FALSE(portaal.sessie(bieb.token));
  ASSERT_TRUE(portaal.sessie(telefoon.token));
  EXPECT_EQ(portaal.sessies(hier).size(), 1u);
  EXPECT_EQ(audit("portaal.sessie_beeindigen", "gezinslid"), 1);
  EXPECT_EQ(audit("portaal.sessies_beeindigen", "gezinslid"), 1);

  // Another account's session is not his to end.
  const auto oma =
      huishoudens->netwerklid_toevoegen(regie(id_), id_, {"Oma Riet", "grootmoeder", "06-12345678"});
  const auto oma_codes = account(netwerklid(oma, {PortaalRecht::plan_lezen}), "oma");
  const auto van_oma = portaal.inloggen("oma", "een-lang-wachtwoord", oma_codes[0], "10.0.0.4");
  const auto oma_sessie = *portaal.sessie(van_oma.token);
  EXPECT_THROW(portaal.beeindigen(hier, portaal.sessies(oma_sessie).at(0).id), service::NotFound);
  EXPECT_TRUE(portaal.sessie(van_oma.token));
}

TEST_P(UitnodigingenTest, AMemberOfSixteenWithdrawsANetworkMembersAccess) {
  if (!test_) GTEST_SKIP();
  account(lid(sam_), "sam");
  gezag(lotte_, {mila_});
  auto met_ouder = lid(lotte_);
  met_ouder.ouder_id = mila_;
  account(met_ouder, "lotte");
  const auto oma =
      huishoudens->netwerklid_toevoegen(regie(id_), id_, {"Oma Riet", "grootmoeder", "06-12345678"});
  const auto oom = huishoudens->netwerklid_toevoegen(regie(id_), id_, {"Oom Kees", "oom", ""});
  const auto oma_herstel =
      account(netwerklid(oma, {PortaalRecht::plan_lezen, PortaalRecht::reageren}), "oma");
  uitnodigingen->uitnodigen(regie(id_), id_,
                            netwerklid(oom, {PortaalRecht::plan_lezen}));  // invited, not yet accepted
  service::PortaalSessies sessies{omgeving(), {}};
  const auto oma_inlog = sessies.inloggen("oma", "een-lang-wachtwoord", oma_herstel[0], "10.0.0.1");

  service::Portaal portaal{omgeving()};
  const auto sam = in_portaal(sam_, PersoonSoort::gezinslid, {PortaalRecht::plan_lezen});
  auto lijst = portaal.netwerk(sam);
  ASSERT_EQ(lijst.size(), 2u);
  EXPECT_EQ(lijst[0].naam, "Oma Riet");
  EXPECT_FALSE(lijst[0].uitgenodigd);
  EXPECT_EQ(lijst[0].rechten.size(), 2u);
  EXPECT_EQ(lijst[1].naam, "Oom Kees");
  EXPECT_TRUE(lijst[1].uitgenodigd);

  // Not Lotte (14, with her mother), not a network member, not for a member of the household.
  EXPECT_THROW(portaal.netwerk(in_portaal(lotte_, PersoonSoort::gezinslid, {PortaalRecht::plan_lezen})),
               service::Forbidden);
  EXPECT_THROW(portaal.netwerk_intrekken(in_portaal(oma, PersoonSoort::netwerklid, {}), oom),
               service::Forbidden);
  EXPECT_THROW(portaal.netwerk_intrekken(sam, mila_), service::NotFound);

  // Sam withdraws Oma's access (her session ends with it) and Oom's invitation.
  portaal.netwerk_intrekken(sam, oma);
  EXPECT_FALSE(sessies.sessie(oma_inlog.token));
  EXPECT_THROW(sessies.inloggen("oma", "een-lang-wachtwoord", oma_herstel[1], "10.0.0.1"),
               service::NotAuthenticated);
  portaal.netwerk_intrekken(sam, oom);
  EXPECT_TRUE(portaal.netwerk(sam).empty());
  EXPECT_THROW(portaal.netwerk_intrekken(sam, oom), service::NotFound);
  EXPECT_EQ(audit("portaal.netwerk_intrekken", "gezinslid"), 2);
}

REGIE_SERVICE_BACKENDS(UitnodigingenTest);

}  // namespace
}  // namespace regie::testing
