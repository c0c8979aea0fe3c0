// Structured logging: one whole line per event (also from many threads at once), JSON for a log collector,
// the request id in every line, in the X-Request-Id header and in problem+json `instance`, and the cause of
// a 500 without what the request carried.

#include "http/log.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <mutex>
#include <thread>
#include <vector>

#include "api/json_response.hpp"
#include "api/problem.hpp"
#include "api/router.hpp"

namespace regie::log {
namespace {

namespace json = boost::json;

class LogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    zet_uitvoer(
        [this](std::string_view regel) {
          std::lock_guard lock{mutex_};
          regels_.emplace_back(regel);
        },
        true);
  }
  void TearDown() override { standaard_uitvoer(); }

  std::mutex mutex_;
  std::vector<std::string> regels_;
};

TEST_F(LogTest, OneJsonLinePerEventWithTheRequestId) {
  schrijf(Niveau::info, "gestart", {{"poort", "8080"}});
  {
    VerzoekScope verzoek{"abc123"};
    schrijf(Niveau::fout, "interne_fout", {{"type", "std::runtime_error"}, {"aanhalingsteken", "a\"b\nc"}});
  }
  ASSERT_EQ(regels_.size(), 2u);
  for (const auto& r : regels_) EXPECT_EQ(r.find('\n'), std::string::npos) << r;
  const auto eerste = json::parse(regels_[0]).as_object();
  EXPECT_EQ(eerste.at("gebeurtenis"), "gestart");
  EXPECT_EQ(eerste.at("niveau"), "info");
  EXPECT_FALSE(eerste.contains("verzoek"));
  const auto tweede = json::parse(regels_[1]).as_object();
  EXPECT_EQ(tweede.at("verzoek"), "abc123");
  EXPECT_EQ(tweede.at("aanhalingsteken"), "a\"b\nc");
  EXPECT_TRUE(tweede.contains("tijd"));
}

TEST_F(LogTest, LinesOfConcurrentRequestsNeverInterleave) {
  std::vector<std::jthread> draden;
  for (int t = 0; t < 8; ++t) {
    draden.emplace_back([t] {
      VerzoekScope verzoek{"draad" + std::to_string(t)};
      for (int i = 0; i < 300; ++i) schrijf(Niveau::info, "stap", {{"i", std::to_string(i)}});
    });
  }
  draden.clear();
  ASSERT_EQ(regels_.size(), 8u * 300u);
  for (const auto& r : regels_) {
    const auto o = json::parse(r).as_object();  // throws on a mixed line
    EXPECT_TRUE(o.at("verzoek").as_string().starts_with("draad"));
  }
}

TEST_F(LogTest, ReadableTextOnATerminal) {
  zet_uitvoer([this](std::string_view regel) { regels_.emplace_back(regel); }, false);
  VerzoekScope verzoek{"xyz"};
  schrijf(Niveau::waarschuwing, "traag", {{"ms", "1200"}});
  ASSERT_EQ(regels_.size(), 1u);
  EXPECT_NE(regels_[0].find("waarschuwing traag verzoek=xyz ms=1200"), std::string::npos) << regels_[0];
}

TEST_F(LogTest, AFailingRequestNamesItsIdEverywhereAndLogsTheTypeNotTheMessage) {
  api::Router router{nullptr, {}};
  router.add("GET", "/api/v1/kapot", api::Toegang::openbaar,
             [](api::Verzoek&) -> http::Response { throw std::runtime_error("geheim: BSN 123456782"); });
  http::Request verzoek;
  verzoek.method = "GET";
  verzoek.path = "/api/v1/kapot";
  const auto antwoord = router.handle(verzoek);
  ASSERT_EQ(antwoord.status, 500);
  const auto id = std::string{antwoord.header("x-request-id").value_or("")};
  ASSERT_EQ(id.size(), 26u);
  EXPECT_EQ(json::parse(antwoord.body).at("instance").as_string(),
            std::string{api::kInstantieVoorvoegsel} + id);
  bool gevonden = false;
  for (const auto& r : regels_) {
    EXPECT_EQ(r.find("123456782"), std::string::npos) << "persoonsgegevens in de log: " << r;
    const auto o = json::parse(r).as_object();
    if (o.at("gebeurtenis") == "interne_fout") {
      gevonden = true;
      EXPECT_EQ(o.at("verzoek").as_string(), id);
      EXPECT_EQ(o.at("type"), "std::runtime_error");
    }
  }
  EXPECT_TRUE(gevonden);
  // Each request has an id of its own.
  EXPECT_NE(router.handle(verzoek).header("x-request-id"), id);
}

TEST_F(LogTest, AnErrorCodeGivesItsCause) {
  try {
    throw std::system_error(std::make_error_code(std::errc::no_space_on_device), "/data/regie.db");
  } catch (...) {
    const auto type = exceptie_type();
    EXPECT_NE(type.find("std::system_error"), std::string::npos) << type;
    EXPECT_NE(type.find("No space left on device"), std::string::npos) << type;
    EXPECT_EQ(type.find("/data"), std::string::npos) << type;
  }
}

}  // namespace
}  // namespace regie::log
