#include "domain/kleine_aantallen.hpp"

namespace regie::domain {

std::optional<std::int64_t> toonbaar_aantal(std::int64_t aantal) {
  if (aantal < kKleinsteGetoondeAantal) return std::nullopt;
  return aantal;
}

std::string aantal_als_tekst(std::int64_t aantal) {
  const auto n = toonbaar_aantal(aantal);
  return n ? std::to_string(*n) : kKleinAantalTekst;
}

std::optional<int> toonbaar_percentage(std::int64_t deel, std::int64_t geheel) {
  if (deel < 0 || deel > geheel) return std::nullopt;
  if (!toonbaar_aantal(deel) || !toonbaar_aantal(geheel) || !toonbaar_aantal(geheel - deel))
    return std::nullopt;
  return static_cast<int>(deel * 100 / geheel);
}

}  // namespace regie::domain
