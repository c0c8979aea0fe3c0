#pragma once
// Who may hold casus- or procesregie at a level (DOMAIN.md §7).

#include <array>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/codes.hpp"
#include "domain/huishouden.hpp"
#include "domain/profielen.hpp"

namespace regie::domain {

struct Kandidaat {
  PersoonSoort soort = PersoonSoort::medewerker;
  std::vector<Certificering> certificeringen;  // professionals only
  std::vector<Partij> ketens;                  // of the professional's organisation
  bool organisatie_levert_al_zorg = false;     // a colleague of the same organisation is involved
  bool regionale_organisatie = false;          // his organisation serves several gemeenten (§6)
};

enum class ToewijzingFout {
  niveau_ontbreekt,                 // roles are assigned for a decided level
  procesregie_niet_van_toepassing,  // level 1
  alleen_professional,              // members and network members only hold casusregie at level 1
  profiel_onvoldoende,
  niet_uit_veiligheidsketen,  // level 5 procesregie comes from the veiligheidsketen
  aandachtsgebied_ontbreekt,  // each casusregisseur has his own area
  al_een_procesregisseur,
  grondslag_ontbreekt,  // levels 4–5, regional organisation: the agreement or ZVH decision it follows
};

enum class ToewijzingWaarschuwing {
  organisatie_levert_al_zorg,  // level 5: procesregie should be external to the care given
};

// A standing problem of an assignment after the level changed.
enum class Knelpunt {
  profiel_onvoldoende,        // until replaced or confirmed by a qualified colleague
  niet_uit_veiligheidsketen,  // until replaced
};

struct ToewijzingToets {
  std::vector<ToewijzingFout> fouten;
  std::vector<ToewijzingWaarschuwing> waarschuwingen;
};

ToewijzingToets toets_toewijzing(Rol rol, std::optional<Niveau> niveau, const Kandidaat& kandidaat,
                                 bool heeft_aandachtsgebied, bool er_is_al_een_procesregisseur,
                                 bool grondslag_vastgelegd = false);

// Re-checks a current assignment at a (new) level; `bevestigd_tot_niveau` is the highest level for which a
// qualified colleague confirmed this regisseur.
std::optional<Knelpunt> knelpunt(Rol rol, Niveau niveau, const Kandidaat& kandidaat,
                                 std::optional<Niveau> bevestigd_tot_niveau);

std::string_view tekst(ToewijzingFout fout);
std::string_view tekst(ToewijzingWaarschuwing waarschuwing);

template <>
struct CodeTable<ToewijzingFout> {
  static constexpr std::array entries{
      std::pair{ToewijzingFout::niveau_ontbreekt, std::string_view{"niveau_ontbreekt"}},
      std::pair{ToewijzingFout::procesregie_niet_van_toepassing,
                std::string_view{"procesregie_niet_van_toepassing"}},
      std::pair{ToewijzingFout::alleen_professional, std::string_view{"alleen_professional"}},
      std::pair{ToewijzingFout::profiel_onvoldoende, std::string_view{"profiel_onvoldoende"}},
      std::pair{ToewijzingFout::niet_uit_veiligheidsketen, std::string_view{"niet_uit_veiligheidsketen"}},
      std::pair{ToewijzingFout::aandachtsgebied_ontbreekt, std::string_view{"aandachtsgebied_ontbreekt"}},
      std::pair{ToewijzingFout::al_een_procesregisseur, std::string_view{"al_een_procesregisseur"}},
      std::pair{ToewijzingFout::grondslag_ontbreekt, std::string_view{"grondslag_ontbreekt"}},
  };
};

template <>
struct CodeTable<ToewijzingWaarschuwing> {
  static constexpr std::array entries{
      std::pair{ToewijzingWaarschuwing::organisatie_levert_al_zorg,
                std::string_view{"organisatie_levert_al_zorg"}},
  };
};

template <>
struct CodeTable<Knelpunt> {
  static constexpr std::array entries{
      std::pair{Knelpunt::profiel_onvoldoende, std::string_view{"profiel_onvoldoende"}},
      std::pair{Knelpunt::niet_uit_veiligheidsketen, std::string_view{"niet_uit_veiligheidsketen"}},
  };
};

}  // namespace regie::domain
