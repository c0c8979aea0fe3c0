// Mail about notifications through a real mail server on loopback (tests/support/nep_smtp.hpp): the command
// `regie meldingen mailen` and the server's own periodic round, with libcurl speaking SMTP. The demo gemeente
// has unread notifications for staff with an account and an address.

#include <gtest/gtest.h>

#include <regex>

#include "store/database.hpp"
#include "support/api_klant.hpp"
#include "support/nep_smtp.hpp"
#include "support/process.hpp"

namespace regie::testing {
namespace {

RunResult regie(std::vector<std::string> args) {
  args.insert(args.begin(), REGIE_BINARY);
  return run_process(args);
}

int verstuurd(const std::string& uitvoer) {
  std::smatch m;
  return std::regex_search(uitvoer, m, std::regex{R"((\d+) e-mail\(s\) verstuurd)"}) ? std::stoi(m[1]) : -1;
}

class MeldingsmailCli : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_EQ(regie({"demo", "--data-dir", dir_.path()}).exit_code, 0); }
  RunResult mailen(const NepSmtp& smtp) {
    return regie({"meldingen", "mailen", "--data-dir", dir_.path(), "--smtp-url", smtp.url(),
                  "--smtp-afzender", "regie@zuiderveen.example", "--adres",
                  "https://regie.zuiderveen.example"});
  }
  std::vector<std::string> namen_in_dossiers() {
    const auto db = store::open_database({dir_.path(), "", 1});
    return db->read([](store::Tx& tx) {
      std::vector<std::string> namen;
      for (const auto& r : tx.query("SELECT naam FROM huishouden UNION SELECT achternaam FROM gezinslid", {}))
        namen.push_back(r.text(0));
      return namen;
    });
  }
  TempDir dir_;
};

TEST_F(MeldingsmailCli, EachRecipientGetsOneMailThatNamesNoHousehold) {
  NepSmtp smtp;
  const auto r = mailen(smtp);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto mails = smtp.mails();
  ASSERT_GE(mails.size(), 1u) << r.out;
  EXPECT_EQ(verstuurd(r.out), static_cast<int>(mails.size()));
  const auto namen = namen_in_dossiers();
  ASSERT_FALSE(namen.empty());
  std::set<std::string> ontvangers;
  for (const auto& mail : mails) {
    EXPECT_EQ(mail.van, "regie@zuiderveen.example");
    ASSERT_EQ(mail.aan.size(), 1u);
    EXPECT_TRUE(ontvangers.insert(mail.aan[0]).second) << "twee mails aan dezelfde ontvanger";
    EXPECT_NE(mail.inhoud.find("To: <" + mail.aan[0] + ">\r\n"), std::string::npos);
    EXPECT_NE(mail.inhoud.find("Subject: Er staat iets voor u klaar in Regie\r\n"), std::string::npos);
    EXPECT_NE(mail.inhoud.find("Content-Type: text/plain; charset=UTF-8\r\n"), std::string::npos);
    EXPECT_NE(mail.inhoud.find("Log in op https://regie.zuiderveen.example om te zien"), std::string::npos);
    for (const auto& naam : namen) EXPECT_EQ(mail.inhoud.find(naam), std::string::npos) << naam;
  }
  // Covered: the next round has nothing to say.
  const auto opnieuw = mailen(smtp);
  EXPECT_EQ(opnieuw.exit_code, 0) << opnieuw.err;
  EXPECT_EQ(verstuurd(opnieuw.out), 0);
  EXPECT_EQ(smtp.mails().size(), mails.size());
}

TEST_F(MeldingsmailCli, ARefusedMailGoesWithTheNextRound) {
  NepSmtp weigert{true};
  const auto mislukt = mailen(weigert);
  EXPECT_EQ(mislukt.exit_code, 1);
  EXPECT_NE(mislukt.err.find("niet verstuurd"), std::string::npos) << mislukt.err;
  EXPECT_EQ(mislukt.err.find("@"), std::string::npos)
      << "het adres hoort niet in de uitvoer: " << mislukt.err;
  EXPECT_TRUE(weigert.mails().empty());
  NepSmtp smtp;
  const auto gelukt = mailen(smtp);
  EXPECT_EQ(gelukt.exit_code, 0) << gelukt.err;
  EXPECT_GE(smtp.mails().size(), 1u);
}

TEST(MeldingsmailConfig, AMailServerThatCannotWorkIsAClearError) {
  TempDir dir;
  const auto zonder = regie({"meldingen", "mailen", "--data-dir", dir.path()});
  EXPECT_EQ(zonder.exit_code, 2);
  EXPECT_NE(zonder.err.find("geen mailserver"), std::string::npos) << zonder.err;
  const auto http = regie({"meldingen", "mailen", "--data-dir", dir.path(), "--smtp-url",
                           "http://mail.example", "--smtp-afzender", "regie@example.nl"});
  EXPECT_EQ(http.exit_code, 2);
  EXPECT_NE(http.err.find("smtp://"), std::string::npos) << http.err;
  const auto afzender = regie({"serve", "--data-dir", dir.path(), "--smtp-url", "smtp://127.0.0.1:1"});
  EXPECT_EQ(afzender.exit_code, 2);
  EXPECT_NE(afzender.err.find("afzenderadres"), std::string::npos) << afzender.err;
}

TEST(MeldingsmailServer, TheServerMailsByItselfAndOffersTheChoice) {
  NepSmtp smtp;
  ServerProcess server{ServerOpties{
      true, std::nullopt, {"--smtp-url", smtp.url(), "--smtp-afzender", "regie@zuiderveen.example"}, {}}};
  EXPECT_GE(smtp.mails(1, std::chrono::seconds{20}).size(), 1u) << server.output();
  EXPECT_NE(server.output().find("E-mail bij meldingen: aan"), std::string::npos);

  ApiKlant k{server.port()};
  ASSERT_EQ(k.inloggen("fatima").status, 201);
  auto r = k.get("/api/v1/mij/meldingen/instellingen");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json_van(r).at("mailMogelijk"), true);
  EXPECT_EQ(json_van(r).at("emailBekend"), true);
  EXPECT_EQ(json_van(r).at("mailBijMelding"), true);
  r = k.put("/api/v1/mij/meldingen/instellingen", {{"mailBijMelding", false}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json_van(r).at("mailBijMelding"), false);
  EXPECT_EQ(json_van(k.get("/api/v1/mij/meldingen/instellingen")).at("mailBijMelding"), false);
  r = k.put("/api/v1/mij/meldingen/instellingen", {{"mailBijMelding", "ja"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("mailBijMelding"), std::string::npos) << r.body;
}

}  // namespace
}  // namespace regie::testing
