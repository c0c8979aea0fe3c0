#pragma once
// The beheerder manages the professionals' login accounts of his gemeente from the web app (issue "identity
// and administration"): the list, blocking and unblocking, and ending every session of an account. Blocking
// ends the sessions too. Each change is audited with the beheerder as actor; he sees no household data here.

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
};

}  // namespace regie::service
