#include "service/wachtwoord.hpp"

#include <sodium.h>

#include <array>
#include <stdexcept>

#include "store/ids.hpp"

namespace regie::service {

std::string hash_wachtwoord(std::string_view wachtwoord) {
  store::init_sodium();
  std::array<char, crypto_pwhash_STRBYTES> hash{};
  if (crypto_pwhash_str(hash.data(), wachtwoord.data(), wachtwoord.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    throw std::runtime_error("onvoldoende geheugen voor Argon2id");
  }
  return hash.data();
}

bool controleer_wachtwoord(const std::string& hash, std::string_view wachtwoord) {
  store::init_sodium();
  return crypto_pwhash_str_verify(hash.c_str(), wachtwoord.data(), wachtwoord.size()) == 0;
}

}  // namespace regie::service
