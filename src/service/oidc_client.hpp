#pragma once
// Regie as a confidential OpenID Connect client of a gemeente's identity provider (NL GOV assurance profile,
// ADR 0021): the IdP's metadata from its discovery document, the authorization request with PKCE (S256),
// the code exchanged at the token endpoint with private_key_jwt (or client_secret_basic), the ID token
// checked against the IdP's JWKS (fetched again once when a kid is new: rotated keys), and RP-initiated
// logout. Generic on purpose: the household's login through a DigiD broker uses the same client.

#include <boost/json/object.hpp>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>

#include "domain/tijd.hpp"
#include "http/uitgaand.hpp"
#include "service/oidc_id_token.hpp"
#include "store/inlogdienst_store.hpp"

namespace regie::service {

struct IdpGegevens {
  std::string issuer;
  std::string authorization_endpoint;
  std::string token_endpoint;
  std::string jwks_uri;
  std::optional<std::string> end_session_endpoint;
};

// The IdP could not be reached, or answered with an error or something that is not OpenID Connect.
struct IdpOnbereikbaar : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// One login's secrets: `state` binds the answer to the request, `nonce` the ID token to the login, and the
// PKCE verifier the code to whoever asked for it. 256 random bits each.
struct OidcPoging {
  std::string state;
  std::string nonce;
  std::string verifier;
};
OidcPoging oidc_poging_nieuw();
// RFC 7636 S256: base64url(SHA-256(verifier)).
std::string pkce_challenge(const std::string& verifier);

using Haler = std::function<http::UitgaandAntwoord(const http::UitgaandVerzoek&)>;

class OidcClient {
 public:
  explicit OidcClient(Haler haler = [](const http::UitgaandVerzoek& v) { return http::opvragen(v); });

  // From the issuer's discovery document, kept for an hour; its `issuer` must be the configured one.
  IdpGegevens gegevens(const std::string& issuer);
  // Where the browser goes to log in.
  std::string autorisatie_adres(const store::InlogdienstRecord& dienst, const OidcPoging& poging);
  // Exchanges the code (with the PKCE verifier) and returns the checked ID token's claims. TokenAfgewezen
  // when the token fails a check; IdpOnbereikbaar when the exchange itself failed.
  boost::json::object inwisselen(const store::InlogdienstRecord& dienst, const std::string& code,
                                 const OidcPoging& poging, domain::Tijdstip nu);
  // Where the browser goes to log out at the IdP too; nullopt when the IdP offers no logout.
  std::optional<std::string> uitlog_adres(const store::InlogdienstRecord& dienst);

 private:
  std::vector<IdpSleutel> sleutels(const IdpGegevens& idp, bool opnieuw);
  http::UitgaandAntwoord json_halen(const std::string& adres);

  Haler haler_;
  std::mutex mutex_;
  std::map<std::string, std::pair<IdpGegevens, std::chrono::steady_clock::time_point>> gegevens_;
  std::map<std::string, std::vector<IdpSleutel>> sleutels_;
};

}  // namespace regie::service
