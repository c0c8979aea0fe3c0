#include "service/inlogdiensten.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <boost/url/parse.hpp>
#include <cctype>

#include "service/beheer.hpp"
#include "service/geheimen.hpp"
#include "service/inlogdrempel.hpp"
#include "service/invoer.hpp"
#include "service/jose.hpp"
#include "service/wachtwoord.hpp"
#include "store/beheer_store.hpp"
#include "store/ids.hpp"
#include "store/inlog_mislukt_store.hpp"

namespace regie::service {
namespace {

namespace json = boost::json;
using namespace std::chrono;

constexpr auto kPogingGeldig = minutes(10);

// The roles the gemeente gives for the values of its role claim (a string or a list of strings).
// The text values of a claim (one, or a list); nullopt when the token does not carry it.
std::optional<std::vector<std::string>> claimwaarden(const json::object& claims,
                                                     const std::optional<std::string>& naam) {
  if (!naam) return std::nullopt;
  const auto* waarde = claims.if_contains(*naam);
  if (!waarde) return std::nullopt;
  std::vector<std::string> uit;
  if (waarde->is_string()) uit.emplace_back(waarde->as_string());
  if (waarde->is_array())
    for (const auto& w : waarde->as_array())
      if (w.is_string()) uit.emplace_back(w.as_string());
  return uit;
}

// The roles the IdP gives through the configured claim, in order; nullopt when no claim is configured or the
// token does not carry it (then the IdP says nothing about roles, which is not the same as "none").
std::optional<std::vector<domain::Gebruikersrol>> rollen_uit_claims(const store::InlogdienstRecord& d,
                                                                    const json::object& claims) {
  const auto waarden = claimwaarden(claims, d.rollen_claim);
  if (!waarden) return std::nullopt;
  std::vector<domain::Gebruikersrol> uit;
  const auto mapping = json::parse(d.rollen).as_object();
  for (const auto& w : *waarden) {
    const auto* rol = mapping.if_contains(w);
    if (!rol || !rol->is_string()) continue;
    const auto r = domain::from_code<domain::Gebruikersrol>(rol->as_string());
    if (r && std::ranges::find(uit, *r) == uit.end()) uit.push_back(*r);
  }
  std::ranges::sort(uit);
  return uit;
}

// The team the first of the claim's values maps to, if any.
std::optional<std::string> team_uit_claims(const store::InlogdienstRecord& d, const json::object& claims) {
  const auto mapping = json::parse(d.teams).as_object();
  for (const auto& w : claimwaarden(claims, d.team_claim).value_or(std::vector<std::string>{})) {
    if (const auto* team = mapping.if_contains(w); team && team->is_string())
      return std::string{team->as_string()};
  }
  return std::nullopt;
}

// The organisation of the team, when the team belongs to one of the gemeente's own organisations.
std::optional<std::string> organisatie_van_team(store::Tx& tx, const std::string& team_id,
                                                const std::string& gemeente_id) {
  const auto o = store::team_organisatie(tx, team_id);
  if (!o || store::organisatie(tx, *o)->gemeente_id != gemeente_id) return std::nullopt;
  return o;
}

std::vector<std::string> codes_van(const std::vector<domain::Gebruikersrol>& rollen) {
  std::vector<std::string> uit;
  for (const auto r : rollen) uit.emplace_back(domain::to_code(r));
  std::ranges::sort(uit);
  return uit;
}

bool geldige_claimnaam(const std::string& naam) {
  return !naam.empty() && naam.size() <= 64 && std::ranges::all_of(naam, [](unsigned char c) {
    return std::isalnum(c) || c == '_' || c == '.' || c == ':' || c == '-';
  });
}

}  // namespace

Inlogdiensten::Inlogdiensten(Omgeving omgeving, Sessies& sessies, OidcClient& client)
    : Dienst(std::move(omgeving)), sessies_(sessies), client_(client) {}

std::vector<store::InlogdienstKeuze> Inlogdiensten::keuzes() {
  return db().read([](store::Tx& tx) { return store::inlogdiensten(tx); });
}

InlogdienstStart Inlogdiensten::starten(const std::string& gemeente_id) {
  const auto dienst = db().read([&](store::Tx& tx) { return store::inlogdienst(tx, gemeente_id); });
  if (!dienst) throw NotFound("Deze gemeente heeft geen eigen inlogdienst ingesteld.");
  const auto poging = oidc_poging_nieuw();
  InlogdienstStart start{{}, nieuw_geheim()};
  try {
    start.adres = client_.autorisatie_adres(*dienst, poging);
  } catch (const IdpOnbereikbaar&) {
    throw Unavailable(
        "De inlogdienst van deze gemeente is nu niet bereikbaar. Probeer het zo opnieuw, of log in met uw "
        "gebruikersnaam en wachtwoord.");
  }
  const auto nu = this->nu();
  db().write([&](store::Tx& tx) {
    store::inlogdienst_poging_invoegen(
        tx,
        {poging.state, store::sha256_hex(start.browser_token), gemeente_id, poging.nonce, poging.verifier,
         domain::format_tijdstip(nu + duration_cast<domain::Tijdstip::duration>(kPogingGeldig))},
        domain::format_tijdstip(nu));
  });
  return start;
}

Inlog Inlogdiensten::terugkeer(const InlogdienstTerugkeer& terug, const std::string& client_adres) {
  const auto nu = this->nu();
  const std::vector<DrempelSleutel> sleutels{drempel_sleutel(kAdresDrempel, client_adres)};
  db().read([&](store::Tx& tx) { vereis_geen_wachttijd(tx, sleutels, nu); });
  // Taken out whatever follows: a state works once.
  const auto poging =
      terug.state.empty() || terug.state.size() > 128
          ? std::nullopt
          : db().write([&](store::Tx& tx) { return store::inlogdienst_poging_nemen(tx, terug.state); });
  std::string naam = "(inlogdienst)";
  const auto mislukt = [&](InlogdienstReden reden, const std::string& uitleg) {
    db().write([&](store::Tx& tx) {
      mislukte_poging(tx, sleutels, nu);
      store::inlog_mislukt_vastleggen(tx,
                                      {store::nieuwe_id(), domain::format_tijdstip(nu), naam.substr(0, 64),
                                       client_adres.substr(0, 64), poging->gemeente_id},
                                      domain::format_tijdstip(nu - kMisluktBewaren));
    });
    tel_mislukte_inlog("inlogdienst");
    return InlogdienstMislukt(reden, uitleg);
  };
  // No login under way here: nothing was tried with anyone's account, so nothing counts against the address
  // (a reload of an old return must not lock an office out).
  if (!poging || domain::opgeslagen_tijdstip(poging->verloopt_op) < nu ||
      !gelijk_in_constante_tijd(store::sha256_hex(terug.browser_token), poging->browser_hash))
    throw InlogdienstMislukt(InlogdienstReden::verlopen, "geen inlogpoging voor deze state in deze browser");
  if (!terug.fout.empty() || terug.code.empty())
    throw mislukt(InlogdienstReden::geweigerd, "de inlogdienst weigerde");
  const auto dienst = db().read([&](store::Tx& tx) { return store::inlogdienst(tx, poging->gemeente_id); });
  if (!dienst) throw mislukt(InlogdienstReden::verlopen, "inlogdienst intussen verwijderd");
  // RFC 9207: an IdP that names itself in the answer must be the one asked (against mix-up).
  if (!terug.iss.empty() && terug.iss != dienst->issuer)
    throw mislukt(InlogdienstReden::token, "iss in het antwoord");
  json::object claims;
  try {
    claims = client_.inwisselen(*dienst, terug.code, {poging->state, poging->nonce, poging->verifier}, nu);
  } catch (const TokenAfgewezen& e) {
    throw mislukt(InlogdienstReden::token, e.what());
  } catch (const IdpOnbereikbaar& e) {
    throw mislukt(InlogdienstReden::onbereikbaar, e.what());
  }
  naam = gebruikersnaam_normaliseren(tekst_of_leeg(claims, dienst->account_claim));
  std::optional<store::AccountActor> account;
  try {
    account = account_voor(*dienst, naam, claims);
  } catch (const InlogdienstMislukt& e) {
    throw mislukt(e.reden, e.what());
  }
  // The address's failures stay counted: one good login must not wipe what others tried from there.
  return sessies_.inloggen_via_inlogdienst(*account);
}

store::AccountActor Inlogdiensten::account_voor(const store::InlogdienstRecord& dienst,
                                                const std::string& naam, const json::object& claims) {
  const auto bestaand = db().read([&](store::Tx& tx) -> std::optional<store::AccountActor> {
    const auto g = store::gebruiker_met_naam(tx, naam);
    return g ? store::account_actor(tx, g->id) : std::nullopt;
  });
  // Only the gemeente's own accounts: another gemeente's IdP vouches for nobody here.
  if (bestaand && (bestaand->gemeente_id != dienst.gemeente_id || bestaand->geblokkeerd))
    throw InlogdienstMislukt(InlogdienstReden::account, "account van een andere gemeente of geblokkeerd");
  if (bestaand) return rollen_bijwerken(dienst, *bestaand, claims);
  if (!dienst.aanmaken_bij_eerste_login || !dienst.organisatie_id || !geldige_gebruikersnaam(naam))
    throw InlogdienstMislukt(InlogdienstReden::account, "geen account");
  auto weergavenaam = tekst_of_leeg(claims, "name");
  if (weergavenaam.empty() || weergavenaam.size() > kMaxKorteTekst) weergavenaam = naam;
  auto email = tekst_of_leeg(claims, "email");
  if (email.size() > kMaxKorteTekst) email.clear();
  const auto rollen = rollen_uit_claims(dienst, claims).value_or(std::vector<domain::Gebruikersrol>{});
  // Nobody knows this password: the account logs in through the IdP only.
  const auto hash = hash_wachtwoord(nieuw_geheim());
  const auto ctx = systeem_context(dienst.gemeente_id, "inloggen");
  const auto team = team_uit_claims(dienst, claims);
  return uitvoeren(ctx, "inlogdienst.account_aanmaken", [&](store::Tx& tx, Auditspoor&) {
    if (store::gebruiker_met_naam(tx, naam))
      throw InlogdienstMislukt(InlogdienstReden::account, "tegelijk aangemaakt");
    // The team the claim names, while it is still one of the gemeente's; else the settings' place.
    auto organisatie = *dienst.organisatie_id;
    auto team_id = dienst.team_id;
    if (const auto o = team ? organisatie_van_team(tx, *team, dienst.gemeente_id) : std::nullopt) {
      organisatie = *o;
      team_id = team;
    }
    const store::MedewerkerRecord m{
        store::nieuwe_id(), organisatie, team_id, std::nullopt, weergavenaam, email, "", rollen, 1};
    store::medewerker_invoegen(tx, m, nu_tekst());
    const store::GebruikerRecord g{store::nieuwe_id(), m.id, naam, hash, false, false};
    store::gebruiker_invoegen(tx, g, nu_tekst());
    return *store::account_actor(tx, g.id);
  });
}

// With a roles claim configured the IdP is the source of roles (central identity management): at every login
// the account's roles follow the claim, so a role taken away there is gone here at the next login.
store::AccountActor Inlogdiensten::rollen_bijwerken(const store::InlogdienstRecord& dienst,
                                                    const store::AccountActor& account,
                                                    const json::object& claims) {
  const auto rollen = rollen_uit_claims(dienst, claims);
  if (!rollen) return account;
  auto verwacht = codes_van(*rollen);
  auto huidig = account.rollen;
  std::ranges::sort(huidig);
  if (verwacht == huidig) return account;
  const auto ctx = systeem_context(dienst.gemeente_id, "inloggen");
  return uitvoeren(ctx, "inlogdienst.rollen_bijwerken", [&](store::Tx& tx, Auditspoor&) {
    auto m = store::medewerker(tx, account.medewerker_id);
    if (!m) throw InlogdienstMislukt(InlogdienstReden::account, "medewerker verdwenen");
    m->rollen = *rollen;
    // The version read in this transaction: nobody changes him in between.
    store::medewerker_bijwerken(tx, *m);
    return *store::account_actor(tx, account.gebruiker_id);
  });
}

std::optional<std::string> Inlogdiensten::uitlog_adres(const SessieInfo& sessie) {
  if (!sessie.via_inlogdienst) return std::nullopt;
  // The IdP of the account's own gemeente, also while the session works in one that contracts it.
  const auto dienst = db().read([&](store::Tx& tx) -> std::optional<store::InlogdienstRecord> {
    const auto eigen = store::medewerker_gemeente(tx, sessie.ctx.actor.id);
    return eigen ? store::inlogdienst(tx, *eigen) : std::nullopt;
  });
  if (!dienst) return std::nullopt;
  try {
    return client_.uitlog_adres(*dienst);
  } catch (const IdpOnbereikbaar&) {
    return std::nullopt;  // logged out here; the IdP's own session ends on its own
  }
}

std::optional<std::string> Inlogdiensten::publieke_sleutels(const std::string& gemeente_id) {
  const auto dienst = db().read([&](store::Tx& tx) { return store::inlogdienst(tx, gemeente_id); });
  if (!dienst || !dienst->client_sleutel) return std::nullopt;
  json::object jwks{{"keys", json::array{json::parse(jose::publieke_sleutel(*dienst->client_sleutel))}}};
  return json::serialize(jwks);
}

std::optional<InlogdienstInstelling> Inlogdiensten::instelling(const Context& ctx) {
  return lezend_uitvoeren(ctx, "inlogdienst.lezen",
                          [&](store::Tx& tx, Auditspoor&) -> std::optional<InlogdienstInstelling> {
                            auto r = store::inlogdienst(tx, ctx.actor.gemeente_id);
                            if (!r) return std::nullopt;
                            InlogdienstInstelling uit;
                            uit.authenticatie = r->client_sleutel ? ClientAuthenticatie::private_key_jwt
                                                                  : ClientAuthenticatie::client_secret_basic;
                            uit.heeft_client_secret = r->client_secret.has_value();
                            if (r->client_sleutel)
                              uit.publieke_sleutel = jose::publieke_sleutel(*r->client_sleutel);
                            r->client_secret.reset();
                            r->client_sleutel.reset();
                            uit.record = std::move(*r);
                            return uit;
                          });
}

void Inlogdiensten::instellen(const Context& ctx, const InlogdienstInvoer& invoer) {
  InvoerControle controle;
  controle.verplicht("naam", invoer.naam, 60);
  controle.verplicht("clientId", invoer.client_id, 200);
  if (!http::adres_toegestaan(invoer.issuer) || invoer.issuer.size() > 300)
    controle.fout("issuer", "Vul het https-adres van de inlogdienst in (http alleen op deze machine zelf).");
  const auto terug = boost::urls::parse_absolute_uri(invoer.terugkeer_adres);
  if (!http::adres_toegestaan(invoer.terugkeer_adres) || !terug || terug->encoded_path() != kTerugkeerPad ||
      terug->has_query())
    controle.fout("terugkeerAdres", "Vul het adres van Regie in met " + std::string{kTerugkeerPad} +
                                        " erachter, precies zoals "
                                        "het bij de inlogdienst is geregistreerd.");
  if (!geldige_claimnaam(invoer.account_claim))
    controle.fout("accountClaim", "Noem de claim met de gebruikersnaam, bijvoorbeeld preferred_username.");
  if (invoer.acr && (invoer.acr->empty() || invoer.acr->size() > 200))
    controle.fout("acr", "Vul het betrouwbaarheidsniveau in, of laat het veld weg.");
  if (invoer.rollen_claim && !geldige_claimnaam(*invoer.rollen_claim))
    controle.fout("rollenClaim", "Noem de claim met de groepen, bijvoorbeeld groups.");
  if (!invoer.rollen.empty() && !invoer.rollen_claim)
    controle.fout("rollenClaim", "Noem de claim waarvan de waarden de rollen bepalen.");
  if (invoer.team_claim && !geldige_claimnaam(*invoer.team_claim))
    controle.fout("teamClaim", "Noem de claim met de afdeling of het team, bijvoorbeeld department.");
  if (!invoer.teams.empty() && !invoer.team_claim)
    controle.fout("teamClaim", "Noem de claim waarvan de waarden het team bepalen.");
  if (invoer.aanmaken_bij_eerste_login && !invoer.organisatie_id)
    controle.fout("organisatieId", "Kies de organisatie waarin nieuwe accounts komen.");
  if (invoer.authenticatie == ClientAuthenticatie::client_secret_basic && !invoer.client_secret.empty() &&
      invoer.client_secret.size() < 16)
    controle.fout("clientSecret", "Het clientgeheim is minstens 16 tekens lang.");
  controle.afronden("Inlogdienst");

  json::object rollen;
  for (const auto& [waarde, rol] : invoer.rollen) rollen[waarde] = domain::to_code(rol);
  json::object teams;
  for (const auto& [waarde, team] : invoer.teams) teams[waarde] = team;
  uitvoeren(ctx, "inlogdienst.instellen", [&](store::Tx& tx, Auditspoor&) {
    const auto bestaand = store::inlogdienst(tx, ctx.actor.gemeente_id);
    if (invoer.organisatie_id) vereis_organisatie_in_gemeente(tx, ctx, *invoer.organisatie_id);
    if (invoer.team_id && store::team_organisatie(tx, *invoer.team_id) != invoer.organisatie_id)
      throw BadRequest("Dit team hoort niet bij de gekozen organisatie.",
                       {{"teamId", "Kies een team van de gekozen organisatie."}});
    for (std::size_t i = 0; i < invoer.teams.size(); ++i) {
      if (!organisatie_van_team(tx, invoer.teams[i].second, ctx.actor.gemeente_id))
        throw BadRequest("Een team per waarde is niet bekend in deze gemeente.",
                         {{"teams[" + std::to_string(i) + "].teamId", "Kies een team van deze gemeente."}});
    }
    store::InlogdienstRecord r{ctx.actor.gemeente_id,
                               invoer.naam,
                               invoer.issuer,
                               invoer.client_id,
                               std::nullopt,
                               std::nullopt,
                               invoer.terugkeer_adres,
                               invoer.account_claim,
                               invoer.acr,
                               invoer.aanmaken_bij_eerste_login,
                               invoer.organisatie_id,
                               invoer.team_id,
                               invoer.rollen_claim,
                               json::serialize(rollen),
                               invoer.team_claim,
                               json::serialize(teams)};
    if (invoer.authenticatie == ClientAuthenticatie::private_key_jwt) {
      // The key stays as long as the method does: the IdP has its public half.
      r.client_sleutel =
          bestaand && bestaand->client_sleutel ? *bestaand->client_sleutel : jose::sleutel_nieuw();
    } else if (!invoer.client_secret.empty()) {
      r.client_secret = invoer.client_secret;
    } else if (bestaand && bestaand->client_secret) {
      r.client_secret = bestaand->client_secret;
    } else {
      throw BadRequest("Het clientgeheim ontbreekt.",
                       {{"clientSecret", "Vul het clientgeheim in dat de inlogdienst voor Regie gaf."}});
    }
    store::inlogdienst_opslaan(tx, r, nu_tekst());
  });
}

bool Inlogdiensten::verwijderen(const Context& ctx) {
  return uitvoeren(ctx, "inlogdienst.verwijderen", [&](store::Tx& tx, Auditspoor&) {
    return store::inlogdienst_verwijderen(tx, ctx.actor.gemeente_id);
  });
}

}  // namespace regie::service
