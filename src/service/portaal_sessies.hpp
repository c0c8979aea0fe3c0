#pragma once
// Logging in to the household's portal (issue "the household as users"): name, password and a second factor
// — the authenticator app's code, or one of the one-time recovery codes — with the same throttling as the
// professionals' login. Portal sessions are apart from professionals' sessions: their own cookie and CSRF
// token, and a shorter idle time. The way the user proved who he is (the assurance) stays with the session,
// so that what he signs can say so.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "service/dienst.hpp"

namespace regie::service {

struct PortaalSessieConfig {
  std::chrono::minutes inactief{15};
  std::chrono::hours absoluut{4};
};

// How a portal user proved who he is.
inline constexpr std::string_view kZekerheidTotp = "wachtwoord+totp";
inline constexpr std::string_view kZekerheidHerstelcode = "wachtwoord+herstelcode";

struct PortaalSessieInfo {
  Context ctx;
  std::string token;  // from the cookie; in memory for this request only
  std::string account_id;
  std::string token_hash;
  std::string csrf_hash;
  std::string verloopt_op;
  std::string zekerheid;
};

struct PortaalInlog {
  std::string token;       // for the cookie; never stored
  std::string csrf_token;  // for the X-CSRF-Token header
  PortaalSessieInfo sessie;
};

struct PortaalProfiel {
  domain::PersoonSoort soort = domain::PersoonSoort::gezinslid;
  std::string gebruikersnaam;
  std::string naam;  // the member's first name or the network member's name
  std::string huishouden;
  std::vector<domain::PortaalRecht> rechten;
  std::string zekerheid;
};

// One of his own sessions, as he sees it in the list.
struct PortaalSessieOverzicht {
  std::string id;
  std::string aangemaakt_op;
  std::string laatst_gebruikt_op;
  std::string verloopt_op;
  std::string zekerheid;
  bool huidig = false;  // the one this request came with
};

inline constexpr std::string_view kPortaalInlogFout =
    "De combinatie van gebruikersnaam, wachtwoord en code is onjuist.";

class PortaalSessies : public Dienst {
 public:
  PortaalSessies(Omgeving omgeving, PortaalSessieConfig config);

  // `tweede_factor`: the app's six digits, or a recovery code (used once). NotAuthenticated with one message
  // for every failure; TooManyRequests while throttled.
  PortaalInlog inloggen(const std::string& gebruikersnaam, const std::string& wachtwoord,
                        const std::string& tweede_factor, const std::string& client_adres);
  std::optional<PortaalSessieInfo> sessie(const std::string& token);
  bool csrf_klopt(const PortaalSessieInfo& sessie, const std::string& csrf_token) const;
  void uitloggen(const PortaalSessieInfo& sessie);
  PortaalProfiel profiel(const PortaalSessieInfo& sessie);
  // His sessions still in use, newest first: he sees where he is logged in, and ends what he does not know.
  std::vector<PortaalSessieOverzicht> sessies(const PortaalSessieInfo& sessie);
  // NotFound when it is not one of his, or ended already.
  void beeindigen(const PortaalSessieInfo& sessie, const std::string& sessie_id);
  // Every one but this; how many.
  std::int64_t andere_beeindigen(const PortaalSessieInfo& sessie);

 private:
  PortaalSessieConfig config_;
  std::string dummy_hash_;
};

}  // namespace regie::service
