#include "metrics/metrics.hpp"

#include <prometheus/text_serializer.h>

#include <chrono>
#include <sstream>

#include "metrics/process.hpp"

namespace regie::metrics {
namespace {

std::int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace

prometheus::Registry& registry() {
  static prometheus::Registry r;
  return r;
}

prometheus::Family<prometheus::Counter>& counters(const std::string& name, const std::string& help) {
  return prometheus::BuildCounter().Name(name).Help(help).Register(registry());
}

prometheus::Family<prometheus::Gauge>& gauges(const std::string& name, const std::string& help) {
  return prometheus::BuildGauge().Name(name).Help(help).Register(registry());
}

prometheus::Family<prometheus::Histogram>& histograms(const std::string& name, const std::string& help) {
  return prometheus::BuildHistogram().Name(name).Help(help).Register(registry());
}

const prometheus::Histogram::BucketBoundaries& seconds_buckets() {
  static const prometheus::Histogram::BucketBoundaries b{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                         0.1,    0.25,  0.5,    1,     2.5,  5,     10};
  return b;
}

const prometheus::Histogram::BucketBoundaries& size_buckets() {
  static const prometheus::Histogram::BucketBoundaries b{1, 2, 4, 8, 16, 32, 64, 128, 256};
  return b;
}

std::string exposition() {
  std::ostringstream out;
  prometheus::TextSerializer{}.Serialize(out, registry().Collect());
  return out.str() + process_exposition();
}

Timer::Timer(prometheus::Histogram& histogram) : histogram_(&histogram), start_ns_(now_ns()) {}

Timer::~Timer() {
  if (histogram_) observe();
}

double Timer::observe() {
  const double seconds = static_cast<double>(now_ns() - start_ns_) / 1e9;
  if (histogram_) histogram_->Observe(seconds);
  histogram_ = nullptr;
  return seconds;
}

}  // namespace regie::metrics
