#include "domain/besluit.hpp"

#include <algorithm>
#include <cctype>

#include "domain/tekst.hpp"

namespace regie::domain {
namespace {

std::size_t lengte_zonder_witruimte(const std::string& s) {
  return static_cast<std::size_t>(
      std::ranges::count_if(s, [](unsigned char c) { return std::isspace(c) == 0; }));
}

}  // namespace

bool nazorgafspraak_vereist(std::optional<Niveau> huidig, Niveau besloten) {
  return huidig && *huidig >= Niveau::drie && besloten < *huidig;
}

std::optional<Richting> richting_van_besluit(std::optional<Niveau> huidig, Niveau besloten) {
  if (!huidig) return std::nullopt;
  if (besloten > *huidig) return Richting::opschalen;
  if (besloten < *huidig) return Richting::afschalen;
  return Richting::gelijk;
}

std::vector<BesluitFout> toets_besluit(Niveau advies, std::optional<Niveau> huidig,
                                       const Niveaubesluit& besluit, Datum vandaag) {
  std::vector<BesluitFout> fouten;
  if (besluit.niveau != advies && lengte_zonder_witruimte(besluit.motivatie) < kMinimaleMotivatie) {
    fouten.push_back({"motivatie", "Het besluit wijkt af van het advies (niveau " +
                                       std::to_string(nummer(advies)) +
                                       "): leg in een paar zinnen uit waarom (minstens " +
                                       std::to_string(kMinimaleMotivatie) + " tekens)."});
  }
  if (!nazorgafspraak_vereist(huidig, besluit.niveau)) return fouten;

  if (!besluit.nazorgafspraak) {
    fouten.push_back({"nazorgafspraak",
                      "Afschalen vanaf niveau 3 of hoger kan alleen met een nazorgafspraak: wie let "
                      "waarop, tot wanneer, en welk signaal betekent weer opschalen."});
    return fouten;
  }
  const Nazorgafspraak& n = *besluit.nazorgafspraak;
  if (is_leeg(n.wie))
    fouten.push_back({"nazorgafspraak.wie", "Vul in wie het huishouden na het afschalen volgt."});
  if (is_leeg(n.wat)) fouten.push_back({"nazorgafspraak.wat", "Vul in waar deze persoon op let."});
  if (!n.tot.ok() || std::chrono::sys_days{n.tot} <= std::chrono::sys_days{vandaag}) {
    fouten.push_back({"nazorgafspraak.tot", "Kies een einddatum na vandaag."});
  }
  if (is_leeg(n.signaal_opschalen)) {
    fouten.push_back(
        {"nazorgafspraak.signaalOpschalen", "Vul in welk signaal betekent dat er weer opgeschaald wordt."});
  }
  return fouten;
}

}  // namespace regie::domain
