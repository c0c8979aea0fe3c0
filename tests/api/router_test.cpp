// Routing, path patterns, the standard headers and problem+json, without a socket or a database.

#include "api/router.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "api/json_response.hpp"
#include "service/errors.hpp"

namespace regie::api {
namespace {

namespace json = boost::json;

http::Request verzoek(std::string method, std::string path, std::string query = {}) {
  http::Request r;
  r.method = std::move(method);
  r.path = std::move(path);
  r.query = std::move(query);
  return r;
}

json::object problem_body(const http::Response& r) {
  EXPECT_EQ(r.header("content-type"), "application/problem+json");
  auto o = json::parse(r.body).as_object();
  EXPECT_EQ(o.at("status").as_int64(), r.status);
  EXPECT_TRUE(o.contains("type"));
  EXPECT_FALSE(o.at("title").as_string().empty());
  EXPECT_FALSE(o.at("detail").as_string().empty());
  return o;
}

class RouterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    router_.add("GET", "/healthz", Toegang::openbaar, [](Verzoek&) {
      return json_response(200, json::object{{"status", "ok"}});
    });
    router_.add("POST", "/api/v1/dingen", Toegang::openbaar,
                [](Verzoek&) { return json_response(201, json::object{}); });
    router_.add("GET", "/api/v1/dingen/{dingId}/delen/{deelId}", Toegang::openbaar, [](Verzoek& v) {
      return json_response(200, json::object{{"ding", v.param("dingId")},
                                             {"deel", v.param("deelId")},
                                             {"q", v.query_tekst("zoek").value_or("")},
                                             {"p", v.pagina().nummer}});
    });
    router_.add("GET", "/api/v1/dingen/{dingId}", Toegang::openbaar, [](Verzoek& v) {
      return json_response(200, json::object{{"ding", v.param("dingId")}});
    });
    router_.add("POST", "/api/v1/dingen/_zoek", Toegang::openbaar,
                [](Verzoek&) { return json_response(200, json::object{}); });
    router_.add("GET", "/api/v1/geheim", Toegang::sessie,
                [](Verzoek&) { return json_response(200, json::object{}); });
    router_.add("GET", "/api/v1/nietgevonden", Toegang::openbaar,
                [](Verzoek&) -> http::Response { throw service::NotFound("Dit huishouden bestaat niet."); });
    router_.add("GET", "/api/v1/kapot", Toegang::openbaar,
                [](Verzoek&) -> http::Response { throw std::runtime_error("geheim: BSN 123456782"); });
  }
  Router router_{nullptr, {}};
};

TEST_F(RouterTest, StandardHeadersOnEveryResponse) {
  for (const char* path : {"/healthz", "/bestaat/niet", "/api/v1/kapot"}) {
    const auto r = router_.handle(verzoek("GET", path));
    EXPECT_EQ(r.header("api-version"), kApiVersion) << path;
    EXPECT_EQ(r.header("cache-control"), "no-store") << path;
    EXPECT_EQ(r.header("x-content-type-options"), "nosniff") << path;
  }
}

TEST_F(RouterTest, PathParametersAndQuery) {
  const auto r = router_.handle(verzoek("GET", "/api/v1/dingen/abc/delen/x7", "zoek=de%20Vries&pagina=3"));
  ASSERT_EQ(r.status, 200) << r.body;
  const auto o = json::parse(r.body);
  EXPECT_EQ(o.at("ding").as_string(), "abc");
  EXPECT_EQ(o.at("deel").as_string(), "x7");
  EXPECT_EQ(o.at("q").as_string(), "de Vries");
  EXPECT_EQ(o.at("p").as_int64(), 3);
  const auto fout = router_.handle(verzoek("GET", "/api/v1/dingen/abc/delen/x7", "pagina=nul"));
  EXPECT_EQ(problem_body(fout).at("invalidParams").as_array().at(0).at("name").as_string(), "pagina");
}

TEST_F(RouterTest, UnknownPathIs404AndTrailingSlashesDoNotMatch) {
  for (const char* path :
       {"/", "/api/v1", "/api/v1/dingen/", "/api/v1/DINGEN", "/healthz/x", "/api/v1/dingen/a/delen/"}) {
    const auto r = router_.handle(verzoek("GET", path));
    EXPECT_EQ(r.status, 404) << path;
    problem_body(r);
  }
}

TEST_F(RouterTest, WrongMethodIs405WithAllow) {
  const auto r = router_.handle(verzoek("GET", "/api/v1/dingen"));
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(r.header("allow"), "POST");
  problem_body(r);
  EXPECT_EQ(router_.handle(verzoek("DELETE", "/healthz")).header("allow"), "GET, HEAD");
  EXPECT_EQ(router_.handle(verzoek("HEAD", "/healthz")).status, 200);
}

TEST_F(RouterTest, ALiteralSegmentBeatsAParameter) {
  EXPECT_EQ(json::parse(router_.handle(verzoek("GET", "/api/v1/dingen/d1")).body).at("ding"), "d1");
  EXPECT_EQ(router_.handle(verzoek("POST", "/api/v1/dingen/_zoek")).status, 200);
  const auto r = router_.handle(verzoek("GET", "/api/v1/dingen/_zoek"));  // not thing "_zoek"
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(r.header("allow"), "POST");
}

TEST_F(RouterTest, AProtectedRouteWithoutSessionIs401) {
  const auto r = router_.handle(verzoek("GET", "/api/v1/geheim"));
  EXPECT_EQ(r.status, 401);
  problem_body(r);
}

TEST_F(RouterTest, ErrorsBecomeProblemsAndInternalDetailsStayInside) {
  const auto nf = router_.handle(verzoek("GET", "/api/v1/nietgevonden"));
  EXPECT_EQ(nf.status, 404);
  EXPECT_EQ(problem_body(nf).at("detail").as_string(), "Dit huishouden bestaat niet.");
  const auto kapot = router_.handle(verzoek("GET", "/api/v1/kapot"));
  EXPECT_EQ(kapot.status, 500);
  EXPECT_EQ(kapot.body.find("123456782"), std::string::npos);
  problem_body(kapot);
}

TEST_F(RouterTest, RejectionsAreProblems) {
  for (int status : {400, 413, 431}) {
    const auto r = router_.reject(status);
    EXPECT_EQ(r.status, status);
    problem_body(r);
    EXPECT_EQ(r.header("api-version"), kApiVersion);
  }
}

TEST(MatchPattern, SegmentsAndParameters) {
  EXPECT_EQ(match_pattern("/a/{x}/b", "/a/123/b"), (std::map<std::string, std::string>{{"x", "123"}}));
  EXPECT_EQ(match_pattern("/a/{x}/b", "/a//b"), std::nullopt);
  EXPECT_EQ(match_pattern("/a/{x}", "/a/1/b"), std::nullopt);
  EXPECT_EQ(match_pattern("/a/b", "/a/b"), (std::map<std::string, std::string>{}));
  EXPECT_EQ(match_pattern("/a/b", "/a/c"), std::nullopt);
}

}  // namespace
}  // namespace regie::api
