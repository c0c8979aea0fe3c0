#pragma once
// Whether an ID token from a gemeente's identity provider may log someone in (OpenID Connect Core §3.1.3.7
// with the NL GOV profile, ADR 0021): signed with RS256 or ES256 by a key of the IdP's JWKS picked by its
// kid (never `none`, never HMAC, the key's type matching the algorithm), issued by the expected issuer for
// this client, not expired nor issued in the future, carrying this login's nonce and, where the gemeente
// asks one, the assurance level.

#include <boost/json/object.hpp>
#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "domain/tijd.hpp"

namespace regie::service {

enum class TokenFout {
  vorm,               // not a compact JWS with a JSON payload
  algoritme,          // none, HMAC or another algorithm than RS256/ES256
  onbekende_sleutel,  // no key with its kid in the IdP's JWKS
  handtekening,
  uitgever,  // iss
  publiek,   // aud/azp
  verlopen,  // exp, or iat too old
  uitgifte,  // iat in the future or missing
  nonce,
  niveau,  // acr
  subject,
};

struct TokenAfgewezen : std::runtime_error {
  TokenAfgewezen(TokenFout f, const std::string& uitleg) : std::runtime_error(uitleg), fout(f) {}
  TokenFout fout;
};

// A member of a JSON document from the IdP (discovery, JWKS, claims) as text; empty when absent or not text.
std::string tekst_of_leeg(const boost::json::object& o, std::string_view naam);

// One public key of the IdP, as published.
struct IdpSleutel {
  std::string kid;
  std::string kty;
  std::string alg;  // may be empty
  std::string jwk;  // the key as JSON
};
// The signing keys of a JWKS document (keys for encryption left out); empty when it is not one.
std::vector<IdpSleutel> jwks_lezen(std::string_view jwks);

struct IdTokenVerwachting {
  std::string issuer;
  std::string client_id;
  std::string nonce;
  std::optional<std::string> acr;
  std::chrono::seconds speling{60};             // clock difference allowed
  std::chrono::seconds maximale_leeftijd{600};  // iat at most this long ago
};

// The token's claims when every check passes; TokenAfgewezen naming the first that failed.
boost::json::object id_token_controleren(std::string_view token, const std::vector<IdpSleutel>& sleutels,
                                         const IdTokenVerwachting& verwachting, domain::Tijdstip nu);

}  // namespace regie::service
