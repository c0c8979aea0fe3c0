#include "service/uitnodigingen.hpp"

#include <sodium.h>

#include <algorithm>
#include <cctype>

#include "domain/afgeschermd_tegen.hpp"
#include "domain/uitnodigingsmail.hpp"
#include "service/gezag.hpp"
#include "service/invoer.hpp"
#include "service/totp.hpp"
#include "service/wachtwoord.hpp"
#include "store/huishouden_store.hpp"
#include "store/ids.hpp"
#include "store/plan_store.hpp"

namespace regie::service {
namespace {

using domain::PersoonSoort;

// Six digits, read aloud on the phone; five wrong tries end the invitation.
std::string controlecode_nieuw() {
  store::init_sodium();
  std::string uit;
  for (int i = 0; i < 6; ++i) uit += static_cast<char>('0' + randombytes_uniform(10));
  return uit;
}

// "123 456" as typed: only its digits count.
std::string controlecode_vorm(const std::string& code) {
  std::string uit;
  for (const char c : code)
    if (std::isdigit(static_cast<unsigned char>(c))) uit += c;
  return uit;
}

const std::string kOnbekendeCode =
    "Deze uitnodigingscode is onbekend, al gebruikt, ingetrokken of verlopen. Vraag uw regisseur om een "
    "nieuwe.";

// Who acts before the account exists: the invited person, within his household.
Context uitgenodigde(const store::UitnodigingRecord& u) {
  return portaal_context(u.gemeente_id, {u.huishouden_id, u.persoon_soort, u.persoon_id, u.rechten});
}

}  // namespace

std::string gebruikersnaam_vorm(const std::string& naam) {
  std::string uit;
  for (const char c : naam)
    if (!std::isspace(static_cast<unsigned char>(c)))
      uit += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return uit;
}

UitgegevenUitnodiging Uitnodigingen::uitnodigen(const Context& ctx, const std::string& huishouden_id,
                                                const UitnodigingInvoer& invoer,
                                                const UitnodigingsPost& post) {
  InvoerControle controle;
  controle.maximaal("besluit", invoer.besluit);
  if (invoer.email && !post.verzender)
    controle.fout("email", "Er is geen mailserver ingesteld. Geef de code zelf door.");
  else if (invoer.email && !domain::is_emailadres(*invoer.email))
    controle.fout("email", "Vul een e-mailadres in zoals naam@voorbeeld.nl.");
  controle.afronden("Uitnodiging");
  auto uitgegeven = uitvoeren(ctx, "portaal.uitnodigen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor);
    domain::UitnodigingAanvraag aanvraag;
    aanvraag.soort = invoer.soort;
    aanvraag.rechten = invoer.rechten;
    aanvraag.toestemming_huishouden = invoer.toestemming_huishouden;
    aanvraag.afgeschermd = h.afgeschermd;
    aanvraag.besluit = invoer.besluit;
    bool gevonden = false;
    if (invoer.soort == PersoonSoort::gezinslid) {
      for (const auto& lid : store::gezinsleden(tx, h.id)) {
        if (lid.id == invoer.persoon_id) {
          gevonden = true;
          aanvraag.leeftijd = domain::leeftijd(lid.geboorte, vandaag()).leeftijd;
          spoor.personen.push_back(lid.id);
        }
      }
      if (invoer.ouder_id)
        aanvraag.ouder_heeft_gezag = heeft_gezag(store::gezag(tx, invoer.persoon_id), *invoer.ouder_id);
      aanvraag.ouder_gekozen = invoer.ouder_id.has_value();
      if (const auto vp = store::veiligheidsplan(tx, h.id, std::nullopt))
        aanvraag.genoemd_in_afscherming = domain::afgeschermd_tegen(vp->plan).contains(invoer.persoon_id);
    } else if (invoer.soort == PersoonSoort::netwerklid) {
      const auto lid = store::netwerklid(tx, invoer.persoon_id);
      gevonden = lid && lid->huishouden_id == h.id;
    }
    if (!gevonden && invoer.soort != PersoonSoort::medewerker) {
      throw BadRequest("De uitnodiging kan zo niet worden gemaakt.",
                       {{"persoonId", "Kies iemand uit dit huishouden of uit zijn netwerk."}});
    }
    const auto fouten = domain::uitnodiging_fouten(aanvraag);
    if (!fouten.empty()) {
      std::vector<InvalidParam> velden;
      for (const auto& f : fouten) velden.push_back({f.veld, f.reden});
      throw BadRequest("De uitnodiging kan zo niet worden gemaakt.", std::move(velden));
    }
    if (store::persoon_heeft_account(tx, invoer.persoon_id))
      throw Conflict(
          "Deze persoon heeft al toegang tot Regie. Trek die eerst in als er een nieuwe nodig is.");
    UitgegevenUitnodiging uit{store::nieuwe_id(), willekeurige_code(4),
                              domain::format_tijdstip(nu() + std::chrono::days{domain::kUitnodigingDagen})};
    if (invoer.email) uit.controlecode = controlecode_nieuw();
    store::UitnodigingRecord u{uit.id,
                               ctx.actor.gemeente_id,
                               h.id,
                               invoer.soort,
                               invoer.persoon_id,
                               aanvraag.ouder_gekozen ? invoer.ouder_id : std::nullopt,
                               domain::portaal_rechten(aanvraag),
                               aanvraag.besluit,
                               store::sha256_hex(uitnodigingscode_vorm(uit.code)),
                               ctx.actor.id,
                               nu_tekst(),
                               uit.geldig_tot};
    if (uit.controlecode) u.controle_hash = store::sha256_hex(controlecode_vorm(*uit.controlecode));
    store::uitnodiging_invoegen(tx, u);
    return uit;
  });
  if (!invoer.email) return uitgegeven;

  // The mail goes after the invitation is committed, so no transaction waits on the mail server. Should the
  // server stop in between, the invitation exists with a code nobody has: harmless, and it expires.
  try {
    post.verzender->verzenden(domain::uitnodigingsmail(
        *invoer.email, uitgegeven.code, domain::datum_van(domain::opgeslagen_tijdstip(uitgegeven.geldig_tot)),
        post.adres));
  } catch (const MailFout&) {
    intrekken(ctx, huishouden_id, uitgegeven.id);
    throw Unavailable(
        "De e-mail kon niet worden verstuurd, dus de uitnodiging is weer ingetrokken. Probeer het later "
        "opnieuw of geef de code zelf door.");
  }
  uitvoeren(ctx, "portaal.uitnodiging_mailen", [&](store::Tx& tx, Auditspoor& spoor) {
    laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor);
    spoor.personen = {invoer.persoon_id};
    store::uitnodiging_gemaild(tx, uitgegeven.id, nu_tekst());
  });
  uitgegeven.code.clear();  // it went by mail; the regisseur passes on the check code only
  return uitgegeven;
}

UitnodigingenOverzicht Uitnodigingen::overzicht(const Context& ctx, const std::string& huishouden_id) {
  return lezend_uitvoeren(ctx, "portaal.uitnodigingen_lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::lezen, spoor);
    return UitnodigingenOverzicht{store::uitnodigingen(tx, h.id), store::accounts_van_huishouden(tx, h.id),
                                  nu_tekst()};
  });
}

void Uitnodigingen::intrekken(const Context& ctx, const std::string& huishouden_id, const std::string& id) {
  uitvoeren(ctx, "portaal.uitnodiging_intrekken", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor);
    if (store::uitnodiging_intrekken(tx, h.id, id, nu_tekst())) return;
    const auto lijst = store::uitnodigingen(tx, h.id);
    if (std::ranges::none_of(lijst, [&](const auto& u) { return u.id == id; }))
      throw NotFound("Deze uitnodiging bestaat niet.");
    throw Conflict("Deze uitnodiging is al gebruikt of ingetrokken.");
  });
}

void Uitnodigingen::toegang_intrekken(const Context& ctx, const std::string& huishouden_id,
                                      const std::string& persoon_id) {
  uitvoeren(ctx, "portaal.toegang_intrekken", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor);
    if (!store::account_intrekken(tx, h.id, persoon_id, nu_tekst()))
      throw NotFound("Deze persoon heeft geen toegang tot Regie.");
  });
}

store::UitnodigingRecord Uitnodigingen::geldige_uitnodiging(const std::string& code) {
  const auto vorm = uitnodigingscode_vorm(code);
  if (vorm.empty() || vorm.size() > 64) throw NotFound(kOnbekendeCode);
  const auto u =
      db().read([&](store::Tx& tx) { return store::uitnodiging_met_code(tx, store::sha256_hex(vorm)); });
  if (!u || u->gebruikt_op || u->ingetrokken_op || u->geldig_tot <= nu_tekst())
    throw NotFound(kOnbekendeCode);
  return *u;
}

TotpInrichting Uitnodigingen::inrichten(const std::string& code) {
  const auto u = geldige_uitnodiging(code);
  const auto geheim = totp_geheim_nieuw();
  uitvoeren(uitgenodigde(u), "portaal.inrichten", [&](store::Tx& tx, Auditspoor& spoor) {
    spoor.huishouden_id = u.huishouden_id;
    store::uitnodiging_totp_zetten(tx, u.id, geheim);
  });
  return {geheim, totp_adres(geheim, "huishouden"), u.controle_hash.has_value()};
}

std::vector<std::string> Uitnodigingen::accepteren(const std::string& code, const Aanmelding& aanmelding) {
  const auto u = geldige_uitnodiging(code);
  const auto naam = gebruikersnaam_vorm(aanmelding.gebruikersnaam);
  InvoerControle controle;
  controle.verplicht("gebruikersnaam", naam, 64);
  if (!naam.empty() && naam.size() < 3)
    controle.fout("gebruikersnaam", "Kies een naam van ten minste 3 tekens.");
  if (aanmelding.wachtwoord.size() < kMinimaleWachtwoordLengte)
    controle.fout("wachtwoord", "Kies een wachtwoord van ten minste 12 tekens.");
  if (u.controle_hash && store::sha256_hex(controlecode_vorm(aanmelding.controlecode)) != *u.controle_hash) {
    // Counted in a transaction of its own, so that a failed attempt stays counted.
    const auto mislukt =
        uitvoeren(uitgenodigde(u), "portaal.controlecode_onjuist", [&](store::Tx& tx, Auditspoor& spoor) {
          spoor.huishouden_id = u.huishouden_id;
          return store::controle_mislukt(tx, u.id, kMaxMislukteControles, nu_tekst());
        });
    if (mislukt >= kMaxMislukteControles) throw NotFound(kOnbekendeCode);
    controle.fout("controlecode", "Deze controlecode klopt niet. Vraag hem na bij uw regisseur.");
  }
  std::optional<std::int64_t> stap;
  if (!u.totp_geheim) {
    controle.fout("totpCode", "Richt eerst de app voor de tweede stap in.");
  } else {
    stap = totp_stap(*u.totp_geheim, aanmelding.totp_code, std::chrono::system_clock::to_time_t(nu()), 0);
    if (!stap) controle.fout("totpCode", "Deze code klopt niet. Vul de code in die de app nu toont.");
  }
  controle.afronden("Aanmelding");

  const auto wachtwoord_hash = hash_wachtwoord(aanmelding.wachtwoord);
  const auto herstelcodes = herstelcodes_nieuw();
  uitvoeren(uitgenodigde(u), "portaal.accepteren", [&](store::Tx& tx, Auditspoor& spoor) {
    spoor.huishouden_id = u.huishouden_id;
    if (store::gebruikersnaam_bestaat(tx, naam))
      throw BadRequest("De aanmelding kan zo niet.",
                       {{"gebruikersnaam", "Deze naam is al in gebruik. Kies een andere."}});
    if (store::persoon_heeft_account(tx, u.persoon_id)) throw Conflict("U heeft al toegang tot Regie.");
    const auto account_id = store::nieuwe_id();
    if (!store::uitnodiging_gebruiken(tx, u.id, account_id, nu_tekst())) throw NotFound(kOnbekendeCode);
    store::account_invoegen(tx,
                            {account_id, u.gemeente_id, u.huishouden_id, u.persoon_soort, u.persoon_id,
                             u.ouder_id, u.rechten, naam, wachtwoord_hash, *u.totp_geheim, *stap, nu_tekst()},
                            herstelcodes.hashes);
  });
  return herstelcodes.codes;
}

}  // namespace regie::service
