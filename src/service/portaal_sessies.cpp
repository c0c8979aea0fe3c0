#include "service/portaal_sessies.hpp"

#include "service/geheimen.hpp"
#include "service/inlogdrempel.hpp"
#include "service/leesbare_codes.hpp"
#include "service/sessies.hpp"
#include "service/totp.hpp"
#include "service/uitnodigingen.hpp"
#include "service/wachtwoord.hpp"
#include "store/huishouden_store.hpp"
#include "store/ids.hpp"
#include "store/portaal_store.hpp"
#include "store/sessie_store.hpp"

namespace regie::service {
namespace {

using namespace std::chrono;

Context account_context(const store::PortaalAccountRecord& a) {
  return portaal_context(a.gemeente_id, {a.huishouden_id, a.persoon_soort, a.persoon_id, a.rechten});
}

}  // namespace

PortaalSessies::PortaalSessies(Omgeving omgeving, PortaalSessieConfig config)
    : Dienst(std::move(omgeving)), config_(config), dummy_hash_(hash_wachtwoord(nieuw_geheim())) {}

PortaalInlog PortaalSessies::inloggen(const std::string& gebruikersnaam, const std::string& wachtwoord,
                                      const std::string& tweede_factor, const std::string& client_adres) {
  const auto nu = this->nu();
  const auto naam = gebruikersnaam_vorm(gebruikersnaam);
  const std::vector<DrempelSleutel> sleutels{drempel_sleutel(kPortaalDrempel, naam),
                                             drempel_sleutel(kAdresDrempel, client_adres)};
  const auto account = db().read([&](store::Tx& tx) {
    vereis_geen_wachttijd(tx, sleutels, nu);
    return store::account_met_naam(tx, naam);
  });
  const bool wachtwoord_klopt =
      controleer_wachtwoord(account ? account->wachtwoord_hash : dummy_hash_, wachtwoord);
  const bool is_totp =
      tweede_factor.size() == 6 && tweede_factor.find_first_not_of("0123456789") == std::string::npos;
  std::optional<std::int64_t> stap;
  if (account && wachtwoord_klopt && is_totp)
    stap = totp_stap(account->totp_geheim, tweede_factor, system_clock::to_time_t(nu),
                     account->totp_laatste_stap);

  PortaalInlog inlog;
  inlog.token = nieuw_geheim();
  inlog.csrf_token = Sessies::csrf_token(inlog.token);
  inlog.sessie.zekerheid = std::string{is_totp ? kZekerheidTotp : kZekerheidHerstelcode};
  inlog.sessie.verloopt_op =
      domain::format_tijdstip(nu + duration_cast<domain::Tijdstip::duration>(config_.absoluut));
  inlog.sessie.token_hash = store::sha256_hex(inlog.token);
  inlog.sessie.csrf_hash = store::sha256_hex(inlog.csrf_token);
  const auto mislukt = [&] {
    db().write([&](store::Tx& tx) { mislukte_poging(tx, sleutels, nu); });
    tel_mislukte_inlog("portaal");
    return NotAuthenticated(std::string{kPortaalInlogFout});
  };
  if (!account || !wachtwoord_klopt || account->ingetrokken_op || (is_totp && !stap)) throw mislukt();
  inlog.sessie.ctx = account_context(*account);
  inlog.sessie.account_id = account->id;
  try {
    // The second factor is spent in the transaction that starts the session: a code works once.
    uitvoeren(inlog.sessie.ctx, "portaal.inloggen", [&](store::Tx& tx, Auditspoor& spoor) {
      spoor.huishouden_id = account->huishouden_id;
      const bool factor_gebruikt =
          is_totp ? store::totp_stap_gebruiken(tx, account->id, *stap)
                  : store::herstelcode_gebruiken(tx, account->id, herstelcode_hash(tweede_factor),
                                                 domain::format_tijdstip(nu));
      if (!factor_gebruikt) throw NotAuthenticated(std::string{kPortaalInlogFout});
      store::inlogpoging_wissen(tx, sleutels.front().sleutel);
      store::portaal_sessie_invoegen(
          tx, {store::nieuwe_id(), inlog.sessie.token_hash, account->id, inlog.sessie.csrf_hash,
               inlog.sessie.zekerheid, domain::format_tijdstip(nu), domain::format_tijdstip(nu),
               inlog.sessie.verloopt_op});
    });
  } catch (const NotAuthenticated&) {
    throw mislukt();
  }
  return inlog;
}

std::optional<PortaalSessieInfo> PortaalSessies::sessie(const std::string& token) {
  if (token.empty() || token.size() > 128) return std::nullopt;
  const auto hash = store::sha256_hex(token);
  const auto nu = this->nu();
  const auto gevonden =
      db().read([&](store::Tx& tx)
                    -> std::optional<std::pair<store::PortaalSessieRecord, store::PortaalAccountRecord>> {
        const auto s = store::portaal_sessie(tx, hash);
        const auto a = s ? store::account(tx, s->account_id) : std::nullopt;
        if (!a) return std::nullopt;
        return std::pair{*s, *a};
      });
  if (!gevonden) return std::nullopt;
  const auto& [s, a] = *gevonden;
  if (s.ingetrokken_op || a.ingetrokken_op ||
      sessie_verlopen(s.laatst_gebruikt_op, s.verloopt_op, nu, config_.inactief))
    return std::nullopt;
  if (nu - domain::opgeslagen_tijdstip(s.laatst_gebruikt_op) > minutes(1)) {
    db().write([&](store::Tx& tx) { store::portaal_sessie_aanraken(tx, hash, domain::format_tijdstip(nu)); });
  }
  return PortaalSessieInfo{account_context(a), token, a.id, hash, s.csrf_hash, s.verloopt_op, s.zekerheid};
}

bool PortaalSessies::csrf_klopt(const PortaalSessieInfo& sessie, const std::string& csrf_token) const {
  return csrf_token_klopt(csrf_token, sessie.csrf_hash);
}

void PortaalSessies::uitloggen(const PortaalSessieInfo& sessie) {
  uitvoeren(sessie.ctx, "portaal.uitloggen", [&](store::Tx& tx, Auditspoor& spoor) {
    spoor.huishouden_id = sessie.ctx.actor.portaal->huishouden_id;
    store::portaal_sessie_intrekken(tx, sessie.token_hash, nu_tekst());
  });
}

std::vector<PortaalSessieOverzicht> PortaalSessies::sessies(const PortaalSessieInfo& sessie) {
  return lezend_uitvoeren(sessie.ctx, "portaal.sessies_lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    spoor.huishouden_id = sessie.ctx.actor.portaal->huishouden_id;
    const auto nu = this->nu();
    std::vector<PortaalSessieOverzicht> uit;
    for (const auto& s : store::portaal_sessies_van(tx, sessie.account_id, domain::format_tijdstip(nu))) {
      if (sessie_verlopen(s.laatst_gebruikt_op, s.verloopt_op, nu, config_.inactief)) continue;
      uit.push_back({s.id, s.aangemaakt_op, s.laatst_gebruikt_op, s.verloopt_op, s.zekerheid,
                     s.token_hash == sessie.token_hash});
    }
    return uit;
  });
}

void PortaalSessies::beeindigen(const PortaalSessieInfo& sessie, const std::string& sessie_id) {
  uitvoeren(sessie.ctx, "portaal.sessie_beeindigen", [&](store::Tx& tx, Auditspoor& spoor) {
    spoor.huishouden_id = sessie.ctx.actor.portaal->huishouden_id;
    if (!store::portaal_sessie_beeindigen(tx, sessie.account_id, sessie_id, nu_tekst()))
      throw NotFound("Deze sessie bestaat niet of is al beëindigd.");
  });
}

std::int64_t PortaalSessies::andere_beeindigen(const PortaalSessieInfo& sessie) {
  return uitvoeren(sessie.ctx, "portaal.sessies_beeindigen", [&](store::Tx& tx, Auditspoor& spoor) {
    spoor.huishouden_id = sessie.ctx.actor.portaal->huishouden_id;
    return store::portaal_sessies_andere_beeindigen(tx, sessie.account_id, sessie.token_hash, nu_tekst());
  });
}

PortaalProfiel PortaalSessies::profiel(const PortaalSessieInfo& sessie) {
  return lezend_uitvoeren(sessie.ctx, "portaal.profiel_lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto& p = *sessie.ctx.actor.portaal;
    spoor.huishouden_id = p.huishouden_id;
    const auto a = store::account(tx, sessie.account_id);
    const auto h = store::huishouden(tx, p.huishouden_id);
    if (!a || !h) throw NotFound("Deze toegang bestaat niet meer.");
    PortaalProfiel uit{p.soort, a->gebruikersnaam, {}, h->naam, a->rechten, sessie.zekerheid};
    if (p.soort == domain::PersoonSoort::gezinslid) {
      if (const auto lid = store::gezinslid(tx, p.persoon_id)) uit.naam = lid->voornaam;
      spoor.personen.push_back(p.persoon_id);
    } else if (const auto lid = store::netwerklid(tx, p.persoon_id)) {
      uit.naam = lid->naam;
    }
    return uit;
  });
}

}  // namespace regie::service
