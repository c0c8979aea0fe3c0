#include "service/geheimen.hpp"

#include <sodium.h>

#include <array>

#include "store/ids.hpp"

namespace regie::service {

std::string nieuw_geheim() {
  store::init_sodium();
  std::array<unsigned char, 32> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  std::array<char, sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)> tekst{};
  sodium_bin2base64(tekst.data(), tekst.size(), bytes.data(), bytes.size(),
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return tekst.data();
}

bool gelijk_in_constante_tijd(std::string_view a, std::string_view b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace regie::service
