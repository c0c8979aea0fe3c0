#include "store/ids.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace regie::store {

void init_sodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium kan niet worden gestart");
  });
}

std::string sha256_hex(std::string_view tekst) {
  init_sodium();
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(tekst.data()), tekst.size());
  std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return std::string{hex.data(), crypto_hash_sha256_BYTES * 2};
}

std::string willekeurig_hex(std::size_t bytes) {
  init_sodium();
  std::vector<unsigned char> buf(bytes);
  do {
    randombytes_buf(buf.data(), buf.size());
  } while (std::ranges::all_of(buf, [](unsigned char b) { return b == 0; }));
  std::string hex(bytes * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), buf.data(), buf.size());
  hex.pop_back();
  return hex;
}

std::string nieuwe_id() {
  init_sodium();
  std::array<unsigned char, 16> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
  std::string id;
  unsigned buffer = 0;
  int bits = 0;
  for (unsigned char b : bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      id += kAlphabet[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) id += kAlphabet[(buffer << (5 - bits)) & 31];
  return id;
}

}  // namespace regie::store
