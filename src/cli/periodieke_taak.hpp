#pragma once
// Work the server does by itself (ADR 0008): once at start-up and then every interval, on a thread of its
// own, stopped when the server stops. A round that fails is logged and the next round tries again.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace regie::cli {

class PeriodiekeTaak {
 public:
  // `naam` names the log event of a failed round ("<naam>_mislukt").
  PeriodiekeTaak(std::string naam, std::function<void()> taak, std::chrono::minutes interval);

 private:
  std::mutex mutex_;
  std::condition_variable_any wacht_;
  std::jthread draad_;  // last: stopped and joined first
};

}  // namespace regie::cli
