#pragma once
// Functional administration: gemeenten, organisations, teams, staff, certifications and user accounts.

#include <optional>
#include <string>
#include <vector>

#include "service/dienst.hpp"
#include "service/pagina.hpp"
#include "store/beheer_store.hpp"
#include "store/regio_store.hpp"

namespace regie::service {

struct OrganisatieInvoer {
  std::string naam;
  std::vector<domain::Partij> ketens;
  std::optional<int> caseload_norm;            // default kStandaardCaseloadNorm
  std::optional<domain::NiveauNormen> normen;  // default: domain::standaard_norm per level
};

struct MedewerkerInvoer {
  std::string organisatie_id;
  std::optional<std::string> team_id;
  std::optional<std::string> manager_id;
  std::string naam;
  std::string email;
  std::string telefoon;
  std::vector<domain::Gebruikersrol> rollen;
};

struct NieuwAccount {
  std::string id;
  std::string startwachtwoord;
};

struct MedewerkerInfo {
  store::MedewerkerRecord medewerker;
  std::vector<store::CertificeringRecord> certificeringen;  // the ones that count now, per role
};

struct MedewerkerFilter {
  std::optional<std::string> organisatie_id;
  std::optional<domain::Gebruikersrol> rol;
};

struct MedewerkerPagina {
  std::vector<MedewerkerInfo> items;
  std::int64_t totaal = 0;
};

// BadRequest at "organisatieId" unless the organisation is registered in the actor's gemeente.
void vereis_organisatie_in_gemeente(store::Tx& tx, const Context& ctx, const std::string& id);

// An organisation in the beheerder's list; for the gemeente's own, the other gemeenten that contract it now.
struct OrganisatieOverzicht {
  store::OrganisatieRecord organisatie;
  std::vector<store::ContractRecord> gecontracteerd_door;
};

class Beheer : public Dienst {
 public:
  using Dienst::Dienst;

  // Only from the command line: a new tenant with its own audit chain.
  std::string gemeente_aanmaken(const std::string& naam);

  std::string organisatie_aanmaken(const Context& ctx, const OrganisatieInvoer& invoer);
  // The beheerder renames one of his gemeente's own organisations or changes its caseload norm and norms per
  // level (`invoer.ketens` is ignored: the chains stay, as regie already given rests on them). NotFound for
  // an organisation of another gemeente (also one it contracts), Conflict when `versie` is no longer current.
  store::OrganisatieRecord organisatie_wijzigen(const Context& ctx, const std::string& id,
                                                const OrganisatieInvoer& invoer, int versie);
  std::string team_aanmaken(const Context& ctx, const std::string& organisatie_id, const std::string& naam);
  std::string medewerker_aanmaken(const Context& ctx, const MedewerkerInvoer& invoer);
  MedewerkerInfo medewerker(const Context& ctx, const std::string& id);
  // The beheerder changes a professional of his own gemeente: organisation (another of the gemeente's own;
  // empty keeps it), team, manager, name, contact and roles. NotFound for another gemeente's, Conflict when
  // `versie` is no longer current, when he would take his own beheerder role away, or when a professional
  // who holds regie would move to another organisation.
  void medewerker_wijzigen(const Context& ctx, const std::string& id, const MedewerkerInvoer& invoer,
                           int versie);
  // The staff directory of the gemeente, with the staff of organisations it contracts (DOMAIN.md §6): for
  // choosing regisseurs, assessors and readers of shielded parts.
  MedewerkerPagina medewerkers(const Context& ctx, const MedewerkerFilter& filter, Pagina pagina);
  // The gemeente of `ctx` contracts an organisation registered in another gemeente of its region, from
  // `sinds`: its professionals can then work in this gemeente's households (DOMAIN.md §6).
  void contract_vastleggen(const Context& ctx, const std::string& organisatie_id, domain::Datum sinds);
  // Ends the contract: its professionals no longer work here; their sessions here go back to their own
  // gemeente. NotFound when there was no running contract.
  void contract_beeindigen(const Context& ctx, const std::string& organisatie_id);
  // The gemeente's own organisations, then those registered elsewhere that it contracts.
  std::vector<OrganisatieOverzicht> organisaties(const Context& ctx);
  std::vector<store::TeamRecord> teams(const Context& ctx, const std::optional<std::string>& organisatie_id);
  std::string certificering_vastleggen(const Context& ctx, const std::string& medewerker_id,
                                       domain::Certificering certificering, domain::Datum datum);
  // `startwachtwoord`: one the beheerder hands out, good only for choosing one's own at the first login.
  std::string gebruiker_aanmaken(const Context& ctx, const std::string& medewerker_id,
                                 const std::string& gebruikersnaam, const std::string& wachtwoord,
                                 bool startwachtwoord = false);
  // The beheerder in the web app: an account with a start password made here, shown to him once.
  NieuwAccount account_aanmaken(const Context& ctx, const std::string& medewerker_id,
                                const std::string& gebruikersnaam);
};

}  // namespace regie::service
