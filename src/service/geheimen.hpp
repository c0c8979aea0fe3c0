#pragma once
// Random secrets (session, CSRF and API tokens) and their SHA-256 for storage.

#include <string>
#include <string_view>

namespace regie::service {

// 256 random bits, URL-safe base64 without padding (43 characters).
std::string nieuw_geheim();
// Compares in constant time (equal length hex digests).
bool gelijk_in_constante_tijd(std::string_view a, std::string_view b);

}  // namespace regie::service
