// The metrics registry writes Prometheus' text format: one HELP and TYPE per family, a line per set of
// labels (escaped), histograms as cumulative buckets with +Inf, sum and count.

#include <gtest/gtest.h>

#include "metrics/metrics.hpp"

namespace regie::metrics {
namespace {

bool bevat(const std::string& tekst, const std::string& regel) {
  return tekst.find("\n" + regel + "\n") != std::string::npos || tekst.rfind(regel + "\n", 0) == 0;
}

TEST(Metrics, CountersAndGaugesPerSetOfLabels) {
  Registry r;
  auto& ok = r.counter("t_requests_total", "Verzoeken.", {{"route", "/a"}, {"status", "200"}});
  ok.add();
  ok.add(2);
  r.counter("t_requests_total", "Verzoeken.", {{"route", "/a"}, {"status", "500"}}).add();
  EXPECT_EQ(&r.counter("t_requests_total", "Verzoeken.", {{"route", "/a"}, {"status", "200"}}), &ok);
  auto& g = r.gauge("t_in_use", "In gebruik.");
  g.add(3);
  g.add(-1);
  const auto tekst = r.exposition();
  EXPECT_TRUE(bevat(tekst, "# HELP t_requests_total Verzoeken.")) << tekst;
  EXPECT_TRUE(bevat(tekst, "# TYPE t_requests_total counter")) << tekst;
  EXPECT_TRUE(bevat(tekst, "t_requests_total{route=\"/a\",status=\"200\"} 3")) << tekst;
  EXPECT_TRUE(bevat(tekst, "t_requests_total{route=\"/a\",status=\"500\"} 1")) << tekst;
  EXPECT_TRUE(bevat(tekst, "# TYPE t_in_use gauge")) << tekst;
  EXPECT_TRUE(bevat(tekst, "t_in_use 2")) << tekst;
  // Families in name order: the same text for the same state.
  EXPECT_LT(tekst.find("t_in_use"), tekst.find("t_requests_total"));
}

TEST(Metrics, HistogramBucketsAreCumulativeWithSumAndCount) {
  Registry r;
  constexpr double grenzen[] = {0.1, 1};
  auto& h = r.histogram("t_duur_seconds", "Duur.", {{"route", "/b"}}, grenzen);
  h.observe(0.05);
  h.observe(0.1);  // on the bound: in that bucket
  h.observe(0.5);
  h.observe(7);
  const auto tekst = r.exposition();
  EXPECT_TRUE(bevat(tekst, "# TYPE t_duur_seconds histogram")) << tekst;
  EXPECT_TRUE(bevat(tekst, "t_duur_seconds_bucket{route=\"/b\",le=\"0.1\"} 2")) << tekst;
  EXPECT_TRUE(bevat(tekst, "t_duur_seconds_bucket{route=\"/b\",le=\"1\"} 3")) << tekst;
  EXPECT_TRUE(bevat(tekst, "t_duur_seconds_bucket{route=\"/b\",le=\"+Inf\"} 4")) << tekst;
  EXPECT_TRUE(bevat(tekst, "t_duur_seconds_sum{route=\"/b\"} 7.65")) << tekst;
  EXPECT_TRUE(bevat(tekst, "t_duur_seconds_count{route=\"/b\"} 4")) << tekst;
}

TEST(Metrics, LabelValuesAreEscapedAndANameHasOneType) {
  Registry r;
  r.counter("t_x_total", "X.", {{"l", "a\"b\\c\nd"}}).add();
  EXPECT_TRUE(bevat(r.exposition(), "t_x_total{l=\"a\\\"b\\\\c\\nd\"} 1")) << r.exposition();
  EXPECT_THROW(r.gauge("t_x_total", "X."), std::logic_error);
}

TEST(Metrics, ATimerObservesOnce) {
  Registry r;
  auto& h = r.histogram("t_timer_seconds", "T.");
  {
    Timer t{h};
    EXPECT_GE(t.observe(), 0.0);
  }
  EXPECT_TRUE(bevat(r.exposition(), "t_timer_seconds_count 1")) << r.exposition();
}

}  // namespace
}  // namespace regie::metrics
