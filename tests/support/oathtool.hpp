#pragma once
// The code an authenticator app shows, computed by Debian's oathtool rather than by Regie's own code, so a
// test of the second factor does not check Regie against itself.

#include <ctime>
#include <optional>
#include <string>

namespace regie::testing {

// The six digits for the base32 `geheim` at `op` (now when absent); empty when oathtool is missing.
std::string oathtool_code(const std::string& geheim, std::optional<std::time_t> op = std::nullopt);

}  // namespace regie::testing
