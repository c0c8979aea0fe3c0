#pragma once
// Text rules shared by the domain and the service layer.

#include <algorithm>
#include <cctype>
#include <string_view>

namespace regie::domain {

// Empty, or only white space: as good as not filled in.
inline bool is_leeg(std::string_view s) {
  return std::ranges::all_of(s, [](unsigned char c) { return std::isspace(c) != 0; });
}

}  // namespace regie::domain
