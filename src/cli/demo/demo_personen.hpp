#pragma once

#include <string>
#include <vector>

#include "domain/huishouden.hpp"
#include "domain/profielen.hpp"

namespace regie::cli::demo {

struct DemoOrganisatie {
  std::string sleutel;
  std::string naam;
  std::vector<domain::Partij> ketens;
  std::string team;
};

struct DemoMedewerker {
  std::string gebruikersnaam;
  std::string naam;
  std::string organisatie;  // sleutel
  std::string manager;      // gebruikersnaam, or empty
  std::vector<domain::Gebruikersrol> rollen;
  std::vector<domain::Certificering> certificeringen;
};

const std::vector<DemoOrganisatie>& organisaties();
const std::vector<DemoMedewerker>& medewerkers();

}  // namespace regie::cli::demo
