#pragma once
// Copies SQLite's write-ahead log back into the database file on a thread of its own, so that the writer's
// commits, and every caller waiting in a group commit, do not (docs/performance.md: a tenth of the log
// store's CPU time at national scale was the checkpoint inside a commit). Passive checkpoints: they neither
// wait for nor block readers and the writer.

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>

struct sqlite3;

namespace regie::store {

class WalCheckpointer {
 public:
  WalCheckpointer(const std::filesystem::path& file, std::chrono::milliseconds interval);
  ~WalCheckpointer();
  WalCheckpointer(const WalCheckpointer&) = delete;
  WalCheckpointer& operator=(const WalCheckpointer&) = delete;

 private:
  void run(std::stop_token stop);

  sqlite3* db_ = nullptr;
  std::chrono::milliseconds interval_;
  std::mutex mutex_;
  std::condition_variable_any wakker_;
  std::jthread thread_;  // last: stopped and joined before the connection closes
};

}  // namespace regie::store
