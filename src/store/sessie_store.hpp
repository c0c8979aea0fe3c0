#pragma once
// Sessions, login attempts and API tokens. Secrets are only stored as SHA-256 hashes.

#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace regie::store {

struct SessieRecord {
  std::string token_hash;
  std::string gebruiker_id;
  std::string csrf_hash;
  std::string aangemaakt_op;
  std::string laatst_gebruikt_op;
  std::string verloopt_op;
  std::optional<std::string> ingetrokken_op;
  std::optional<std::string> werkgemeente_id{};  // none: the organisation's own gemeente
  bool via_inlogdienst = false;                  // logged in through the gemeente's IdP: log out there too
};

struct InlogPogingRecord {
  std::string sleutel;
  int mislukt = 0;
  std::string laatste_op;
  std::string volgende_poging_op;
};

struct ApiTokenRecord {
  std::string id;
  std::string gemeente_id;
  std::string naam;
  std::string token_hash;
  std::vector<std::string> scopes;
  std::optional<std::string> ingetrokken_op;
  std::string verloopt_op;
  std::string aangemaakt_op;
};

// The actor behind an account: who, where, which roles.
struct AccountActor {
  std::string gebruiker_id;
  std::string medewerker_id;
  std::string gemeente_id;
  std::vector<std::string> rollen;
  bool geblokkeerd = false;
};

void sessie_invoegen(Tx& tx, const SessieRecord& s);
std::optional<SessieRecord> sessie(Tx& tx, const std::string& token_hash);
void sessie_werkgemeente_zetten(Tx& tx, const std::string& token_hash, const std::string& gemeente_id);
void sessie_aanraken(Tx& tx, const std::string& token_hash, const std::string& op);
void sessie_intrekken(Tx& tx, const std::string& token_hash, const std::string& op);
void sessies_van_gebruiker_intrekken(Tx& tx, const std::string& gebruiker_id, const std::string& op);

std::optional<InlogPogingRecord> inlogpoging(Tx& tx, const std::string& sleutel);
void inlogpoging_zetten(Tx& tx, const InlogPogingRecord& p);
void inlogpoging_wissen(Tx& tx, const std::string& sleutel);

std::optional<AccountActor> account_actor(Tx& tx, const std::string& gebruiker_id);

void api_token_invoegen(Tx& tx, const ApiTokenRecord& t, const std::string& nu);
std::optional<ApiTokenRecord> api_token(Tx& tx, const std::string& token_hash);
// The gemeente's tokens, newest first (never their secret: only the hash is stored).
std::optional<ApiTokenRecord> api_token_met_id(Tx& tx, const std::string& id);
// Newest first, a page at a time.
std::vector<ApiTokenRecord> api_tokens(Tx& tx, const std::string& gemeente_id, int limit, int offset);
std::int64_t api_tokens_totaal(Tx& tx, const std::string& gemeente_id);
bool api_token_intrekken(Tx& tx, const std::string& gemeente_id, const std::string& id,
                         const std::string& op);

// `wijzigen`: a start password the beheerder handed out, that only lets him in to choose his own.
void gebruiker_wachtwoord_zetten(Tx& tx, const std::string& gebruiker_id, const std::string& hash,
                                 bool wijzigen = false);
// Blocking also ends every session of the account at `op`: a blocked account is out at once.
void gebruiker_blokkeren(Tx& tx, const std::string& gebruiker_id, bool geblokkeerd, const std::string& op);

}  // namespace regie::store
