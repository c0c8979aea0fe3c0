#include "service/beheer.hpp"

#include <algorithm>
#include <cctype>

#include "domain/huishouden.hpp"
#include "service/invoer.hpp"
#include "service/leesbare_codes.hpp"
#include "service/toegang.hpp"
#include "service/wachtwoord.hpp"
#include "store/beoordeling_store.hpp"
#include "store/ids.hpp"
#include "store/regio_store.hpp"

namespace regie::service {

using domain::Gebruikersrol;

void vereis_organisatie_in_gemeente(store::Tx& tx, const Context& ctx, const std::string& id) {
  const auto o = store::organisatie(tx, id);
  if (!o || o->gemeente_id != ctx.actor.gemeente_id) {
    throw BadRequest("Deze organisatie is niet bekend.",
                     {{"organisatieId", "Kies een organisatie in deze gemeente."}});
  }
}

std::string Beheer::gemeente_aanmaken(const std::string& naam) {
  InvoerControle controle;
  controle.verplicht("naam", naam);
  controle.afronden("Gemeente");
  const std::string id = store::nieuwe_id();
  const Context ctx = systeem_context(id, "inrichting");
  return uitvoeren(ctx, "gemeente.aanmaken", [&](store::Tx& tx, Auditspoor&) {
    if (store::gemeente_met_naam(tx, naam)) {
      throw Conflict("Er is al een gemeente met deze naam.");
    }
    store::gemeente_invoegen(tx, id, naam, nu_tekst());  // its log chains start with its first row
    return id;
  });
}

namespace {

// The caseload norm is positive; the norms per level, when given, keep to the method's bounds.
void controleer_normen(const OrganisatieInvoer& invoer, InvoerControle& controle) {
  if (invoer.caseload_norm && *invoer.caseload_norm <= 0)
    controle.fout("caseloadNorm", "Moet groter dan 0 zijn.");
  if (!invoer.normen) return;
  for (const auto& b : domain::controleer_normen(*invoer.normen)) {
    controle.fout("normen[" + std::to_string(b.index) + "]." +
                      (b.deel == domain::NormBevinding::Deel::caseload_gewicht ? "caseloadGewicht"
                                                                               : "evaluatieTermijnDagen"),
                  b.uitleg);
  }
}

}  // namespace

std::string Beheer::organisatie_aanmaken(const Context& ctx, const OrganisatieInvoer& invoer) {
  InvoerControle controle;
  controle.verplicht("naam", invoer.naam);
  if (invoer.ketens.empty()) controle.fout("ketens", "Kies ten minste één keten.");
  for (auto k : invoer.ketens) {
    if (!domain::is_keten(k))
      controle.fout("ketens", "'" + std::string{domain::to_code(k)} + "' is geen keten.");
  }
  controleer_normen(invoer, controle);
  controle.afronden("Organisatie");

  store::OrganisatieRecord o;
  o.id = store::nieuwe_id();
  o.gemeente_id = ctx.actor.gemeente_id;
  o.naam = invoer.naam;
  o.ketens = invoer.ketens;
  std::ranges::sort(o.ketens);
  o.ketens.erase(std::unique(o.ketens.begin(), o.ketens.end()), o.ketens.end());
  o.caseload_norm = invoer.caseload_norm.value_or(domain::kStandaardCaseloadNorm);
  for (int n = 1; n <= 5; ++n)
    o.normen[static_cast<std::size_t>(n - 1)] = domain::standaard_norm(domain::niveau_uit_nummer(n));
  if (invoer.normen) o.normen = *invoer.normen;
  return uitvoeren(ctx, "organisatie.aanmaken", [&](store::Tx& tx, Auditspoor&) {
    store::organisatie_invoegen(tx, o, nu_tekst());
    return o.id;
  });
}

store::OrganisatieRecord Beheer::organisatie_wijzigen(const Context& ctx, const std::string& id,
                                                      const OrganisatieInvoer& invoer, int versie) {
  InvoerControle controle;
  controle.verplicht("naam", invoer.naam);
  controleer_normen(invoer, controle);
  controle.afronden("Organisatie");
  return uitvoeren(ctx, "organisatie.wijzigen", [&](store::Tx& tx, Auditspoor&) {
    auto o = store::organisatie(tx, id);
    if (!o || o->gemeente_id != ctx.actor.gemeente_id)
      throw NotFound("Deze organisatie is niet ingeschreven in uw gemeente.");
    o->naam = invoer.naam;
    if (invoer.caseload_norm) o->caseload_norm = *invoer.caseload_norm;
    if (invoer.normen) o->normen = *invoer.normen;
    o->versie = versie;
    if (!store::organisatie_bijwerken(tx, *o))
      throw Conflict(
          "Iemand anders wijzigde deze organisatie intussen. Laad opnieuw en probeer het nog eens.");
    return *store::organisatie(tx, id);
  });
}

std::string Beheer::team_aanmaken(const Context& ctx, const std::string& organisatie_id,
                                  const std::string& naam) {
  InvoerControle controle;
  controle.verplicht("naam", naam);
  controle.afronden("Team");
  return uitvoeren(ctx, "team.aanmaken", [&](store::Tx& tx, Auditspoor&) {
    vereis_organisatie_in_gemeente(tx, ctx, organisatie_id);
    const std::string id = store::nieuwe_id();
    store::team_invoegen(tx, id, organisatie_id, naam);
    return id;
  });
}

namespace {

void controleer_medewerker(const MedewerkerInvoer& invoer, InvoerControle& controle) {
  controle.verplicht("naam", invoer.naam);
  controle.maximaal("email", invoer.email, kMaxKorteTekst);
  controle.maximaal("telefoon", invoer.telefoon, 40);
  if (!invoer.email.empty() && invoer.email.find('@') == std::string::npos) {
    controle.fout("email", "Dit lijkt geen e-mailadres.");
  }
}

// Team of the professional's own organisation, a manager of the gemeente; roles once each, in order.
void vereis_team_en_manager(store::Tx& tx, const Context& ctx, store::MedewerkerRecord& m) {
  if (m.team_id && store::team_organisatie(tx, *m.team_id) != m.organisatie_id) {
    throw BadRequest("Dit team hoort niet bij de organisatie.",
                     {{"teamId", "Kies een team van dezelfde organisatie."}});
  }
  if (m.manager_id) vereis_medewerker_in_gemeente(tx, ctx, *m.manager_id, "managerId");
  if (m.manager_id && *m.manager_id == m.id)
    throw BadRequest("Iemand is niet zijn eigen manager.", {{"managerId", "Kies een andere manager."}});
  std::ranges::sort(m.rollen);
  m.rollen.erase(std::unique(m.rollen.begin(), m.rollen.end()), m.rollen.end());
}

}  // namespace

std::string Beheer::medewerker_aanmaken(const Context& ctx, const MedewerkerInvoer& invoer) {
  InvoerControle controle;
  controleer_medewerker(invoer, controle);
  controle.afronden("Medewerker");
  return uitvoeren(ctx, "medewerker.aanmaken", [&](store::Tx& tx, Auditspoor&) {
    vereis_organisatie_in_gemeente(tx, ctx, invoer.organisatie_id);
    store::MedewerkerRecord m{store::nieuwe_id(), invoer.organisatie_id, invoer.team_id,
                              invoer.manager_id,  invoer.naam,           invoer.email,
                              invoer.telefoon,    invoer.rollen,         1};
    vereis_team_en_manager(tx, ctx, m);
    store::medewerker_invoegen(tx, m, nu_tekst());
    return m.id;
  });
}

void Beheer::medewerker_wijzigen(const Context& ctx, const std::string& id, const MedewerkerInvoer& invoer,
                                 int versie) {
  InvoerControle controle;
  controleer_medewerker(invoer, controle);
  controle.afronden("Medewerker");
  uitvoeren(ctx, "medewerker.wijzigen", [&](store::Tx& tx, Auditspoor&) {
    const auto bestaand = store::medewerker(tx, id);
    if (!bestaand || store::medewerker_gemeente(tx, id) != ctx.actor.gemeente_id)
      throw NotFound("Deze medewerker bestaat niet in uw gemeente.");
    const auto organisatie = invoer.organisatie_id.empty() ? bestaand->organisatie_id : invoer.organisatie_id;
    if (organisatie != bestaand->organisatie_id) {
      vereis_organisatie_in_gemeente(tx, ctx, organisatie);
      // Regie rests on the chain of his organisation (DOMAIN.md §4, §7): it is handed over before he moves.
      if (store::heeft_lopende_regie(tx, id))
        throw Conflict(
            "Deze medewerker voert nog regie in een of meer huishoudens. Draag die eerst over: wie regie mag "
            "voeren hangt af van de keten van zijn organisatie.");
    }
    store::MedewerkerRecord m{id,          organisatie,  invoer.team_id,  invoer.manager_id,
                              invoer.naam, invoer.email, invoer.telefoon, invoer.rollen,
                              versie};
    vereis_team_en_manager(tx, ctx, m);
    if (id == ctx.actor.id && std::ranges::find(m.rollen, domain::Gebruikersrol::beheerder) == m.rollen.end())
      throw Conflict("Uw eigen rol als beheerder kan alleen een andere beheerder u afnemen.");
    if (!store::medewerker_bijwerken(tx, m))
      throw Conflict(
          "Iemand anders wijzigde deze medewerker intussen. Laad opnieuw en probeer het nog eens.");
  });
}

MedewerkerInfo Beheer::medewerker(const Context& ctx, const std::string& id) {
  return lezend_uitvoeren(ctx, "medewerker.lezen", [&](store::Tx& tx, Auditspoor&) {
    vind_medewerker_in_gemeente(tx, ctx, id);
    return MedewerkerInfo{*store::medewerker(tx, id), store::actuele_certificeringen(tx, id)};
  });
}

MedewerkerPagina Beheer::medewerkers(const Context& ctx, const MedewerkerFilter& filter, Pagina pagina) {
  InvoerControle controle;
  controleer(pagina, controle);
  controle.afronden("Medewerkers");
  return lezend_uitvoeren(ctx, "medewerkers.lezen", [&](store::Tx& tx, Auditspoor&) {
    store::MedewerkerVraag vraag{
        ctx.actor.gemeente_id, filter.organisatie_id,
        filter.rol ? std::optional{std::string{domain::to_code(*filter.rol)}} : std::nullopt, pagina.grootte,
        pagina.offset()};
    MedewerkerPagina uit;
    for (auto& m : store::medewerkers(tx, vraag)) {
      auto certificeringen = store::actuele_certificeringen(tx, m.id);
      uit.items.push_back({std::move(m), std::move(certificeringen)});
    }
    uit.totaal = store::medewerkers_totaal(tx, vraag);
    return uit;
  });
}

void Beheer::contract_vastleggen(const Context& ctx, const std::string& organisatie_id, domain::Datum sinds) {
  uitvoeren(ctx, "contract.vastleggen", [&](store::Tx& tx, Auditspoor&) {
    const auto o = store::organisatie(tx, organisatie_id);
    if (!o) {
      throw BadRequest("Deze organisatie is niet bekend.",
                       {{"organisatieId", "Kies een bestaande organisatie."}});
    }
    if (o->gemeente_id == ctx.actor.gemeente_id) {
      throw BadRequest(
          "Deze organisatie hoort al bij deze gemeente.",
          {{"organisatieId", "Kies een organisatie die in een andere gemeente is ingeschreven."}});
    }
    store::contract_vastleggen(tx, organisatie_id, ctx.actor.gemeente_id, domain::format_datum(sinds));
  });
}

void Beheer::contract_beeindigen(const Context& ctx, const std::string& organisatie_id) {
  uitvoeren(ctx, "contract.beeindigen", [&](store::Tx& tx, Auditspoor&) {
    if (!store::contract_beeindigen(tx, organisatie_id, ctx.actor.gemeente_id, nu_tekst()))
      throw NotFound("Deze gemeente heeft geen lopend contract met deze organisatie.");
  });
}

std::vector<OrganisatieOverzicht> Beheer::organisaties(const Context& ctx) {
  return lezend_uitvoeren(ctx, "organisaties.lezen", [&](store::Tx& tx, Auditspoor&) {
    std::vector<OrganisatieOverzicht> lijst;
    for (auto& o : store::organisaties(tx, ctx.actor.gemeente_id)) {
      auto contracten = store::lopende_contracten(tx, o.id);
      lijst.push_back({std::move(o), std::move(contracten)});
    }
    for (auto& o : store::gecontracteerde_organisaties(tx, ctx.actor.gemeente_id))
      lijst.push_back({std::move(o), {}});
    return lijst;
  });
}

std::vector<store::TeamRecord> Beheer::teams(const Context& ctx,
                                             const std::optional<std::string>& organisatie_id) {
  return lezend_uitvoeren(ctx, "teams.lezen", [&](store::Tx& tx, Auditspoor&) {
    return store::teams(tx, ctx.actor.gemeente_id, organisatie_id);
  });
}

std::string Beheer::certificering_vastleggen(const Context& ctx, const std::string& medewerker_id,
                                             domain::Certificering certificering, domain::Datum datum) {
  if (ctx.actor.systeem)
    throw Forbidden("Een certificering legt vast wie de beoordeling deed: log in als die persoon.");
  if (std::chrono::sys_days{datum} > std::chrono::sys_days{vandaag()}) {
    throw BadRequest("De datum van de beoordeling ligt in de toekomst.",
                     {{"datum", "Kies vandaag of een eerdere datum."}});
  }
  return uitvoeren(ctx, "certificering.vastleggen", [&](store::Tx& tx, Auditspoor&) {
    vereis_beoordelaar_van(tx, ctx, medewerker_id);
    // A certification rests on a complete, positive assessment of that very profile by someone else.
    const auto beoordelingen = store::beoordelingen_van(tx, medewerker_id);
    const bool onderbouwd = std::ranges::any_of(beoordelingen, [&](const store::BeoordelingRecord& b) {
      return b.profiel == certificering && b.volledig && b.positief && b.beoordeeld_door != medewerker_id;
    });
    if (!onderbouwd) {
      throw Conflict(
          "Er is nog geen volledige, positieve beoordeling van dit profiel door iemand anders: leg die eerst "
          "vast onder Competenties (dan volgt de certificering vanzelf).");
    }
    store::CertificeringRecord c{store::nieuwe_id(), medewerker_id, certificering, datum, ctx.actor.id};
    store::certificering_invoegen(tx, c, nu_tekst());
    return c.id;
  });
}

std::string Beheer::gebruiker_aanmaken(const Context& ctx, const std::string& medewerker_id,
                                       const std::string& gebruikersnaam, const std::string& wachtwoord,
                                       bool startwachtwoord) {
  InvoerControle controle;
  if (!geldige_gebruikersnaam(gebruikersnaam)) {
    controle.fout("gebruikersnaam",
                  "Gebruik 3 tot 64 kleine letters, cijfers, punten, streepjes of liggende streepjes.");
  }
  if (wachtwoord.size() < kMinimaleWachtwoordLengte) {
    controle.fout("wachtwoord", "Kies een wachtwoord van minstens " +
                                    std::to_string(kMinimaleWachtwoordLengte) + " tekens.");
  }
  controle.afronden("Gebruiker");
  const std::string hash = hash_wachtwoord(wachtwoord);  // slow on purpose: outside the transaction
  return uitvoeren(ctx, "gebruiker.aanmaken", [&](store::Tx& tx, Auditspoor&) {
    vereis_medewerker_in_gemeente(tx, ctx, medewerker_id, "medewerkerId");
    if (store::gebruiker_met_naam(tx, gebruikersnaam)) {
      throw BadRequest("Deze gebruikersnaam is al in gebruik.",
                       {{"gebruikersnaam", "Kies een andere gebruikersnaam."}});
    }
    store::GebruikerRecord g{store::nieuwe_id(), medewerker_id, gebruikersnaam, hash, false, startwachtwoord};
    store::gebruiker_invoegen(tx, g, nu_tekst());
    return g.id;
  });
}

NieuwAccount Beheer::account_aanmaken(const Context& ctx, const std::string& medewerker_id,
                                      const std::string& gebruikersnaam) {
  NieuwAccount uit{{}, startwachtwoord_nieuw()};
  uit.id = gebruiker_aanmaken(ctx, medewerker_id, gebruikersnaam, uit.startwachtwoord, true);
  return uit;
}

}  // namespace regie::service
