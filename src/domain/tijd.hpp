#pragma once
// Dates and moments as text: ISO 8601, the form in which both databases store them (so that text order is
// time order) and the API exchanges them.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/leeftijd.hpp"

namespace regie::domain {

using Tijdstip = std::chrono::sys_time<std::chrono::microseconds>;

std::string format_datum(Datum datum);                    // 2026-11-22
std::string datum_in_woorden(Datum datum);                // 22 november 2026
std::optional<Datum> parse_datum(std::string_view text);  // only YYYY-MM-DD, and a real calendar date
std::string format_tijdstip(Tijdstip tijdstip);           // 2026-11-22T07:08:09.123456Z
std::optional<Tijdstip> parse_tijdstip(std::string_view text);
// A moment the database stored; an unreadable one counts as long past (the epoch), so that whatever depends
// on it (a session, a wait) has ended rather than lasting for ever.
Tijdstip opgeslagen_tijdstip(std::string_view text);

Datum datum_van(Tijdstip tijdstip);  // the UTC calendar day
// Milliseconds since 1970 (UTC), the processing log's unit of time.
std::int64_t ms_van(Tijdstip tijdstip);
Tijdstip tijdstip_van_ms(std::int64_t ms);
Datum plus_dagen(Datum datum, int dagen);

}  // namespace regie::domain
