#include "store/gebundeld_schrijven.hpp"

namespace regie::store {

void GebundeldSchrijven::schrijven(const Werk& werk, const std::function<void(const Batch&)>& uitvoeren) {
  Opdracht eigen{&werk, {}, false};
  std::unique_lock lock{mutex_};
  wachtrij_.push_back(&eigen);
  while (!eigen.klaar) {
    if (bezig_) {
      klaar_.wait(lock);
      continue;
    }
    bezig_ = true;
    Batch batch;
    batch.swap(wachtrij_);
    lock.unlock();
    uitvoeren(batch);
    lock.lock();
    for (auto* o : batch) o->klaar = true;
    bezig_ = false;
    klaar_.notify_all();
  }
  if (eigen.fout) std::rethrow_exception(eigen.fout);
}

void GebundeldSchrijven::in_savepoints(const Batch& batch,
                                       const std::function<void(const Werk&)>& transactie) {
  try {
    transactie([&](Tx& tx) {
      for (auto* o : batch) {
        tx.exec_script("SAVEPOINT opdracht");
        try {
          (*o->werk)(tx);
          tx.exec_script("RELEASE SAVEPOINT opdracht");
        } catch (const std::exception&) {
          o->fout = std::current_exception();
          // Throws when the transaction itself is gone (a lost connection): then the whole batch fails.
          tx.exec_script("ROLLBACK TO SAVEPOINT opdracht; RELEASE SAVEPOINT opdracht");
        }
      }
    });
  } catch (...) {
    const auto fout = std::current_exception();
    for (auto* o : batch) {
      if (!o->fout) o->fout = fout;
    }
  }
}

}  // namespace regie::store
