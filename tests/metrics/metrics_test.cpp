// What Regie relies on in the exposition /metrics serves: one HELP and TYPE per family, a line per set of
// labels (escaped, in name order), histograms as cumulative buckets with +Inf, sum and count, a family looked
// up twice is the same family, and one name has one type.

#include <gtest/gtest.h>

#include "metrics/metrics.hpp"

namespace regie::metrics {
namespace {

bool bevat(const std::string& tekst, const std::string& regel) {
  return ("\n" + tekst).find("\n" + regel + "\n") != std::string::npos;
}

TEST(Metrics, CountersAndGaugesPerSetOfLabels) {
  auto& f = counters("t1_requests_total", "Verzoeken.");
  f.Add({{"status", "200"}, {"route", "/a"}}).Increment();
  f.Add({{"route", "/a"}, {"status", "200"}}).Increment(2);
  counters("t1_requests_total", "Verzoeken.").Add({{"route", "/a"}, {"status", "500"}}).Increment();
  EXPECT_EQ(&counters("t1_requests_total", "Verzoeken."), &f);
  auto& g = gauges("t1_in_use", "In gebruik.").Add({});
  g.Increment(3);
  g.Decrement();
  const auto tekst = exposition();
  EXPECT_TRUE(bevat(tekst, "# HELP t1_requests_total Verzoeken.")) << tekst;
  EXPECT_TRUE(bevat(tekst, "# TYPE t1_requests_total counter")) << tekst;
  EXPECT_TRUE(bevat(tekst, "t1_requests_total{route=\"/a\",status=\"200\"} 3")) << tekst;
  EXPECT_TRUE(bevat(tekst, "t1_requests_total{route=\"/a\",status=\"500\"} 1")) << tekst;
  EXPECT_TRUE(bevat(tekst, "# TYPE t1_in_use gauge")) << tekst;
  EXPECT_TRUE(bevat(tekst, "t1_in_use 2")) << tekst;
}

TEST(Metrics, HistogramBucketsAreCumulativeWithSumAndCount) {
  auto& h = histograms("t2_duur_seconds", "Duur.")
                .Add({{"route", "/b"}}, prometheus::Histogram::BucketBoundaries{0.1, 1});
  h.Observe(0.05);
  h.Observe(0.1);  // on the bound: in that bucket
  h.Observe(0.5);
  h.Observe(7);
  const auto tekst = exposition();
  EXPECT_TRUE(bevat(tekst, "# TYPE t2_duur_seconds histogram")) << tekst;
  EXPECT_TRUE(bevat(tekst, "t2_duur_seconds_bucket{route=\"/b\",le=\"0.1\"} 2")) << tekst;
  EXPECT_TRUE(bevat(tekst, "t2_duur_seconds_bucket{route=\"/b\",le=\"1\"} 3")) << tekst;
  EXPECT_TRUE(bevat(tekst, "t2_duur_seconds_bucket{route=\"/b\",le=\"+Inf\"} 4")) << tekst;
  EXPECT_TRUE(bevat(tekst, "t2_duur_seconds_sum{route=\"/b\"} 7.65")) << tekst;
  EXPECT_TRUE(bevat(tekst, "t2_duur_seconds_count{route=\"/b\"} 4")) << tekst;
}

TEST(Metrics, LabelValuesAreEscapedAndANameHasOneType) {
  counters("t3_x_total", "X.").Add({{"l", "a\"b\\c\nd"}}).Increment();
  EXPECT_TRUE(bevat(exposition(), "t3_x_total{l=\"a\\\"b\\\\c\\nd\"} 1")) << exposition();
  EXPECT_THROW(gauges("t3_x_total", "X."), std::invalid_argument);
}

TEST(Metrics, ATimerObservesOnceAndTheProcessFiguresFollow) {
  auto& h = histograms("t4_timer_seconds", "T.").Add({}, seconds_buckets());
  {
    Timer t{h};
    EXPECT_GE(t.observe(), 0.0);
  }
  const auto tekst = exposition();
  EXPECT_TRUE(bevat(tekst, "t4_timer_seconds_count 1")) << tekst;
  EXPECT_TRUE(bevat(tekst, "# TYPE process_resident_memory_bytes gauge")) << tekst;
  EXPECT_NE(tekst.find("\nprocess_resident_memory_bytes "), std::string::npos) << tekst;
}

}  // namespace
}  // namespace regie::metrics
