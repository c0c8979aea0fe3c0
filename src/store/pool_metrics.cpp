#include "store/pool_metrics.hpp"

#include <string>

namespace regie::store {

PoolMetrics::PoolMetrics(std::string_view backend)
    : open(metrics::gauges("regie_db_connections", "Open databaseverbindingen van de pool.")
               .Add({{"backend", std::string{backend}}})),
      in_use(metrics::gauges("regie_db_connections_in_use", "Databaseverbindingen in gebruik.")
                 .Add({{"backend", std::string{backend}}})),
      wait(metrics::histograms("regie_db_connection_wait_seconds",
                               "Wachttijd van een transactie op een vrije verbinding.")
               .Add({{"backend", std::string{backend}}}, metrics::seconds_buckets())) {}

GroupCommitMetrics::GroupCommitMetrics()
    : queued(
          metrics::gauges("regie_db_write_queue", "Schrijftransacties die op hun commit wachten.").Add({})),
      batch_size(metrics::histograms("regie_db_group_commit_size",
                                     "Schrijftransacties die één commit delen (SQLite).")
                     .Add({}, metrics::size_buckets())) {}

}  // namespace regie::store
