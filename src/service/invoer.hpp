#pragma once
// Checking a user's input field by field, collecting every problem with its field name before anything is
// written, so that a half-written record never happens and the user sees all mistakes at once.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/tekst.hpp"
#include "domain/tijd.hpp"
#include "domain/veldfout.hpp"
#include "service/errors.hpp"

namespace regie::service {

inline constexpr std::size_t kMaxKorteTekst = 200;
inline constexpr std::size_t kMaxLangeTekst = 10000;

// An account's user name: 3 to 64 lower-case letters, digits, dots, hyphens or underscores.
bool geldige_gebruikersnaam(const std::string& naam);
// A user name as accounts are stored and looked up: lower case.
std::string gebruikersnaam_normaliseren(std::string naam);

class InvoerControle {
 public:
  // Non-blank, at most `max` characters.
  void verplicht(std::string_view veld, const std::string& waarde, std::size_t max = kMaxKorteTekst);
  void maximaal(std::string_view veld, const std::string& waarde, std::size_t max = kMaxLangeTekst);
  void fout(std::string_view veld, std::string reden);
  // A date that has already come: today or earlier.
  void niet_na_vandaag(std::string_view veld, domain::Datum datum, domain::Datum vandaag,
                       std::string reden = "Kies vandaag of een eerdere datum.");
  bool ok() const { return fouten_.empty(); }
  // Throws BadRequest with every problem when there is any.
  void afronden(std::string_view onderwerp) const;

 private:
  std::vector<InvalidParam> fouten_;
};

// Throws BadRequest about `onderwerp` with a domain rule's objections, when there are any.
void weigeren_bij(const std::vector<domain::Veldfout>& fouten, std::string_view onderwerp);

using domain::is_leeg;

}  // namespace regie::service
