#pragma once
// Logging in and out, sessions, login throttling and API tokens.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "service/dienst.hpp"
#include "service/pagina.hpp"
#include "store/regio_store.hpp"
#include "store/sessie_store.hpp"

namespace regie::service {

struct SessieConfig {
  std::chrono::minutes inactief{30};  // idle expiry
  std::chrono::hours absoluut{12};    // absolute expiry
};

// What a login with the right password still needs: his own password instead of a start password, the
// second factor's code, or setting up the app for it.
enum class InlogVervolg { geen, wachtwoord, code, instellen };

struct Inlog {
  std::string token;       // for the cookie; never stored
  std::string csrf_token;  // for the X-CSRF-Token header of state-changing requests
  std::string verloopt_op;
  Context ctx;
  // Not `geen`: no session yet; the same login again with the app's code (or a recovery code).
  InlogVervolg vervolg = InlogVervolg::geen;
  std::string totp_geheim;  // instellen: the secret for the app, and its otpauth:// address
  std::string totp_adres;
  std::vector<std::string> herstelcodes;  // the app was set up by this login: shown this once
};

struct SessieInfo {
  Context ctx;
  std::string token;  // from the cookie; in memory for this request only
  std::string token_hash;
  std::string csrf_hash;
  std::string verloopt_op;
  bool via_inlogdienst = false;  // logged in through the gemeente's IdP
};

struct NieuwApiToken {
  std::string id;
  std::string token;  // shown once; only its hash is stored
  std::string verloopt_op;
};

struct ApiTokenPagina {
  std::vector<store::ApiTokenRecord> items;
  std::int64_t totaal = 0;
};

// One generic message for every failed login: it never says whether the account exists.
inline constexpr std::string_view kInlogFout = "De combinatie van gebruikersnaam en wachtwoord is onjuist.";
// The password was right (the login said a code comes next); the code was not.
inline constexpr std::string_view kCodeFout =
    "Deze code klopt niet. Vul de code in die de app nu toont, of een ongebruikte herstelcode.";
// How long each failed login is kept for the beheerder's view.
inline constexpr std::chrono::days kMisluktBewaren{30};

// Whether a request's CSRF token belongs to the session with this stored hash (constant time); the
// professionals' and the portal's sessions check it alike.
bool csrf_token_klopt(const std::string& csrf_token, const std::string& csrf_hash);
// Whether a session (professional or portal) has ended at `nu`: past its absolute end, or idle for longer
// than `inactief` since it was last used.
bool sessie_verlopen(const std::string& laatst_gebruikt_op, const std::string& verloopt_op,
                     domain::Tijdstip nu, std::chrono::minutes inactief);

class Sessies : public Dienst {
 public:
  Sessies(Omgeving omgeving, SessieConfig config);

  // Throws NotAuthenticated (wrong, unknown or blocked, all alike; a wrong second factor) or
  // TooManyRequests. With the right password but something still missing, no session starts: the answer
  // says what comes next (see Inlog::vervolg) and the same login comes again with it. `tweede_factor` is the
  // app's six digits or a recovery code (used once); `nieuw_wachtwoord` replaces a start password, and is
  // stored only when the session starts (BadRequest "nieuwWachtwoord" when too short or the same).
  Inlog inloggen(const std::string& gebruikersnaam, const std::string& wachtwoord,
                 const std::string& client_adres, const std::string& tweede_factor = {},
                 const std::string& nieuw_wachtwoord = {});
  // A session for an account the gemeente's identity provider vouched for (Inlogdiensten checked it and that
  // it is not blocked); the IdP asked its own second factor. Marked, so that logging out ends it there too.
  Inlog inloggen_via_inlogdienst(const store::AccountActor& account);
  // Whether the account's own gemeente asks it a second factor (what its login follows), also while the
  // session works in a gemeente that contracts its organisation.
  bool tweede_factor_verplicht(const Context& ctx);
  // The session behind a cookie token, or nullopt when unknown, revoked or expired.
  std::optional<SessieInfo> sessie(const std::string& token);
  bool csrf_klopt(const SessieInfo& sessie, const std::string& csrf_token) const;
  // The CSRF token follows from the secret session token: the page can ask for it again after a reload,
  // and nobody who cannot read the (HttpOnly) cookie can compute it.
  static std::string csrf_token(const std::string& sessie_token);
  void uitloggen(const SessieInfo& sessie);
  // The gemeenten this professional can work in: his organisation's own and those that contract it.
  std::vector<store::WerkgemeenteRecord> werkgemeenten(const Context& ctx);
  // The session works in another of those gemeenten from now on; the context it acts in there. BadRequest
  // for a gemeente that does not contract his organisation.
  Context werkgemeente_kiezen(const SessieInfo& sessie, const std::string& gemeente_id);

  // An integration's bearer token with the required scope, as a context of its gemeente; nothing once it
  // has expired or was revoked.
  std::optional<Context> api_token(const std::string& token, std::string_view scope);

  // The beheerder in the web app, or the command line (system actor). A new token is shown once and lives
  // `dagen` days (default 90, at most 365); BadRequest naming the field.
  NieuwApiToken api_token_aanmaken(const Context& ctx, const std::string& naam,
                                   const std::vector<std::string>& scopes,
                                   std::optional<int> dagen = std::nullopt);
  // The gemeente's tokens, newest first, never their secret.
  ApiTokenPagina api_tokens(const Context& ctx, Pagina pagina);
  // NotFound for a token of another gemeente, Conflict when it was revoked already.
  void api_token_intrekken(const Context& ctx, const std::string& id);
  void wachtwoord_zetten(const std::string& gebruikersnaam, const std::string& wachtwoord);
  void blokkeren(const std::string& gebruikersnaam, bool geblokkeerd);

 private:
  void sessie_klaarmaken(Inlog& inlog, domain::Tijdstip nu) const;
  static store::SessieRecord sessie_record(const Inlog& inlog, const std::string& gebruiker_id,
                                           domain::Tijdstip nu, bool via_inlogdienst);

  SessieConfig config_;
  std::string dummy_hash_;  // verified for unknown accounts, so timing does not tell them apart
};

inline const std::vector<std::string> kApiScopes{"adviezen"};
inline constexpr int kTokenDagenStandaard = 90;
inline constexpr int kTokenDagenMaximaal = 365;

}  // namespace regie::service
