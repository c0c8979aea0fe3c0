#pragma once
// Logging in through a gemeente's own identity provider (OpenID Connect, ADR 0021): the login page's
// choice, the start (state, nonce and PKCE verifier kept for ten minutes and bound to the browser by a
// cookie), the return with the code (checked, exchanged, the ID token checked, the account found or made
// at its first login, a session started), logging out at the IdP too, and the beheerder's settings.

#include <array>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "domain/codes.hpp"
#include "service/dienst.hpp"
#include "service/oidc_client.hpp"
#include "service/sessies.hpp"
#include "store/inlogdienst_store.hpp"

namespace regie::service {

// Why a return from the IdP started no session; the login page explains each in its own words.
enum class InlogdienstReden {
  verlopen,      // no login under way for this state in this browser (expired, used, or another browser)
  geweigerd,     // the IdP said no (the person cancelled, or may not log in)
  onbereikbaar,  // the IdP could not be reached or the code not exchanged
  token,         // the ID token failed a check
  account,       // no account for this person in this gemeente, or it is blocked
};

struct InlogdienstMislukt : std::runtime_error {
  InlogdienstMislukt(InlogdienstReden r, const std::string& uitleg) : std::runtime_error(uitleg), reden(r) {}
  InlogdienstReden reden;
};

// What the IdP sent back to the redirect address, and the cookie of the browser that arrived with it.
struct InlogdienstTerugkeer {
  std::string browser_token;
  std::string state;
  std::string code;
  std::string fout;  // the IdP's `error`
  std::string iss;   // RFC 9207, when the IdP sends it
};

struct InlogdienstStart {
  std::string adres;          // where the browser goes now
  std::string browser_token;  // for the short-lived cookie that binds the return to this browser
};

enum class ClientAuthenticatie { private_key_jwt, client_secret_basic };

struct InlogdienstInvoer {
  std::string naam;
  std::string issuer;
  std::string client_id;
  ClientAuthenticatie authenticatie = ClientAuthenticatie::private_key_jwt;
  std::string client_secret;  // client_secret_basic; empty keeps the one stored
  std::string terugkeer_adres;
  std::string account_claim = "preferred_username";
  std::optional<std::string> acr;
  bool aanmaken_bij_eerste_login = false;
  std::optional<std::string> organisatie_id;
  std::optional<std::string> team_id;
  std::optional<std::string> rollen_claim;
  std::vector<std::pair<std::string, domain::Gebruikersrol>> rollen;  // claim value → role
  std::optional<std::string> team_claim;
  std::vector<std::pair<std::string, std::string>> teams;  // claim value → team id, for first-login accounts
};

// The settings as the beheerder sees them: never the client secret nor the private key.
struct InlogdienstInstelling {
  store::InlogdienstRecord record;  // client_secret and client_sleutel emptied
  ClientAuthenticatie authenticatie = ClientAuthenticatie::private_key_jwt;
  bool heeft_client_secret = false;
  std::optional<std::string> publieke_sleutel;  // a JWK, to register at the IdP
};

inline constexpr std::string_view kTerugkeerPad = "/api/v1/inlogdiensten/terugkeer";

class Inlogdiensten : public Dienst {
 public:
  Inlogdiensten(Omgeving omgeving, Sessies& sessies, OidcClient& client);

  std::vector<store::InlogdienstKeuze> keuzes();
  // NotFound for a gemeente without an IdP; Unavailable when its IdP cannot be reached.
  InlogdienstStart starten(const std::string& gemeente_id);
  // InlogdienstMislukt, or TooManyRequests while this address must wait.
  Inlog terugkeer(const InlogdienstTerugkeer& terug, const std::string& client_adres);
  // For a session that came through the IdP: where the browser logs out there too.
  std::optional<std::string> uitlog_adres(const SessieInfo& sessie);
  // The gemeente's keys for private_key_jwt as a JWKS document (public halves only).
  std::optional<std::string> publieke_sleutels(const std::string& gemeente_id);

  std::optional<InlogdienstInstelling> instelling(const Context& ctx);
  // BadRequest naming each wrong field.
  void instellen(const Context& ctx, const InlogdienstInvoer& invoer);
  // Professionals log in with their password only again; false when there was none.
  bool verwijderen(const Context& ctx);

 private:
  // The account's roles as the configured claim gives them, when the token carries it.
  store::AccountActor rollen_bijwerken(const store::InlogdienstRecord& dienst,
                                       const store::AccountActor& account, const boost::json::object& claims);
  // The account the claim names: the gemeente's own and not blocked, or made now when the gemeente says so.
  store::AccountActor account_voor(const store::InlogdienstRecord& dienst, const std::string& naam,
                                   const boost::json::object& claims);

  Sessies& sessies_;
  OidcClient& client_;
};

}  // namespace regie::service

// The codes the login page and the API know these by.
template <>
struct regie::domain::CodeTable<regie::service::InlogdienstReden> {
  using R = regie::service::InlogdienstReden;
  static constexpr std::array entries{
      std::pair{R::verlopen, std::string_view{"verlopen"}},
      std::pair{R::geweigerd, std::string_view{"geweigerd"}},
      std::pair{R::onbereikbaar, std::string_view{"onbereikbaar"}},
      std::pair{R::token, std::string_view{"token"}},
      std::pair{R::account, std::string_view{"account"}},
  };
};

template <>
struct regie::domain::CodeTable<regie::service::ClientAuthenticatie> {
  using A = regie::service::ClientAuthenticatie;
  static constexpr std::array entries{
      std::pair{A::private_key_jwt, std::string_view{"private_key_jwt"}},
      std::pair{A::client_secret_basic, std::string_view{"client_secret_basic"}},
  };
};
