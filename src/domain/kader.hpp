#pragma once
// DOMAIN.md §4.5: under what frame a household is helped (freely, under pressure without a judge's order, or
// under compulsion), and the decisions imposed on its members, which any level may see.

#include <array>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/codes.hpp"
#include "domain/regiekaart_types.hpp"

namespace regie::domain {

enum class Kader { vrijwillig, drang, dwang };

enum class DwangbesluitSoort {
  gedwongen_opname,
  uithuisplaatsing,
  ondertoezichtstelling,
  tijdelijk_huisverbod,
  anders,
};

enum class Besluitnemer {
  rechter,
  kinderrechter,
  burgemeester,
  raad_voor_de_kinderbescherming,
  gecertificeerde_instelling,
  anders,
};

// Whether the chain of civil-law partners joins the consultation: under pressure and under compulsion.
bool civiele_keten_betrekken(Kader kader);
// The parties consulted at a level (its card's list) under this frame: the civiele keten added when it joins.
std::vector<Partij> overleg_onder_kader(std::vector<Partij> overleg, Kader kader);

// Per kind of decision: its name, and whether only children can be subject to it (supervision and placement
// away from home are youth-law measures; an unborn child counts as a child).
struct DwangbesluitRegel {
  DwangbesluitSoort soort;
  std::string_view naam;
  bool alleen_minderjarigen;
};
const DwangbesluitRegel& regel_voor(DwangbesluitSoort soort);

inline constexpr int kMeerderjarigVanafJaren = 18;

template <>
struct CodeTable<Kader> {
  static constexpr std::array entries{
      std::pair{Kader::vrijwillig, std::string_view{"vrijwillig"}},
      std::pair{Kader::drang, std::string_view{"drang"}},
      std::pair{Kader::dwang, std::string_view{"dwang"}},
  };
};

template <>
struct CodeTable<DwangbesluitSoort> {
  static constexpr std::array entries{
      std::pair{DwangbesluitSoort::gedwongen_opname, std::string_view{"gedwongen_opname"}},
      std::pair{DwangbesluitSoort::uithuisplaatsing, std::string_view{"uithuisplaatsing"}},
      std::pair{DwangbesluitSoort::ondertoezichtstelling, std::string_view{"ondertoezichtstelling"}},
      std::pair{DwangbesluitSoort::tijdelijk_huisverbod, std::string_view{"tijdelijk_huisverbod"}},
      std::pair{DwangbesluitSoort::anders, std::string_view{"anders"}},
  };
};

template <>
struct CodeTable<Besluitnemer> {
  static constexpr std::array entries{
      std::pair{Besluitnemer::rechter, std::string_view{"rechter"}},
      std::pair{Besluitnemer::kinderrechter, std::string_view{"kinderrechter"}},
      std::pair{Besluitnemer::burgemeester, std::string_view{"burgemeester"}},
      std::pair{Besluitnemer::raad_voor_de_kinderbescherming,
                std::string_view{"raad_voor_de_kinderbescherming"}},
      std::pair{Besluitnemer::gecertificeerde_instelling, std::string_view{"gecertificeerde_instelling"}},
      std::pair{Besluitnemer::anders, std::string_view{"anders"}},
  };
};

}  // namespace regie::domain
