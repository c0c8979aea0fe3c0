#include "domain/leeftijd.hpp"

namespace regie::domain {

using namespace std::chrono;

int volle_maanden(Datum van, Datum tot) {
  if (sys_days{tot} <= sys_days{van}) return 0;
  int maanden = (static_cast<int>(tot.year()) - static_cast<int>(van.year())) * 12 +
                (static_cast<int>(static_cast<unsigned>(tot.month())) -
                 static_cast<int>(static_cast<unsigned>(van.month())));
  const auto laatste_dag = year_month_day_last{tot.year(), month_day_last{tot.month()}}.day();
  const bool dag_bereikt = tot.day() >= van.day() || tot.day() == laatste_dag;
  if (!dag_bereikt) --maanden;
  return maanden;
}

LeeftijdUitkomst leeftijd(const Geboorte& geboorte, Datum peildatum) {
  if (!geboorte.datum.ok() || !peildatum.ok()) return {std::nullopt, LeeftijdFout::ongeldige_datum};

  if (geboorte.verwacht) {
    if (sys_days{geboorte.datum} <= sys_days{peildatum}) {
      return {Leeftijd{0, true, true}, std::nullopt};
    }
    const int tot_geboorte = volle_maanden(peildatum, geboorte.datum);
    // More than 9 months ahead: 9 full months and then at least one more day.
    year_month_day grens =
        year_month_day{peildatum.year() / peildatum.month() / 1} + months{-kMinimumMaanden};
    const auto grens_laatste = year_month_day_last{grens.year(), month_day_last{grens.month()}}.day();
    grens = grens.year() / grens.month() / std::min(peildatum.day(), grens_laatste);
    if (sys_days{geboorte.datum} > sys_days{grens}) return {std::nullopt, LeeftijdFout::verwacht_te_ver_weg};
    return {Leeftijd{-tot_geboorte, true, false}, std::nullopt};
  }

  if (sys_days{geboorte.datum} > sys_days{peildatum}) {
    return {std::nullopt, LeeftijdFout::geboortedatum_in_toekomst};
  }
  const int maanden = volle_maanden(geboorte.datum, peildatum);
  return {Leeftijd{maanden, false, false}, std::nullopt};
}

}  // namespace regie::domain
