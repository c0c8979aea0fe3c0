#pragma once
// Every enumeration of the method has a stable lower_snake_case code (DOMAIN.md §0): the contract
// with API clients, the CLI and the database. Each enumeration declares its codes once, as a table,
// through a specialisation of `CodeTable`; the lookups below serve all of them.

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace regie::domain {

template <typename E>
struct CodeTable;  // specialised per enumeration: static constexpr std::array<std::pair<E, std::string_view>,
                   // N> entries

template <typename E>
constexpr std::string_view to_code(E value) {
  for (const auto& [e, code] : CodeTable<E>::entries) {
    if (e == value) return code;
  }
  return {};
}

template <typename E>
constexpr std::optional<E> from_code(std::string_view code) {
  for (const auto& [e, c] : CodeTable<E>::entries) {
    if (c == code) return e;
  }
  return std::nullopt;
}

// "a, b, c": for messages that tell the user which values are allowed.
template <typename E>
std::string allowed_codes() {
  std::string out;
  for (const auto& [e, code] : CodeTable<E>::entries) {
    if (!out.empty()) out += ", ";
    out += code;
  }
  return out;
}

}  // namespace regie::domain
