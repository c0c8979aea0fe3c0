#pragma once
// What needs attention in a household now, beyond what its level asks (domain/eisen.hpp): the day-to-day
// work that has fallen behind or is under way. Each point names where it is seen to; the order of the table
// in aandacht.cpp is the order shown (safety first).

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/codes.hpp"
#include "domain/leeftijd.hpp"

namespace regie::domain {

enum class Aandacht {
  meldcode_lopend,       // a meldcode trajectory is open: its next step
  maatregelen_open,      // extra safety measures not settled yet
  escalatie_open,        // an escalation not closed yet
  acties_over_tijd,      // actions of the current plan past their date and not done
  evaluatie_verstreken,  // the plan's evaluation date has passed
};

// Where a household stands on each point; the store counts, this decides.
struct AandachtToestand {
  std::optional<int> meldcode_volgende_stap;  // the open trajectory's next step (1..5)
  int open_maatregelen = 0;
  int open_escalaties = 0;
  int acties_over_tijd = 0;
  std::optional<Datum> evaluatiedatum;  // of the current support plan
};

struct Aandachtspunt {
  Aandacht soort{};
  int aantal = 0;  // how many; for the meldcode its next step

  friend bool operator==(const Aandachtspunt&, const Aandachtspunt&) = default;
};

std::vector<Aandachtspunt> aandachtspunten(const AandachtToestand& toestand, Datum vandaag);
// The sentence shown, with the count in words the reader expects ("2 acties zijn over tijd").
std::string aandacht_tekst(const Aandachtspunt& punt);
// The part of the household's pages where it is seen to: "veiligheid", "escalaties", "ondersteuningsplan".
std::string_view aandacht_doel(Aandacht soort);

template <>
struct CodeTable<Aandacht> {
  static constexpr std::array entries{
      std::pair{Aandacht::meldcode_lopend, std::string_view{"meldcode_lopend"}},
      std::pair{Aandacht::maatregelen_open, std::string_view{"maatregelen_open"}},
      std::pair{Aandacht::escalatie_open, std::string_view{"escalatie_open"}},
      std::pair{Aandacht::acties_over_tijd, std::string_view{"acties_over_tijd"}},
      std::pair{Aandacht::evaluatie_verstreken, std::string_view{"evaluatie_verstreken"}},
  };
};

}  // namespace regie::domain
