#include "cli/monitoring_verversing.hpp"

#include <iostream>

namespace regie::cli {

MonitoringVerversing::MonitoringVerversing(service::Monitoring& monitoring, std::chrono::minutes interval)
    : draad_([this, &monitoring, interval](std::stop_token stop) {
        while (!stop.stop_requested()) {
          try {
            monitoring.alles_verversen();
          } catch (const std::exception& e) {
            // Only the kind of failure: the figures stay as they were and the next round tries again.
            std::cerr << "regie serve: monitoring bijwerken mislukte (" << e.what() << ")\n";
          }
          std::unique_lock lock{mutex_};
          wacht_.wait_for(lock, stop, interval, [] { return false; });
        }
      }) {}

}  // namespace regie::cli
