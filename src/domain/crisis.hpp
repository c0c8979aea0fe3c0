#pragma once
// The crisis layer of level 5 (DOMAIN.md §4.5): whether GRIP was declared (phase and dates), the ambtenaar
// IVZ/OOV as linking pin between the household's regie, the driehoek and the burgemeester, a communication
// coordinator, and media attention as part of public unrest.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/codes.hpp"
#include "domain/regiekaart_types.hpp"
#include "domain/tijd.hpp"

namespace regie::domain {

// GRIP: the phases of coordinated regional incident response, 1 to 5, and GRIP Rijk.
enum class GripFase { grip_1, grip_2, grip_3, grip_4, grip_5, grip_rijk };

struct Crisislaag {
  std::optional<GripFase> grip_fase;  // none: no GRIP declared
  std::optional<Datum> grip_van;
  std::optional<Datum> grip_tot;          // none while GRIP lasts
  std::optional<std::string> schakel_id;  // the ambtenaar IVZ/OOV (a medewerker)
  std::string communicatiecoordinator;    // who speaks to press and public, and how to reach him
  bool media_aandacht = false;
  std::string toelichting;

  friend bool operator==(const Crisislaag&, const Crisislaag&) = default;
};

enum class CrisisBezwaar {
  alleen_op_niveau_5,  // a GRIP that has not ended, or a linking pin, below level 5
  grip_van_ontbreekt,
  grip_fase_ontbreekt,
  einde_voor_begin,
  begin_in_toekomst,
};

struct CrisisFout {
  CrisisBezwaar bezwaar;
  std::string_view veld;  // the API field it is about
  std::string_view tekst;

  friend bool operator==(const CrisisFout&, const CrisisFout&) = default;
};

// Whether the level has a crisis layer (the regiekaart says so: level 5).
bool heeft_crisislaag(std::optional<Niveau> niveau);
// GRIP is in force on `datum`: declared, begun, not ended.
bool grip_geldt(const Crisislaag& c, Datum datum);
// What is wrong with recording `c` for a household at `niveau` today. Ending a GRIP or clearing the layer
// is always allowed, also after scaling down, so that nothing stays open by mistake.
std::vector<CrisisFout> crisis_fouten(const Crisislaag& c, std::optional<Niveau> niveau, Datum vandaag);

template <>
struct CodeTable<GripFase> {
  static constexpr std::array entries{
      std::pair{GripFase::grip_1, std::string_view{"grip_1"}},
      std::pair{GripFase::grip_2, std::string_view{"grip_2"}},
      std::pair{GripFase::grip_3, std::string_view{"grip_3"}},
      std::pair{GripFase::grip_4, std::string_view{"grip_4"}},
      std::pair{GripFase::grip_5, std::string_view{"grip_5"}},
      std::pair{GripFase::grip_rijk, std::string_view{"grip_rijk"}},
  };
};

template <>
struct CodeTable<CrisisBezwaar> {
  static constexpr std::array entries{
      std::pair{CrisisBezwaar::alleen_op_niveau_5, std::string_view{"alleen_op_niveau_5"}},
      std::pair{CrisisBezwaar::grip_van_ontbreekt, std::string_view{"grip_van_ontbreekt"}},
      std::pair{CrisisBezwaar::grip_fase_ontbreekt, std::string_view{"grip_fase_ontbreekt"}},
      std::pair{CrisisBezwaar::einde_voor_begin, std::string_view{"einde_voor_begin"}},
      std::pair{CrisisBezwaar::begin_in_toekomst, std::string_view{"begin_in_toekomst"}},
  };
};

}  // namespace regie::domain
