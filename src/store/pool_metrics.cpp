#include "store/pool_metrics.hpp"

#include <string>

namespace regie::store {

PoolMetrics::PoolMetrics(std::string_view backend)
    : open(metrics::registry().gauge("regie_db_connections", "Open databaseverbindingen van de pool.",
                                     {{"backend", std::string{backend}}})),
      in_use(metrics::registry().gauge("regie_db_connections_in_use", "Databaseverbindingen in gebruik.",
                                       {{"backend", std::string{backend}}})),
      wait(metrics::registry().histogram("regie_db_connection_wait_seconds",
                                         "Wachttijd van een transactie op een vrije verbinding.",
                                         {{"backend", std::string{backend}}})) {}

GroupCommitMetrics::GroupCommitMetrics()
    : queued(
          metrics::registry().gauge("regie_db_write_queue", "Schrijftransacties die op hun commit wachten.")),
      batch_size(metrics::registry().histogram("regie_db_group_commit_size",
                                               "Schrijftransacties die één commit delen (SQLite).", {},
                                               metrics::kSizeBounds)) {}

}  // namespace regie::store
