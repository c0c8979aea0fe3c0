#include "store/sqlite/wal_checkpointer.hpp"

#include <sqlite3.h>

#include "store/database.hpp"

namespace regie::store {

WalCheckpointer::WalCheckpointer(const std::filesystem::path& file, std::chrono::milliseconds interval)
    : interval_(interval) {
  if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
      SQLITE_OK) {
    sqlite3_close_v2(db_);
    throw DatabaseUnavailable("kan de database niet openen voor het bijwerken vanuit de WAL");
  }
  thread_ = std::jthread{[this](std::stop_token stop) { run(stop); }};
}

WalCheckpointer::~WalCheckpointer() {
  thread_.request_stop();
  if (thread_.joinable()) thread_.join();
  sqlite3_close_v2(db_);
}

void WalCheckpointer::run(std::stop_token stop) {
  std::unique_lock lock{mutex_};
  for (;;) {
    wakker_.wait_for(lock, stop, interval_, [] { return false; });
    if (stop.stop_requested()) return;
    // A failure (the disk, a lock) is tried again next time; the writer's own checkpoint is the safety net.
    sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
  }
}

}  // namespace regie::store
