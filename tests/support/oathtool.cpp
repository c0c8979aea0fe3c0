#include "support/oathtool.hpp"

#include <cstdio>

namespace regie::testing {

std::string oathtool_code(const std::string& geheim, std::optional<std::time_t> op) {
  // The secret is base32 (A-Z, 2-7), so it is safe inside single quotes.
  auto opdracht = "oathtool --totp -b '" + geheim + "'";
  if (op) opdracht += " --now '@" + std::to_string(*op) + "'";
  FILE* p = popen(opdracht.c_str(), "r");
  if (!p) return {};
  char regel[32] = {};
  const bool gelezen = std::fgets(regel, sizeof regel, p) != nullptr;
  pclose(p);
  std::string code = gelezen ? regel : "";
  while (!code.empty() && (code.back() == '\n' || code.back() == '\r')) code.pop_back();
  return code;
}

}  // namespace regie::testing
