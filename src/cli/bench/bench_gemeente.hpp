#pragma once
// A gemeente at national scale for the load benchmark (`regie bench-data`): hundreds of professionals and
// any number of households with members, network, involved professionals, regie, an assessment with its
// level decision, plans for the open ones, safety measures and an audit row each. Written with multi-row
// inserts in large transactions; everything is fictitious and generated from a seed.

#include <functional>
#include <string>
#include <vector>

#include "domain/tijd.hpp"
#include "store/database.hpp"

namespace regie::cli::bench {

inline constexpr std::string_view kGemeente = "Benchstad";
inline constexpr std::string_view kWachtwoord = "regie-bench-2026";

struct BenchOpties {
  int huishoudens = 0;
  int medewerkers = 500;
  unsigned seed = 1;
};

struct BenchUitkomst {
  int huishoudens = 0;
  int open_huishoudens = 0;  // not closed: on somebody's caseload
  int medewerkers = 0;
  std::vector<std::string> regisseurs;  // gebruikersnamen of professionals with a caseload
};

// Refuses a database that already has a gemeente of that name. `voortgang(gedaan, totaal)` after each batch.
BenchUitkomst vul(store::Database& db, const BenchOpties& opties, domain::Tijdstip nu,
                  const std::function<void(int, int)>& voortgang);

}  // namespace regie::cli::bench
