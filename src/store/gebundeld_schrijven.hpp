#pragma once
// Group commit for a database whose transactions each wait for their own commit (PostgreSQL): concurrent
// pieces of work are queued, and whoever finds no batch running runs everything queued in one transaction,
// each piece in a savepoint of its own (a piece that throws is rolled back alone and its caller gets the
// exception). Every caller returns only after the commit that holds its work. For the log lines of reads:
// each takes the chain head's row lock until its commit, so one commit per batch instead of one per
// request keeps them from queueing on that lock (docs/performance.md).

#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <vector>

#include "store/database.hpp"

namespace regie::store {

class GebundeldSchrijven {
 public:
  using Werk = std::function<void(Tx&)>;
  // Runs `werk` in a transaction started by `transactie` (which commits when its function returns and rolls
  // back when it throws), together with whatever other callers queued meanwhile.
  void schrijven(const Werk& werk, const std::function<void(const Werk&)>& transactie);

 private:
  struct Opdracht {
    const Werk* werk;
    std::exception_ptr fout;
    bool klaar = false;
  };
  static void voer_uit(const std::vector<Opdracht*>& batch,
                       const std::function<void(const Werk&)>& transactie);

  std::mutex mutex_;
  std::condition_variable klaar_;
  std::vector<Opdracht*> wachtrij_;
  bool bezig_ = false;
};

}  // namespace regie::store
