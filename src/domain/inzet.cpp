#include "domain/inzet.hpp"

#include "domain/advies.hpp"

namespace regie::domain {

InzetUitkomst beoordeel_inzet(const InzetToets& toets) {
  InzetUitkomst uitkomst;
  uitkomst.altijd_starten = toets.acuut_gevaar || toets.basiszorg_onvoldoende;
  uitkomst.inzetten = uitkomst.altijd_starten || !toets.criteria.empty();
  uitkomst.contra_indicatie = is_contra_indicatie(toets.motivatie, toets.onverschillig);
  return uitkomst;
}

}  // namespace regie::domain
