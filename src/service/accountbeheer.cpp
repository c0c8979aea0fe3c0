#include "service/accountbeheer.hpp"

#include "service/invoer.hpp"
#include "service/leesbare_codes.hpp"
#include "service/wachtwoord.hpp"
#include "store/sessie_store.hpp"
#include "store/tweede_factor_store.hpp"

namespace regie::service {
namespace {

// The account, when it belongs to the beheerder's gemeente.
store::AccountActor eigen_account(store::Tx& tx, const Context& ctx, const std::string& gebruiker_id) {
  const auto a = store::account_actor(tx, gebruiker_id);
  if (!a || a->gemeente_id != ctx.actor.gemeente_id) throw NotFound("Dit account bestaat niet.");
  return *a;
}

}  // namespace

AccountPagina Accountbeheer::lijst(const Context& ctx, Pagina pagina) {
  InvoerControle controle;
  controleer(pagina, controle);
  controle.afronden("Accounts");
  return lezend_uitvoeren(ctx, "beheer.accounts_lezen", [&](store::Tx& tx, Auditspoor&) {
    return AccountPagina{
        store::accounts_van_gemeente(tx, ctx.actor.gemeente_id, nu_tekst(), pagina.grootte, pagina.offset()),
        store::accounts_van_gemeente_totaal(tx, ctx.actor.gemeente_id)};
  });
}

void Accountbeheer::blokkeren(const Context& ctx, const std::string& gebruiker_id, bool geblokkeerd) {
  const auto wijzigen = [&](store::Tx& tx, Auditspoor&) {
    const auto a = eigen_account(tx, ctx, gebruiker_id);
    if (a.medewerker_id == ctx.actor.id) throw Conflict("U kunt uw eigen account niet blokkeren.");
    store::gebruiker_blokkeren(tx, gebruiker_id, geblokkeerd, nu_tekst());
  };
  if (geblokkeerd) {
    uitvoeren(ctx, "beheer.account_blokkeren", wijzigen);
  } else {
    uitvoeren(ctx, "beheer.account_deblokkeren", wijzigen);
  }
}

void Accountbeheer::sessies_beeindigen(const Context& ctx, const std::string& gebruiker_id) {
  uitvoeren(ctx, "beheer.account_uitloggen", [&](store::Tx& tx, Auditspoor&) {
    eigen_account(tx, ctx, gebruiker_id);
    store::sessies_van_gebruiker_intrekken(tx, gebruiker_id, nu_tekst());
  });
}

void Accountbeheer::tweede_factor_wissen(const Context& ctx, const std::string& gebruiker_id) {
  uitvoeren(ctx, "beheer.tweede_factor_wissen", [&](store::Tx& tx, Auditspoor&) {
    eigen_account(tx, ctx, gebruiker_id);
    store::tweede_factor_wissen(tx, gebruiker_id);
    store::sessies_van_gebruiker_intrekken(tx, gebruiker_id, nu_tekst());
  });
}

std::string Accountbeheer::startwachtwoord(const Context& ctx, const std::string& gebruiker_id) {
  const auto wachtwoord = startwachtwoord_nieuw();
  const auto hash = hash_wachtwoord(wachtwoord);  // slow on purpose: outside the transaction
  uitvoeren(ctx, "beheer.startwachtwoord", [&](store::Tx& tx, Auditspoor&) {
    const auto a = eigen_account(tx, ctx, gebruiker_id);
    if (a.medewerker_id == ctx.actor.id)
      throw Conflict(
          "Uw eigen wachtwoord kiest u zelf; een andere beheerder kan u een startwachtwoord geven.");
    store::gebruiker_wachtwoord_zetten(tx, gebruiker_id, hash, true);
    store::sessies_van_gebruiker_intrekken(tx, gebruiker_id, nu_tekst());
  });
  return wachtwoord;
}

bool Accountbeheer::tweede_factor_verplicht(const Context& ctx) {
  return lezend_uitvoeren(ctx, "beheer.inlogbeleid_lezen", [&](store::Tx& tx, Auditspoor&) {
    return store::tweede_factor_verplicht(tx, ctx.actor.gemeente_id);
  });
}

void Accountbeheer::tweede_factor_verplichten(const Context& ctx, bool verplicht) {
  uitvoeren(ctx, "beheer.inlogbeleid_wijzigen", [&](store::Tx& tx, Auditspoor&) {
    store::tweede_factor_verplicht_zetten(tx, ctx.actor.gemeente_id, verplicht);
  });
}

}  // namespace regie::service
