// W3C Trace Context: which `traceparent` values Regie continues, and the context it answers with — the
// caller's trace and flags with a span of Regie's own, or a new trace; in the response header and every log
// line.

#include "api/trace_context.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "api/json_response.hpp"
#include "api/router.hpp"
#include "http/log.hpp"

namespace regie::api {
namespace {

constexpr std::string_view kGeldig = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

TEST(TraceContext, ReadsAValidHeader) {
  const auto c = lees_traceparent(kGeldig);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->trace_id, "4bf92f3577b34da6a3ce929d0e0e4736");
  EXPECT_EQ(c->parent_id, "00f067aa0ba902b7");
  EXPECT_EQ(c->flags, "01");
  // A later version is read by its first four fields, also with more after them.
  EXPECT_TRUE(lees_traceparent("cc-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-iets-nieuws"));
}

TEST(TraceContext, RefusesWhatTheRecommendationRefuses) {
  for (const std::string_view w : {
           "",
           "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",    // upper case
           "00-00000000000000000000000000000000-00f067aa0ba902b7-01",    // trace id all zeros
           "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",    // parent id all zeros
           "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",    // version ff
           "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-x",  // version 00 has exactly four fields
           "cc-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01x",   // a later version: a dash after four
           "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",     // trace id too short
           "00_4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7_01",    // wrong separator
           "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0g",    // flags not hex
       }) {
    EXPECT_FALSE(lees_traceparent(w)) << w;
  }
}

TEST(TraceContext, ContinuesTheCallersTraceWithASpanOfItsOwnOrStartsOne) {
  const auto aanroeper = lees_traceparent(kGeldig);
  const auto eigen = eigen_span(aanroeper);
  EXPECT_EQ(eigen.trace_id, aanroeper->trace_id);
  EXPECT_EQ(eigen.flags, "01");
  EXPECT_NE(eigen.parent_id, aanroeper->parent_id);
  EXPECT_TRUE(lees_traceparent(traceparent(eigen)));
  const auto nieuw = eigen_span(std::nullopt);
  EXPECT_TRUE(lees_traceparent(traceparent(nieuw))) << traceparent(nieuw);
  EXPECT_NE(nieuw.trace_id, eigen_span(std::nullopt).trace_id);
}

TEST(TraceContext, TheRouterAnswersWithItsContextAndLogsTheTrace) {
  std::vector<std::string> regels;
  log::zet_uitvoer([&](std::string_view r) { regels.emplace_back(r); }, true);
  Router router{nullptr, {}};
  router.add("GET", "/api/v1/iets", Toegang::openbaar, [](Verzoek&) {
    log::schrijf(log::Niveau::info, "verwerkt");
    return json_response(200, boost::json::object{});
  });
  http::Request verzoek;
  verzoek.method = "GET";
  verzoek.path = "/api/v1/iets";
  verzoek.headers.push_back({"traceparent", std::string{kGeldig}});
  const auto antwoord = lees_traceparent(router.handle(verzoek).header("traceparent").value_or(""));
  log::standaard_uitvoer();
  ASSERT_TRUE(antwoord);
  EXPECT_EQ(antwoord->trace_id, "4bf92f3577b34da6a3ce929d0e0e4736");
  EXPECT_NE(antwoord->parent_id, "00f067aa0ba902b7");
  ASSERT_EQ(regels.size(), 1u);
  EXPECT_EQ(boost::json::parse(regels[0]).at("trace"), "4bf92f3577b34da6a3ce929d0e0e4736");

  // A malformed header: a new trace, not an error.
  verzoek.headers = {{"traceparent", "onzin"}};
  const auto r = router.handle(verzoek);
  EXPECT_EQ(r.status, 200);
  const auto nieuw = lees_traceparent(r.header("traceparent").value_or(""));
  ASSERT_TRUE(nieuw);
  EXPECT_NE(nieuw->trace_id, "4bf92f3577b34da6a3ce929d0e0e4736");
}

}  // namespace
}  // namespace regie::api
