#pragma once
// Group commit: concurrent pieces of work are queued, and whoever finds no batch running runs everything
// queued as one batch, in one transaction with a savepoint per piece (a piece that throws is rolled back
// alone and its caller gets the exception). Every caller returns only after the commit that holds its work.
// SQLite's single writer runs all its writes this way (its own batch runner, ADR 0006); PostgreSQL the log
// lines of reads (in_savepoints, ADR 0026), which would otherwise queue one commit at a time on the chain
// head's row lock.

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
  struct Opdracht {
    const Werk* werk;
    std::exception_ptr fout;  // set by the batch when this piece, or the whole batch, failed
    bool klaar = false;
  };
  using Batch = std::vector<Opdracht*>;

  // Queues `werk`; whoever finds no batch running runs everything queued with `uitvoeren`, which must not
  // throw and sets the `fout` of every piece that failed. Rethrows this caller's own failure.
  void schrijven(const Werk& werk, const std::function<void(const Batch&)>& uitvoeren);

  // A batch in one transaction started by `transactie` (which commits when its function returns and rolls
  // back when it throws), each piece in a savepoint of its own. Never throws.
  static void in_savepoints(const Batch& batch, const std::function<void(const Werk&)>& transactie);

 private:
  std::mutex mutex_;
  std::condition_variable klaar_;
  Batch wachtrij_;
  bool bezig_ = false;
};

}  // namespace regie::store
