#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace regie::store {

// An opaque random id: 128 bits from libsodium as 26 lower-case base32 characters. Never a counter, a BSN or
// anything derived from the person.
std::string nieuwe_id();

// Initialises libsodium once (thread-safe); throws when it cannot.
void init_sodium();

// `bytes` random bytes from libsodium as lower-case hex (never all zeros).
std::string willekeurig_hex(std::size_t bytes);

// SHA-256 as 64 lower-case hex characters.
std::string sha256_hex(std::string_view tekst);

}  // namespace regie::store
