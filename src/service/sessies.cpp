#include "service/sessies.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "service/geheimen.hpp"
#include "service/inlogdrempel.hpp"
#include "service/invoer.hpp"
#include "service/leesbare_codes.hpp"
#include "service/totp.hpp"
#include "service/wachtwoord.hpp"
#include "store/beheer_store.hpp"
#include "store/ids.hpp"
#include "store/inlog_mislukt_store.hpp"
#include "store/regio_store.hpp"
#include "store/sessie_store.hpp"
#include "store/tweede_factor_store.hpp"

namespace regie::service {
namespace {

using namespace std::chrono;

std::vector<domain::Gebruikersrol> rollen(const std::vector<std::string>& codes) {
  std::vector<domain::Gebruikersrol> uit;
  for (const auto& c : codes) {
    if (const auto r = domain::from_code<domain::Gebruikersrol>(c)) uit.push_back(*r);
  }
  return uit;
}

// The account as it acts in the gemeente the session works in: its own unless it chose a gemeente that
// contracts its organisation, with only the roles that count there. A contract that ended sends it home.
Actor werkende_actor(store::Tx& tx, const store::AccountActor& a,
                     const std::optional<std::string>& werkgemeente) {
  Actor actor{a.medewerker_id, a.gemeente_id, rollen(a.rollen), false};
  if (werkgemeente && *werkgemeente != a.gemeente_id &&
      store::werkrelatie(tx, a.medewerker_id, *werkgemeente) == domain::Werkrelatie::gecontracteerd) {
    actor.gemeente_id = *werkgemeente;
    actor.werkrelatie = domain::Werkrelatie::gecontracteerd;
    actor.rollen = domain::rollen_in_gemeente(actor.werkrelatie, actor.rollen);
  }
  return actor;
}

}  // namespace

Sessies::Sessies(Omgeving omgeving, SessieConfig config)
    : Dienst(std::move(omgeving)), config_(config), dummy_hash_(hash_wachtwoord(nieuw_geheim())) {}

Inlog Sessies::inloggen(const std::string& gebruikersnaam, const std::string& wachtwoord,
                        const std::string& client_adres, const std::string& tweede_factor,
                        const std::string& nieuw_wachtwoord) {
  const auto nu = this->nu();
  const std::vector<DrempelSleutel> sleutels{
      drempel_sleutel(kAccountDrempel, gebruikersnaam_normaliseren(gebruikersnaam)),
      drempel_sleutel(kAdresDrempel, client_adres)};

  // Refused before any password is checked while a key must wait.
  const auto gebruiker = db().read([&](store::Tx& tx) {
    vereis_geen_wachttijd(tx, sleutels, nu);
    return store::gebruiker_met_naam(tx, gebruikersnaam_normaliseren(gebruikersnaam));
  });
  // Counted for the throttle and kept for the beheerder of the account's gemeente (a name nobody has
  // belongs to no gemeente).
  const auto mislukt = [&](std::string_view melding) {
    db().write([&](store::Tx& tx) {
      mislukte_poging(tx, sleutels, nu);
      const auto actor = gebruiker ? store::account_actor(tx, gebruiker->id) : std::nullopt;
      store::inlog_mislukt_vastleggen(
          tx,
          {store::nieuwe_id(), domain::format_tijdstip(nu),
           gebruikersnaam_normaliseren(gebruikersnaam).substr(0, 64), client_adres.substr(0, 64),
           actor ? std::optional{actor->gemeente_id} : std::nullopt},
          domain::format_tijdstip(nu - kMisluktBewaren));
    });
    tel_mislukte_inlog(melding == kInlogFout ? "wachtwoord" : "tweede_factor");
    return NotAuthenticated(std::string{melding});
  };

  // The same work for a known and an unknown name: one Argon2id verification.
  const bool wachtwoord_klopt =
      controleer_wachtwoord(gebruiker ? gebruiker->wachtwoord_hash : dummy_hash_, wachtwoord);
  if (!gebruiker || !wachtwoord_klopt || gebruiker->geblokkeerd) throw mislukt(kInlogFout);

  const auto [actor, verplicht, factor] = db().read([&](store::Tx& tx) {
    const auto a = store::account_actor(tx, gebruiker->id);
    return std::tuple{*a, store::tweede_factor_verplicht(tx, a->gemeente_id),
                      store::tweede_factor(tx, gebruiker->id)};
  });
  Inlog inlog;
  inlog.ctx = {Actor{actor.medewerker_id, actor.gemeente_id, rollen(actor.rollen), false}, "inloggen"};
  // A start password lets him in only to choose his own, checked before the second factor is asked.
  std::optional<std::string> nieuwe_hash;
  if (gebruiker->wachtwoord_wijzigen) {
    if (nieuw_wachtwoord.empty()) {
      inlog.vervolg = InlogVervolg::wachtwoord;
      return inlog;
    }
    if (nieuw_wachtwoord.size() < kMinimaleWachtwoordLengte)
      throw BadRequest(
          "Het nieuwe wachtwoord is te kort.",
          {{"nieuwWachtwoord", "Kies minstens " + std::to_string(kMinimaleWachtwoordLengte) + " tekens."}});
    if (nieuw_wachtwoord == wachtwoord)
      throw BadRequest("Kies een eigen wachtwoord.",
                       {{"nieuwWachtwoord", "Kies een ander wachtwoord dan het startwachtwoord."}});
  }
  const auto factor_nodig = factor.geheim || verplicht;
  const auto code = uitnodigingscode_vorm(tweede_factor);
  if (factor_nodig && code.empty()) {
    if (factor.geheim) {
      inlog.vervolg = InlogVervolg::code;
      return inlog;
    }
    // Set up at the first login; the same secret until its first code proves it, so a reload shows it again.
    inlog.vervolg = InlogVervolg::instellen;
    inlog.totp_geheim = factor.in_te_richten ? *factor.in_te_richten : totp_geheim_nieuw();
    inlog.totp_adres = totp_adres(inlog.totp_geheim, gebruiker->gebruikersnaam);
    if (!factor.in_te_richten) {
      uitvoeren(inlog.ctx, "sessie.tweede_factor_klaarzetten", [&](store::Tx& tx, Auditspoor&) {
        store::tweede_factor_klaarzetten(tx, gebruiker->id, inlog.totp_geheim);
      });
    }
    return inlog;
  }
  const bool is_app_code = code.size() == 6 && code.find_first_not_of("0123456789") == std::string::npos;
  const auto app_geheim = factor.geheim ? factor.geheim : factor.in_te_richten;
  std::optional<std::int64_t> stap;
  if (factor_nodig && is_app_code && app_geheim)
    stap = totp_stap(*app_geheim, code, system_clock::to_time_t(nu), factor.geheim ? factor.laatste_stap : 0);
  // A recovery code only for an app that was set up; setting up asks the app's own code.
  if (factor_nodig && !stap && (is_app_code || !factor.geheim)) throw mislukt(kCodeFout);

  sessie_klaarmaken(inlog, nu);
  if (factor_nodig && !factor.geheim) inlog.herstelcodes = herstelcodes_nieuw().codes;
  if (gebruiker->wachtwoord_wijzigen) nieuwe_hash = hash_wachtwoord(nieuw_wachtwoord);
  try {
    uitvoeren(inlog.ctx, "sessie.inloggen", [&](store::Tx& tx, Auditspoor&) {
      // The second factor is spent in the transaction that starts the session: a code works once.
      bool factor_gebruikt = true;
      if (factor_nodig && !factor.geheim) {
        std::vector<std::string> hashes;
        for (const auto& c : inlog.herstelcodes) hashes.push_back(herstelcode_hash(c));
        factor_gebruikt = store::tweede_factor_activeren(tx, gebruiker->id, *app_geheim, *stap, hashes);
      } else if (stap) {
        factor_gebruikt = store::gebruiker_totp_stap_gebruiken(tx, gebruiker->id, *stap);
      } else if (factor_nodig) {
        factor_gebruikt = store::gebruiker_herstelcode_gebruiken(tx, gebruiker->id, herstelcode_hash(code),
                                                                 domain::format_tijdstip(nu));
      }
      if (!factor_gebruikt) throw NotAuthenticated(std::string{kCodeFout});
      if (nieuwe_hash) store::gebruiker_wachtwoord_zetten(tx, gebruiker->id, *nieuwe_hash);
      store::inlogpoging_wissen(tx, sleutels.front().sleutel);
      store::sessie_invoegen(tx, sessie_record(inlog, gebruiker->id, nu, false));
    });
  } catch (const NotAuthenticated&) {
    throw mislukt(kCodeFout);
  }
  inlog.ctx.doel = "regievoering";
  return inlog;
}

void Sessies::sessie_klaarmaken(Inlog& inlog, domain::Tijdstip nu) const {
  inlog.token = nieuw_geheim();
  inlog.csrf_token = csrf_token(inlog.token);
  inlog.verloopt_op =
      domain::format_tijdstip(nu + duration_cast<domain::Tijdstip::duration>(config_.absoluut));
}

store::SessieRecord Sessies::sessie_record(const Inlog& inlog, const std::string& gebruiker_id,
                                           domain::Tijdstip nu, bool via_inlogdienst) {
  return {store::sha256_hex(inlog.token),
          gebruiker_id,
          store::sha256_hex(inlog.csrf_token),
          domain::format_tijdstip(nu),
          domain::format_tijdstip(nu),
          inlog.verloopt_op,
          {},
          std::nullopt,
          via_inlogdienst};
}

Inlog Sessies::inloggen_via_inlogdienst(const store::AccountActor& account) {
  Inlog inlog;
  inlog.ctx = {Actor{account.medewerker_id, account.gemeente_id, rollen(account.rollen), false}, "inloggen"};
  const auto nu = this->nu();
  sessie_klaarmaken(inlog, nu);
  uitvoeren(inlog.ctx, "sessie.inloggen_via_inlogdienst", [&](store::Tx& tx, Auditspoor&) {
    store::sessie_invoegen(tx, sessie_record(inlog, account.gebruiker_id, nu, true));
  });
  inlog.ctx.doel = "regievoering";
  return inlog;
}

bool Sessies::tweede_factor_verplicht(const Context& ctx) {
  // The login follows the account's own gemeente, also while it works in a gemeente that contracts it.
  return db().read([&](store::Tx& tx) {
    return store::tweede_factor_verplicht(
        tx, store::medewerker_gemeente(tx, ctx.actor.id).value_or(ctx.actor.gemeente_id));
  });
}

std::optional<SessieInfo> Sessies::sessie(const std::string& token) {
  if (token.empty() || token.size() > 128) return std::nullopt;
  const auto hash = store::sha256_hex(token);
  const auto nu = this->nu();
  auto gevonden =
      db().read([&](store::Tx& tx) -> std::optional<std::tuple<store::SessieRecord, Actor, bool>> {
        const auto s = store::sessie(tx, hash);
        if (!s) return std::nullopt;
        const auto a = store::account_actor(tx, s->gebruiker_id);
        if (!a) return std::nullopt;
        return std::tuple{*s, werkende_actor(tx, *a, s->werkgemeente_id), a->geblokkeerd};
      });
  if (!gevonden) return std::nullopt;
  auto& [s, actor, geblokkeerd] = *gevonden;
  if (s.ingetrokken_op || geblokkeerd ||
      sessie_verlopen(s.laatst_gebruikt_op, s.verloopt_op, nu, config_.inactief))
    return std::nullopt;
  // Idle time is kept to the minute: most requests stay pure reads.
  if (nu - domain::opgeslagen_tijdstip(s.laatst_gebruikt_op) > minutes(1)) {
    db().write([&](store::Tx& tx) { store::sessie_aanraken(tx, hash, domain::format_tijdstip(nu)); });
  }
  return SessieInfo{
      {std::move(actor), "regievoering"}, token, hash, s.csrf_hash, s.verloopt_op, s.via_inlogdienst};
}

std::vector<store::WerkgemeenteRecord> Sessies::werkgemeenten(const Context& ctx) {
  if (ctx.actor.systeem) throw Forbidden("Alleen voor ingelogde medewerkers.");
  return db().read([&](store::Tx& tx) { return store::werkgemeenten(tx, ctx.actor.id); });
}

Context Sessies::werkgemeente_kiezen(const SessieInfo& sessie, const std::string& gemeente_id) {
  const auto nieuw = db().read([&](store::Tx& tx) -> std::optional<Actor> {
    const auto s = store::sessie(tx, sessie.token_hash);
    const auto a = s ? store::account_actor(tx, s->gebruiker_id) : std::nullopt;
    if (!a) return std::nullopt;
    // Its own gemeente, or one that contracts it; any other leaves the actor at home.
    auto actor = werkende_actor(tx, *a, gemeente_id);
    if (actor.gemeente_id != gemeente_id) return std::nullopt;
    return actor;
  });
  if (!nieuw) {
    throw BadRequest("U kunt niet in deze gemeente werken.",
                     {{"gemeenteId", "Kies een gemeente waarvoor uw organisatie werkt."}});
  }
  Context ctx{*nieuw, "regievoering"};
  uitvoeren(ctx, "sessie.werkgemeente_kiezen", [&](store::Tx& tx, Auditspoor&) {
    store::sessie_werkgemeente_zetten(tx, sessie.token_hash, gemeente_id);
  });
  return ctx;
}

std::string Sessies::csrf_token(const std::string& sessie_token) {
  return store::sha256_hex("regie-csrf:" + sessie_token);
}

bool csrf_token_klopt(const std::string& csrf_token, const std::string& csrf_hash) {
  return !csrf_token.empty() && gelijk_in_constante_tijd(store::sha256_hex(csrf_token), csrf_hash);
}

bool sessie_verlopen(const std::string& laatst_gebruikt_op, const std::string& verloopt_op,
                     domain::Tijdstip nu, std::chrono::minutes inactief) {
  return domain::opgeslagen_tijdstip(verloopt_op) <= nu ||
         nu - domain::opgeslagen_tijdstip(laatst_gebruikt_op) >
             duration_cast<domain::Tijdstip::duration>(inactief);
}

bool Sessies::csrf_klopt(const SessieInfo& sessie, const std::string& csrf_token) const {
  return csrf_token_klopt(csrf_token, sessie.csrf_hash);
}

void Sessies::uitloggen(const SessieInfo& sessie) {
  uitvoeren(sessie.ctx, "sessie.uitloggen",
            [&](store::Tx& tx, Auditspoor&) { store::sessie_intrekken(tx, sessie.token_hash, nu_tekst()); });
}

std::optional<Context> Sessies::api_token(const std::string& token, std::string_view scope) {
  if (token.empty() || token.size() > 128) return std::nullopt;
  const auto t = db().read([&](store::Tx& tx) { return store::api_token(tx, store::sha256_hex(token)); });
  if (!t || t->ingetrokken_op || t->verloopt_op <= nu_tekst() ||
      std::ranges::find(t->scopes, scope) == t->scopes.end()) {
    return std::nullopt;
  }
  return Context{Actor{"token:" + t->id, t->gemeente_id, {}, false}, "integratie"};
}

NieuwApiToken Sessies::api_token_aanmaken(const Context& ctx, const std::string& naam,
                                          const std::vector<std::string>& scopes, std::optional<int> dagen) {
  InvoerControle controle;
  controle.verplicht("naam", naam, 100);
  if (scopes.empty()) controle.fout("scopes", "Kies ten minste één scope.");
  for (const auto& s : scopes) {
    if (std::ranges::find(kApiScopes, s) == kApiScopes.end())
      controle.fout("scopes", "Onbekende scope '" + s + "'.");
  }
  const int looptijd = dagen.value_or(kTokenDagenStandaard);
  if (looptijd < 1 || looptijd > kTokenDagenMaximaal) {
    controle.fout("dagen",
                  "Kies een looptijd van 1 tot en met " + std::to_string(kTokenDagenMaximaal) + " dagen.");
  }
  controle.afronden("API-token");
  NieuwApiToken uit{store::nieuwe_id(), nieuw_geheim(),
                    domain::format_tijdstip(nu() + std::chrono::days{looptijd})};
  uitvoeren(ctx, "api_token.aanmaken", [&](store::Tx& tx, Auditspoor&) {
    store::api_token_invoegen(
        tx,
        {uit.id, ctx.actor.gemeente_id, naam, store::sha256_hex(uit.token), scopes, {}, uit.verloopt_op, {}},
        nu_tekst());
  });
  return uit;
}

ApiTokenPagina Sessies::api_tokens(const Context& ctx, Pagina pagina) {
  InvoerControle controle;
  controleer(pagina, controle);
  controle.afronden("API-tokens");
  return lezend_uitvoeren(ctx, "api_tokens.lezen", [&](store::Tx& tx, Auditspoor&) {
    return ApiTokenPagina{store::api_tokens(tx, ctx.actor.gemeente_id, pagina.grootte, pagina.offset()),
                          store::api_tokens_totaal(tx, ctx.actor.gemeente_id)};
  });
}

void Sessies::api_token_intrekken(const Context& ctx, const std::string& id) {
  uitvoeren(ctx, "api_token.intrekken", [&](store::Tx& tx, Auditspoor&) {
    const auto t = store::api_token_met_id(tx, id);
    if (!t || t->gemeente_id != ctx.actor.gemeente_id)
      throw NotFound("Dit token bestaat niet in deze gemeente.");
    if (!store::api_token_intrekken(tx, ctx.actor.gemeente_id, id, nu_tekst()))
      throw Conflict("Dit token is al ingetrokken.");
  });
}

void Sessies::wachtwoord_zetten(const std::string& gebruikersnaam, const std::string& wachtwoord) {
  if (wachtwoord.size() < kMinimaleWachtwoordLengte) {
    throw BadRequest(
        "Het wachtwoord is te kort.",
        {{"wachtwoord", "Kies minstens " + std::to_string(kMinimaleWachtwoordLengte) + " tekens."}});
  }
  const std::string hash = hash_wachtwoord(wachtwoord);
  const auto verwerking = verwerking_begin();
  store::Logpost post{db()};
  db().write([&](store::Tx& tx) {
    const auto g = store::gebruiker_met_naam(tx, gebruikersnaam_normaliseren(gebruikersnaam));
    if (!g) throw NotFound("Deze gebruiker bestaat niet.");
    store::gebruiker_wachtwoord_zetten(tx, g->id, hash);
    store::sessies_van_gebruiker_intrekken(tx, g->id, nu_tekst());
    const auto a = store::account_actor(tx, g->id);
    log(tx, systeem_context(a->gemeente_id, "beheer"), "gebruiker.wachtwoord_zetten", {}, "gelukt",
        verwerking, post);
  });
  post.afleveren();
}

void Sessies::blokkeren(const std::string& gebruikersnaam, bool geblokkeerd) {
  const auto verwerking = verwerking_begin();
  store::Logpost post{db()};
  db().write([&](store::Tx& tx) {
    const auto g = store::gebruiker_met_naam(tx, gebruikersnaam_normaliseren(gebruikersnaam));
    if (!g) throw NotFound("Deze gebruiker bestaat niet.");
    store::gebruiker_blokkeren(tx, g->id, geblokkeerd, nu_tekst());
    const auto a = store::account_actor(tx, g->id);
    log(tx, systeem_context(a->gemeente_id, "beheer"),
        geblokkeerd ? "gebruiker.blokkeren" : "gebruiker.deblokkeren", {}, "gelukt", verwerking, post);
  });
  post.afleveren();
}

}  // namespace regie::service
