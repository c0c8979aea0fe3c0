#pragma once
// The project's test OpenID provider (tools/test-idp: `oidc-provider` from npm) on a loopback port, and a
// small browser that follows redirects between Regie and it with a cookie jar per port.

#include <boost/json.hpp>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "support/http_client.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace regie::testing {

// A free loopback port now (for a program that must know its address before it starts).
unsigned short vrije_poort();

class TestIdp {
 public:
  // `clients`: oidc-provider client metadata; `accounts`: sub → claims. Listens on `poort`.
  TestIdp(boost::json::array clients, boost::json::object accounts, unsigned short poort);
  std::string issuer() const { return "http://127.0.0.1:" + std::to_string(poort_); }
  unsigned short poort() const { return poort_; }
  // Who logs in at the next login page.
  void inlogger(const std::string& sub);
  // How the token endpoint breaks the ID token from now on ("" for not at all); see idp.mjs.
  void fout(const std::string& fout);
  // Stops and starts again on the same port: new signing keys with new kids (a key rotation).
  void herstarten();

 private:
  void starten();

  TempDir map_;
  std::string instellingen_;
  unsigned short poort_;
  std::unique_ptr<BackgroundProcess> proces_;
};

// Absolute http://127.0.0.1:PORT/… addresses only.
class Browser {
 public:
  HttpResponse get(const std::string& adres);
  // Follows redirects from `adres` until one leads to an address starting with `tot` (returned, not
  // visited) or an answer is no redirect (then that answer's address). At most 10 steps.
  std::string volgen(const std::string& adres, const std::string& tot);
  std::optional<std::string> cookie(unsigned short poort, const std::string& naam) const;

 private:
  std::map<unsigned short, std::map<std::string, std::string>> cookies_;
};

}  // namespace regie::testing
