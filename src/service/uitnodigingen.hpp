#pragma once
// Access for the household and its network (DOMAIN.md §12; issue "the household as users"). A regisseur
// invites a member or, with the household's consent, a network member; the code is shown once, to hand over
// out of band, holds kUitnodigingDagen days and is used once. The invited person then sets up his account:
// a password and a second factor (TOTP), and gets one-time recovery codes. Under restricted sharing every
// invitation needs the regisseur's written decision, which the audit trail keeps.

#include <optional>
#include <string>
#include <vector>

#include "domain/portaal.hpp"
#include "service/dienst.hpp"
#include "service/leesbare_codes.hpp"
#include "service/mail_verzender.hpp"
#include "store/portaal_store.hpp"

namespace regie::service {

struct UitnodigingInvoer {
  domain::PersoonSoort soort = domain::PersoonSoort::gezinslid;
  std::string persoon_id;
  std::optional<std::string> ouder_id;
  std::vector<domain::PortaalRecht> rechten;
  bool toestemming_huishouden = false;
  std::string besluit;
  // Send the code to this address (not kept) instead of showing it; needs a configured mail server.
  std::optional<std::string> email{};
};

struct UitgegevenUitnodiging {
  std::string id;
  std::string code;  // shown once, unless it was mailed; only its hash is kept
  std::string geldig_tot;
  // When mailed: the check code the regisseur passes on himself (only its hash is kept).
  std::optional<std::string> controlecode{};
};

// How an invitation can go by e-mail: the server's mail transport and where Regie is reached.
struct UitnodigingsPost {
  MailVerzender* verzender = nullptr;
  std::optional<std::string> adres{};
};

struct UitnodigingenOverzicht {
  std::vector<store::UitnodigingRecord> uitnodigingen;
  std::vector<store::PortaalAccountRecord> accounts;
  std::string peilmoment;  // when it was read: where each invitation stands is said against this moment
};

struct TotpInrichting {
  std::string geheim;               // base32, for the authenticator app
  std::string adres;                // otpauth:// for a QR code
  bool controlecode_nodig = false;  // the invitation went by e-mail: accepting it asks the check code too
};

struct Aanmelding {
  std::string gebruikersnaam;
  std::string wachtwoord;
  std::string totp_code;       // the first code from the app: proves it was set up
  std::string controlecode{};  // for an invitation that went by e-mail
};

// Wrong check codes an invitation that went by e-mail survives; the next one revokes it.
inline constexpr int kMaxMislukteControles = 5;

class Uitnodigingen : public Dienst {
 public:
  using Dienst::Dienst;

  // The regisseur's side. BadRequest naming the field, Conflict when the person has an account already.
  // With `invoer.email` the code goes by mail through `post` and a check code is returned instead; a mail
  // the server refuses revokes the invitation again (Unavailable).
  UitgegevenUitnodiging uitnodigen(const Context& ctx, const std::string& huishouden_id,
                                   const UitnodigingInvoer& invoer, const UitnodigingsPost& post = {});
  UitnodigingenOverzicht overzicht(const Context& ctx, const std::string& huishouden_id);
  // NotFound for another household's, Conflict when it was used or revoked already.
  void intrekken(const Context& ctx, const std::string& huishouden_id, const std::string& id);
  // Ends a person's access (his account and every session of it) at once, e.g. when the household withdraws
  // a network member or safety asks for it. NotFound when he has no access.
  void toegang_intrekken(const Context& ctx, const std::string& huishouden_id, const std::string& persoon_id);

  // The invited person's side, before he has an account: NotFound for a code that is unknown, used,
  // revoked or expired (all alike). Each call proposes a new secret, so the last one shown counts.
  TotpInrichting inrichten(const std::string& code);
  // Creates the account; returns the recovery codes (shown once). BadRequest naming the field for a name
  // that is taken, a weak password or a wrong TOTP code.
  std::vector<std::string> accepteren(const std::string& code, const Aanmelding& aanmelding);

 private:
  store::UitnodigingRecord geldige_uitnodiging(const std::string& code);
};

// A portal account's name as stored and looked up: lower case, without spaces.
std::string gebruikersnaam_vorm(const std::string& naam);

}  // namespace regie::service
