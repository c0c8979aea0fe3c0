// The organisations and professionals of the demo gemeente (fictitious).

#include "cli/demo/demo_personen.hpp"

namespace regie::cli::demo {

using enum domain::Gebruikersrol;
using domain::Partij;
using domain::Profiel;
using domain::Rol;

const std::vector<DemoOrganisatie>& organisaties() {
  static const std::vector<DemoOrganisatie> lijst{
      {"wijkteam", "Sociaal Wijkteam Zuiderveen", {Partij::lokaal_team}, "Team Noord"},
      {"brug", "Jeugd- en Gezinszorg De Brug", {Partij::zorgketen}, "Ambulant"},
      {"cjg", "Centrum Jeugd en Gezin Zuiderveen", {Partij::basiszorg}, "Jeugdgezondheidszorg"},
      {"zvh",
       "Zorg- en Veiligheidshuis Regio Zuid",
       {Partij::veiligheidsketen, Partij::civiele_keten},
       "Casusregie",
       {std::string{kBuurgemeente}}},
      {"oov",
       "Gemeente Zuiderveen, Openbare Orde en Veiligheid",
       {Partij::lokaal_team},
       "Zorg en Veiligheid"},
  };
  return lijst;
}

// The first of each organisation with the aandachtsfunctionaris role assesses the others' profiles.
const std::vector<DemoMedewerker>& medewerkers() {
  static const std::vector<DemoMedewerker> lijst{
      {"sanne", "Sanne de Wit", "wijkteam", "", {manager, aandachtsfunctionaris}, {}},
      {"fatima",
       "Fatima El Amrani",
       "wijkteam",
       "sanne",
       {regisseur},
       {{Rol::casus, Profiel::B}, {Rol::proces, Profiel::B}}},
      {"jeroen",
       "Jeroen Bakker",
       "wijkteam",
       "sanne",
       {regisseur},
       {{Rol::casus, Profiel::A}, {Rol::proces, Profiel::A}}},
      {"priya",
       "Priya Ramdin",
       "wijkteam",
       "sanne",
       {regisseur},
       {{Rol::casus, Profiel::B_plus}, {Rol::proces, Profiel::B_plus}}},
      {"henk", "Henk Jansen", "wijkteam", "sanne", {beheerder}, {}},
      {"ingrid", "Ingrid Mulder", "wijkteam", "", {agendahouder}, {}},
      {"pieter", "Pieter van Dam", "wijkteam", "", {privacyfunctionaris}, {}},
      {"lisa", "Lisa Hoekstra", "brug", "", {manager, aandachtsfunctionaris}, {}},
      {"tom", "Tom Verhoeven", "brug", "lisa", {regisseur}, {{Rol::casus, Profiel::B}}},
      {"youssef", "Youssef Benali", "brug", "lisa", {regisseur}, {{Rol::casus, Profiel::A}}},
      {"wendy", "Wendy Smits", "cjg", "", {manager}, {}},
      {"marloes",
       "Marloes Kok",
       "cjg",
       "wendy",
       {regisseur, aandachtsfunctionaris},
       {{Rol::casus, Profiel::A}}},
      {"ruben", "Ruben Dijkstra", "zvh", "", {manager, aandachtsfunctionaris}, {}},
      {"annelies",
       "Annelies Smit",
       "zvh",
       "ruben",
       {regisseur},
       {{Rol::casus, Profiel::B_plus}, {Rol::proces, Profiel::B_plus}}},
      // The ambtenaar IVZ/OOV: a professional of the gemeente, involved as linking pin at level 5.
      {"karim", "Karim Ouali", "oov", "", {regisseur}, {}},
  };
  return lijst;
}

}  // namespace regie::cli::demo
