#include "metrics/metrics.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace regie::metrics {
namespace {

// Label values are escaped as the format requires: backslash, double quote and line feed.
std::string render_labels(const Labels& labels) {
  std::string out;
  for (const auto& [name, value] : labels) {
    out += out.empty() ? "{" : ",";
    out += name + "=\"";
    for (const char c : value) {
      if (c == '\\' || c == '"') {
        out += '\\';
        out += c;
      } else if (c == '\n') {
        out += "\\n";
      } else {
        out += c;
      }
    }
    out += '"';
  }
  return out.empty() ? out : out + "}";
}

// `{a="1"}` plus le="0.5" → `{a="1",le="0.5"}`.
std::string with_label(const std::string& rendered, const std::string& extra) {
  if (rendered.empty()) return "{" + extra + "}";
  return rendered.substr(0, rendered.size() - 1) + "," + extra + "}";
}

std::string number(double v) {
  if (std::isinf(v)) return v > 0 ? "+Inf" : "-Inf";
  std::ostringstream s;
  s.precision(12);
  s << v;
  return s.str();
}

std::int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace

Histogram::Histogram(std::span<const double> upper_bounds)
    : upper_bounds_(upper_bounds.begin(), upper_bounds.end()),
      buckets_(std::make_unique<std::atomic<std::uint64_t>[]>(upper_bounds_.size() + 1)) {}

void Histogram::observe(double value) noexcept {
  const auto it = std::ranges::lower_bound(upper_bounds_, value);
  buckets_[static_cast<std::size_t>(it - upper_bounds_.begin())].fetch_add(1, std::memory_order_relaxed);
  sum_.fetch_add(value, std::memory_order_relaxed);
}

Histogram::Snapshot Histogram::snapshot() const {
  Snapshot s;
  s.upper_bounds = upper_bounds_;
  std::uint64_t running = 0;
  for (std::size_t i = 0; i <= upper_bounds_.size(); ++i) {
    running += buckets_[i].load(std::memory_order_relaxed);
    if (i < upper_bounds_.size()) s.cumulative.push_back(running);
  }
  s.count = running;
  s.sum = sum_.load(std::memory_order_relaxed);
  return s;
}

Registry::Family& Registry::family(std::string_view name, std::string_view help, Type type) {
  auto it = families_.find(name);
  if (it == families_.end())
    it = families_.emplace(std::string{name}, Family{type, std::string{help}, {}, {}, {}}).first;
  if (it->second.type != type) throw std::logic_error("metriek met twee soorten: " + std::string{name});
  return it->second;
}

Counter& Registry::counter(std::string_view name, std::string_view help, const Labels& labels) {
  std::lock_guard lock{mutex_};
  auto& slot = family(name, help, Type::counter).counters[render_labels(labels)];
  if (!slot) slot = std::make_unique<Counter>();
  return *slot;
}

Gauge& Registry::gauge(std::string_view name, std::string_view help, const Labels& labels) {
  std::lock_guard lock{mutex_};
  auto& slot = family(name, help, Type::gauge).gauges[render_labels(labels)];
  if (!slot) slot = std::make_unique<Gauge>();
  return *slot;
}

Histogram& Registry::histogram(std::string_view name, std::string_view help, const Labels& labels,
                               std::span<const double> upper_bounds) {
  std::lock_guard lock{mutex_};
  auto& slot = family(name, help, Type::histogram).histograms[render_labels(labels)];
  if (!slot) slot = std::make_unique<Histogram>(upper_bounds);
  return *slot;
}

std::string Registry::exposition() const {
  std::lock_guard lock{mutex_};
  std::string out;
  for (const auto& [name, f] : families_) {
    out += "# HELP " + name + " " + f.help + "\n";
    out += "# TYPE " + name + " " +
           (f.type == Type::counter ? "counter"
            : f.type == Type::gauge ? "gauge"
                                    : "histogram") +
           "\n";
    for (const auto& [labels, c] : f.counters) out += name + labels + " " + std::to_string(c->value()) + "\n";
    for (const auto& [labels, g] : f.gauges) out += name + labels + " " + std::to_string(g->value()) + "\n";
    for (const auto& [labels, h] : f.histograms) {
      const auto s = h->snapshot();
      for (std::size_t i = 0; i < s.upper_bounds.size(); ++i) {
        out += name + "_bucket" + with_label(labels, "le=\"" + number(s.upper_bounds[i]) + "\"") + " " +
               std::to_string(s.cumulative[i]) + "\n";
      }
      out += name + "_bucket" + with_label(labels, "le=\"+Inf\"") + " " + std::to_string(s.count) + "\n";
      out += name + "_sum" + labels + " " + number(s.sum) + "\n";
      out += name + "_count" + labels + " " + std::to_string(s.count) + "\n";
    }
  }
  return out;
}

Registry& registry() {
  static Registry r;
  return r;
}

Timer::Timer(Histogram& histogram) : histogram_(&histogram), start_ns_(now_ns()) {}

Timer::~Timer() {
  if (histogram_) observe();
}

double Timer::observe() {
  const double seconds = static_cast<double>(now_ns() - start_ns_) / 1e9;
  if (histogram_) histogram_->observe(seconds);
  histogram_ = nullptr;
  return seconds;
}

}  // namespace regie::metrics
