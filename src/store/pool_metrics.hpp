#pragma once
// The database pool's figures on /metrics, the same names for both backends (label `backend`): open
// connections, connections in use, and how long a transaction waited for one.

#include <string_view>

#include "metrics/metrics.hpp"

namespace regie::store {

struct PoolMetrics {
  explicit PoolMetrics(std::string_view backend);
  prometheus::Gauge& open;
  prometheus::Gauge& in_use;
  prometheus::Histogram& wait;
};

// SQLite's single writer: writes waiting for their batch, and how many share one commit.
struct GroupCommitMetrics {
  GroupCommitMetrics();
  prometheus::Gauge& queued;
  prometheus::Histogram& batch_size;
};

}  // namespace regie::store
