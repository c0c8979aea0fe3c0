#pragma once
// The beheerder manages the professionals' login accounts of his gemeente from the web app (issue "identity
// and administration"): the list, blocking and unblocking, ending every session of an account, resetting
// its second factor, and whether the gemeente requires one. Blocking ends the sessions too. Each change is
// audited with the beheerder as actor; he sees no household data here.

#include <cstdint>
#include <string>
#include <vector>

#include "service/dienst.hpp"
#include "service/pagina.hpp"
#include "store/accountbeheer_store.hpp"

namespace regie::service {

struct AccountPagina {
  std::vector<store::AccountRegel> items;
  std::int64_t totaal = 0;
};

class Accountbeheer : public Dienst {
 public:
  using Dienst::Dienst;

  AccountPagina lijst(const Context& ctx, Pagina pagina);
  // NotFound for an account of another gemeente; Conflict for his own account.
  void blokkeren(const Context& ctx, const std::string& gebruiker_id, bool geblokkeerd);
  // Ends every session of the account at once. NotFound for an account of another gemeente.
  void sessies_beeindigen(const Context& ctx, const std::string& gebruiker_id);
  // The app and recovery codes of an account go (a lost phone); he sets up a new app at his next login. Ends
  // his sessions. NotFound for an account of another gemeente.
  void tweede_factor_wissen(const Context& ctx, const std::string& gebruiker_id);

  // A new start password (a forgotten one): shown to the beheerder once, it lets the professional in only to
  // choose his own; his sessions end. NotFound for an account of another gemeente.
  std::string startwachtwoord(const Context& ctx, const std::string& gebruiker_id);

  // Whether the gemeente asks a second factor of every professional; on unless turned off.
  bool tweede_factor_verplicht(const Context& ctx);
  void tweede_factor_verplichten(const Context& ctx, bool verplicht);
};

}  // namespace regie::service
