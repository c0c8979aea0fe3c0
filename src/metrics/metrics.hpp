#pragma once
// Process metrics for Prometheus (text exposition format 0.0.4): counters, gauges and histograms, each
// named once with its help text and kept per set of labels. Updating a metric is lock-free; looking one
// up by its labels takes a short lock, so hot paths keep the reference. Labels carry codes only (method,
// route pattern, status, reason), never personal data or ids.

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace regie::metrics {

using Labels = std::vector<std::pair<std::string, std::string>>;

class Counter {
 public:
  void add(std::uint64_t n = 1) noexcept { value_.fetch_add(n, std::memory_order_relaxed); }
  std::uint64_t value() const noexcept { return value_.load(std::memory_order_relaxed); }

 private:
  std::atomic<std::uint64_t> value_{0};
};

class Gauge {
 public:
  void add(std::int64_t n) noexcept { value_.fetch_add(n, std::memory_order_relaxed); }
  void set(std::int64_t n) noexcept { value_.store(n, std::memory_order_relaxed); }
  std::int64_t value() const noexcept { return value_.load(std::memory_order_relaxed); }

 private:
  std::atomic<std::int64_t> value_{0};
};

class Histogram {
 public:
  explicit Histogram(std::span<const double> upper_bounds);
  void observe(double value) noexcept;

  struct Snapshot {
    std::vector<double> upper_bounds;
    std::vector<std::uint64_t> cumulative;  // per upper bound: observations at or below it
    std::uint64_t count = 0;
    double sum = 0;
  };
  Snapshot snapshot() const;

 private:
  std::vector<double> upper_bounds_;
  std::unique_ptr<std::atomic<std::uint64_t>[]> buckets_;  // one per bound, and one above the last
  std::atomic<double> sum_{0};
};

// Request and wait times: 0.5 ms to 10 s.
inline constexpr double kSecondsBounds[] = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                            0.1,    0.25,  0.5,    1,     2.5,  5,     10};
// Sizes of batches: 1 to 256.
inline constexpr double kSizeBounds[] = {1, 2, 4, 8, 16, 32, 64, 128, 256};

class Registry {
 public:
  Counter& counter(std::string_view name, std::string_view help, const Labels& labels = {});
  Gauge& gauge(std::string_view name, std::string_view help, const Labels& labels = {});
  Histogram& histogram(std::string_view name, std::string_view help, const Labels& labels = {},
                       std::span<const double> upper_bounds = kSecondsBounds);

  // Every metric in the text exposition format, families sorted by name.
  std::string exposition() const;

 private:
  enum class Type { counter, gauge, histogram };
  struct Family {
    Type type;
    std::string help;
    std::map<std::string, std::unique_ptr<Counter>> counters;  // by rendered labels
    std::map<std::string, std::unique_ptr<Gauge>> gauges;
    std::map<std::string, std::unique_ptr<Histogram>> histograms;
  };
  Family& family(std::string_view name, std::string_view help, Type type);

  mutable std::mutex mutex_;
  std::map<std::string, Family, std::less<>> families_;
};

// The process's registry: what /metrics shows.
Registry& registry();

// Measures from its construction until observe() or its destruction, whichever comes first.
class Timer {
 public:
  explicit Timer(Histogram& histogram);
  ~Timer();
  Timer(const Timer&) = delete;
  Timer& operator=(const Timer&) = delete;
  double observe();  // seconds

 private:
  Histogram* histogram_;
  std::int64_t start_ns_;
};

}  // namespace regie::metrics
