#pragma once
// The database pool's figures on /metrics, the same names for both backends (label `backend`): open
// connections, connections in use, and how long a transaction waited for one.

#include <string_view>

#include "metrics/metrics.hpp"

namespace regie::store {

struct PoolMetrics {
  explicit PoolMetrics(std::string_view backend);
  metrics::Gauge& open;
  metrics::Gauge& in_use;
  metrics::Histogram& wait;
};

// SQLite's single writer: writes waiting for their batch, and how many share one commit.
struct GroupCommitMetrics {
  GroupCommitMetrics();
  metrics::Gauge& queued;
  metrics::Histogram& batch_size;
};

}  // namespace regie::store
