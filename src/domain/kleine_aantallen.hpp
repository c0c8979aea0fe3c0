#pragma once
// Small-number protection for the monitoring (issue 6): a count below 5 is never shown as a number, so that
// no household can be recognised from a figure, on screen or in an export. A percentage is suppressed too
// when its part, its whole or the rest of the whole is below 5 — otherwise "98% of 200" gives away the 4.

#include <cstdint>
#include <optional>
#include <string>

namespace regie::domain {

inline constexpr std::int64_t kKleinsteGetoondeAantal = 5;
inline constexpr const char* kKleinAantalTekst = "< 5";

// The count when it may be shown, else nothing. An empty period (0) is below 5 as well.
std::optional<std::int64_t> toonbaar_aantal(std::int64_t aantal);

// "12", or "< 5".
std::string aantal_als_tekst(std::int64_t aantal);

// Whole percent of `deel` in `geheel`, rounded down, when neither it nor its complement gives a small count
// away.
std::optional<int> toonbaar_percentage(std::int64_t deel, std::int64_t geheel);

}  // namespace regie::domain
