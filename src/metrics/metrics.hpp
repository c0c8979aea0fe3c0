#pragma once
// Process metrics for Prometheus through prometheus-cpp (Debian's prometheus-cpp-dev, core only; ADR 0022):
// one registry per process, families looked up by name (hot paths keep the family), and the text exposition
// /metrics serves. Labels carry codes only (method, route pattern, status, kind), never personal data or ids.

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <cstdint>
#include <string>

namespace regie::metrics {

prometheus::Registry& registry();

// The family of this name, made at the first call; the same name with another type is a programming error
// (std::invalid_argument).
prometheus::Family<prometheus::Counter>& counters(const std::string& name, const std::string& help);
prometheus::Family<prometheus::Gauge>& gauges(const std::string& name, const std::string& help);
prometheus::Family<prometheus::Histogram>& histograms(const std::string& name, const std::string& help);

// Request and wait times: 0.5 ms to 10 s.
const prometheus::Histogram::BucketBoundaries& seconds_buckets();
// Sizes of batches: 1 to 256.
const prometheus::Histogram::BucketBoundaries& size_buckets();

// Every metric of the registry in the text exposition format, then the process's own.
std::string exposition();

// Measures from its construction until observe() or its destruction, whichever comes first.
class Timer {
 public:
  explicit Timer(prometheus::Histogram& histogram);
  ~Timer();
  Timer(const Timer&) = delete;
  Timer& operator=(const Timer&) = delete;
  double observe();  // seconds

 private:
  prometheus::Histogram* histogram_;
  std::int64_t start_ns_;
};

}  // namespace regie::metrics
