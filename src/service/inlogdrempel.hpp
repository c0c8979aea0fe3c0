#pragma once
// Login throttling, shared by every server process through the database: per key (an account name, a client
// address) a growing wait after a few failures and a lock after many. Used by the professionals' login and
// the household portal's.

#include <string>
#include <string_view>
#include <vector>

#include "domain/tijd.hpp"
#include "store/database.hpp"

namespace regie::service {

struct Drempel {
  std::string_view voorvoegsel;  // keeps the kinds of key apart
  int vrij;                      // failures without a wait
  int blokkeren;                 // failures that lock the key for kBlokkade
};
inline constexpr Drempel kAccountDrempel{"gebruiker:", 3, 10};
inline constexpr Drempel kAdresDrempel{"adres:", 20, 50};
inline constexpr Drempel kPortaalDrempel{"portaal:", 3, 10};

struct DrempelSleutel {
  std::string sleutel;
  const Drempel* drempel;
};
DrempelSleutel drempel_sleutel(const Drempel& drempel, std::string_view waarde);

// TooManyRequests (with the seconds to wait) while one of the keys must wait.
void vereis_geen_wachttijd(store::Tx& tx, const std::vector<DrempelSleutel>& sleutels, domain::Tijdstip nu);
// A failed attempt counts against every key.
void mislukte_poging(store::Tx& tx, const std::vector<DrempelSleutel>& sleutels, domain::Tijdstip nu);
// Counted on /metrics (the beheerder's view reads the rows): `via` wachtwoord, tweede_factor, inlogdienst or
// portaal.
void tel_mislukte_inlog(std::string_view via);

}  // namespace regie::service
