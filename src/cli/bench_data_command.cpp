// `regie bench-data`: a gemeente at national scale for the load benchmark (bench/load/run).

#include <charconv>
#include <chrono>
#include <iomanip>
#include <iostream>

#include "cli/bench/bench_gemeente.hpp"
#include "cli/commands.hpp"
#include "cli/database_options.hpp"
#include "cli/options.hpp"

namespace regie::cli {
namespace {

int getal_optie(const Options& options, std::string_view naam, int standaard, int min, int max) {
  const auto tekst = options.value(naam);
  if (!tekst) return standaard;
  int n = 0;
  const auto [end, ec] = std::from_chars(tekst->data(), tekst->data() + tekst->size(), n);
  if (ec != std::errc{} || end != tekst->data() + tekst->size() || n < min || n > max) {
    throw UsageError("--" + std::string{naam} + " moet een geheel getal zijn van " + std::to_string(min) +
                     " tot en met " + std::to_string(max) + ".");
  }
  return n;
}

class Voortgang {
 public:
  void operator()(int gedaan, int totaal) {
    const auto verstreken = std::chrono::steady_clock::now() - start_;
    const double seconden = std::chrono::duration<double>(verstreken).count();
    constexpr int kBreedte = 30;
    const int gevuld =
        totaal == 0 ? kBreedte : static_cast<int>(static_cast<long long>(gedaan) * kBreedte / totaal);
    const double rest = gedaan == 0 ? 0 : seconden * (totaal - gedaan) / gedaan;
    std::cerr << "\rHuishoudens [" << std::string(static_cast<std::size_t>(gevuld), '#')
              << std::string(static_cast<std::size_t>(kBreedte - gevuld), '.') << "] " << gedaan << "/"
              << totaal << "  " << std::fixed << std::setprecision(0) << seconden << " s, nog ~" << rest
              << " s   " << (gedaan == totaal ? "\n" : "") << std::flush;
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace

int bench_data_command(const std::vector<std::string>& args) {
  const Options options{args,
                        met_database_opties({{"huishoudens", true}, {"medewerkers", true}, {"seed", true}})};
  if (!options.value("huishoudens")) throw UsageError("Geef het aantal huishoudens op met --huishoudens N.");
  bench::BenchOpties opties;
  opties.huishoudens = getal_optie(options, "huishoudens", 0, 1, 10'000'000);
  opties.medewerkers = getal_optie(options, "medewerkers", 500, 30, 100'000);
  opties.seed = static_cast<unsigned>(getal_optie(options, "seed", 1, 0, 1'000'000));
  const auto db = open_database(options, Nieuw::toegestaan);
  const auto start = std::chrono::steady_clock::now();
  bench::BenchUitkomst uit;
  try {
    uit =
        bench::vul(*db, opties,
                   std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now()),
                   Voortgang{});
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  const auto seconden = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "Gemeente " << bench::kGemeente << ": " << uit.huishoudens << " huishoudens ("
            << uit.open_huishoudens << " lopend), " << uit.medewerkers << " medewerkers, in " << std::fixed
            << std::setprecision(0) << seconden << " s.\nInloggen als regisseur-1 … regisseur-"
            << uit.regisseurs.size() << ", manager-1 …, beheerder, "
            << "agendahouder; wachtwoord " << bench::kWachtwoord << ".\n";
  return kExitOk;
}

}  // namespace regie::cli
