#include "cli/monitoring_verversing.hpp"

#include "http/log.hpp"
#include "store/database.hpp"

namespace regie::cli {

MonitoringVerversing::MonitoringVerversing(service::Monitoring& monitoring, std::chrono::minutes interval)
    : draad_([this, &monitoring, interval](std::stop_token stop) {
        while (!stop.stop_requested()) {
          try {
            monitoring.alles_verversen();
          } catch (const store::DatabaseError& e) {
            // The figures stay as they were and the next round tries again.
            log::schrijf(log::Niveau::fout, "monitoring_bijwerken_mislukt", {{"oorzaak", e.what()}});
          } catch (...) {
            log::schrijf(log::Niveau::fout, "monitoring_bijwerken_mislukt", {{"type", log::exceptie_type()}});
          }
          std::unique_lock lock{mutex_};
          wacht_.wait_for(lock, stop, interval, [] { return false; });
        }
      }) {}

}  // namespace regie::cli
