#pragma once
// Assessments that meet exactly one level's criteria, for the domain tests.

#include "domain/taxatie.hpp"

namespace regie::domain::testing {

inline Taxatie taxatie_voor_niveau(int niveau) {
  Taxatie t;
  t.draagkracht = Draagkracht::in_balans;
  t.zelfredzaamheid = Zelfredzaamheid::voldoende;
  t.basiszorg_toereikend = true;
  t.veiligheid = Veiligheid::veilig;
  t.ketenoverstijgend_nodig = false;
  t.escalatie = Escalatie::geen;
  if (niveau >= 2) {
    t.draagkracht = Draagkracht::deels_uit_balans;
    t.zelfredzaamheid = Zelfredzaamheid::beperkt;
    t.basiszorg_toereikend = false;
  }
  if (niveau >= 3) t.veiligheid = Veiligheid::onveilig_huishouden;
  if (niveau >= 4) t.ketenoverstijgend_nodig = true;
  if (niveau >= 5) t.escalatie = Escalatie::dreigend;
  return t;
}

}  // namespace regie::domain::testing
