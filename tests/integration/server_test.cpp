// The real server on a loopback port: routes, problem+json, limits, keep-alive, timeouts and the
// graceful shutdown.

#include <signal.h>

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <filesystem>
#include <thread>

#include "support/http_client.hpp"
#include "support/process.hpp"

namespace regie::testing {
namespace {

namespace json = boost::json;
using namespace std::chrono_literals;

const std::string kNiveau1 =
    R"({"draagkracht":"in_balans","zelfredzaamheid":"volledig","basiszorgToereikend":true,
  "veiligheid":"veilig","ketenoverstijgendNodig":false,"escalatie":"geen"})";
const std::string kNiveau3 = R"({"draagkracht":"deels_uit_balans","zelfredzaamheid":"beperkt",
  "basiszorgToereikend":false,"veiligheid":"signalen","ketenoverstijgendNodig":false,"escalatie":"geen",
  "huidigNiveau":4,"signalen":[{"type":"stalking","acuut":true},{"type":"complexe_scheiding","glaslFase":3}]})";
const std::string kNiveau5 = R"({"draagkracht":"volledig_uit_balans","zelfredzaamheid":"niet",
  "basiszorgToereikend":false,"veiligheid":"onveilig_omgeving","ketenoverstijgendNodig":true,
  "escalatie":"actueel","huidigNiveau":5,"stagnatieSamenwerking":"inhoud"})";

void expect_problem(const HttpResponse& r, int status) {
  EXPECT_EQ(r.status, status);
  EXPECT_EQ(r.header("content-type"), "application/problem+json");
  EXPECT_EQ(r.header("api-version"), "1.0.0");
  const auto body = json::parse(r.body).as_object();
  EXPECT_EQ(body.at("status").as_int64(), status);
  EXPECT_FALSE(body.at("title").as_string().empty());
  EXPECT_FALSE(body.at("detail").as_string().empty());
}

// One server with the demo data and an integration token for the whole suite.
class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    gedeeld_ = new ServerProcess(ServerOpties{true, std::nullopt, {}, {}});
    std::vector<std::string> args{REGIE_BINARY, "token", "aanmaken", "--gemeente", "Zuiderveen",
                                  "--naam",     "test",  "--scope",  "adviezen"};
    for (const auto& a : gedeeld_->database_args()) args.push_back(a);
    const auto r = run_process(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    token_ = r.out.substr(0, r.out.find('\n'));
  }
  static void TearDownTestSuite() {
    delete gedeeld_;
    gedeeld_ = nullptr;
  }

  // POST /api/v1/adviezen with the integration token.
  HttpResponse advies(const std::string& body, std::string_view content_type = "application/json") {
    HttpConnection c{server_.port()};
    return c.request("POST", "/api/v1/adviezen", body, content_type, {{"Authorization", "Bearer " + token_}});
  }

  static inline ServerProcess* gedeeld_ = nullptr;
  static inline std::string token_;
  ServerProcess& server_ = *gedeeld_;
};

TEST_F(ServerTest, Healthz) {
  const auto r = http_request(server_.port(), "GET", "/healthz");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.header("content-type"), "application/json");
  EXPECT_EQ(r.header("api-version"), "1.0.0");
  EXPECT_EQ(json::parse(r.body).at("status").as_string(), "ok");
  const auto head = http_request(server_.port(), "HEAD", "/healthz");
  EXPECT_EQ(head.status, 200);
  EXPECT_TRUE(head.body.empty());
}

// Readiness on a working database: 200 (a broken one gives 503: tests/api/database_storing_test.cpp).
TEST_F(ServerTest, ReadyzWhileTheDatabaseAnswers) {
  const auto r = http_request(server_.port(), "GET", "/readyz");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(json::parse(r.body).at("status").as_string(), "gereed");
}

TEST_F(ServerTest, AdviceOverHttpEqualsTheCommandLine) {
  for (const auto& taxatie : {kNiveau1, kNiveau3, kNiveau5}) {
    const auto r = advies(taxatie);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.header("api-version"), "1.0.0");
    EXPECT_EQ(r.header("cache-control"), "no-store");
    const auto cli = run_process({REGIE_BINARY, "advies"}, taxatie);
    EXPECT_EQ(json::parse(r.body), json::parse(cli.out));
  }
}

TEST_F(ServerTest, AdviceCases) {
  const auto drie = json::parse(advies(kNiveau3).body).as_object();
  EXPECT_EQ(drie.at("niveau").as_int64(), 3);
  EXPECT_EQ(drie.at("richting").as_string(), "afschalen");
  EXPECT_TRUE(drie.at("nazorgafspraakVereist").as_bool());
  EXPECT_EQ(drie.at("maatregelen").as_array().at(0).at("code").as_string(), "politie_direct");
  // Not yet to level 2: the signals still count (DOMAIN.md §4.3).
  const auto& nog_niet = drie.at("nogNietAfschalen");
  EXPECT_EQ(nog_niet.at("naar").as_int64(), 2);
  EXPECT_EQ(nog_niet.at("voorwaarden").as_array().at(0).at("code").as_string(), "veilig");

  const auto vijf = json::parse(advies(kNiveau5).body).as_object();
  EXPECT_EQ(vijf.at("niveau").as_int64(), 5);
  EXPECT_EQ(vijf.at("richting").as_string(), "gelijk");
  EXPECT_TRUE(vijf.at("opschalenNaarManager").as_bool());
  EXPECT_EQ(vijf.at("waarschuwingen").as_array().at(0).at("code").as_string(), "geen_verdere_opschaling");
}

TEST_F(ServerTest, InvalidInputIsAProblemWithInvalidParams) {
  const auto r = advies(R"({"draagkracht":"in_balans","veiligheid":"veilig","veiligheid":"signalen"})");
  expect_problem(r, 400);
  const auto params = json::parse(r.body).at("invalidParams").as_array();
  ASSERT_EQ(params.size(), 1u);
  EXPECT_EQ(params[0].at("name").as_string(), "veiligheid");

  const auto many = advies(R"({"escalatie":"heel erg"})");
  expect_problem(many, 400);
  EXPECT_EQ(json::parse(many.body).at("invalidParams").as_array().size(), 6u);

  expect_problem(advies("{nope"), 400);
  expect_problem(advies(kNiveau1, "text/plain"), 415);
}

TEST_F(ServerTest, AdviceNeedsALoginOrAToken) {
  expect_problem(http_request(server_.port(), "POST", "/api/v1/adviezen", kNiveau1), 401);
  HttpConnection c{server_.port()};
  expect_problem(c.request("POST", "/api/v1/adviezen", kNiveau1, "application/json",
                           {{"Authorization", "Bearer onzin"}}),
                 401);
}

TEST_F(ServerTest, UnknownPathAndWrongMethod) {
  expect_problem(http_request(server_.port(), "GET", "/api/v1/onbekend"), 404);
  expect_problem(http_request(server_.port(), "GET", "/api/v1/adviezen/"), 404);
  const auto r = http_request(server_.port(), "PUT", "/api/v1/adviezen", kNiveau1);
  expect_problem(r, 405);
  EXPECT_EQ(r.header("allow"), "POST");
}

TEST_F(ServerTest, BodyOverTheLimitIs413) {
  const std::string groot(2 * 1024 * 1024, ' ');
  HttpConnection connection{server_.port()};
  const auto r = connection.request("POST", "/api/v1/adviezen", groot);
  expect_problem(r, 413);
  EXPECT_FALSE(r.keep_alive);
  EXPECT_TRUE(connection.closed_by_server());
  EXPECT_EQ(http_request(server_.port(), "GET", "/healthz").status, 200);  // the server carries on
}

TEST_F(ServerTest, Expect100ContinueOverTheLimitIsRefusedBeforeTheBody) {
  HttpConnection connection{server_.port()};
  connection.send_raw(
      "POST /api/v1/adviezen HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Content-Length: 5000000\r\nExpect: 100-continue\r\n\r\n");
  const auto r = connection.read_response();
  ASSERT_TRUE(r);
  expect_problem(*r, 413);
}

TEST_F(ServerTest, Expect100ContinueWithinTheLimit) {
  HttpConnection connection{server_.port()};
  connection.send_raw(
      "POST /api/v1/adviezen HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: "
      "Bearer " +
      token_ + "\r\nContent-Length: " + std::to_string(kNiveau1.size()) + "\r\nExpect: 100-continue\r\n\r\n");
  const auto proceed = connection.read_response();
  ASSERT_TRUE(proceed);
  EXPECT_EQ(proceed->status, 100);
  connection.send_raw(kNiveau1);
  const auto r = connection.read_response();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
}

TEST_F(ServerTest, HeadersOverTheLimitAre431) {
  HttpConnection connection{server_.port()};
  connection.send_raw("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Vulling: " + std::string(20000, 'a') +
                      "\r\n\r\n");
  const auto r = connection.read_response();
  ASSERT_TRUE(r);
  expect_problem(*r, 431);
}

TEST_F(ServerTest, MalformedRequestIs400) {
  HttpConnection connection{server_.port()};
  connection.send_raw("DIT IS GEEN HTTP\r\n\r\n");
  const auto r = connection.read_response();
  ASSERT_TRUE(r);
  expect_problem(*r, 400);
}

TEST_F(ServerTest, KeepAliveServesSeveralRequestsOnOneConnection) {
  HttpConnection connection{server_.port()};
  for (int i = 0; i < 5; ++i) {
    const auto r = connection.request("POST", "/api/v1/adviezen", kNiveau3, "application/json",
                                      {{"Authorization", "Bearer " + token_}});
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.keep_alive);
  }
  EXPECT_EQ(connection.request("GET", "/healthz").status, 200);
}

TEST(ServerTimeouts, SlowRequestAndIdleConnectionAreClosed) {
  ServerProcess server{std::vector<std::string>{"--read-timeout", "1"}};
  HttpConnection slow{server.port()};
  slow.send_raw("GET /healthz HTTP/1.1\r\nHost: x\r\n");  // never finishes its header
  const auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(slow.closed_by_server());
  EXPECT_LT(std::chrono::steady_clock::now() - start, 10s);  // by the read timeout, not the client's

  HttpConnection idle{server.port()};
  EXPECT_EQ(idle.request("GET", "/healthz").status, 200);
  EXPECT_TRUE(idle.closed_by_server());  // after the keep-alive wait, without a response
  EXPECT_EQ(http_request(server.port(), "GET", "/healthz").status, 200);
}

TEST(ServerShutdown, SigtermClosesIdleConnectionsAndExitsCleanly) {
  ServerProcess server;
  HttpConnection idle{server.port()};
  EXPECT_EQ(idle.request("GET", "/healthz").status, 200);
  server.signal(SIGTERM);
  EXPECT_EQ(server.wait(5s), 0);
  EXPECT_TRUE(idle.closed_by_server());
  EXPECT_NE(server.output().find("gestopt"), std::string::npos);
}

TEST(ServerShutdown, RequestInFlightIsFinishedBeforeExit) {
  ServerProcess server;
  HttpConnection connection{server.port()};
  // A login with an unknown account: any complete answer shows the request was finished.
  const std::string body = R"({"gebruikersnaam":"niemand","wachtwoord":"onjuist-wachtwoord"})";
  const std::string head =
      "POST /api/v1/sessies HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Content-Length: " +
      std::to_string(body.size()) + "\r\n\r\n";
  connection.send_raw(head + body.substr(0, 20));
  std::this_thread::sleep_for(200ms);  // the server has the header: the request is in flight
  server.signal(SIGINT);
  std::this_thread::sleep_for(200ms);
  EXPECT_EQ(server.wait(0ms), -1);  // still running for the request in flight
  connection.send_raw(body.substr(20));
  const auto r = connection.read_response();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 401);
  EXPECT_FALSE(r->keep_alive);  // shutting down: the connection closes after this response
  EXPECT_EQ(json::parse(r->body).at("detail").as_string(),
            "De combinatie van gebruikersnaam en wachtwoord is onjuist.");
  EXPECT_EQ(server.wait(5s), 0);
}

TEST(ServerStart, PortInUseIsAClearFailure) {
  ServerProcess first;
  TempDir dir;
  const auto r =
      run_process({REGIE_BINARY, "serve", "--port", std::to_string(first.port()), "--data-dir", dir.path()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("kan niet luisteren"), std::string::npos) << r.err;
}

TEST(ServerStart, PortFromTheEnvironmentAndDataDirOnlyForTheOwner) {
  TempDir dir;
  const std::string data = dir.path() + "/gegevens";
  ServerProcess server{{"--data-dir", data},
                       {"REGIE_PORT=1"}};  // the flag --port 0 wins over the environment
  EXPECT_NE(server.port(), 1);
  const auto perms = std::filesystem::status(data).permissions();
  EXPECT_EQ(perms & std::filesystem::perms::all, std::filesystem::perms::owner_all);
}

}  // namespace
}  // namespace regie::testing
