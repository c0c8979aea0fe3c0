#pragma once
// A gemeente's identity provider for its professionals (OpenID Connect, ADR 0021), the logins under way
// through it, and the list the login page shows.

#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace regie::store {

struct InlogdienstRecord {
  std::string gemeente_id;
  std::string naam;  // what the login page's button says
  std::string issuer;
  std::string client_id;
  std::optional<std::string> client_secret;   // client_secret_basic, where the IdP can do no better
  std::optional<std::string> client_sleutel;  // private_key_jwt: Regie's private key as a JWK
  std::string terugkeer_adres;                // the redirect URI exactly as registered at the IdP
  std::string account_claim;                  // whose value is the account's user name
  std::optional<std::string> acr;             // the assurance level asked, and required in the ID token
  bool aanmaken_bij_eerste_login = false;
  std::optional<std::string> organisatie_id;  // where an account made at its first login is placed
  std::optional<std::string> team_id;
  std::optional<std::string> rollen_claim;
  std::string rollen = "{}";  // JSON object: a value of `rollen_claim` → a role's code
  std::optional<std::string> team_claim;
  std::string teams = "{}";  // JSON object: a value of `team_claim` → a team id, for a first-login account
};

struct InlogdienstPogingRecord {
  std::string state;
  std::string browser_hash;
  std::string gemeente_id;
  std::string nonce;
  std::string verifier;
  std::string verloopt_op;
};

struct InlogdienstKeuze {
  std::string gemeente_id;
  std::string gemeente;
  std::string naam;
};

std::optional<InlogdienstRecord> inlogdienst(Tx& tx, const std::string& gemeente_id);
void inlogdienst_opslaan(Tx& tx, const InlogdienstRecord& r, const std::string& nu);
bool inlogdienst_verwijderen(Tx& tx, const std::string& gemeente_id);
std::vector<InlogdienstKeuze> inlogdiensten(Tx& tx);

// Stores a new login under way, and clears those that expired before `nu`.
void inlogdienst_poging_invoegen(Tx& tx, const InlogdienstPogingRecord& p, const std::string& nu);
// The login under way with this state, taken out: a state works once.
std::optional<InlogdienstPogingRecord> inlogdienst_poging_nemen(Tx& tx, const std::string& state);

}  // namespace regie::store
