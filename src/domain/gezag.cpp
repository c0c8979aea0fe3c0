#include "domain/gezag.hpp"

#include "domain/tekst.hpp"

namespace regie::domain {
namespace {

bool meerderjarig(const std::optional<Leeftijd>& l) {
  return l && !l->ongeboren && l->jaren() >= kMeerderjarigJaren;
}

}  // namespace

std::vector<Veldfout> gezag_fouten(const GezagAanvraag& a) {
  std::vector<Veldfout> fouten;
  if (!a.kind) {
    fouten.push_back({"gezinslidId", "Van dit gezinslid is geen leeftijd bekend."});
  } else if (meerderjarig(a.kind)) {
    fouten.push_back({"gezinslidId", "Gezag geldt alleen voor een kind onder de 18 jaar."});
  }
  if (a.dragers.size() > kMaxGezagsdragers) {
    fouten.push_back({"gezagsdragers", "Het gezag ligt bij ten hoogste twee personen."});
  } else if (a.dubbel) {
    fouten.push_back({"gezagsdragers", "Noem ieder gezinslid één keer."});
  }
  for (const auto& d : a.dragers) {
    if (!d.in_huishouden) {
      fouten.push_back(
          {"gezagsdragers",
           "Kies gezinsleden van dit huishouden; wie elders gezag heeft, noemt u in de toelichting."});
      break;
    }
    if (d.is_kind_zelf) {
      fouten.push_back({"gezagsdragers", "Een kind heeft geen gezag over zichzelf."});
      break;
    }
    if (!meerderjarig(d.leeftijd)) {
      fouten.push_back({"gezagsdragers", "Kies een gezinslid van 18 jaar of ouder."});
      break;
    }
  }
  if (a.toelichting.size() > kMaxGezagToelichting) {
    fouten.push_back({"toelichting", "Houd de toelichting onder de 500 tekens."});
  } else if (a.dragers.empty() && is_leeg(a.toelichting)) {
    fouten.push_back(
        {"toelichting",
         "Niemand in het huishouden heeft het gezag: schrijf op bij wie het dan ligt (bijvoorbeeld "
         "een ouder elders of een voogd)."});
  }
  return fouten;
}

}  // namespace regie::domain
