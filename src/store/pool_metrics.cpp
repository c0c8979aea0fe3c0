#include "store/pool_metrics.hpp"

#include <map>
#include <string>

namespace regie::store {

namespace {

std::map<std::string, std::string> labels(std::string_view backend, std::string_view opslag) {
  return {{"backend", std::string{backend}}, {"opslag", std::string{opslag}}};
}

}  // namespace

PoolMetrics::PoolMetrics(std::string_view backend, std::string_view opslag)
    : open(metrics::gauges("regie_db_connections", "Open databaseverbindingen van de pool.")
               .Add(labels(backend, opslag))),
      in_use(metrics::gauges("regie_db_connections_in_use", "Databaseverbindingen in gebruik.")
                 .Add(labels(backend, opslag))),
      wait(metrics::histograms("regie_db_connection_wait_seconds",
                               "Wachttijd van een transactie op een vrije verbinding.")
               .Add(labels(backend, opslag), metrics::seconds_buckets())) {}

GroupCommitMetrics::GroupCommitMetrics(std::string_view opslag)
    : queued(metrics::gauges("regie_db_write_queue",
                             "Schrijftransacties die op hun commit wachten (per bestand: gegevens, logboek).")
                 .Add({{"opslag", std::string{opslag}}})),
      batch_size(metrics::histograms("regie_db_group_commit_size",
                                     "Schrijftransacties die één commit delen (SQLite).")
                     .Add({{"opslag", std::string{opslag}}}, metrics::size_buckets())) {}

}  // namespace regie::store
