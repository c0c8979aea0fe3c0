#include "http/message.hpp"

#include <algorithm>
#include <cctype>

namespace regie::http {
namespace {

std::string lower(std::string s) {
  std::ranges::transform(s, s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::optional<std::string_view> find_header(const std::vector<Header>& headers, std::string_view name) {
  const auto it = std::ranges::find(headers, name, &Header::name);
  if (it == headers.end()) return std::nullopt;
  return std::string_view{it->value};
}

}  // namespace

std::optional<std::string_view> Request::header(std::string_view lower_case_name) const {
  return find_header(headers, lower_case_name);
}

void Response::set_header(std::string name, std::string value) {
  name = lower(std::move(name));
  const auto it = std::ranges::find(headers, name, &Header::name);
  if (it != headers.end()) {
    it->value = std::move(value);
  } else {
    headers.push_back({std::move(name), std::move(value)});
  }
}

void Response::add_header(std::string name, std::string value) {
  headers.push_back({lower(std::move(name)), std::move(value)});
}

std::optional<std::string_view> Response::header(std::string_view lower_case_name) const {
  return find_header(headers, lower_case_name);
}

}  // namespace regie::http
