#pragma once
// Reading the method's codes back from a row: a value the schema's CHECK should have kept out is a bug.

#include <optional>
#include <string>
#include <vector>

#include "domain/codes.hpp"
#include "domain/tijd.hpp"
#include "store/database.hpp"

namespace regie::store {

template <typename E>
E code_uit(const Row& row, std::size_t i) {
  const auto e = domain::from_code<E>(row.text(i));
  if (!e) throw DatabaseError("onbekende code in kolom " + std::to_string(i));
  return *e;
}

template <typename E>
std::optional<E> opt_code_uit(const Row& row, std::size_t i) {
  if (row.is_null(i)) return std::nullopt;
  return code_uit<E>(row, i);
}

template <typename E>
Value code(E e) {
  return std::string{domain::to_code(e)};
}

template <typename E>
Value opt_code(const std::optional<E>& e) {
  return e ? code(*e) : null();
}

inline Value vlag(bool b) { return std::int64_t{b ? 1 : 0}; }

// Lists of ids or codes are stored as one text, separated by spaces (neither contains a space).
std::string woorden(const std::vector<std::string>& items);
std::vector<std::string> woorden_uit(const std::string& tekst);

template <typename E>
std::string codes_tekst(const std::vector<E>& codes) {
  std::vector<std::string> items;
  for (auto c : codes) items.emplace_back(domain::to_code(c));
  return woorden(items);
}

template <typename E>
std::vector<E> codes_lijst(const std::string& tekst) {
  std::vector<E> out;
  for (const auto& w : woorden_uit(tekst)) {
    const auto e = domain::from_code<E>(w);
    if (!e) throw DatabaseError("onbekende code in een lijst");
    out.push_back(*e);
  }
  return out;
}

domain::Datum datum_uit(const Row& row, std::size_t i);
std::optional<domain::Datum> opt_datum_uit(const Row& row, std::size_t i);
Value opt_datum(const std::optional<domain::Datum>& d);

}  // namespace regie::store
