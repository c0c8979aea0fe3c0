#pragma once
// Secondary small-number protection (ADR 0009). Figures are related: an organisation's count is its teams'
// counts plus those without a team, the households with a support plan are those from level 2. Whoever sees
// the shown figures of a relation can work out what its hidden ones add up to; when that pins a hidden count
// of 1 to 4 to one value, another figure of the relation is hidden too (the smallest shown one). A zero may
// be worked out: it identifies no one.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace regie::domain {

enum class Zichtbaarheid : std::uint8_t {
  getoond,
  klein,        // below 5
  afgeschermd,  // 5 or more, hidden so that a small count cannot be worked out
};

// Σ teken × waarde over the members is known to the reader (or assumed to be: what a relation leaves out,
// such as the households without a team, is treated as known).
struct Verband {
  struct Lid {
    std::size_t cel;
    int teken;  // +1 or -1
  };
  std::vector<Lid> leden;
};

std::vector<Zichtbaarheid> afschermen(std::span<const std::int64_t> waarden,
                                      std::span<const Verband> verbanden);

}  // namespace regie::domain
