#pragma once
// The regiekaart advice for an assessment (DOMAIN.md §4.2–§4.4, §5, §11).

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/afschalen.hpp"
#include "domain/codes.hpp"
#include "domain/maatregelen.hpp"
#include "domain/regiekaart.hpp"
#include "domain/taxatie.hpp"

namespace regie::domain {

enum class RedenCode {
  hulp_ontoereikend,
  onveiligheid,
  onveilig_ketenoverstijgend,
  escalatie,
  expertise_nodig,
  afschalen_nog_niet,  // above the scale-up level because a step down's own conditions do not hold (§4.3)
};
enum class WaarschuwingCode { beoordeling_inconsistent, contra_indicatie, geen_verdere_opschaling };

struct Reden {
  RedenCode code{};
  std::string tekst;

  friend bool operator==(const Reden&, const Reden&) = default;
};

struct Waarschuwing {
  WaarschuwingCode code{};
  std::string tekst;
  // beoordeling_inconsistent: the criteria of lower levels that do not hold while a higher one does.
  std::vector<RedenCode> ontbrekende_criteria;

  friend bool operator==(const Waarschuwing&, const Waarschuwing&) = default;
};

// Why the household does not (yet) go a level lower: the conditions for that step that do not hold.
struct NogNietAfschalen {
  Niveau naar{};
  std::vector<AfschaalVoorwaarde> voorwaarden;

  friend bool operator==(const NogNietAfschalen&, const NogNietAfschalen&) = default;
};

struct Plannen {
  Nodig ondersteuningsplan{};
  PlanVariant variant{};
  Nodig veiligheidsplan{};

  friend bool operator==(const Plannen&, const Plannen&) = default;
};

struct Advies {
  Niveau niveau{};
  Kleur kleur{};
  std::optional<Richting> richting;  // only when the assessment gave a current level
  std::vector<Reden> redenen;
  // With a current level, when the advice does not go up and is above level 1.
  std::optional<NogNietAfschalen> nog_niet_afschalen;
  Plannen plannen;
  RegieVoorschrift casusregie;
  RegieVoorschrift procesregie;
  std::vector<Partij> inzet;
  std::vector<Partij> overleg;
  std::vector<Partij> operationeel_verantwoordelijk;
  std::vector<Partij> bestuurlijk_verantwoordelijk;
  bool opschalen_naar_manager = false;
  bool nazorgafspraak_vereist = false;
  std::vector<Maatregel> maatregelen;
  std::vector<Waarschuwing> waarschuwingen;
};

Advies advise(const Taxatie& taxatie);

// K3, and part of K4 (DOMAIN.md §4.2, §5): signals of unsafety, an effective signal, or an unsafe situation.
bool onveilig(const Taxatie& taxatie);

// KE (DOMAIN.md §4.2): the lowest level the client's problems allow; level 1 without stagnation.
Niveau expertise_minimum(StagnatieProblematiek stagnatie);

// §2: motivation stays absent after a motivation trajectory and the clients are indifferent.
bool is_contra_indicatie(Motivatie motivatie, bool onverschillig);

template <>
struct CodeTable<RedenCode> {
  static constexpr std::array entries{
      std::pair{RedenCode::hulp_ontoereikend, std::string_view{"hulp_ontoereikend"}},
      std::pair{RedenCode::onveiligheid, std::string_view{"onveiligheid"}},
      std::pair{RedenCode::onveilig_ketenoverstijgend, std::string_view{"onveilig_ketenoverstijgend"}},
      std::pair{RedenCode::escalatie, std::string_view{"escalatie"}},
      std::pair{RedenCode::expertise_nodig, std::string_view{"expertise_nodig"}},
      std::pair{RedenCode::afschalen_nog_niet, std::string_view{"afschalen_nog_niet"}},
  };
};

template <>
struct CodeTable<WaarschuwingCode> {
  static constexpr std::array entries{
      std::pair{WaarschuwingCode::beoordeling_inconsistent, std::string_view{"beoordeling_inconsistent"}},
      std::pair{WaarschuwingCode::contra_indicatie, std::string_view{"contra_indicatie"}},
      std::pair{WaarschuwingCode::geen_verdere_opschaling, std::string_view{"geen_verdere_opschaling"}},
  };
};

}  // namespace regie::domain
