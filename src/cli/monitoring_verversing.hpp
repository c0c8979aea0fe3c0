#pragma once
// The server's periodic refresh of the monitoring figures (ADR 0008): once at start-up and then every
// interval, on a thread of its own, stopped when the server stops.

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "service/monitoring.hpp"

namespace regie::cli {

class MonitoringVerversing {
 public:
  MonitoringVerversing(service::Monitoring& monitoring, std::chrono::minutes interval);

 private:
  std::mutex mutex_;
  std::condition_variable_any wacht_;
  std::jthread draad_;  // last: stopped and joined first
};

}  // namespace regie::cli
