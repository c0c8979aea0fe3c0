#pragma once
// JOSE through libcjose (ADR 0021): checking the signature of an identity provider's token with one key
// of its JWKS, and signing Regie's own client assertions. Nothing cryptographic is written here; this file
// only holds the library's objects for the length of one call.

#include <optional>
#include <string>
#include <string_view>

namespace regie::service::jose {

// The protected header's `alg` and `kid` of a compact JWS ("header.payload.signature"), read without
// checking anything; nullopt when it is not of that form.
struct Kop {
  std::string alg;
  std::string kid;
};
std::optional<Kop> kop(std::string_view compact);

// The payload of `compact` when its signature is right for the key `jwk` (a JWK as JSON) with the header's
// algorithm; nullopt otherwise (also for a key that cannot be read).
std::optional<std::string> geverifieerde_inhoud(std::string_view compact, const std::string& jwk);

// A compact JWS of `inhoud` signed with the private key `prive_jwk` (alg ES256 or RS256, kid of the key).
std::string ondertekenen(const std::string& inhoud, const std::string& prive_jwk, std::string_view alg);

// A new EC P-256 private key as a JWK (with a random kid), and the public half of a private JWK.
std::string sleutel_nieuw();
std::string publieke_sleutel(const std::string& prive_jwk);

// base64url without padding (RFC 7636's code challenge and the like).
std::string base64url(std::string_view bytes);

}  // namespace regie::service::jose
