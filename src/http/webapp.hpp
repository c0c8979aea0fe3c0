#pragma once
// Serves the built web app (web/dist) from memory: every file is read once at start-up, so a request can
// never reach outside that directory and answering never blocks. Paths without a file extension get
// index.html, so that the app's own URLs (e.g. /huishoudens/{id}) survive a reload. Hashed build output
// under /assets/ is cached for a year; everything else is revalidated. Every answer carries a strict
// Content-Security-Policy: the app loads only its own scripts and styles and talks only to its origin.

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "http/message.hpp"

namespace regie::http {

inline constexpr std::string_view kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

class WebApp {
 public:
  // Reads every file below `map`. Throws std::runtime_error when it holds no index.html.
  static WebApp laden(const std::filesystem::path& map);

  // Whether this request is for the app (GET/HEAD outside /api/ and /healthz).
  static bool is_voor_app(const Request& request);

  Response beantwoorden(const Request& request) const;
  std::size_t aantal_bestanden() const { return bestanden_.size(); }

 private:
  struct Bestand {
    std::string content_type;
    std::string inhoud;
  };
  std::map<std::string, Bestand, std::less<>> bestanden_;  // by URL path, e.g. "/assets/index-abc.js"
};

// Where `regie serve` looks for the built app when none is given: web/dist next to the source tree the
// binary was built in (build/<preset>/regie → web/dist), if it exists.
std::optional<std::filesystem::path> standaard_webapp_map();

}  // namespace regie::http
