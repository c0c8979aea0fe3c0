// `regie serve`: the HTTP server with the API.

#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

#include "api/routes.hpp"
#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "http/server.hpp"

namespace regie::cli {
namespace {

namespace fs = std::filesystem;

// The data directory holds the most sensitive data there is: only its owner may enter it.
void prepare_data_dir(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir)) {
    throw UsageError("De gegevensmap '" + dir.string() + "' bestaat niet en kan niet worden gemaakt.");
  }
  fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
  const fs::path probe = dir / ".schrijftest";
  if (std::ofstream{probe} << "") {
    fs::remove(probe, ec);
  } else {
    throw UsageError("In de gegevensmap '" + dir.string() + "' kan niet worden geschreven.");
  }
}

}  // namespace

int serve_command(const std::vector<std::string>& args) {
  const Options options{args, {{"port", true}, {"host", true}, {"data-dir", true}, {"read-timeout", true}}};
  http::ServerConfig config;
  if (const auto port = options.value_or_env("port", "REGIE_PORT"))
    config.port = parse_port(*port, "De poort");
  if (const auto host = options.value_or_env("host", "REGIE_HOST")) config.host = *host;
  if (const auto timeout = options.value_or_env("read-timeout", "REGIE_READ_TIMEOUT")) {
    config.read_timeout = std::chrono::seconds{parse_seconds(*timeout, "De leestime-out")};
  }
  const fs::path data_dir = options.value_or_env("data-dir", "REGIE_DATA_DIR").value_or("regie-data");
  prepare_data_dir(data_dir);

  const api::Router router = api::make_router();
  http::Server server{config,
                      {[&router](const http::Request& r) { return router.handle(r); },
                       [&router](int status) { return router.reject(status); }}};
  try {
    server.listen();
  } catch (const std::exception&) {
    std::cerr << "regie serve: kan niet luisteren op " << config.host << ':' << config.port
              << " (is het adres geldig en de poort vrij?).\n";
    return kExitFailure;
  }
  std::cout << "Regie draait op http://" << config.host << ':' << server.port() << "  (stoppen: Ctrl+C)"
            << std::endl;
  server.run();
  std::cout << "Regie is gestopt." << std::endl;
  return kExitOk;
}

}  // namespace regie::cli
