#pragma once
// `regie gemeente inlogdienst …`: a gemeente's own identity provider (OpenID Connect, ADR 0021).

#include <vector>

#include "cli/options.hpp"

namespace regie::cli {

// The options `regie gemeente` accepts for it.
std::vector<OptionSpec> inlogdienst_opties();
int inlogdienst_command(const Options& options);

}  // namespace regie::cli
