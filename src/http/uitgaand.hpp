#pragma once
// Regie's own calls to another server (an OpenID provider's discovery, keys and token endpoint) with
// Boost.Beast: HTTPS with the system's trusted certificates and the host name checked, or plain HTTP to a
// loopback address only (a test IdP on this machine). Every call has a deadline and a size limit.

#include <chrono>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace regie::http {

struct UitgaandVerzoek {
  std::string methode = "GET";
  std::string adres;  // absolute http(s) URL
  std::string body{};
  std::string content_type{};
  std::vector<std::pair<std::string, std::string>> headers{};
};

struct UitgaandAntwoord {
  int status = 0;
  std::string body;
};

// The call failed before an answer came: no connection, TLS refused, too slow, too large, bad address.
struct VerbindingMislukt : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Whether `adres` may be called: https, or http to 127.0.0.1, ::1 or localhost.
bool adres_toegestaan(const std::string& adres);

UitgaandAntwoord opvragen(const UitgaandVerzoek& verzoek,
                          std::chrono::milliseconds deadline = std::chrono::seconds(10));

}  // namespace regie::http
