#pragma once
// Passwords: Argon2id through libsodium (crypto_pwhash_str), never stored or logged in plain text.

#include <string>
#include <string_view>

namespace regie::service {

inline constexpr std::size_t kMinimaleWachtwoordLengte = 12;

std::string hash_wachtwoord(std::string_view wachtwoord);
bool controleer_wachtwoord(const std::string& hash, std::string_view wachtwoord);

}  // namespace regie::service
