#pragma once
// The database pool's figures on /metrics, the same names for both backends (label `backend`; on SQLite
// label `opslag` tells the data file from the log store's): open connections, connections in use, and how
// long a transaction waited for one.

#include <string_view>

#include "metrics/metrics.hpp"

namespace regie::store {

struct PoolMetrics {
  explicit PoolMetrics(std::string_view backend, std::string_view opslag = "data");
  prometheus::Gauge& open;
  prometheus::Gauge& in_use;
  prometheus::Histogram& wait;
};

// SQLite's single writer per file: writes waiting for their batch (for "logboek" the log queue), and how many
// share one commit.
struct GroupCommitMetrics {
  explicit GroupCommitMetrics(std::string_view opslag);
  prometheus::Gauge& queued;
  prometheus::Histogram& batch_size;
};

}  // namespace regie::store
