#include "service/inlogdrempel.hpp"

#include <algorithm>

#include "metrics/metrics.hpp"
#include "service/errors.hpp"
#include "store/sessie_store.hpp"

namespace regie::service {
namespace {

using namespace std::chrono;

constexpr auto kBlokkade = minutes(15);  // a key is forgotten after this long without attempts
constexpr auto kMaxWachttijd = seconds(60);

}  // namespace

DrempelSleutel drempel_sleutel(const Drempel& drempel, std::string_view waarde) {
  return {std::string{drempel.voorvoegsel} + std::string{waarde.substr(0, 64)}, &drempel};
}

void vereis_geen_wachttijd(store::Tx& tx, const std::vector<DrempelSleutel>& sleutels, domain::Tijdstip nu) {
  for (const auto& s : sleutels) {
    const auto poging = store::inlogpoging(tx, s.sleutel);
    if (!poging) continue;
    const auto volgende = domain::opgeslagen_tijdstip(poging->volgende_poging_op);
    if (volgende > nu) {
      metrics::counters("regie_logins_throttled_total",
                        "Inlogpogingen geweigerd omdat een sleutel moet wachten.")
          .Add({})
          .Increment();
      throw TooManyRequests(
          "Te veel mislukte pogingen. Probeer het over enkele ogenblikken opnieuw.",
          static_cast<int>(std::max<std::int64_t>(1, duration_cast<seconds>(volgende - nu).count() + 1)));
    }
  }
}

void mislukte_poging(store::Tx& tx, const std::vector<DrempelSleutel>& sleutels, domain::Tijdstip nu) {
  for (const auto& s : sleutels) {
    const auto vorig = store::inlogpoging(tx, s.sleutel);
    const bool vergeten = !vorig || nu - domain::opgeslagen_tijdstip(vorig->laatste_op) > kBlokkade;
    const int aantal = (vergeten ? 0 : vorig->mislukt) + 1;
    auto wacht = domain::Tijdstip::duration{0};
    if (aantal >= s.drempel->blokkeren) {
      wacht = kBlokkade;
    } else if (aantal > s.drempel->vrij) {
      wacht = std::min<domain::Tijdstip::duration>(seconds(1 << std::min(aantal - s.drempel->vrij - 1, 6)),
                                                   kMaxWachttijd);
    }
    store::inlogpoging_zetten(
        tx, {s.sleutel, aantal, domain::format_tijdstip(nu), domain::format_tijdstip(nu + wacht)});
  }
}

void tel_mislukte_inlog(std::string_view via) {
  metrics::counters("regie_logins_failed_total", "Mislukte inlogpogingen, naar de manier van inloggen.")
      .Add({{"via", std::string{via}}})
      .Increment();
}

}  // namespace regie::service
