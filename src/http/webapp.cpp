#include "http/webapp.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace regie::http {
namespace {

struct Soort {
  std::string_view extensie;
  std::string_view content_type;
};

constexpr std::array<Soort, 12> kSoorten{{
    {".html", "text/html; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".mjs", "text/javascript; charset=utf-8"},
    {".css", "text/css; charset=utf-8"},
    {".json", "application/json"},
    {".svg", "image/svg+xml"},
    {".png", "image/png"},
    {".ico", "image/x-icon"},
    {".woff2", "font/woff2"},
    {".txt", "text/plain; charset=utf-8"},
    {".webmanifest", "application/manifest+json"},
    {".map", "application/json"},
}};

std::string content_type_van(const std::filesystem::path& pad) {
  const auto extensie = pad.extension().string();
  for (const auto& s : kSoorten) {
    if (s.extensie == extensie) return std::string{s.content_type};
  }
  return "application/octet-stream";
}

std::string lees(const std::filesystem::path& pad) {
  std::ifstream in(pad, std::ios::binary);
  if (!in) throw std::runtime_error("kan " + pad.string() + " niet lezen");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool heeft_extensie(std::string_view pad) {
  const auto slash = pad.rfind('/');
  return pad.find('.', slash == std::string_view::npos ? 0 : slash) != std::string_view::npos;
}

void veiligheidskoppen(Response& r) {
  r.set_header("content-security-policy", std::string{kContentSecurityPolicy});
  r.set_header("x-content-type-options", "nosniff");
  r.set_header("referrer-policy", "no-referrer");
  r.set_header("x-frame-options", "DENY");
}

}  // namespace

WebApp WebApp::laden(const std::filesystem::path& map) {
  WebApp app;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(map)) {
    if (!entry.is_regular_file()) continue;
    const auto relatief = std::filesystem::relative(entry.path(), map).generic_string();
    app.bestanden_["/" + relatief] = {content_type_van(entry.path()), lees(entry.path())};
  }
  if (!app.bestanden_.contains("/index.html")) {
    throw std::runtime_error(map.string() + " bevat geen index.html");
  }
  return app;
}

bool WebApp::is_voor_app(const Request& request) {
  if (request.method != "GET" && request.method != "HEAD") return false;
  // The server's own URLs outside the API: for load balancers and the scraper.
  constexpr std::array<std::string_view, 3> kServerPaden{"/healthz", "/readyz", "/metrics"};
  return !(request.path == "/api" || request.path.starts_with("/api/") ||
           std::ranges::find(kServerPaden, request.path) != kServerPaden.end());
}

Response WebApp::beantwoorden(const Request& request) const {
  Response r;
  veiligheidskoppen(r);
  auto it = bestanden_.find(request.path);
  if (it == bestanden_.end() && !heeft_extensie(request.path)) it = bestanden_.find("/index.html");
  if (it == bestanden_.end()) {
    r.status = 404;
    r.set_header("content-type", "text/plain; charset=utf-8");
    r.set_header("cache-control", "no-cache");
    r.body = "Dit bestand bestaat niet.\n";
    return r;
  }
  r.set_header("content-type", it->second.content_type);
  // Vite puts a content hash in every name under /assets/: such a file never changes.
  r.set_header("cache-control",
               it->first.starts_with("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
  r.body = it->second.inhoud;
  return r;
}

std::optional<std::filesystem::path> standaard_webapp_map() {
  std::error_code fout;
  const auto programma = std::filesystem::read_symlink("/proc/self/exe", fout);
  if (fout) return std::nullopt;
  const auto map = programma.parent_path() / ".." / ".." / "web" / "dist";
  if (!std::filesystem::exists(map / "index.html", fout)) return std::nullopt;
  return std::filesystem::weakly_canonical(map, fout);
}

}  // namespace regie::http
