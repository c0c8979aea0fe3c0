#include "domain/meldingsmail.hpp"

namespace regie::domain {

Mail meldingsmail(std::string aan, const std::optional<std::string>& adres) {
  std::string tekst =
      "Goedendag,\n"
      "\n"
      "Er staat iets voor u klaar in Regie.\n";
  tekst += adres ? "Log in op " + *adres + " om te zien wat het is.\n"
                 : "Log in op Regie om te zien wat het is.\n";
  tekst +=
      "\n"
      "Deze e-mail vertelt met opzet niet waar het over gaat: gegevens over huishoudens blijven in Regie.\n"
      "U krijgt zo'n bericht hooguit eens per uur. Uitzetten kan in Regie, op de pagina Meldingen.\n";
  return {std::move(aan), "Er staat iets voor u klaar in Regie", std::move(tekst)};
}

}  // namespace regie::domain
