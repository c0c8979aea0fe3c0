// `regie advies`: the regiekaart advice on the command line, same contract as POST /api/v1/adviezen.

#include <fstream>
#include <iostream>
#include <iterator>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "codec/advies_json.hpp"
#include "codec/taxatie_json.hpp"
#include "domain/advies.hpp"
#include "service/errors.hpp"

namespace regie::cli {
namespace {

constexpr std::size_t kMaxInputBytes = 1024 * 1024;  // the same limit as the server's request body

std::string read_limited(std::istream& in, std::string_view source) {
  std::string text;
  char buffer[8192];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxInputBytes) {
      throw UsageError(std::string{source} + " is groter dan 1 MiB; een taxatie is veel kleiner.");
    }
  }
  return text;
}

}  // namespace

int advies_command(const std::vector<std::string>& args) {
  const Options options{args, {{"invoer", true}}};
  std::string text;
  if (const auto path = options.value("invoer")) {
    std::ifstream file{*path, std::ios::binary};
    if (!file) throw UsageError("Kan het invoerbestand '" + *path + "' niet openen.");
    text = read_limited(file, "Het invoerbestand");
  } else {
    text = read_limited(std::cin, "De invoer");
  }

  try {
    const auto advies = domain::advise(codec::parse_taxatie(text));
    std::cout << codec::serialize_advies(advies) << '\n';
    return kExitOk;
  } catch (const service::BadRequest& e) {
    std::cerr << "regie advies: ongeldige invoer. " << e.what() << '\n';
    for (const auto& p : e.invalid_params()) std::cerr << "  - " << p.name << ": " << p.reason << '\n';
    return kExitUsage;
  }
}

}  // namespace regie::cli
