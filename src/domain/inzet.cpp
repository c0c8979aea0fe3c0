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

std::vector<InzetBezwaar> inzet_bezwaren(const InzetRegistratie& registratie) {
  const auto uitkomst = beoordeel_inzet(registratie.toets);
  std::vector<InzetBezwaar> bezwaren;
  if (!uitkomst.inzetten) bezwaren.push_back(InzetBezwaar::geen_criterium);
  if (uitkomst.contra_indicatie && !registratie.contra_indicatie_erkend)
    bezwaren.push_back(InzetBezwaar::contra_indicatie_niet_erkend);
  return bezwaren;
}

}  // namespace regie::domain
