#include "service/portaal.hpp"

#include <algorithm>

#include "domain/inzage.hpp"
#include "domain/ondertekening.hpp"
#include "service/invoer.hpp"
#include "service/plan_pdf.hpp"
#include "store/huishouden_store.hpp"
#include "store/ids.hpp"
#include "store/plan_store.hpp"
#include "store/portaal_store.hpp"
#include "store/toegang_store.hpp"
#include "store/vrijgave_store.hpp"

namespace regie::service {
namespace {

void vereis_recht(const Context& ctx, domain::PortaalRecht recht, std::string_view wat) {
  const auto& rechten = ctx.actor.portaal->rechten;
  if (std::ranges::find(rechten, recht) == rechten.end())
    throw Forbidden("Uw toegang geeft geen recht om " + std::string{wat} + ".");
}

// Who manages the network's access: a member on his own account (16+); a member of 12 to 15 looks on with a
// parent and does not.
void vereis_netwerkbeheer(store::Tx& tx, const PortaalActor& ik) {
  if (ik.soort == domain::PersoonSoort::gezinslid) {
    for (const auto& a : store::accounts_van_huishouden(tx, ik.huishouden_id))
      if (a.persoon_id == ik.persoon_id && !a.ouder_id) return;
  }
  throw Forbidden("Alleen een gezinslid van 16 jaar of ouder regelt wie uit het netwerk meekijkt.");
}

bool open_uitnodiging(const store::UitnodigingRecord& u, const std::string& nu) {
  return domain::uitnodiging_status(u.gebruikt_op.has_value(), u.ingetrokken_op.has_value(), u.geldig_tot,
                                    nu) == domain::UitnodigingStatus::open;
}

}  // namespace

PortaalPlan plan_in_gewone_woorden(store::Tx& tx, const store::HuishoudenRecord& h,
                                   const std::string& ik_persoon_id) {
  PortaalPlan uit;
  const auto regisseurs = store::actieve_regisseurs(tx, h.id);
  uit.ik_houd_het_plan_bij = !ik_persoon_id.empty() && h.niveau == domain::Niveau::een &&
                             std::ranges::any_of(regisseurs, [&](const auto& r) {
                               return r.rol == domain::Rol::casus && r.persoon_id == ik_persoon_id;
                             });
  const auto leden = store::gezinsleden(tx, h.id);
  const auto netwerk = store::netwerkleden(tx, h.id);
  const auto betrokkenen = store::actieve_betrokkenen_met_contact(tx, h.id);
  const auto naam_van = [&](const std::optional<domain::Eigenaar>& e) -> std::string {
    if (!e) return "nog niet afgesproken";
    for (const auto& l : leden)
      if (l.id == e->id) return l.voornaam;
    for (const auto& n : netwerk)
      if (n.id == e->id) return n.naam;
    for (const auto& b : betrokkenen)
      if (b.betrokkenheid.medewerker_id == e->id && (!h.afgeschermd || b.contact_deelbaar)) return b.naam;
    return "een hulpverlener";
  };
  if (const auto plan = store::ondersteuningsplan(tx, h.id, std::nullopt)) {
    uit.versie = plan->kop.versie;
    uit.evaluatiedatum = plan->plan.evaluatiedatum;
    uit.eigen_woorden = plan->plan.eigen_woorden;
    for (const auto& d : plan->plan.doelen) {
      PortaalDoel doel{d.id, d.omschrijving, d.leefgebied, d.streefdatum, {}};
      for (const auto& a : d.acties) {
        const auto versie = plan->actie_status_versies.find(a.id);
        doel.acties.push_back({a.id, a.omschrijving, naam_van(a.eigenaar), a.uiterlijk, a.status,
                               a.eigenaar && a.eigenaar->id == ik_persoon_id,
                               versie == plan->actie_status_versies.end() ? 1 : versie->second,
                               uit.ik_houd_het_plan_bij ? a.eigenaar : std::nullopt});
      }
      uit.doelen.push_back(std::move(doel));
    }
    for (const auto& o : store::ondertekeningen(tx, plan->kop.id)) {
      uit.door_mij_ondertekend = uit.door_mij_ondertekend || o.gezinslid_id == ik_persoon_id;
      const auto lid = std::ranges::find(leden, o.gezinslid_id, &store::GezinslidRecord::id);
      uit.ondertekeningen.push_back({lid == leden.end() ? "" : lid->voornaam, o.op, o.wijze});
    }
  }
  if (uit.ik_houd_het_plan_bij) {
    for (const auto& l : leden)
      if (!l.geboorte.verwacht)
        uit.mogelijke_eigenaren.push_back({{domain::PersoonSoort::gezinslid, l.id}, l.voornaam});
    for (const auto& n : netwerk)
      uit.mogelijke_eigenaren.push_back({{domain::PersoonSoort::netwerklid, n.id}, n.naam});
  }
  for (const auto& r : regisseurs) {
    PortaalRegisseur regisseur{r.rol, naam_van(domain::Eigenaar{r.persoon_soort, r.persoon_id}), {}, {}, {}};
    for (const auto& b : betrokkenen) {
      if (b.betrokkenheid.medewerker_id != r.persoon_id) continue;
      if (!h.afgeschermd || b.contact_deelbaar) regisseur.organisatie = b.organisatie;
      if (b.contact_deelbaar) {
        regisseur.telefoon = b.telefoon;
        regisseur.email = b.email;
      }
    }
    uit.regisseurs.push_back(std::move(regisseur));
  }
  return uit;
}

bool plan_voor_huishouden(store::Tx& tx, const store::HuishoudenRecord& h) {
  if (!h.afgeschermd) return true;
  const auto plan = store::ondersteuningsplan(tx, h.id, std::nullopt);
  return plan && store::vrijgave(tx, plan->kop.id).has_value();
}

PortaalPlan Portaal::plan(const Context& ctx) {
  return lezend_uitvoeren(ctx, "portaal.plan_lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto& ik = *ctx.actor.portaal;
    spoor.huishouden_id = ik.huishouden_id;
    vereis_recht(ctx, domain::PortaalRecht::plan_lezen, "het plan te lezen");
    const auto h = store::huishouden(tx, ik.huishouden_id);
    if (!h) throw NotFound("Dit huishouden bestaat niet meer.");
    if (!plan_voor_huishouden(tx, *h)) {
      PortaalPlan uit;
      uit.vrijgegeven = false;
      return uit;
    }
    return plan_in_gewone_woorden(tx, *h, ik.persoon_id);
  });
}

std::string Portaal::plan_pdf(const Context& ctx) {
  return lezend_uitvoeren(ctx, "portaal.plan_pdf_lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto& ik = *ctx.actor.portaal;
    spoor.huishouden_id = ik.huishouden_id;
    vereis_recht(ctx, domain::PortaalRecht::plan_lezen, "het plan te lezen");
    const auto h = store::huishouden(tx, ik.huishouden_id);
    if (!h || !plan_voor_huishouden(tx, *h)) throw NotFound("Het plan is hier nog niet te lezen.");
    const auto plan = plan_in_gewone_woorden(tx, *h, ik.persoon_id);
    if (!plan.versie) throw NotFound("Er is nog geen plan.");
    return plan_als_pdf(h->naam, plan, vandaag());
  });
}

void Portaal::eigen_actie(const Context& ctx, const std::string& actie_id, bool gedaan, int status_versie) {
  uitvoeren(ctx, "portaal.eigen_actie", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto& ik = *ctx.actor.portaal;
    spoor.huishouden_id = ik.huishouden_id;
    vereis_recht(ctx, domain::PortaalRecht::eigen_acties, "acties af te vinken");
    const auto h = store::huishouden(tx, ik.huishouden_id);
    if (!h || !plan_voor_huishouden(tx, *h)) throw NotFound("Deze actie staat niet in het huidige plan.");
    const auto stand = store::actie_in_huidig_plan(tx, ik.huishouden_id, actie_id);
    if (!stand) throw NotFound("Deze actie staat niet in het huidige plan.");
    if (!stand->actie.eigenaar || stand->actie.eigenaar->id != ik.persoon_id)
      throw Forbidden("U kunt alleen uw eigen acties afvinken.");
    if (stand->status_versie != status_versie ||
        !store::actie_status_zetten(tx, *stand,
                                    gedaan ? domain::ActieStatus::gedaan : domain::ActieStatus::open,
                                    ik.persoon_id, nu_tekst())) {
      throw Conflict("Iemand anders heeft deze actie net bijgewerkt. Laad de pagina opnieuw.");
    }
  });
}

InzagePagina Portaal::inzage(const Context& ctx, Pagina pagina) {
  InvoerControle controle;
  controleer(pagina, controle);
  controle.afronden("Inzage");
  return lezend_uitvoeren(ctx, "portaal.inzage_lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto& ik = *ctx.actor.portaal;
    spoor.huishouden_id = ik.huishouden_id;
    if (ik.soort != domain::PersoonSoort::gezinslid)
      throw Forbidden("Alleen leden van het gezin zien wie in het dossier keek.");
    const auto h = store::huishouden(tx, ik.huishouden_id);
    if (!h) throw NotFound("Dit huishouden bestaat niet meer.");
    InzagePagina uit;
    const auto regels = logboek_lezen(tx, [&](store::Tx& log) {
      uit.totaal = store::audit_gelukt_aantal_voor_huishouden(log, h->id);
      return store::audit_gelukt_voor_huishouden(log, h->id, pagina.grootte, pagina.offset());
    });
    std::vector<std::string> actoren;
    for (const auto& r : regels) actoren.push_back(r.invoer.actor_id);
    const auto organisaties = store::organisaties_van_medewerkers(tx, actoren);
    for (const auto& r : regels) {
      const auto org = organisaties.find(r.invoer.actor_id);
      auto woorden =
          domain::inzage_in_woorden(r.invoer.rol, r.invoer.actie, r.invoer.doel,
                                    h->afgeschermd || org == organisaties.end() ? "" : org->second);
      uit.items.push_back(
          {r.invoer.tijdstip, std::move(woorden.wie), std::move(woorden.wat), std::move(woorden.waarom)});
    }
    return uit;
  });
}

void Portaal::ondertekenen(const Context& ctx, int versie, const std::string& zekerheid) {
  uitvoeren(ctx, "portaal.ondertekenen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto& ik = *ctx.actor.portaal;
    spoor.huishouden_id = ik.huishouden_id;
    vereis_recht(ctx, domain::PortaalRecht::plan_lezen, "het plan te ondertekenen");
    if (ik.soort != domain::PersoonSoort::gezinslid)
      throw Forbidden("Alleen leden van het gezin ondertekenen het plan.");
    spoor.personen = {ik.persoon_id};
    const auto h = store::huishouden(tx, ik.huishouden_id);
    if (!h || !plan_voor_huishouden(tx, *h)) throw NotFound("Er is geen plan om te ondertekenen.");
    const auto plan = store::ondersteuningsplan(tx, h->id, std::nullopt);
    if (!plan) throw NotFound("Er is geen plan om te ondertekenen.");
    if (plan->kop.versie != versie)
      throw Conflict("Er is intussen een nieuwere versie van het plan. Lees die eerst en onderteken dan.");
    for (const auto& o : store::ondertekeningen(tx, plan->kop.id))
      if (o.gezinslid_id == ik.persoon_id) throw Conflict("U heeft deze versie al ondertekend.");
    store::ondertekening_invoegen(
        tx, {store::nieuwe_id(), plan->kop.id, h->id, ik.persoon_id, "portaal", zekerheid,
             store::sha256_hex(domain::plan_inhoud_canoniek(plan->plan)), ik.persoon_id, nu_tekst()});
    store::ondersteuningsplan_ondertekenen(tx, plan->kop.id, ik.persoon_id,
                                           nu_tekst());  // the first one counts
  });
}

std::vector<PortaalNetwerkToegang> Portaal::netwerk(const Context& ctx) {
  return lezend_uitvoeren(ctx, "portaal.netwerk_lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto& ik = *ctx.actor.portaal;
    spoor.huishouden_id = ik.huishouden_id;
    vereis_netwerkbeheer(tx, ik);
    const auto netwerk = store::netwerkleden(tx, ik.huishouden_id);
    const auto naam_van = [&](const std::string& id) {
      const auto n = std::ranges::find(netwerk, id, &store::NetwerklidRecord::id);
      return n == netwerk.end() ? std::string{} : n->naam;
    };
    std::vector<PortaalNetwerkToegang> uit;
    for (const auto& a : store::accounts_van_huishouden(tx, ik.huishouden_id)) {
      if (a.persoon_soort == domain::PersoonSoort::netwerklid)
        uit.push_back({a.persoon_id, naam_van(a.persoon_id), a.rechten, a.aangemaakt_op, false});
    }
    const auto nu = nu_tekst();
    for (const auto& u : store::uitnodigingen(tx, ik.huishouden_id)) {
      if (u.persoon_soort != domain::PersoonSoort::netwerklid || !open_uitnodiging(u, nu)) continue;
      if (std::ranges::find(uit, u.persoon_id, &PortaalNetwerkToegang::persoon_id) == uit.end())
        uit.push_back({u.persoon_id, naam_van(u.persoon_id), u.rechten, {}, true});
    }
    return uit;
  });
}

void Portaal::netwerk_intrekken(const Context& ctx, const std::string& persoon_id) {
  uitvoeren(ctx, "portaal.netwerk_intrekken", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto& ik = *ctx.actor.portaal;
    spoor.huishouden_id = ik.huishouden_id;
    vereis_netwerkbeheer(tx, ik);
    const auto netwerk = store::netwerkleden(tx, ik.huishouden_id);
    if (std::ranges::find(netwerk, persoon_id, &store::NetwerklidRecord::id) == netwerk.end())
      throw NotFound("Deze persoon hoort niet bij het netwerk van uw huishouden.");
    if (!store::portaaltoegang_beeindigen(tx, ik.huishouden_id, persoon_id, nu_tekst()))
      throw NotFound("Deze persoon heeft geen toegang en geen open uitnodiging.");
  });
}

}  // namespace regie::service
