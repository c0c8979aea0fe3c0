#pragma once
// The meldcode (reporting code) on domestic violence and child abuse (DOMAIN.md §5.1): five steps, and in
// step 4 the afwegingskader. The product guides and records; it never files a report itself.

#include <array>
#include <optional>
#include <string_view>
#include <utility>

#include "domain/codes.hpp"

namespace regie::domain {

inline constexpr int kMeldcodeStappen = 5;

// The five questions of the afwegingskader, in order; nullopt: not answered.
struct Afwegingskader {
  std::optional<bool> vermoeden;                          // 1 is there a suspicion?
  std::optional<bool> acute_of_structurele_onveiligheid;  // 2 acute or structural unsafety? yes → report
  std::optional<bool> voldoende_hulp_mogelijk;  // 3 can I offer or organise sufficient help? no → report
  std::optional<bool> hulp_aanvaard;            // 4 is the help accepted? no → report
  std::optional<bool> duurzame_veiligheid;      // 5 durable safety within the agreed time? no → report

  friend bool operator==(const Afwegingskader&, const Afwegingskader&) = default;
};

enum class Afweging {
  onvolledig,        // a question that decides is not answered yet
  geen_vermoeden,    // no suspicion: the trajectory ends without a report
  melden,            // report to Veilig Thuis
  hulp_organiseren,  // no report needed: organise (or continue) help and monitor safety
};

// Walks the questions in order and stops at the first answer that decides.
Afweging weeg(const Afwegingskader& kader);

// Step 5: the decision.
struct MeldcodeBesluit {
  bool melden = false;
  bool hulp_organiseren = false;
};

// Whether the decision of step 5 follows the weighing of step 4 (a required report cannot be skipped).
bool besluit_volgt_afweging(Afweging afweging, const MeldcodeBesluit& besluit);

std::string_view stap_naam(int stap);  // 1..5

template <>
struct CodeTable<Afweging> {
  static constexpr std::array entries{
      std::pair{Afweging::onvolledig, std::string_view{"onvolledig"}},
      std::pair{Afweging::geen_vermoeden, std::string_view{"geen_vermoeden"}},
      std::pair{Afweging::melden, std::string_view{"melden"}},
      std::pair{Afweging::hulp_organiseren, std::string_view{"hulp_organiseren"}},
  };
};

}  // namespace regie::domain
