#pragma once
// Time-based one-time passwords (RFC 6238: 30-second steps, 6 digits, HMAC-SHA1, as every authenticator
// app speaks them) through liboath; the secret comes from libsodium's random source.

#include <cstdint>
#include <ctime>
#include <optional>
#include <string>

namespace regie::service {

inline constexpr unsigned kTotpStapSeconden = 30;

// A new secret of 160 bits, in base32 without padding (what an authenticator app is given).
std::string totp_geheim_nieuw();
// The otpauth:// address an authenticator app reads from a QR code or a link.
std::string totp_adres(const std::string& geheim, const std::string& account);
// The time step of `code` when it is valid at `nu` (one step either side, for clocks that drift) and
// later than `na_stap`, so that a code is accepted once; nullopt otherwise.
std::optional<std::int64_t> totp_stap(const std::string& geheim, const std::string& code, std::time_t nu,
                                      std::int64_t na_stap);

}  // namespace regie::service
