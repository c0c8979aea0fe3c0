// /metrics over HTTP with the real `regie` executable (issues "identity and administration" and "the read
// path at national scale"): absent unless the operator gives a token file; then only that bearer token reads
// it — not a session of any role; the figures count requests per route pattern (never an id from the path),
// failed logins by kind, the database pool and group commit, and the process's own memory and CPU.

#include <gtest/gtest.h>

#include <fstream>

#include "support/api_klant.hpp"
#include "support/process.hpp"

namespace regie::testing {
namespace {

constexpr const char* kToken = "metrics-token-voor-de-test-0123456789abcdef";

bool heeft_regel(const std::string& tekst, const std::string& begin) {
  return tekst.find("\n" + begin) != std::string::npos;
}

HttpResponse metrics(unsigned short port, const std::string& token) {
  std::vector<std::pair<std::string, std::string>> headers;
  if (!token.empty()) headers.emplace_back("Authorization", "Bearer " + token);
  return HttpConnection{port}.request("GET", "/metrics", {}, "application/json", headers);
}

std::string token_bestand(const TempDir& map, const std::string& token) {
  const auto pad = map.path() + "/metrics-token";
  std::ofstream{pad} << token << "\n";
  return pad;
}

TEST(Metrics, WithoutATokenFileThereIsNoMetricsUrl) {
  ServerProcess server;
  EXPECT_EQ(metrics(server.port(), "").status, 404);
  EXPECT_EQ(metrics(server.port(), kToken).status, 404);
}

TEST(Metrics, OnlyTheTokenReadsTheFiguresAndTheyCountPerRoutePatternWithoutIds) {
  TempDir map;
  ServerProcess server{
      ServerOpties{true, std::nullopt, {"--metrics-token-bestand", token_bestand(map, kToken)}, {}}};

  auto r = metrics(server.port(), "");
  EXPECT_EQ(r.status, 401);
  EXPECT_EQ(r.header("www-authenticate"), "Bearer");
  EXPECT_EQ(r.header("content-type"), "application/problem+json");
  EXPECT_EQ(metrics(server.port(), std::string{kToken} + "x").status, 401);
  // A session is no key, not even the beheerder's.
  ApiKlant henk{server.port()};
  ASSERT_EQ(henk.inloggen("henk").status, 201);
  EXPECT_EQ(henk.get("/metrics").status, 401);

  // Traffic to count: a known route, a household id in the path, an unknown path, a failed login.
  EXPECT_EQ(http_request(server.port(), "GET", "/healthz").status, 200);
  ApiKlant fatima{server.port()};
  ASSERT_EQ(fatima.inloggen("fatima").status, 201);
  EXPECT_EQ(fatima.get("/api/v1/huishoudens/id-dat-niet-bestaat-0042").status, 404);
  EXPECT_EQ(http_request(server.port(), "GET", "/api/v1/pad-dat-niet-bestaat-0042").status, 404);
  EXPECT_EQ(ApiKlant{server.port()}.inloggen("fatima", "fout-wachtwoord").status, 401);

  r = metrics(server.port(), kToken);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.header("content-type"), "text/plain; version=0.0.4; charset=utf-8");
  const auto& t = r.body;
  EXPECT_TRUE(heeft_regel(t, "regie_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 1"))
      << t;
  EXPECT_TRUE(heeft_regel(t,
                          "regie_http_requests_total{method=\"GET\",route=\"/api/v1/huishoudens/"
                          "{huishoudenId}\",status=\"404\"} 1"))
      << t;
  EXPECT_TRUE(
      heeft_regel(t, "regie_http_requests_total{method=\"GET\",route=\"(geen route)\",status=\"404\"}"))
      << t;
  EXPECT_TRUE(
      heeft_regel(t, "regie_http_requests_total{method=\"POST\",route=\"/api/v1/sessies\",status=\"401\"} 1"))
      << t;
  EXPECT_EQ(t.find("0042"), std::string::npos) << "een id of pad uit een verzoek staat in de metrieken";
  EXPECT_TRUE(heeft_regel(
      t, "regie_http_request_duration_seconds_bucket{method=\"GET\",route=\"/healthz\",le=\"+Inf\"} 1"))
      << t;
  EXPECT_TRUE(heeft_regel(t, "regie_logins_failed_total{via=\"wachtwoord\"} 1")) << t;
  EXPECT_TRUE(heeft_regel(t, "regie_db_connections{backend=\"sqlite\",opslag=\"data\"} ")) << t;
  EXPECT_TRUE(heeft_regel(t, "regie_db_connections_in_use{backend=\"sqlite\",opslag=\"data\"} 0")) << t;
  EXPECT_TRUE(heeft_regel(t, "regie_db_connections{backend=\"sqlite\",opslag=\"logboek\"} ")) << t;
  EXPECT_TRUE(heeft_regel(t, "regie_db_group_commit_size_count{opslag=\"data\"} ")) << t;
  EXPECT_TRUE(heeft_regel(t, "regie_db_group_commit_size_count{opslag=\"logboek\"} ")) << t;
  EXPECT_TRUE(heeft_regel(t, "regie_db_write_queue{opslag=\"data\"} 0")) << t;
  EXPECT_TRUE(heeft_regel(t, "regie_db_write_queue{opslag=\"logboek\"} 0")) << t;
  EXPECT_TRUE(heeft_regel(t, "process_resident_memory_bytes ")) << t;
  EXPECT_TRUE(heeft_regel(t, "process_cpu_seconds_total ")) << t;
}

TEST(Metrics, AShortTokenStopsTheServerWithAClearMessage) {
  TempDir map;
  const auto r = run_process({REGIE_BINARY, "serve", "--port", "0", "--data-dir", map.path() + "/data",
                              "--metrics-token-bestand", token_bestand(map, "kort")});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("metrics-token is te kort"), std::string::npos) << r.err;
  const auto weg = run_process({REGIE_BINARY, "serve", "--port", "0", "--data-dir", map.path() + "/data",
                                "--metrics-token-bestand", map.path() + "/bestaat-niet"});
  EXPECT_NE(weg.exit_code, 0);
  EXPECT_NE(weg.err.find("niet te lezen"), std::string::npos) << weg.err;
}

}  // namespace
}  // namespace regie::testing
