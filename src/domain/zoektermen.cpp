#include "domain/zoektermen.hpp"

#include <algorithm>
#include <array>

namespace regie::domain {
namespace {

// Particles of Dutch (and some other) surnames, and the generic words of household names: alone they
// would find half a gemeente.
constexpr std::array<std::string_view, 21> kStopwoorden{"d",  "da",  "de",  "den", "der", "des",   "di",
                                                        "du", "het", "in",  "la",  "le",  "op",    "'t",
                                                        "te", "ten", "ter", "van", "von", "gezin", "familie"};

// The second byte of À…Þ in UTF-8 (after 0xC3), without the multiplication sign: its lower case is 0x20 on.
bool is_latijnse_hoofdletter(char tweede) {
  const auto b = static_cast<unsigned char>(tweede);
  return b >= 0x80 && b <= 0x9e && b != 0x97;
}

}  // namespace

std::string zoekvorm(std::string_view naam) {
  std::string uit;
  for (std::size_t i = 0; i < naam.size(); ++i) {
    const char c = naam[i];
    const bool spatie = c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r';
    if (spatie) {
      if (!uit.empty() && uit.back() != ' ') uit.push_back(' ');
    } else if (c >= 'A' && c <= 'Z') {
      uit.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (c == '\xc3' && i + 1 < naam.size() && is_latijnse_hoofdletter(naam[i + 1])) {
      uit.push_back(c);
      uit.push_back(static_cast<char>(naam[++i] + 0x20));
    } else {
      uit.push_back(c);
    }
  }
  if (!uit.empty() && uit.back() == ' ') uit.pop_back();
  return uit;
}

std::vector<std::string> zoektermen(std::string_view naam) {
  const auto heel = zoekvorm(naam);
  std::vector<std::string> uit;
  if (heel.empty()) return uit;
  uit.push_back(heel);
  std::size_t begin = 0;
  while (begin <= heel.size()) {
    const auto eind = std::min(heel.find(' ', begin), heel.size());
    const std::string woord = heel.substr(begin, eind - begin);
    if (!woord.empty() && std::ranges::find(kStopwoorden, woord) == kStopwoorden.end() &&
        std::ranges::find(uit, woord) == uit.end())
      uit.push_back(woord);
    begin = eind + 1;
  }
  return uit;
}

}  // namespace regie::domain
