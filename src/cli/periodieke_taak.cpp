#include "cli/periodieke_taak.hpp"

#include "http/log.hpp"
#include "store/database.hpp"

namespace regie::cli {

PeriodiekeTaak::PeriodiekeTaak(std::string naam, std::function<void()> taak, std::chrono::minutes interval)
    : draad_([this, naam = std::move(naam) + "_mislukt", taak = std::move(taak),
              interval](std::stop_token stop) {
        while (!stop.stop_requested()) {
          try {
            taak();
          } catch (const store::DatabaseError& e) {
            log::schrijf(log::Niveau::fout, naam, {{"oorzaak", e.what()}});
          } catch (...) {
            log::schrijf(log::Niveau::fout, naam, {{"type", log::exceptie_type()}});
          }
          std::unique_lock lock{mutex_};
          wacht_.wait_for(lock, stop, interval, [] { return false; });
        }
      }) {}

}  // namespace regie::cli
