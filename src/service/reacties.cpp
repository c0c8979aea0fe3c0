#include "service/reacties.hpp"

#include <algorithm>
#include <map>

#include "service/gezag.hpp"
#include "service/huishoudens.hpp"
#include "service/invoer.hpp"
#include "service/meldingen.hpp"
#include "service/portaal.hpp"
#include "store/ids.hpp"
#include "store/plan_store.hpp"
#include "store/portaal_store.hpp"
#include "store/reactie_store.hpp"

namespace regie::service {
namespace {

// The words each goal of the current plan has now.
struct HuidigPlan {
  std::optional<int> versie;
  std::vector<domain::Doel> doelen;
};

HuidigPlan huidig_plan(store::Tx& tx, const std::string& huishouden_id) {
  const auto plan = store::ondersteuningsplan(tx, huishouden_id, std::nullopt);
  if (!plan) return {};
  return {plan->kop.versie, plan->plan.doelen};
}

Reactie reactie_van(const store::ReactieRecord& r, const HuidigPlan& plan, std::string van) {
  std::string doel;
  if (r.doel_id) {
    if (const auto d = std::ranges::find(plan.doelen, *r.doel_id, &domain::Doel::id); d != plan.doelen.end())
      doel = d->omschrijving;
  }
  return {r.id,          r.soort,
          r.doel_id,     std::move(doel),
          r.plan_versie, std::move(van),
          r.tekst,       r.ingediend_op,
          r.uitkomst,    r.antwoord.value_or(""),
          r.in_versie,   r.beantwoord_op.value_or("")};
}

}  // namespace

std::string Reacties::indienen(const Context& ctx, const ReactieInvoer& invoer) {
  InvoerControle controle;
  controle.verplicht("tekst", invoer.tekst, kMaxLangeTekst);
  controle.afronden("Reactie");
  return uitvoeren(ctx, "portaal.reageren", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto& ik = *ctx.actor.portaal;
    spoor.huishouden_id = ik.huishouden_id;
    if (ik.soort == domain::PersoonSoort::gezinslid) spoor.personen = {ik.persoon_id};
    if (const auto recht = domain::vereist_recht(invoer.soort);
        recht && std::ranges::find(ik.rechten, *recht) == ik.rechten.end())
      throw Forbidden("Uw toegang geeft geen recht om op het plan te reageren.");
    const auto h = store::huishouden(tx, ik.huishouden_id);
    if (!h) throw NotFound("Dit huishouden bestaat niet meer.");
    // Under restricted sharing the plan is not shown, so nothing in it can be reacted on either.
    const auto plan = plan_voor_huishouden(tx, *h) ? huidig_plan(tx, h->id) : HuidigPlan{};
    domain::ReactieAanvraag aanvraag;
    aanvraag.soort = invoer.soort;
    aanvraag.doel_gekozen = invoer.doel_id.has_value();
    aanvraag.plan_zichtbaar = plan.versie.has_value();
    aanvraag.doel_in_plan = invoer.doel_id && std::ranges::find(plan.doelen, *invoer.doel_id,
                                                                &domain::Doel::id) != plan.doelen.end();
    weigeren_bij(domain::reactie_fouten(aanvraag), "Reactie");
    store::ReactieRecord r;
    r.id = store::nieuwe_id();
    r.gemeente_id = ctx.actor.gemeente_id;
    r.huishouden_id = h->id;
    r.persoon_soort = ik.soort;
    r.persoon_id = ik.persoon_id;
    r.soort = invoer.soort;
    r.doel_id = invoer.doel_id;
    r.plan_versie = plan.versie;
    r.tekst = invoer.tekst;
    r.ingediend_op = nu_tekst();
    store::reactie_invoegen(tx, r);
    spoor.meldingen =
        meldingen_over(tx, ctx, domain::MeldingSoort::reactie_huishouden, h->id, r.ingediend_op);
    return r.id;
  });
}

ReactiePagina Reacties::eigen(const Context& ctx, Pagina pagina) {
  InvoerControle controle;
  controleer(pagina, controle);
  controle.afronden("Reacties");
  return lezend_uitvoeren(ctx, "portaal.reacties_lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto& ik = *ctx.actor.portaal;
    spoor.huishouden_id = ik.huishouden_id;
    const auto h = store::huishouden(tx, ik.huishouden_id);
    if (!h) throw NotFound("Dit huishouden bestaat niet meer.");
    // His own, and those of a child of 12 to 15 over whom he holds parental authority (DOMAIN.md §12).
    store::ReactieVraag vraag{h->id, {ik.persoon_id}, false, pagina.grootte, pagina.offset()};
    std::map<std::string, std::string> kinderen;
    const auto gezag = store::gezag_van_huishouden(tx, h->id);
    for (const auto& a : store::accounts_van_huishouden(tx, h->id)) {
      const auto van_kind = std::ranges::find(gezag, a.persoon_id, &store::GezagRecord::kind_id);
      if (!a.ouder_id || van_kind == gezag.end() || !heeft_gezag(*van_kind, ik.persoon_id)) continue;
      vraag.personen.push_back(a.persoon_id);
      if (const auto kind = store::gezinslid(tx, a.persoon_id)) kinderen[a.persoon_id] = kind->voornaam;
      spoor.personen.push_back(a.persoon_id);
    }
    const auto plan = plan_voor_huishouden(tx, *h) ? huidig_plan(tx, h->id) : HuidigPlan{};
    ReactiePagina uit;
    uit.totaal = store::reacties_totaal(tx, vraag);
    for (const auto& r : store::reacties(tx, vraag)) {
      const auto kind = kinderen.find(r.persoon_id);
      uit.items.push_back(reactie_van(r, plan, kind == kinderen.end() ? "u" : kind->second));
    }
    return uit;
  });
}

ReactiePagina Reacties::lijst(const Context& ctx, const std::string& huishouden_id, bool alleen_open,
                              Pagina pagina) {
  InvoerControle controle;
  controleer(pagina, controle);
  controle.afronden("Reacties");
  return lezend_uitvoeren(ctx, "reacties.lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::lezen, spoor);
    const store::ReactieVraag vraag{h.id, {}, alleen_open, pagina.grootte, pagina.offset()};
    const auto plan = huidig_plan(tx, h.id);
    const auto leden = store::gezinsleden(tx, h.id);
    const auto netwerk = store::netwerkleden(tx, h.id);
    const auto naam_van = [&](const store::ReactieRecord& r) -> std::string {
      for (const auto& l : leden)
        if (l.id == r.persoon_id) return l.voornaam + " " + l.achternaam;
      for (const auto& n : netwerk)
        if (n.id == r.persoon_id) return n.naam + " (netwerk)";
      return "iemand die niet meer bij het huishouden hoort";
    };
    ReactiePagina uit;
    uit.totaal = store::reacties_totaal(tx, vraag);
    for (const auto& r : store::reacties(tx, vraag)) {
      uit.items.push_back(reactie_van(r, plan, naam_van(r)));
      if (r.persoon_soort == domain::PersoonSoort::gezinslid) spoor.personen.push_back(r.persoon_id);
    }
    return uit;
  });
}

void Reacties::beantwoorden(const Context& ctx, const std::string& huishouden_id,
                            const std::string& reactie_id, const ReactieAntwoordInvoer& invoer) {
  InvoerControle controle;
  controle.verplicht("antwoord", invoer.antwoord, kMaxLangeTekst);
  controle.afronden("Antwoord");
  uitvoeren(ctx, "reactie.beantwoorden", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor);
    vereis_open(h);
    const auto r = store::reactie(tx, h.id, reactie_id);
    if (!r) throw NotFound("Deze reactie bestaat niet (meer) bij dit huishouden.");
    if (r->persoon_soort == domain::PersoonSoort::gezinslid) spoor.personen = {r->persoon_id};
    if (r->uitkomst) throw Conflict("Deze reactie is al beantwoord. Laad de pagina opnieuw.");
    const auto versie_nu = huidig_plan(tx, h.id).versie;
    weigeren_bij(domain::antwoord_fouten({r->soort, invoer.uitkomst, r->plan_versie, versie_nu}), "Antwoord");
    const store::ReactieAntwoord a{
        invoer.uitkomst, invoer.antwoord,
        invoer.uitkomst == domain::ReactieUitkomst::overgenomen ? versie_nu : std::nullopt, ctx.actor.id,
        nu_tekst()};
    if (!store::reactie_beantwoorden(tx, r->id, a))
      throw Conflict("Deze reactie is al beantwoord. Laad de pagina opnieuw.");
  });
}

}  // namespace regie::service
