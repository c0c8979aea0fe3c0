#include "service/totp.hpp"

#include <liboath/oath.h>
#include <sodium.h>

#include <cstdlib>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace regie::service {
namespace {

void oath_starten() {
  static std::once_flag eenmaal;
  std::call_once(eenmaal, [] {
    if (oath_init() != OATH_OK || sodium_init() < 0)
      throw std::runtime_error("liboath of libsodium start niet");
  });
}

struct Vrij {
  void operator()(char* p) const { std::free(p); }
};

}  // namespace

std::string totp_geheim_nieuw() {
  oath_starten();
  unsigned char bytes[20];
  randombytes_buf(bytes, sizeof bytes);
  char* uit = nullptr;
  std::size_t lengte = 0;
  if (oath_base32_encode(reinterpret_cast<const char*>(bytes), sizeof bytes, &uit, &lengte) != OATH_OK)
    throw std::runtime_error("base32 mislukt");
  const std::unique_ptr<char, Vrij> vrij{uit};
  std::string geheim{uit, lengte};
  while (!geheim.empty() && geheim.back() == '=') geheim.pop_back();
  return geheim;
}

std::string totp_adres(const std::string& geheim, const std::string& account) {
  std::string label;
  for (const char c : account) {
    const bool gewoon = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_';
    if (gewoon) {
      label += c;
    } else {
      static constexpr char hex[] = "0123456789ABCDEF";
      label += '%';
      label += hex[static_cast<unsigned char>(c) >> 4];
      label += hex[static_cast<unsigned char>(c) & 15];
    }
  }
  return "otpauth://totp/Regie:" + label + "?secret=" + geheim +
         "&issuer=Regie&algorithm=SHA1&digits=6&period=30";
}

std::optional<std::int64_t> totp_stap(const std::string& geheim, const std::string& code, std::time_t nu,
                                      std::int64_t na_stap) {
  oath_starten();
  if (code.size() != 6 || code.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  char* sleutel = nullptr;
  std::size_t lengte = 0;
  if (oath_base32_decode(geheim.data(), geheim.size(), &sleutel, &lengte) != OATH_OK) return std::nullopt;
  const std::unique_ptr<char, Vrij> vrij{sleutel};
  int positie = 0;
  const int r = oath_totp_validate2(sleutel, lengte, nu, kTotpStapSeconden, 0, 1, &positie, code.c_str());
  if (r < 0) return std::nullopt;
  const std::int64_t stap = static_cast<std::int64_t>(nu / kTotpStapSeconden) + positie;
  if (stap <= na_stap) return std::nullopt;
  return stap;
}

}  // namespace regie::service
