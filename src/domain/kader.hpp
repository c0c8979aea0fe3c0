#pragma once
// The frame of the help and the decisions taken in a compulsory frame (DOMAIN.md §4.5). A household's help
// is voluntary, under pressure without a court order (drang), or compulsory (dwang); compulsory decisions
// about one or more members can be taken at every level, not only at level 5.

#include <array>
#include <optional>
#include <string_view>
#include <utility>

#include "domain/codes.hpp"

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

// In a frame of pressure or compulsion the civiele keten (Veilig Thuis, Meldpunt Zorg en Overlast, wijkagent,
// Raad voor de Kinderbescherming, certified institutions) is consulted.
bool civiele_keten_betrekken(Kader kader);

// What the product knows of each kind of decision: its name, and whether it concerns children only (a child
// protection order and an out-of-home placement under the Jeugdwet concern minors, unborn children included).
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
