#include "service/toegangsbeleid.hpp"

#include <algorithm>
#include <array>

namespace regie::service {
namespace {

enum class Band { regisseur, betrokken, betrokken_zonder_regisseur, manager, noodtoegang };

struct Regel {
  Handeling handeling;
  std::array<bool, 5> door;  // indexed by Band
};

// regisseur, betrokken, betrokken while no professional regisseur exists, manager, noodtoegang
constexpr std::array<Regel, 6> kBeleid{{
    {Handeling::lezen, {true, true, true, true, true}},
    {Handeling::regie, {true, false, true, false, false}},
    {Handeling::eigen_actie, {true, true, true, false, false}},
    {Handeling::notitie, {true, true, true, false, false}},
    {Handeling::escalatie, {true, false, true, true, false}},
    {Handeling::profiel_bevestigen, {true, true, true, true, false}},
}};

bool heeft(const Banden& b, Band band) {
  switch (band) {
    case Band::regisseur:
      return b.regisseur;
    case Band::betrokken:
      return b.betrokken;
    case Band::betrokken_zonder_regisseur:
      return b.betrokken && !b.professionele_regisseur_aanwezig;
    case Band::manager:
      return b.manager;
    case Band::noodtoegang:
      return b.noodtoegang;
  }
  return false;
}

}  // namespace

bool mag(Handeling handeling, const Banden& banden) {
  const auto& regel = *std::ranges::find(kBeleid, handeling, &Regel::handeling);
  for (std::size_t i = 0; i < regel.door.size(); ++i) {
    if (regel.door[i] && heeft(banden, static_cast<Band>(i))) return true;
  }
  return false;
}

bool alleen_via_noodtoegang(const Banden& b) {
  return b.noodtoegang && !b.regisseur && !b.betrokken && !b.manager;
}

}  // namespace regie::service
