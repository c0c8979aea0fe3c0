#include "domain/portaal.hpp"

#include <algorithm>

namespace regie::domain {

PortaalLeeftijd portaal_leeftijd(const Leeftijd& leeftijd) {
  if (leeftijd.ongeboren || leeftijd.jaren() < kPortaalVanafJaren) return PortaalLeeftijd::te_jong;
  return leeftijd.jaren() < kEigenAccountVanafJaren ? PortaalLeeftijd::met_ouder
                                                    : PortaalLeeftijd::eigen_account;
}

std::vector<UitnodigingFout> uitnodiging_fouten(const UitnodigingAanvraag& a) {
  std::vector<UitnodigingFout> fouten;
  if (a.soort == PersoonSoort::medewerker) {
    fouten.push_back({"persoonSoort", "Nodig een gezinslid of netwerklid uit; medewerkers loggen zelf in."});
    return fouten;
  }
  if (a.soort == PersoonSoort::gezinslid) {
    if (!a.leeftijd) {
      fouten.push_back({"persoonId", "Van dit gezinslid is geen leeftijd bekend."});
    } else if (portaal_leeftijd(*a.leeftijd) == PortaalLeeftijd::te_jong) {
      fouten.push_back({"persoonId", "Kinderen onder de 12 jaar krijgen geen eigen toegang."});
    } else if (portaal_leeftijd(*a.leeftijd) == PortaalLeeftijd::met_ouder) {
      if (!a.ouder_gekozen)
        fouten.push_back(
            {"ouderId", "Een kind van 12 tot 16 jaar krijgt toegang samen met een ouder: kies die ouder."});
      else if (!a.ouder_heeft_gezag)
        fouten.push_back(
            {"ouderId",
             "Kies een gezinslid dat het gezag over dit kind heeft. Staat dat er nog niet bij, leg "
             "het gezag dan eerst vast bij het kind."});
    }
  } else {
    if (a.rechten.empty()) fouten.push_back({"rechten", "Kies ten minste één recht voor dit netwerklid."});
    if (!a.toestemming_huishouden)
      fouten.push_back({"toestemmingHuishouden",
                        "Een netwerklid krijgt alleen toegang als het huishouden daarmee instemt."});
  }
  if (a.afgeschermd && a.besluit.size() < 10) {
    fouten.push_back(
        {"besluit",
         "Dit huishouden valt onder afgeschermde regie: schrijf op waarom deze persoon toch toegang "
         "krijgt (ten minste 10 tekens)."});
  } else if (a.genoemd_in_afscherming && a.besluit.size() < 10) {
    // Said without the reason: a regisseur who is not named on the shielded part must not learn it exists.
    fouten.push_back(
        {"besluit",
         "Voor deze persoon is uw vastgelegde besluit nodig: schrijf op waarom hij of zij toegang "
         "krijgt (ten minste 10 tekens)."});
  }
  return fouten;
}

std::vector<PortaalRecht> portaal_rechten(const UitnodigingAanvraag& a) {
  if (a.soort == PersoonSoort::gezinslid) {
    return {PortaalRecht::plan_lezen, PortaalRecht::reageren, PortaalRecht::eigen_acties};
  }
  std::vector<PortaalRecht> rechten;
  for (const auto r : a.rechten)
    if (std::ranges::find(rechten, r) == rechten.end()) rechten.push_back(r);
  std::ranges::sort(rechten);
  return rechten;
}

UitnodigingStatus uitnodiging_status(bool gebruikt, bool ingetrokken, std::string_view geldig_tot,
                                     std::string_view nu) {
  if (gebruikt) return UitnodigingStatus::gebruikt;
  if (ingetrokken) return UitnodigingStatus::ingetrokken;
  return geldig_tot <= nu ? UitnodigingStatus::verlopen : UitnodigingStatus::open;
}

}  // namespace regie::domain
