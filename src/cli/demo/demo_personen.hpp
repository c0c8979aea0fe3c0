#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/huishouden.hpp"
#include "domain/profielen.hpp"

namespace regie::cli::demo {

struct DemoOrganisatie {
  std::string sleutel;
  std::string naam;
  std::vector<domain::Partij> ketens;
  std::string team;
  std::vector<std::string>
      ook_voor{};  // neighbouring gemeenten that contract it too: a regional organisation
};

struct DemoMedewerker {
  std::string gebruikersnaam;
  std::string naam;
  std::string organisatie;  // sleutel
  std::string manager;      // gebruikersnaam, or empty
  std::vector<domain::Gebruikersrol> rollen;
  std::vector<domain::Certificering> certificeringen;
};

// A neighbouring gemeente of the demo gemeente, with only its own social team: it contracts the regional
// Zorg- en Veiligheidshuis too (DOMAIN.md §6).
inline constexpr std::string_view kBuurgemeente = "Noorderhaven";
inline constexpr std::string_view kBuurgemeenteTeam = "Sociaal Team Noorderhaven";

const std::vector<DemoOrganisatie>& organisaties();
const std::vector<DemoMedewerker>& medewerkers();

}  // namespace regie::cli::demo
