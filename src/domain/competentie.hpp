#pragma once
// The competence profile checklists (DOMAIN.md §7) used in recruitment and assessment: each competence
// area is introduced by one (role, profile); the checklist of a profile holds every area introduced by a
// (role, profile) it covers, so the inclusions are not written twice. An assessment that answers every
// area with "voldoet" is positive and becomes the certification the assignment rules use.

#include <array>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "domain/codes.hpp"
#include "domain/profielen.hpp"

namespace regie::domain {

struct Competentiegebied {
  Certificering ingevoerd_bij;  // the (role, profile) that introduces this area
  std::string_view code;
  std::string_view tekst;
};

std::span<const Competentiegebied> competentiegebieden();

// The checklist for a profile, in table order.
std::vector<Competentiegebied> checklist_voor(Certificering profiel);

enum class Beoordeling { voldoet, deels, nog_niet };

struct Gebiedsoordeel {
  std::string_view code;
  Beoordeling beoordeling{};
};

struct Uitslag {
  std::vector<std::string_view> ontbrekend;  // areas of the checklist not yet assessed
  std::vector<std::string_view> onbekend;    // answers for areas that are not on this checklist
  bool positief = false;                     // complete, and every area "voldoet"
};

Uitslag beoordeel(Certificering profiel, std::span<const Gebiedsoordeel> oordelen);

template <>
struct CodeTable<Beoordeling> {
  static constexpr std::array entries{std::pair{Beoordeling::voldoet, std::string_view{"voldoet"}},
                                      std::pair{Beoordeling::deels, std::string_view{"deels"}},
                                      std::pair{Beoordeling::nog_niet, std::string_view{"nog_niet"}}};
};

}  // namespace regie::domain
