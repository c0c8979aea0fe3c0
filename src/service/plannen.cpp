#include "service/plannen.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "domain/afgeschermd_tegen.hpp"
#include "domain/ondertekening.hpp"
#include "service/huishoudens.hpp"
#include "service/invoer.hpp"
#include "service/plan_context.hpp"
#include "service/plan_pdf.hpp"
#include "service/toegang.hpp"
#include "store/beheer_store.hpp"
#include "store/huishouden_store.hpp"
#include "store/ids.hpp"
#include "store/portaal_store.hpp"
#include "store/toegang_store.hpp"

namespace regie::service {
namespace {

using domain::PersoonSoort;

domain::PlanContext plan_context(store::Tx& tx, const store::HuishoudenRecord& h,
                                 const std::string& opgesteld_op, domain::Datum vandaag) {
  const auto leden = store::gezinsleden(tx, h.id);
  PlanOmstandigheden o{
      h.niveau, {}, evaluatie_termijn(tx, h, store::actieve_regisseurs(tx, h.id)), std::nullopt};
  for (const auto& lid : leden) o.gezinsleden.push_back(&lid);
  if (const auto vp = store::veiligheidsplan_versies(tx, h.id); !vp.empty())
    o.veiligheidsplan_opgesteld_op = vp.front().opgesteld_op;
  return service::plan_context(o, opgesteld_op, vandaag);
}

bool is_lid(const std::vector<store::GezinslidRecord>& leden, const std::string& id) {
  return std::ranges::find(leden, id, &store::GezinslidRecord::id) != leden.end();
}

bool is_netwerklid(const std::vector<store::NetwerklidRecord>& netwerk, const std::string& id) {
  return std::ranges::find(netwerk, id, &store::NetwerklidRecord::id) != netwerk.end();
}

// Checks the plan against the household and gives new goals and actions their ids.
void ondersteuningsplan_controleren(store::Tx& tx, const Context& ctx, const store::HuishoudenRecord& h,
                                    domain::Ondersteuningsplan& plan) {
  const auto leden = store::gezinsleden(tx, h.id);
  const auto netwerk = store::netwerkleden(tx, h.id);
  InvoerControle c;
  if (h.niveau >= domain::Niveau::twee && plan.variant == domain::PlanVariant::preventief) {
    c.fout("variant", "Vanaf niveau 2 is het plan regulier; de preventieve vorm hoort bij niveau 1.");
  }
  c.maximaal("eigenWoorden", plan.eigen_woorden);
  if (plan.leefgebieden.size() > kMaxOnderdelen) c.fout("leefgebieden", "Te veel onderdelen.");
  for (std::size_t i = 0; i < plan.leefgebieden.size(); ++i) {
    const auto& l = plan.leefgebieden[i];
    const std::string pad = "leefgebieden[" + std::to_string(i) + "]";
    if (l.gezinslid_id && !is_lid(leden, *l.gezinslid_id))
      c.fout(pad + ".gezinslidId", "Kies een gezinslid van dit huishouden.");
    c.maximaal(pad + ".krachten", l.krachten);
    c.maximaal(pad + ".zorgen", l.zorgen);
    c.maximaal(pad + ".eerdereHulp", l.eerdere_hulp);
  }
  if (plan.doelen.size() > kMaxDoelen)
    c.fout("doelen", "Hoogstens " + std::to_string(kMaxDoelen) + " doelen.");
  std::set<std::string> ids;
  for (std::size_t i = 0; i < plan.doelen.size(); ++i) {
    auto& d = plan.doelen[i];
    const std::string pad = "doelen[" + std::to_string(i) + "]";
    if (d.id.empty()) d.id = store::nieuwe_id();
    if (!ids.insert(d.id).second) c.fout(pad + ".id", "Dit doel staat er twee keer in.");
    c.verplicht(pad + ".omschrijving", d.omschrijving, kMaxLangeTekst);
    if (d.gezinslid_id && !is_lid(leden, *d.gezinslid_id))
      c.fout(pad + ".gezinslidId", "Kies een gezinslid van dit huishouden.");
    if (d.acties.size() > kMaxActiesPerDoel)
      c.fout(pad + ".acties", "Hoogstens " + std::to_string(kMaxActiesPerDoel) + " acties per doel.");
    for (std::size_t j = 0; j < d.acties.size(); ++j) {
      auto& a = d.acties[j];
      const std::string apad = pad + ".acties[" + std::to_string(j) + "]";
      if (a.id.empty()) a.id = store::nieuwe_id();
      if (!ids.insert(a.id).second) c.fout(apad + ".id", "Deze actie staat er twee keer in.");
      c.verplicht(apad + ".omschrijving", a.omschrijving, kMaxLangeTekst);
      if (!a.eigenaar) continue;
      const auto& e = *a.eigenaar;
      const bool bekend = e.soort == PersoonSoort::gezinslid    ? is_lid(leden, e.id)
                          : e.soort == PersoonSoort::netwerklid ? is_netwerklid(netwerk, e.id)
                                                                : werkt_in_gemeente(tx, ctx, e.id);
      if (!bekend)
        c.fout(apad + ".eigenaar",
               "Kies een gezinslid, netwerklid of medewerker die bij dit huishouden bekend is.");
    }
  }
  std::set<std::string> kinderen;
  for (std::size_t i = 0; i < plan.kindcheck.size(); ++i) {
    const auto& k = plan.kindcheck[i];
    const std::string pad = "kindcheck[" + std::to_string(i) + "]";
    if (!is_lid(leden, k.gezinslid_id))
      c.fout(pad + ".gezinslidId", "Kies een gezinslid van dit huishouden.");
    if (!kinderen.insert(k.gezinslid_id).second)
      c.fout(pad + ".gezinslidId", "Dit kind staat er twee keer in.");
    c.maximaal(pad + ".toelichting", k.toelichting);
  }
  c.afronden("Ondersteuningsplan");
}

bool mag_zien(const Context& ctx, const domain::AfgeschermdDeel& deel) {
  return ctx.actor.systeem ||
         std::ranges::find(deel.zichtbaar_voor, ctx.actor.id) != deel.zichtbaar_voor.end();
}

// Shielded parts the reader is not named on are left out entirely: no title, no hint that they exist.
void filter_afgeschermd(const Context& ctx, domain::Veiligheidsplan& plan) {
  std::erase_if(plan.afgeschermd, [&](const auto& deel) { return !mag_zien(ctx, deel); });
}

void veiligheidsplan_controleren(store::Tx& tx, const Context& ctx, const std::string& huishouden_id,
                                 domain::Veiligheidsplan& plan, const std::set<std::string>& verborgen_ids) {
  const auto leden = store::gezinsleden(tx, huishouden_id);
  InvoerControle c;
  c.maximaal("zorgenEnGevaren", plan.zorgen_en_gevaren);
  c.maximaal("veiligheidsdoel", plan.veiligheidsdoel);
  c.maximaal("monitoring", plan.monitoring);
  c.maximaal("eigenVoorstellen", plan.eigen_voorstellen);
  c.maximaal("omgevingNorm", plan.omgeving_norm);
  c.maximaal("omgevingBetrokken", plan.omgeving_betrokken);
  if (plan.eigen_voorstellen_overgenomen && is_leeg(plan.eigen_voorstellen)) {
    c.fout(
        "eigenVoorstellenOvergenomen",
        "Beschrijf eerst wat het huishouden en het netwerk zelf voorstelden; daarna of het is overgenomen.");
  }
  if (plan.voorwaarden.size() > kMaxOnderdelen || plan.afspraken.size() > kMaxOnderdelen ||
      plan.signalen.size() > kMaxOnderdelen || plan.afgeschermd.size() > kMaxOnderdelen) {
    c.fout("plan", "Te veel onderdelen.");
  }
  for (std::size_t i = 0; i < plan.voorwaarden.size(); ++i) {
    c.verplicht("voorwaarden[" + std::to_string(i) + "].omschrijving", plan.voorwaarden[i].omschrijving,
                kMaxLangeTekst);
  }
  for (std::size_t i = 0; i < plan.afspraken.size(); ++i) {
    const std::string pad = "afspraken[" + std::to_string(i) + "]";
    c.verplicht(pad + ".wie", plan.afspraken[i].wie);
    c.verplicht(pad + ".wat", plan.afspraken[i].wat, kMaxLangeTekst);
  }
  for (std::size_t i = 0; i < plan.signalen.size(); ++i) {
    const std::string pad = "signalen[" + std::to_string(i) + "]";
    c.verplicht(pad + ".signaal", plan.signalen[i].signaal, kMaxLangeTekst);
    c.verplicht(pad + ".actie", plan.signalen[i].actie, kMaxLangeTekst);
  }
  std::set<std::string> ids;
  for (std::size_t i = 0; i < plan.afgeschermd.size(); ++i) {
    auto& d = plan.afgeschermd[i];
    const std::string pad = "afgeschermd[" + std::to_string(i) + "]";
    if (d.id.empty()) d.id = store::nieuwe_id();
    if (verborgen_ids.contains(d.id) || !ids.insert(d.id).second)
      c.fout(pad + ".id", "Onbekend of dubbel afgeschermd deel.");
    c.verplicht(pad + ".titel", d.titel);
    c.verplicht(pad + ".inhoud", d.inhoud, kMaxLangeTekst);
    if (d.zichtbaar_voor.empty())
      c.fout(pad + ".zichtbaarVoor", "Noem ten minste één medewerker die dit deel mag zien.");
    std::ranges::sort(d.zichtbaar_voor);
    d.zichtbaar_voor.erase(std::unique(d.zichtbaar_voor.begin(), d.zichtbaar_voor.end()),
                           d.zichtbaar_voor.end());
    for (const auto& m : d.zichtbaar_voor) {
      if (!werkt_in_gemeente(tx, ctx, m)) {
        c.fout(pad + ".zichtbaarVoor", "Kies medewerkers van organisaties die in deze gemeente werken.");
        break;
      }
    }
    std::ranges::sort(d.tegen);
    d.tegen.erase(std::unique(d.tegen.begin(), d.tegen.end()), d.tegen.end());
    if (std::ranges::any_of(d.tegen, [&](const auto& lid) { return !is_lid(leden, lid); }))
      c.fout(pad + ".tegen", "Kies gezinsleden van dit huishouden.");
  }
  c.afronden("Veiligheidsplan");
}

std::optional<int> nieuwste(const std::vector<store::PlanKop>& versies) {
  return versies.empty() ? std::nullopt : std::optional{versies.front().versie};
}

void vereis_basis(const std::vector<store::PlanKop>& versies, std::optional<int> basis) {
  conflict_als(nieuwste(versies) != basis);
}

}  // namespace

OndersteuningsplanLezing Plannen::ondersteuningsplan_opslaan(const Context& ctx,
                                                             const std::string& huishouden_id,
                                                             domain::Ondersteuningsplan plan,
                                                             std::optional<int> basis_versie) {
  return uitvoeren(ctx, "ondersteuningsplan.opslaan", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor);
    vereis_open(h);
    ondersteuningsplan_controleren(tx, ctx, h, plan);
    const auto versies = store::ondersteuningsplan_versies(tx, huishouden_id);
    vereis_basis(versies, basis_versie);
    store::OndersteuningsplanRecord r;
    r.kop = {store::nieuwe_id(), huishouden_id, nieuwste(versies).value_or(0) + 1, ctx.actor.id, nu_tekst()};
    r.plan = std::move(plan);
    store::ondersteuningsplan_invoegen(tx, r);
    store::huishouden_versie_ophogen(tx, huishouden_id);
    return OndersteuningsplanLezing{
        r, domain::check_plan(r.plan, plan_context(tx, h, r.kop.opgesteld_op, vandaag()))};
  });
}

int Plannen::plan_van_huishouden_opslaan(const Context& ctx, PlanVanHuishouden invoer) {
  return uitvoeren(ctx, "portaal.plan_opslaan", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto& ik = *ctx.actor.portaal;
    spoor.huishouden_id = ik.huishouden_id;
    const auto h = store::huishouden(tx, ik.huishouden_id);
    if (!h) throw NotFound("Dit huishouden bestaat niet meer.");
    const auto regisseurs = store::actieve_regisseurs(tx, h->id);
    const bool regisseur = std::ranges::any_of(regisseurs, [&](const auto& r) {
      return r.rol == domain::Rol::casus && r.persoon_id == ik.persoon_id;
    });
    if (!regisseur || h->afgeschermd || h->niveau != domain::Niveau::een)
      throw Forbidden("Alleen wie op niveau 1 zelf de regie heeft, houdt hier het plan bij.");
    vereis_open(*h);
    const auto versies = store::ondersteuningsplan_versies(tx, h->id);
    vereis_basis(versies, invoer.basis_versie);
    const auto huidig = store::ondersteuningsplan(tx, h->id, std::nullopt);
    domain::Ondersteuningsplan plan = huidig ? huidig->plan : domain::Ondersteuningsplan{};
    plan.variant = domain::PlanVariant::preventief;
    plan.eigen_woorden = std::move(invoer.eigen_woorden);
    plan.evaluatiedatum = invoer.evaluatiedatum;
    // Progress stays with each action it belongs to; new actions start open.
    std::map<std::string, domain::ActieStatus> voortgang;
    for (const auto& oud : plan.doelen)
      for (const auto& a : oud.acties) voortgang[a.id] = a.status;
    for (auto& d : invoer.doelen) {
      for (auto& a : d.acties) {
        const auto was = voortgang.find(a.id);
        a.status = was == voortgang.end() ? domain::ActieStatus::open : was->second;
      }
    }
    plan.doelen = std::move(invoer.doelen);
    ondersteuningsplan_controleren(tx, ctx, *h, plan);
    store::OndersteuningsplanRecord r;
    r.kop = {store::nieuwe_id(), h->id, nieuwste(versies).value_or(0) + 1, ik.persoon_id, nu_tekst()};
    r.plan = std::move(plan);
    store::ondersteuningsplan_invoegen(tx, r);
    store::huishouden_versie_ophogen(tx, h->id);
    return r.kop.versie;
  });
}

std::vector<domain::Bevinding> Plannen::ondersteuningsplan_toetsen(
    const Context& ctx, const std::string& huishouden_id, const domain::Ondersteuningsplan& concept_plan) {
  return lezend_uitvoeren(ctx, "ondersteuningsplan.toetsen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor);
    return domain::check_plan(concept_plan, plan_context(tx, h, nu_tekst(), vandaag()));
  });
}

std::string Plannen::ondersteuningsplan_pdf(const Context& ctx, const std::string& huishouden_id) {
  return lezend_uitvoeren(ctx, "ondersteuningsplan.pdf_lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::lezen, spoor);
    const auto plan = plan_in_gewone_woorden(tx, h, "");
    if (!plan.versie) throw NotFound("Er is nog geen ondersteuningsplan.");
    return plan_als_pdf(h.naam, plan, vandaag());
  });
}

std::optional<OndersteuningsplanLezing> Plannen::ondersteuningsplan(const Context& ctx,
                                                                    const std::string& huishouden_id,
                                                                    std::optional<int> versie) {
  return lezend_uitvoeren(ctx, "ondersteuningsplan.lezen",
                          [&](store::Tx& tx, Auditspoor& spoor) -> std::optional<OndersteuningsplanLezing> {
                            const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::lezen, spoor);
                            auto r = store::ondersteuningsplan(tx, huishouden_id, versie);
                            if (!r) {
                              if (versie)
                                throw NotFound("Deze versie van het ondersteuningsplan bestaat niet.");
                              return std::nullopt;
                            }
                            auto bevindingen = domain::check_plan(
                                r->plan, plan_context(tx, h, r->kop.opgesteld_op, vandaag()));
                            auto ondertekeningen = store::ondertekeningen(tx, r->kop.id);
                            auto vrijgave = store::vrijgave(tx, r->kop.id);
                            return OndersteuningsplanLezing{std::move(*r), std::move(bevindingen),
                                                            std::move(ondertekeningen), std::move(vrijgave)};
                          });
}

std::vector<store::PlanKop> Plannen::ondersteuningsplan_versies(const Context& ctx,
                                                                const std::string& huishouden_id) {
  return lezend_uitvoeren(ctx, "ondersteuningsplan.versies_lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    laad_huishouden(tx, ctx, huishouden_id, Handeling::lezen, spoor);
    return store::ondersteuningsplan_versies(tx, huishouden_id);
  });
}

void Plannen::ondersteuningsplan_ondertekenen(const Context& ctx, const std::string& huishouden_id,
                                              int versie, const std::string& gezinslid_id) {
  uitvoeren(ctx, "ondersteuningsplan.ondertekenen", [&](store::Tx& tx, Auditspoor& spoor) {
    vereis_open(laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor));
    spoor.personen = {gezinslid_id};
    const auto lid = store::gezinslid(tx, gezinslid_id);
    if (!lid || lid->huishouden_id != huishouden_id || lid->geboorte.verwacht) {
      throw BadRequest("Alleen een gezinslid ondertekent het plan.",
                       {{"gezinslidId", "Kies een (geboren) gezinslid van dit huishouden."}});
    }
    const auto versies = store::ondersteuningsplan_versies(tx, huishouden_id);
    if (nieuwste(versies) != versie) {
      throw Conflict("Alleen de nieuwste versie van het plan kan worden ondertekend; laad het plan opnieuw.");
    }
    // Each member signs a version once, in the portal or on paper; the first signature also marks the plan.
    const auto plan = store::ondersteuningsplan(tx, huishouden_id, versie);
    for (const auto& o : store::ondertekeningen(tx, plan->kop.id))
      if (o.gezinslid_id == gezinslid_id) throw Conflict("Dit gezinslid heeft deze versie al ondertekend.");
    store::ondersteuningsplan_ondertekenen(tx, plan->kop.id, gezinslid_id, nu_tekst());
    store::ondertekening_invoegen(
        tx, {store::nieuwe_id(), plan->kop.id, huishouden_id, gezinslid_id, "papier", "",
             store::sha256_hex(domain::plan_inhoud_canoniek(plan->plan)), ctx.actor.id, nu_tekst()});
  });
}

void Plannen::ondersteuningsplan_vrijgeven(const Context& ctx, const std::string& huishouden_id, int versie) {
  uitvoeren(ctx, "ondersteuningsplan.vrijgeven", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor);
    vereis_open(h);
    if (!h.afgeschermd)
      throw Conflict(
          "Dit huishouden valt niet onder afgeschermde regie: het ziet zijn plan al in het portaal.");
    const auto plan = store::ondersteuningsplan(tx, huishouden_id, std::nullopt);
    if (!plan || plan->kop.versie != versie)
      throw Conflict("Alleen de nieuwste versie van het plan kan worden vrijgegeven; laad het plan opnieuw.");
    if (!store::vrijgave_invoegen(tx, {plan->kop.id, huishouden_id, ctx.actor.id, nu_tekst()}))
      throw Conflict("Deze versie is al vrijgegeven.");
  });
}

void Plannen::actie_bijwerken(const Context& ctx, const std::string& huishouden_id,
                              const std::string& actie_id, domain::ActieStatus status, int status_versie) {
  uitvoeren(ctx, "actie.bijwerken", [&](store::Tx& tx, Auditspoor& spoor) {
    vereis_open(laad_huishouden(tx, ctx, huishouden_id, Handeling::eigen_actie, spoor));
    auto stand = store::actie_in_huidig_plan(tx, huishouden_id, actie_id);
    if (!stand) throw NotFound("Deze actie staat niet in het huidige plan.");
    const auto b = banden(tx, ctx, huishouden_id, nu_tekst());
    const bool eigenaar = stand->actie.eigenaar && stand->actie.eigenaar->soort == PersoonSoort::medewerker &&
                          stand->actie.eigenaar->id == ctx.actor.id;
    if (!ctx.actor.systeem && !mag(Handeling::regie, b) && !eigenaar) {
      throw Forbidden("Alleen de regisseurs en wie de actie uitvoert, kunnen de voortgang bijwerken.");
    }
    if (stand->status_versie != status_versie) conflict_als(true);
    conflict_als(!store::actie_status_zetten(tx, *stand, status, ctx.actor.id, nu_tekst()));
  });
}

VeiligheidsplanLezing Plannen::veiligheidsplan_opslaan(const Context& ctx, const std::string& huishouden_id,
                                                       domain::Veiligheidsplan plan,
                                                       std::optional<int> basis_versie) {
  return uitvoeren(ctx, "veiligheidsplan.opslaan", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor);
    vereis_open(h);
    const auto versies = store::veiligheidsplan_versies(tx, huishouden_id);
    vereis_basis(versies, basis_versie);
    // The writer cannot see every shielded part: those stay exactly as they were.
    std::vector<domain::AfgeschermdDeel> verborgen;
    std::set<std::string> al_genoemd;
    if (const auto vorige = store::veiligheidsplan(tx, huishouden_id, std::nullopt)) {
      al_genoemd = domain::afgeschermd_tegen(vorige->plan);
      for (const auto& deel : vorige->plan.afgeschermd) {
        if (!mag_zien(ctx, deel)) verborgen.push_back(deel);
      }
    }
    std::set<std::string> verborgen_ids;
    for (const auto& d : verborgen) verborgen_ids.insert(d.id);
    veiligheidsplan_controleren(tx, ctx, huishouden_id, plan, verborgen_ids);
    plan.afgeschermd.insert(plan.afgeschermd.end(), verborgen.begin(), verborgen.end());

    store::VeiligheidsplanRecord r;
    r.kop = {store::nieuwe_id(), huishouden_id, nieuwste(versies).value_or(0) + 1, ctx.actor.id, nu_tekst()};
    r.plan = std::move(plan);
    store::veiligheidsplan_invoegen(tx, r);
    store::huishouden_versie_ophogen(tx, huishouden_id);
    // A member newly named as shielded against loses portal access he got without that decision.
    std::vector<std::string> beeindigd;
    for (const auto& persoon : domain::afgeschermd_tegen(r.plan)) {
      if (al_genoemd.contains(persoon)) continue;
      if (store::portaaltoegang_beeindigen(tx, huishouden_id, persoon, nu_tekst())) {
        beeindigd.push_back(persoon);
        spoor.personen.push_back(persoon);
      }
    }
    filter_afgeschermd(ctx, r.plan);
    return VeiligheidsplanLezing{
        r, domain::check_plan(r.plan, plan_context(tx, h, r.kop.opgesteld_op, vandaag())), beeindigd};
  });
}

std::optional<VeiligheidsplanLezing> Plannen::veiligheidsplan(const Context& ctx,
                                                              const std::string& huishouden_id,
                                                              std::optional<int> versie) {
  return lezend_uitvoeren(ctx, "veiligheidsplan.lezen",
                          [&](store::Tx& tx, Auditspoor& spoor) -> std::optional<VeiligheidsplanLezing> {
                            const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::lezen, spoor);
                            auto r = store::veiligheidsplan(tx, huishouden_id, versie);
                            if (!r) {
                              if (versie) throw NotFound("Deze versie van het veiligheidsplan bestaat niet.");
                              return std::nullopt;
                            }
                            filter_afgeschermd(ctx, r->plan);
                            auto bevindingen = domain::check_plan(
                                r->plan, plan_context(tx, h, r->kop.opgesteld_op, vandaag()));
                            return VeiligheidsplanLezing{std::move(*r), std::move(bevindingen)};
                          });
}

std::vector<store::PlanKop> Plannen::veiligheidsplan_versies(const Context& ctx,
                                                             const std::string& huishouden_id) {
  return lezend_uitvoeren(ctx, "veiligheidsplan.versies_lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    laad_huishouden(tx, ctx, huishouden_id, Handeling::lezen, spoor);
    return store::veiligheidsplan_versies(tx, huishouden_id);
  });
}

}  // namespace regie::service
