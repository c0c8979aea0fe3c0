#pragma once
// The keys of the audit trail's hash chain. Each row's hash is an HMAC-SHA-256 (libsodium) over the row and
// the previous hash, under a secret key kept outside the database: whoever can write the audit table but
// does not have the key cannot recompute a rewritten chain. The key file lists every key ever used, newest
// last; new rows use the newest, older rows keep verifying with theirs (rotation). A hash names its key:
// "s2:<hex>". Rows from before the first key carry a plain SHA-256 (no prefix).

#include <array>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace regie::store {

struct AuditSleutel {
  std::string id;     // "s1", "s2", …
  std::string sinds;  // when it was made (tijdstip): rows from then on must carry a key
  std::array<unsigned char, 32> geheim{};
};

class AuditSleutelbos {
 public:
  explicit AuditSleutelbos(std::vector<AuditSleutel> sleutels);

  // Reads a key file; throws std::runtime_error with a Dutch message when it is missing or malformed.
  static AuditSleutelbos lees(const std::filesystem::path& bestand);
  // Makes a key file (owner-only) with one new random key; never overwrites one (if it exists by now, it
  // is read instead).
  static AuditSleutelbos maak(const std::filesystem::path& bestand, const std::string& nu);
  // Appends a new random key, which signs every new row from now on; returns its id.
  static std::string roteer(const std::filesystem::path& bestand, const std::string& nu);

  const AuditSleutel& huidige() const { return sleutels_.back(); }
  const AuditSleutel* vind(std::string_view id) const;
  const std::string& eerste_sinds() const { return sleutels_.front().sinds; }
  const AuditSleutel& eerste() const { return sleutels_.front(); }

 private:
  std::vector<AuditSleutel> sleutels_;
};

// The process's keys (the command line sets them when it opens the database; tests set their own). Writing
// an audit row without keys fails: the trail is never written unkeyed.
void audit_sleutels_instellen(std::shared_ptr<const AuditSleutelbos> sleutels);
std::shared_ptr<const AuditSleutelbos> audit_sleutels();

// HMAC-SHA-256 of `tekst` under the key, as "<id>:<hex>".
std::string audit_mac(const AuditSleutel& sleutel, std::string_view tekst);

// The data subject's id in the processing log: an HMAC (64 hex) of the gemeente and the person's opaque id
// under the first key of the file. Stable across key rotations, so a person's lines stay findable;
// meaningless without the key and different in every gemeente. Throws DatabaseError without keys.
std::string betrokkene_pseudoniem(std::string_view gemeente_id, std::string_view id);

}  // namespace regie::store
