#include "domain/meldcode.hpp"

namespace regie::domain {
namespace {

struct Vraag {
  std::optional<bool> Afwegingskader::*antwoord;
  bool beslissend_antwoord;  // the answer that ends the weighing …
  Afweging uitkomst;         // … with this outcome
};

constexpr std::array<Vraag, 5> kVragen{{
    {&Afwegingskader::vermoeden, false, Afweging::geen_vermoeden},
    {&Afwegingskader::acute_of_structurele_onveiligheid, true, Afweging::melden},
    {&Afwegingskader::voldoende_hulp_mogelijk, false, Afweging::melden},
    {&Afwegingskader::hulp_aanvaard, false, Afweging::melden},
    {&Afwegingskader::duurzame_veiligheid, false, Afweging::melden},
}};

constexpr std::array<std::string_view, kMeldcodeStappen> kStapNamen{
    "Signalen in kaart brengen",
    "Collegiaal overleggen en zo nodig Veilig Thuis of een deskundige raadplegen",
    "Gesprek met de betrokkene(n)",
    "Wegen van het geweld of de kindermishandeling met het afwegingskader",
    "Beslissen: melden bij Veilig Thuis en/of hulp organiseren",
};

}  // namespace

Afweging weeg(const Afwegingskader& kader) {
  for (const auto& vraag : kVragen) {
    const auto& antwoord = kader.*vraag.antwoord;
    if (!antwoord) return Afweging::onvolledig;
    if (*antwoord == vraag.beslissend_antwoord) return vraag.uitkomst;
  }
  return Afweging::hulp_organiseren;
}

bool besluit_volgt_afweging(Afweging afweging, const MeldcodeBesluit& besluit) {
  switch (afweging) {
    case Afweging::melden:
      return besluit.melden;
    case Afweging::hulp_organiseren:
    case Afweging::geen_vermoeden:
      return true;  // reporting anyway stays the professional's right
    case Afweging::onvolledig:
      return false;
  }
  return false;
}

std::string_view stap_naam(int stap) { return kStapNamen.at(static_cast<std::size_t>(stap - 1)); }

}  // namespace regie::domain
