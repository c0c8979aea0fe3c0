#include "domain/uitnodigingsmail.hpp"

#include <algorithm>

namespace regie::domain {

Mail uitnodigingsmail(std::string aan, const std::string& code, Datum geldig_tot,
                      const std::optional<std::string>& adres) {
  const std::string waar = adres ? *adres + "/portaal/uitnodiging" : "de pagina 'Uitnodiging' van Regie";
  std::string tekst =
      "Goedendag,\n"
      "\n"
      "U bent uitgenodigd om in Regie mee te kijken in het plan waar u samen met uw regisseur aan werkt.\n"
      "\n"
      "Uw uitnodigingscode: " +
      code +
      "\n"
      "\n"
      "Ga naar " +
      waar +
      " en vul de code in. U heeft ook een controlecode nodig. Die staat niet in deze e-mail: u krijgt hem "
      "van "
      "uw regisseur zelf, in een gesprek of aan de telefoon.\n"
      "\n"
      "De code werkt één keer en tot en met " +
      datum_in_woorden(geldig_tot) + ". Verwachtte u deze e-mail niet? Dan hoeft u niets te doen.\n";
  return {std::move(aan), "Uw uitnodiging voor Regie", std::move(tekst)};
}

bool is_emailadres(const std::string& adres) {
  if (adres.empty() || adres.size() > 254) return false;
  if (std::ranges::any_of(adres,
                          [](unsigned char c) { return c <= ' ' || c == 0x7f || c == '<' || c == '>'; }))
    return false;
  const auto at = adres.find('@');
  if (at == std::string::npos || at == 0 || adres.find('@', at + 1) != std::string::npos) return false;
  const auto domein = adres.substr(at + 1);
  const auto punt = domein.find('.');
  return punt != std::string::npos && punt > 0 && punt + 1 < domein.size();
}

}  // namespace regie::domain
