#include "domain/tijd.hpp"

#include <array>

#include <charconv>
#include <cstdio>

namespace regie::domain {

using namespace std::chrono;

namespace {

std::optional<int> number(std::string_view text, std::size_t pos, std::size_t len) {
  if (pos + len > text.size()) return std::nullopt;
  int value = 0;
  const char* begin = text.data() + pos;
  const auto [end, ec] = std::from_chars(begin, begin + len, value);
  if (ec != std::errc{} || end != begin + len) return std::nullopt;
  return value;
}

}  // namespace

std::string format_datum(Datum d) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buffer;
}

std::optional<Datum> parse_datum(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto y = number(text, 0, 4), m = number(text, 5, 2), d = number(text, 8, 2);
  if (!y || !m || !d) return std::nullopt;
  const Datum datum{year{*y}, month{static_cast<unsigned>(*m)}, day{static_cast<unsigned>(*d)}};
  if (!datum.ok()) return std::nullopt;
  return datum;
}

std::string format_tijdstip(Tijdstip t) {
  const auto dag = floor<days>(t);
  const hh_mm_ss tijd{t - dag};
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02d.%06ldZ", format_datum(year_month_day{dag}).c_str(),
                static_cast<int>(tijd.hours().count()), static_cast<int>(tijd.minutes().count()),
                static_cast<int>(tijd.seconds().count()), static_cast<long>(tijd.subseconds().count()));
  return buffer;
}

std::optional<Tijdstip> parse_tijdstip(std::string_view text) {
  if (text.size() != 27 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != '.' ||
      text[26] != 'Z') {
    return std::nullopt;
  }
  const auto datum = parse_datum(text.substr(0, 10));
  const auto h = number(text, 11, 2), m = number(text, 14, 2), s = number(text, 17, 2),
             us = number(text, 20, 6);
  if (!datum || !h || !m || !s || !us || *h > 23 || *m > 59 || *s > 59) return std::nullopt;
  return Tijdstip{sys_days{*datum}} + hours{*h} + minutes{*m} + seconds{*s} + microseconds{*us};
}

Datum datum_van(Tijdstip t) { return year_month_day{floor<days>(t)}; }

Datum plus_dagen(Datum datum, int dagen) { return year_month_day{sys_days{datum} + days{dagen}}; }

Tijdstip opgeslagen_tijdstip(std::string_view text) { return parse_tijdstip(text).value_or(Tijdstip{}); }

std::string datum_in_woorden(Datum d) {
  static constexpr std::array<const char*, 12> kMaanden{"januari",   "februari", "maart",    "april",
                                                        "mei",       "juni",     "juli",     "augustus",
                                                        "september", "oktober",  "november", "december"};
  return std::to_string(static_cast<unsigned>(d.day())) + " " +
         kMaanden.at(static_cast<unsigned>(d.month()) - 1) + " " + std::to_string(static_cast<int>(d.year()));
}

std::int64_t ms_van(Tijdstip tijdstip) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(tijdstip.time_since_epoch()).count();
}

Tijdstip tijdstip_van_ms(std::int64_t ms) {
  return Tijdstip{std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::milliseconds{ms})};
}

}  // namespace regie::domain
