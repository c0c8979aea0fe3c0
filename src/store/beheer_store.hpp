#pragma once
// Gemeenten, organisations, teams, staff (with roles and certifications) and user accounts.

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/huishouden.hpp"
#include "domain/leeftijd.hpp"
#include "domain/normen.hpp"
#include "domain/profielen.hpp"
#include "store/database.hpp"

namespace regie::store {

struct OrganisatieRecord {
  std::string id;
  std::string gemeente_id;
  std::string naam;
  std::vector<domain::Partij> ketens;
  int caseload_norm = domain::kStandaardCaseloadNorm;
  std::array<domain::NiveauNorm, 5> normen{};  // per level 1..5
  int versie = 1;
  bool regionaal = false;  // contracted by another gemeente than its own (DOMAIN.md §6)
};

struct CertificeringRecord {
  std::string id;
  std::string medewerker_id;
  domain::Certificering certificering;
  domain::Datum datum{};
  std::string beoordeeld_door;
};

struct MedewerkerRecord {
  std::string id;
  std::string organisatie_id;
  std::optional<std::string> team_id;
  std::optional<std::string> manager_id;
  std::string naam;
  std::string email;
  std::string telefoon;
  std::vector<domain::Gebruikersrol> rollen;
  int versie = 1;
};

struct GebruikerRecord {
  std::string id;
  std::string medewerker_id;
  std::string gebruikersnaam;
  std::string wachtwoord_hash;
  bool geblokkeerd = false;
  bool wachtwoord_wijzigen = false;  // a start password from the beheerder: he chooses his own at login
};

struct TeamRecord {
  std::string id;
  std::string organisatie_id;
  std::string naam;
};

struct MedewerkerVraag {
  std::string gemeente_id;
  std::optional<std::string> organisatie_id;
  std::optional<std::string> rol;
  int limit = 20;
  int offset = 0;
};

void gemeente_invoegen(Tx& tx, const std::string& id, const std::string& naam, const std::string& nu);
std::optional<std::string> gemeente_naam(Tx& tx, const std::string& id);
std::optional<std::string> gemeente_met_naam(Tx& tx, const std::string& naam);

void organisatie_invoegen(Tx& tx, const OrganisatieRecord& o, const std::string& nu);
std::optional<OrganisatieRecord> organisatie(Tx& tx, const std::string& id);
// Name, caseload norm and the norms per level (not the chains), when the stored version is still `o.versie`;
// the version goes up by one. False when someone changed it meanwhile.
bool organisatie_bijwerken(Tx& tx, const OrganisatieRecord& o);
std::vector<OrganisatieRecord> organisaties(Tx& tx, const std::string& gemeente_id);
// Organisations registered in another gemeente that this gemeente contracts.
std::vector<OrganisatieRecord> gecontracteerde_organisaties(Tx& tx, const std::string& gemeente_id);

// What the household's rules need of the organisation of each professional who is its regisseur now,
// keyed by professional: whether it works regionally, and its evaluation term at `niveau`. One query
// for all of them, instead of loading each professional and organisation.
struct RegisseursOrganisatie {
  bool regionaal = false;
  int evaluatie_termijn_dagen = 0;
};
std::map<std::string, RegisseursOrganisatie> organisaties_van_regisseurs(Tx& tx,
                                                                         const std::string& huishouden_id,
                                                                         domain::Niveau niveau);

void team_invoegen(Tx& tx, const std::string& id, const std::string& organisatie_id, const std::string& naam);
std::optional<std::string> team_organisatie(Tx& tx, const std::string& team_id);
std::vector<TeamRecord> teams(Tx& tx, const std::string& gemeente_id,
                              const std::optional<std::string>& organisatie_id);

void medewerker_invoegen(Tx& tx, const MedewerkerRecord& m, const std::string& nu);
// Organisation, team, manager, name, contact and roles, when the stored version is still
// `m.versie`; the version goes up by one. False when someone changed it meanwhile.
bool medewerker_bijwerken(Tx& tx, const MedewerkerRecord& m);
std::optional<MedewerkerRecord> medewerker(Tx& tx, const std::string& id);
// Whether the professional is casus or process regisseur of a household now.
bool heeft_lopende_regie(Tx& tx, const std::string& medewerker_id);
std::optional<std::string> medewerker_gemeente(Tx& tx, const std::string& medewerker_id);
std::vector<MedewerkerRecord> medewerkers(Tx& tx, const MedewerkerVraag& vraag);
std::int64_t medewerkers_totaal(Tx& tx, const MedewerkerVraag& vraag);

void certificering_invoegen(Tx& tx, const CertificeringRecord& c, const std::string& nu);
// The newest certification per role: what counts now.
std::vector<CertificeringRecord> actuele_certificeringen(Tx& tx, const std::string& medewerker_id);

void gebruiker_invoegen(Tx& tx, const GebruikerRecord& g, const std::string& nu);
std::optional<GebruikerRecord> gebruiker_met_naam(Tx& tx, const std::string& gebruikersnaam);

}  // namespace regie::store
