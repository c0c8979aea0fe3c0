#pragma once
// Parental authority (gezag) over a minor member (DOMAIN.md §12). Regie records who in the household holds
// it, and in a note where else it lies (a parent who lives elsewhere, a guardian). A child of 12 to 15 gets
// portal access only together with a member who holds it; such a member sees what concerns the child there.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "domain/leeftijd.hpp"
#include "domain/veldfout.hpp"

namespace regie::domain {

// Dutch law gives authority over a child to at most two persons.
inline constexpr std::size_t kMaxGezagsdragers = 2;
inline constexpr std::size_t kMaxGezagToelichting = 500;
inline constexpr int kMeerderjarigJaren = 18;

struct GezagDrager {
  bool in_huishouden = false;  // a member of the child's household
  bool is_kind_zelf = false;
  std::optional<Leeftijd> leeftijd;
};

struct GezagAanvraag {
  std::optional<Leeftijd> kind;  // the child's age; nullopt when it cannot be told
  std::vector<GezagDrager> dragers;
  bool dubbel = false;  // a member was named twice
  std::string toelichting;
};

// Every reason this cannot be recorded, each naming its field ("gezagsdragers", "toelichting"); empty when
// it can. A minor child only; holders are adult members; without holders in the household the note says
// where authority lies.
std::vector<Veldfout> gezag_fouten(const GezagAanvraag& aanvraag);

}  // namespace regie::domain
