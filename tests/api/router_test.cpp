// Routing, the standard headers and problem+json, without a socket.

#include "api/router.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "api/routes.hpp"
#include "service/errors.hpp"

namespace regie::api {
namespace {

namespace json = boost::json;

http::Request verzoek(std::string method, std::string path, std::string body = {},
                      std::string content_type = "application/json") {
  http::Request r;
  r.method = std::move(method);
  r.path = std::move(path);
  r.body = std::move(body);
  if (!content_type.empty()) r.headers.push_back({"content-type", std::move(content_type)});
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
  Router router_ = make_router();
};

TEST_F(RouterTest, HealthAnswersWithStandardHeaders) {
  const auto r = router_.handle(verzoek("GET", "/healthz"));
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(json::parse(r.body).at("status").as_string(), "ok");
  EXPECT_EQ(r.header("api-version"), kApiVersion);
  EXPECT_EQ(r.header("cache-control"), "no-store");
  EXPECT_EQ(r.header("x-content-type-options"), "nosniff");
}

TEST_F(RouterTest, UnknownPathIs404ProblemWithApiVersion) {
  for (const char* path : {"/", "/api/v1", "/api/v1/adviezen/", "/api/v1/ADVIEZEN", "/healthz/x"}) {
    const auto r = router_.handle(verzoek("GET", path));
    EXPECT_EQ(r.status, 404) << path;
    problem_body(r);
    EXPECT_EQ(r.header("api-version"), kApiVersion);
  }
}

TEST_F(RouterTest, WrongMethodIs405WithAllow) {
  const auto r = router_.handle(verzoek("GET", "/api/v1/adviezen"));
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(r.header("allow"), "POST");
  problem_body(r);
  const auto h = router_.handle(verzoek("DELETE", "/healthz"));
  EXPECT_EQ(h.status, 405);
  EXPECT_EQ(h.header("allow"), "GET, HEAD");
}

TEST_F(RouterTest, HeadIsServedWhereGetIs) {
  EXPECT_EQ(router_.handle(verzoek("HEAD", "/healthz")).status, 200);
}

TEST_F(RouterTest, AdviceNeedsAJsonBody) {
  const std::string taxatie =
      R"({"draagkracht":"in_balans","zelfredzaamheid":"volledig","basiszorgToereikend":true,
    "veiligheid":"veilig","ketenoverstijgendNodig":false,"escalatie":"geen"})";
  EXPECT_EQ(router_.handle(verzoek("POST", "/api/v1/adviezen", taxatie)).status, 200);
  EXPECT_EQ(
      router_.handle(verzoek("POST", "/api/v1/adviezen", taxatie, "Application/JSON; charset=utf-8")).status,
      200);
  for (const char* type : {"", "text/plain", "application/x-www-form-urlencoded", "application/jsonx"}) {
    const auto r = router_.handle(verzoek("POST", "/api/v1/adviezen", taxatie, type));
    EXPECT_EQ(r.status, 415) << type;
    problem_body(r);
  }
}

TEST_F(RouterTest, InvalidAdviceInputIs400WithInvalidParams) {
  const auto r = router_.handle(verzoek("POST", "/api/v1/adviezen", R"({"draagkracht":"x"})"));
  EXPECT_EQ(r.status, 400);
  const auto o = problem_body(r);
  const auto& params = o.at("invalidParams").as_array();
  ASSERT_EQ(params.size(), 6u);
  EXPECT_EQ(params[0].at("name").as_string(), "draagkracht");
  EXPECT_FALSE(params[0].at("reason").as_string().empty());
}

TEST(Router, ErrorsBecomeProblemsAndInternalDetailsStayInside) {
  Router router;
  router.add("GET", "/nietgevonden", [](const http::Request&) -> http::Response {
    throw service::NotFound("Dit huishouden bestaat niet.");
  });
  router.add("GET", "/kapot", [](const http::Request&) -> http::Response {
    throw std::runtime_error("geheim: BSN 123456782");
  });
  const auto nf = router.handle(verzoek("GET", "/nietgevonden"));
  EXPECT_EQ(nf.status, 404);
  EXPECT_EQ(problem_body(nf).at("detail").as_string(), "Dit huishouden bestaat niet.");
  const auto kapot = router.handle(verzoek("GET", "/kapot"));
  EXPECT_EQ(kapot.status, 500);
  EXPECT_EQ(kapot.body.find("123456782"), std::string::npos);
  problem_body(kapot);
  EXPECT_EQ(kapot.header("api-version"), kApiVersion);
}

TEST(Router, RejectionsAreProblems) {
  const Router router;
  for (int status : {400, 413, 431}) {
    const auto r = router.reject(status);
    EXPECT_EQ(r.status, status);
    problem_body(r);
    EXPECT_EQ(r.header("api-version"), kApiVersion);
  }
}

}  // namespace
}  // namespace regie::api
