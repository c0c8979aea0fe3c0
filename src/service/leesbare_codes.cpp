#include "service/leesbare_codes.hpp"

#include <sodium.h>

#include <cctype>
#include <string_view>

#include "store/ids.hpp"

namespace regie::service {
namespace {

constexpr std::string_view kCodeTekens = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

}  // namespace

std::string willekeurige_code(int groepen) {
  store::init_sodium();
  std::string uit;
  for (int g = 0; g < groepen; ++g) {
    if (g > 0) uit += '-';
    for (int i = 0; i < 4; ++i)
      uit += kCodeTekens[randombytes_uniform(static_cast<std::uint32_t>(kCodeTekens.size()))];
  }
  return uit;
}

std::string uitnodigingscode_vorm(const std::string& code) {
  std::string uit;
  for (const char c : code) {
    if (c == '-' || std::isspace(static_cast<unsigned char>(c))) continue;
    uit += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return uit;
}

NieuweHerstelcodes herstelcodes_nieuw() {
  NieuweHerstelcodes uit;
  for (int i = 0; i < kAantalHerstelcodes; ++i) {
    uit.codes.push_back(willekeurige_code(3));
    uit.hashes.push_back(herstelcode_hash(uit.codes.back()));
  }
  return uit;
}

std::string herstelcode_hash(const std::string& getypt) {
  return store::sha256_hex(uitnodigingscode_vorm(getypt));
}

}  // namespace regie::service
