#pragma once

#include <string>

namespace regie::store {

// An opaque random id: 128 bits from libsodium as 26 lower-case base32 characters. Never a counter, a BSN or
// anything derived from the person.
std::string nieuwe_id();

// Initialises libsodium once (thread-safe); throws when it cannot.
void init_sodium();

}  // namespace regie::store
