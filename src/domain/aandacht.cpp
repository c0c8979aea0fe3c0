#include "domain/aandacht.hpp"

#include <algorithm>

#include "domain/meldcode.hpp"

namespace regie::domain {
namespace {

struct AandachtRegel {
  Aandacht soort;
  int (*aantal)(const AandachtToestand&, Datum vandaag);  // 0: nothing needs attention
  std::string_view doel;
};

const std::array<AandachtRegel, 5> kRegels{{
    {Aandacht::meldcode_lopend,
     [](const AandachtToestand& t, Datum) { return t.meldcode_volgende_stap.value_or(0); }, "veiligheid"},
    {Aandacht::maatregelen_open, [](const AandachtToestand& t, Datum) { return t.open_maatregelen; },
     "veiligheid"},
    {Aandacht::escalatie_open, [](const AandachtToestand& t, Datum) { return t.open_escalaties; },
     "escalaties"},
    {Aandacht::acties_over_tijd, [](const AandachtToestand& t, Datum) { return t.acties_over_tijd; },
     "ondersteuningsplan"},
    {Aandacht::evaluatie_verstreken,
     [](const AandachtToestand& t, Datum vandaag) {
       return t.evaluatiedatum && *t.evaluatiedatum < vandaag ? 1 : 0;
     },
     "ondersteuningsplan"},
}};

std::string aantal_van(int aantal, std::string_view een, std::string_view meer) {
  return aantal == 1 ? std::string{een} : std::to_string(aantal) + " " + std::string{meer};
}

}  // namespace

std::vector<Aandachtspunt> aandachtspunten(const AandachtToestand& t, Datum vandaag) {
  std::vector<Aandachtspunt> uit;
  for (const auto& regel : kRegels) {
    if (const int n = regel.aantal(t, vandaag); n > 0) uit.push_back({regel.soort, n});
  }
  return uit;
}

std::string aandacht_tekst(const Aandachtspunt& p) {
  switch (p.soort) {
    case Aandacht::meldcode_lopend:
      if (p.aantal > kMeldcodeStappen)
        return "De meldcode loopt nog: alle stappen zijn gezet, rond het traject af.";
      return "De meldcode loopt: volgende stap " + std::to_string(p.aantal) + ", " +
             std::string{stap_naam(p.aantal)} + ".";
    case Aandacht::maatregelen_open:
      return aantal_van(p.aantal, "Eén veiligheidsmaatregel is", "veiligheidsmaatregelen zijn") +
             " nog niet afgehandeld.";
    case Aandacht::escalatie_open:
      return aantal_van(p.aantal, "Er loopt een escalatie", "escalaties lopen") + " nog zonder uitkomst.";
    case Aandacht::acties_over_tijd:
      return aantal_van(p.aantal, "Eén actie uit het plan is", "acties uit het plan zijn") +
             " over de afgesproken datum en nog niet gedaan.";
    case Aandacht::evaluatie_verstreken:
      return "De evaluatiedatum van het ondersteuningsplan is voorbij: evalueer en stel een nieuwe datum.";
  }
  return {};
}

std::string_view aandacht_doel(Aandacht soort) {
  return std::ranges::find(kRegels, soort, &AandachtRegel::soort)->doel;
}

}  // namespace regie::domain
