#pragma once
// The household's portal: invitations, accounts with their second factor and recovery codes, and portal
// sessions (see domain/portaal.hpp). Codes, recovery codes and session tokens are stored as hashes only.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/portaal.hpp"
#include "store/database.hpp"

namespace regie::store {

struct UitnodigingRecord {
  std::string id;
  std::string gemeente_id;
  std::string huishouden_id;
  domain::PersoonSoort persoon_soort = domain::PersoonSoort::gezinslid;
  std::string persoon_id;
  std::optional<std::string> ouder_id;
  std::vector<domain::PortaalRecht> rechten;
  std::string besluit;
  std::string code_hash;
  std::string aangemaakt_door;
  std::string aangemaakt_op;
  std::string geldig_tot;
  std::optional<std::string> totp_geheim{};
  std::optional<std::string> gebruikt_op{};
  std::optional<std::string> ingetrokken_op{};
  std::optional<std::string> account_id{};
  std::optional<std::string> controle_hash{};  // set when the invitation went by e-mail
  int mislukte_controles = 0;
  std::optional<std::string> gemaild_op{};
};

struct PortaalAccountRecord {
  std::string id;
  std::string gemeente_id;
  std::string huishouden_id;
  domain::PersoonSoort persoon_soort = domain::PersoonSoort::gezinslid;
  std::string persoon_id;
  std::optional<std::string> ouder_id;
  std::vector<domain::PortaalRecht> rechten;
  std::string gebruikersnaam;
  std::string wachtwoord_hash;
  std::string totp_geheim;
  std::int64_t totp_laatste_stap = 0;
  std::string aangemaakt_op;
  std::optional<std::string> ingetrokken_op{};
};

struct PortaalSessieRecord {
  std::string id;  // opaque, to name it by in the list of one's sessions
  std::string token_hash;
  std::string account_id;
  std::string csrf_hash;
  std::string zekerheid;  // how the user proved who he is: "wachtwoord+totp" or "wachtwoord+herstelcode"
  std::string aangemaakt_op;
  std::string laatst_gebruikt_op;
  std::string verloopt_op;
  std::optional<std::string> ingetrokken_op{};
};

void uitnodiging_invoegen(Tx& tx, const UitnodigingRecord& u);
// Newest first.
std::vector<UitnodigingRecord> uitnodigingen(Tx& tx, const std::string& huishouden_id);
std::optional<UitnodigingRecord> uitnodiging_met_code(Tx& tx, const std::string& code_hash);
// False when it is not this household's, or was used or revoked already.
bool uitnodiging_intrekken(Tx& tx, const std::string& huishouden_id, const std::string& id,
                           const std::string& op);
void uitnodiging_gemaild(Tx& tx, const std::string& id, const std::string& op);
// Counts a wrong check code; at `max` wrong ones the invitation is revoked. The count after this one.
int controle_mislukt(Tx& tx, const std::string& id, int max, const std::string& op);
void uitnodiging_totp_zetten(Tx& tx, const std::string& id, const std::string& geheim);
// False when it was used or revoked meanwhile (a second acceptance loses).
bool uitnodiging_gebruiken(Tx& tx, const std::string& id, const std::string& account_id,
                           const std::string& op);

// The person's invitations that are still open end when he gets an account some other way.
void account_invoegen(Tx& tx, const PortaalAccountRecord& a,
                      const std::vector<std::string>& herstelcode_hashes);
std::optional<PortaalAccountRecord> account_met_naam(Tx& tx, const std::string& gebruikersnaam);
std::optional<PortaalAccountRecord> account(Tx& tx, const std::string& id);
bool gebruikersnaam_bestaat(Tx& tx, const std::string& gebruikersnaam);
bool persoon_heeft_account(Tx& tx, const std::string& persoon_id);
// The household's accounts still in use.
std::vector<PortaalAccountRecord> accounts_van_huishouden(Tx& tx, const std::string& huishouden_id);
// Ends the person's access in this household and every session of it; false when he had none.
bool account_intrekken(Tx& tx, const std::string& huishouden_id, const std::string& persoon_id,
                       const std::string& op);
// Ends every way in for the person: his account with its sessions and any open invitation; false when he
// had none of these.
bool portaaltoegang_beeindigen(Tx& tx, const std::string& huishouden_id, const std::string& persoon_id,
                               const std::string& op);
// Records the time step a code was used at; false when that step (or a later one) was used already.
bool totp_stap_gebruiken(Tx& tx, const std::string& account_id, std::int64_t stap);
// False when the code is not his or was used already.
bool herstelcode_gebruiken(Tx& tx, const std::string& account_id, const std::string& code_hash,
                           const std::string& op);

// The household's access log for "who viewed our file": what succeeded, newest first, with the actor's
// organisation where he is a professional.
// The organisation of each of these professionals (by medewerker id), for "who viewed our file"; ids that
// are not a professional's (the system, a household member) are left out.
std::map<std::string, std::string> organisaties_van_medewerkers(Tx& tx, const std::vector<std::string>& ids);

void portaal_sessie_invoegen(Tx& tx, const PortaalSessieRecord& s);
std::optional<PortaalSessieRecord> portaal_sessie(Tx& tx, const std::string& token_hash);
void portaal_sessie_aanraken(Tx& tx, const std::string& token_hash, const std::string& op);
void portaal_sessie_intrekken(Tx& tx, const std::string& token_hash, const std::string& op);
// The account's sessions not ended and not past their end (`nu`), newest first.
std::vector<PortaalSessieRecord> portaal_sessies_van(Tx& tx, const std::string& account_id,
                                                     const std::string& nu);
// Ends one of the account's sessions by its id; false when it is not his or ended already.
bool portaal_sessie_beeindigen(Tx& tx, const std::string& account_id, const std::string& id,
                               const std::string& op);
// Ends every session of the account but this one; how many.
std::int64_t portaal_sessies_andere_beeindigen(Tx& tx, const std::string& account_id,
                                               const std::string& behalve_token_hash, const std::string& op);

}  // namespace regie::store
