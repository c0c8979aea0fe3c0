#include "domain/afscherming.hpp"

#include <algorithm>
#include <optional>

#include "domain/kleine_aantallen.hpp"

namespace regie::domain {
namespace {

// A hidden figure as the reader knows it: a small count lies in 0..4, a shielded one is 5 or more.
constexpr std::int64_t kOnbegrensd = std::int64_t{1} << 40;

struct Grenzen {
  std::int64_t laag, hoog;  // of teken × waarde
};

Grenzen grenzen(Zichtbaarheid z, int teken) {
  const std::int64_t laag = z == Zichtbaarheid::klein ? 0 : kKleinsteGetoondeAantal;
  const std::int64_t hoog = z == Zichtbaarheid::klein ? kKleinsteGetoondeAantal - 1 : kOnbegrensd;
  return teken > 0 ? Grenzen{laag, hoog} : Grenzen{-hoog, -laag};
}

// Whether the shown members of `v` pin one of its hidden small counts (1..4) to a single value.
bool onthult(const Verband& v, std::span<const std::int64_t> waarden, const std::vector<Zichtbaarheid>& z) {
  std::int64_t som = 0, laag = 0,
               hoog = 0;  // of the hidden members: their true sum and what the reader allows
  for (const auto& l : v.leden) {
    if (z[l.cel] == Zichtbaarheid::getoond) continue;
    const auto g = grenzen(z[l.cel], l.teken);
    som += l.teken * waarden[l.cel];
    laag += g.laag;
    hoog += g.hoog;
  }
  for (const auto& l : v.leden) {
    if (z[l.cel] != Zichtbaarheid::klein || waarden[l.cel] == 0) continue;
    const auto g = grenzen(z[l.cel], l.teken);
    // teken × waarde = som − (the others), and the others lie between (laag − g.laag) and (hoog − g.hoog).
    const auto van = std::max(g.laag, som - (hoog - g.hoog));
    const auto tot = std::min(g.hoog, som - (laag - g.laag));
    if (van == tot) return true;
  }
  return false;
}

std::optional<std::size_t> kleinste_getoonde(const Verband& v, std::span<const std::int64_t> waarden,
                                             const std::vector<Zichtbaarheid>& z) {
  std::optional<std::size_t> uit;
  for (const auto& l : v.leden) {
    if (z[l.cel] == Zichtbaarheid::getoond && (!uit || waarden[l.cel] < waarden[*uit])) uit = l.cel;
  }
  return uit;
}

}  // namespace

std::vector<Zichtbaarheid> afschermen(std::span<const std::int64_t> waarden,
                                      std::span<const Verband> verbanden) {
  std::vector<Zichtbaarheid> z(waarden.size());
  for (std::size_t i = 0; i < waarden.size(); ++i)
    z[i] = waarden[i] < kKleinsteGetoondeAantal ? Zichtbaarheid::klein : Zichtbaarheid::getoond;
  // Hiding a figure only widens what the reader allows in every other relation, so one pass is enough.
  for (const auto& v : verbanden) {
    while (onthult(v, waarden, z)) {
      const auto cel = kleinste_getoonde(v, waarden, z);
      if (!cel) break;  // everything in it is hidden already
      z[*cel] = Zichtbaarheid::afgeschermd;
    }
  }
  return z;
}

}  // namespace regie::domain
