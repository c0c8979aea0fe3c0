#pragma once
// Codes people copy by hand or read aloud: invitation codes and recovery codes for a lost authenticator app.
// Groups of four characters that cannot be mistaken for one another, typed back in any case, with or without
// dashes.

#include <string>
#include <vector>

namespace regie::service {

inline constexpr int kAantalHerstelcodes = 10;

// `groepen` groups of four random characters, joined by dashes: 20 bits a group.
std::string willekeurige_code(int groepen);
// "ABCD-EFGH-JKLM-NPQR" as typed, with or without dashes, spaces or lower case: the same code.
std::string uitnodigingscode_vorm(const std::string& code);

// A start password the beheerder hands out (80 bits, readable aloud); only good for choosing one's own.
inline std::string startwachtwoord_nieuw() { return willekeurige_code(4); }

// New one-time recovery codes (shown once) and the hashes that are stored of them.
struct NieuweHerstelcodes {
  std::vector<std::string> codes;
  std::vector<std::string> hashes;
};
NieuweHerstelcodes herstelcodes_nieuw();
// The stored hash of a recovery code as it was typed.
std::string herstelcode_hash(const std::string& getypt);

}  // namespace regie::service
