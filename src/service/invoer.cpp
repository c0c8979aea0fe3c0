#include "service/invoer.hpp"

#include <algorithm>
#include <cctype>

namespace regie::service {

bool geldige_gebruikersnaam(const std::string& naam) {
  return naam.size() >= 3 && naam.size() <= 64 && std::ranges::all_of(naam, [](unsigned char c) {
           return std::islower(c) || std::isdigit(c) || c == '.' || c == '-' || c == '_';
         });
}

std::string gebruikersnaam_normaliseren(std::string naam) {
  std::ranges::transform(naam, naam.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return naam;
}

void InvoerControle::verplicht(std::string_view veld, const std::string& waarde, std::size_t max) {
  if (is_leeg(waarde)) {
    fout(veld, "Dit veld is verplicht.");
  } else {
    maximaal(veld, waarde, max);
  }
}

void InvoerControle::maximaal(std::string_view veld, const std::string& waarde, std::size_t max) {
  if (waarde.size() > max) fout(veld, "Mag hoogstens " + std::to_string(max) + " tekens lang zijn.");
}

void InvoerControle::fout(std::string_view veld, std::string reden) {
  fouten_.push_back({std::string{veld}, std::move(reden)});
}

void weigeren_bij(const std::vector<domain::Veldfout>& fouten, std::string_view onderwerp) {
  InvoerControle controle;
  for (const auto& f : fouten) controle.fout(f.veld, f.reden);
  controle.afronden(onderwerp);
}

void InvoerControle::niet_na_vandaag(std::string_view veld, domain::Datum datum, domain::Datum vandaag,
                                     std::string reden) {
  if (std::chrono::sys_days{datum} > std::chrono::sys_days{vandaag}) fout(veld, std::move(reden));
}

void InvoerControle::afronden(std::string_view onderwerp) const {
  if (fouten_.empty()) return;
  throw BadRequest(std::string{onderwerp} + (fouten_.size() == 1 ? ": één veld is niet goed ingevuld."
                                                                 : ": " + std::to_string(fouten_.size()) +
                                                                       " velden zijn niet goed ingevuld."),
                   fouten_);
}

}  // namespace regie::service
