#include "store/codes.hpp"

namespace regie::store {

std::string woorden(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : " ") + item;
  return out;
}

std::vector<std::string> woorden_uit(const std::string& tekst) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < tekst.size()) {
    const auto end = tekst.find(' ', start);
    out.push_back(tekst.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

domain::Datum datum_uit(const Row& row, std::size_t i) {
  const auto d = domain::parse_datum(row.text(i));
  if (!d) throw DatabaseError("ongeldige datum in kolom " + std::to_string(i));
  return *d;
}

std::optional<domain::Datum> opt_datum_uit(const Row& row, std::size_t i) {
  if (row.is_null(i)) return std::nullopt;
  return datum_uit(row, i);
}

Value opt_datum(const std::optional<domain::Datum>& d) {
  return d ? Value{domain::format_datum(*d)} : null();
}

}  // namespace regie::store
