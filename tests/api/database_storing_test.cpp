// A database that does not answer: every request that needs it gets a 503 problem with Retry-After, also
// where no use case is involved yet (session, token and login lookups); /readyz says so and /healthz does
// not (liveness is not readiness).

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "api/problem.hpp"
#include "api/routes.hpp"
#include "service/diensten.hpp"
#include "store/database.hpp"

namespace regie::api {
namespace {

namespace json = boost::json;

// Stands for PostgreSQL being down: every transaction fails as an unreachable database would.
class OnbereikbareDatabase : public store::Database {
 public:
  store::Backend backend() const override { return store::Backend::postgres; }
  void write_tx(const std::function<void(store::Tx&)>&) override { weiger(); }
  void read_tx(const std::function<void(store::Tx&)>&) override { weiger(); }

 private:
  [[noreturn]] static void weiger() {
    throw store::DatabaseUnavailable("kan geen verbinding maken met PostgreSQL: Connection refused");
  }
};

http::Request verzoek(std::string method, std::string path, std::vector<http::Header> headers = {},
                      std::string body = {}) {
  http::Request r;
  r.method = std::move(method);
  r.path = std::move(path);
  r.headers = std::move(headers);
  r.body = std::move(body);
  r.remote_address = "127.0.0.1";
  return r;
}

class DatabaseStoringTest : public ::testing::Test {
 protected:
  OnbereikbareDatabase db_;
  service::Diensten diensten_{service::Omgeving{db_}, {}};
  Router router_ = make_router(diensten_, {});

  void verwacht_503(const http::Request& r) {
    const auto antwoord = router_.handle(r);
    EXPECT_EQ(antwoord.status, 503) << r.method << " " << r.path << ": " << antwoord.body;
    EXPECT_EQ(antwoord.header("retry-after"), std::to_string(kRetryAfterSeconden)) << r.path;
    EXPECT_EQ(antwoord.header("content-type"), kProblemContentType) << r.path;
    EXPECT_EQ(antwoord.body.find("Connection refused"), std::string::npos) << "de oorzaak lekt naar buiten";
  }
};

TEST_F(DatabaseStoringTest, SessionTokenAndLoginLookupsAnswer503WithRetryAfter) {
  verwacht_503(verzoek("GET", "/api/v1/mij/huishoudens", {{"cookie", "regie_sessie=abc"}}));
  verwacht_503(verzoek("POST", "/api/v1/adviezen",
                       {{"authorization", "Bearer regie_token_abc"}, {"content-type", "application/json"}},
                       "{}"));
  verwacht_503(verzoek("POST", "/api/v1/sessies", {{"content-type", "application/json"}},
                       R"({"gebruikersnaam": "fatima", "wachtwoord": "regie-demo-2026"})"));
}

TEST_F(DatabaseStoringTest, ReadinessFollowsTheDatabaseAndLivenessDoesNot) {
  verwacht_503(verzoek("GET", "/readyz"));
  EXPECT_EQ(router_.handle(verzoek("GET", "/healthz")).status, 200);
}

}  // namespace
}  // namespace regie::api
