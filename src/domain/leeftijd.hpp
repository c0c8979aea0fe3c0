#pragma once
// Age of a household member (DOMAIN.md §1: from -9 months, an unborn child; "to 100 years" means everyone,
// so there is no upper limit).
// Pure: the reference date is a parameter, never the clock.

#include <chrono>
#include <optional>

namespace regie::domain {

using Datum = std::chrono::year_month_day;

// A member's birth date, or for an unborn child the expected date of birth.
struct Geboorte {
  Datum datum;
  bool verwacht = false;
};

enum class LeeftijdFout {
  ongeldige_datum,            // not a calendar date
  geboortedatum_in_toekomst,  // a born member cannot be born after the reference date
  verwacht_te_ver_weg,        // expected more than 9 months after the reference date
};

struct Leeftijd {
  // Completed months; negative for an unborn child (months until the expected date, -9 at most).
  int maanden = 0;
  bool ongeboren = false;
  // An unborn child whose expected date has passed: the birth has not yet been recorded.
  bool verwachte_datum_verstreken = false;

  int jaren() const { return maanden > 0 ? maanden / 12 : 0; }
  friend bool operator==(const Leeftijd&, const Leeftijd&) = default;
};

struct LeeftijdUitkomst {
  std::optional<Leeftijd> leeftijd;
  std::optional<LeeftijdFout> fout;
};

inline constexpr int kMinimumMaanden = -9;

// Completed months from `van` to `tot` (0 when `tot` is not after `van`). A day-of-month that does not
// exist in the target month counts as reached on that month's last day (born 31 Jan → 1 month on 28 Feb).
int volle_maanden(Datum van, Datum tot);

LeeftijdUitkomst leeftijd(const Geboorte& geboorte, Datum peildatum);

}  // namespace regie::domain
