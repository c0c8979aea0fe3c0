#pragma once
// Work that only one of several server processes on the same PostgreSQL database should do at a time, such as
// the periodic monitoring refresh: whoever finds it taken skips its turn. On SQLite there is one process.

#include <cstdint>
#include <functional>

#include "store/database.hpp"

namespace regie::store {

// The slots in use (PostgreSQL advisory locks; migrations and partitions use their own).
inline constexpr std::int64_t kMonitoringSlot = 0x7265676965 + 2;

// Runs `werk` unless another process holds `slot`; true when it ran. The lock is held by a transaction of its
// own for as long as `werk` takes, so `werk` must use the database through other connections.
bool in_een_proces(Database& db, std::int64_t slot, const std::function<void()>& werk);

}  // namespace regie::store
