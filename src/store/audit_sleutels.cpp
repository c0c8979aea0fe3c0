#include "store/audit_sleutels.hpp"

#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <mutex>
#include <sstream>
#include <stdexcept>

#include "store/database.hpp"
#include "store/ids.hpp"

namespace regie::store {
namespace {

namespace fs = std::filesystem;

std::mutex mutex;
std::shared_ptr<const AuditSleutelbos> actief;

std::string hex(const unsigned char* data, std::size_t n) {
  std::string uit(n * 2 + 1, '\0');
  sodium_bin2hex(uit.data(), uit.size(), data, n);
  uit.pop_back();
  return uit;
}

AuditSleutel nieuwe_sleutel(std::string id, const std::string& nu) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium kon niet starten");
  AuditSleutel s{std::move(id), nu, {}};
  crypto_auth_hmacsha256_keygen(s.geheim.data());
  return s;
}

std::string regel(const AuditSleutel& s) {
  return s.id + " " + s.sinds + " " + hex(s.geheim.data(), s.geheim.size());
}

void schrijf_bij(const fs::path& bestand, const std::string& tekst, bool nieuw) {
  const auto oud = ::umask(077);  // owner-only, like the database
  std::ofstream uit{bestand, nieuw ? std::ios::out : std::ios::app};
  ::umask(oud);
  if (!(uit << tekst))
    throw std::runtime_error("kan het sleutelbestand '" + bestand.string() + "' niet schrijven");
  std::error_code ec;
  fs::permissions(bestand, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ec);
}

}  // namespace

AuditSleutelbos::AuditSleutelbos(std::vector<AuditSleutel> sleutels) : sleutels_(std::move(sleutels)) {
  if (sleutels_.empty()) throw std::runtime_error("het sleutelbestand van de audit trail bevat geen sleutel");
}

AuditSleutelbos AuditSleutelbos::lees(const fs::path& bestand) {
  std::ifstream in{bestand};
  if (!in)
    throw std::runtime_error("het sleutelbestand van de audit trail '" + bestand.string() + "' ontbreekt");
  std::vector<AuditSleutel> sleutels;
  std::string r;
  while (std::getline(in, r)) {
    if (r.empty() || r.starts_with('#')) continue;
    std::istringstream velden{r};
    AuditSleutel s;
    std::string geheim_hex;
    std::size_t lengte = 0;
    if (!(velden >> s.id >> s.sinds >> geheim_hex) ||
        sodium_hex2bin(s.geheim.data(), s.geheim.size(), geheim_hex.c_str(), geheim_hex.size(), nullptr,
                       &lengte, nullptr) != 0 ||
        lengte != s.geheim.size()) {
      throw std::runtime_error("het sleutelbestand van de audit trail '" + bestand.string() +
                               "' is beschadigd");
    }
    sleutels.push_back(std::move(s));
  }
  return AuditSleutelbos{std::move(sleutels)};
}

AuditSleutelbos AuditSleutelbos::maak(const fs::path& bestand, const std::string& nu) {
  const auto s = nieuwe_sleutel("s1", nu);
  // Written aside and linked into place: another process that makes the file at the same moment either
  // wins whole or loses whole, and nobody ever reads half a file.
  const fs::path tijdelijk = bestand.string() + ".nieuw." + nieuwe_id();  // never a piece of the key itself
  schrijf_bij(
      tijdelijk,
      "# Sleutels van de audit trail van Regie. Bewaar dit bestand buiten de database en maak er een\n"
      "# reservekopie van: zonder de sleutels is de audit trail niet meer te controleren.\n" +
          regel(s) + "\n",
      true);
  const bool gelukt = ::link(tijdelijk.c_str(), bestand.c_str()) == 0;
  std::error_code ec;
  fs::remove(tijdelijk, ec);
  if (!gelukt) return lees(bestand);  // someone else made it first: use theirs
  return AuditSleutelbos{{s}};
}

std::string AuditSleutelbos::roteer(const fs::path& bestand, const std::string& nu) {
  const auto bestaand = lees(bestand);
  const auto s = nieuwe_sleutel("s" + std::to_string(bestaand.sleutels_.size() + 1), nu);
  schrijf_bij(bestand, regel(s) + "\n", false);
  return s.id;
}

const AuditSleutel* AuditSleutelbos::vind(std::string_view id) const {
  for (const auto& s : sleutels_) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

void audit_sleutels_instellen(std::shared_ptr<const AuditSleutelbos> sleutels) {
  std::lock_guard lock{mutex};
  actief = std::move(sleutels);
}

std::shared_ptr<const AuditSleutelbos> audit_sleutels() {
  std::lock_guard lock{mutex};
  return actief;
}

std::string audit_mac(const AuditSleutel& sleutel, std::string_view tekst) {
  std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac{};
  crypto_auth_hmacsha256(mac.data(), reinterpret_cast<const unsigned char*>(tekst.data()), tekst.size(),
                         sleutel.geheim.data());
  return sleutel.id + ":" + hex(mac.data(), mac.size());
}

std::string betrokkene_pseudoniem(std::string_view gemeente_id, std::string_view id) {
  const auto sleutels = audit_sleutels();
  if (!sleutels) throw DatabaseError("er is geen sleutel voor de audit trail ingesteld");
  const auto& eerste = sleutels->eerste();
  std::string tekst = "betrokkene;";
  tekst += gemeente_id;
  tekst += ';';
  tekst += id;
  std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac{};
  crypto_auth_hmacsha256(mac.data(), reinterpret_cast<const unsigned char*>(tekst.data()), tekst.size(),
                         eerste.geheim.data());
  return hex(mac.data(), mac.size());
}

}  // namespace regie::store
