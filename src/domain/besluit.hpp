#pragma once
// The level decision after an advice (DOMAIN.md §4.2, §4.3): the professional decides; deviating from the
// advice needs a written motivation, and scaling down from level 3 or higher an aftercare agreement.

#include <optional>
#include <string>
#include <vector>

#include "domain/advies.hpp"
#include "domain/leeftijd.hpp"
#include "domain/veldfout.hpp"

namespace regie::domain {

inline constexpr std::size_t kMinimaleMotivatie = 20;  // characters: a reason, not a token

struct Nazorgafspraak {
  std::string wie;                // who keeps an eye on the household
  std::string wat;                // on what
  Datum tot{};                    // until when
  std::string signaal_opschalen;  // which signal means: scale up again

  friend bool operator==(const Nazorgafspraak&, const Nazorgafspraak&) = default;
};

struct Niveaubesluit {
  Niveau niveau{};
  std::string motivatie;  // required when the decision deviates from the advice
  std::optional<Nazorgafspraak> nazorgafspraak;
};

// A field of the decision that is not acceptable, with a Dutch reason; empty when the decision stands.
using BesluitFout = Veldfout;

bool nazorgafspraak_vereist(std::optional<Niveau> huidig, Niveau besloten);
std::vector<BesluitFout> toets_besluit(Niveau advies, std::optional<Niveau> huidig,
                                       const Niveaubesluit& besluit, Datum vandaag);

// The direction of the decided level against the current one; nullopt for a first decision.
std::optional<Richting> richting_van_besluit(std::optional<Niveau> huidig, Niveau besloten);

}  // namespace regie::domain
