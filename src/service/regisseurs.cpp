#include "service/regisseurs.hpp"

#include <algorithm>

#include "service/huishoudens.hpp"
#include "service/invoer.hpp"
#include "service/toegang.hpp"
#include "store/beheer_store.hpp"
#include "store/ids.hpp"

namespace regie::service {
namespace {

using domain::PersoonSoort;
using domain::Rol;

std::vector<domain::Certificering> certificeringen(store::Tx& tx, const std::string& medewerker_id) {
  std::vector<domain::Certificering> out;
  for (const auto& c : store::actuele_certificeringen(tx, medewerker_id)) out.push_back(c.certificering);
  return out;
}

// The candidate as the domain rules see it. `huishouden_id` is used for "does the organisation already
// deliver care": another professional of the same organisation is involved.
domain::Kandidaat kandidaat(store::Tx& tx, PersoonSoort soort, const std::string& persoon_id,
                            const std::string& huishouden_id) {
  domain::Kandidaat k;
  k.soort = soort;
  if (soort != PersoonSoort::medewerker) return k;
  const auto m = store::medewerker(tx, persoon_id);
  if (!m) return k;
  k.certificeringen = certificeringen(tx, persoon_id);
  if (const auto o = store::organisatie(tx, m->organisatie_id)) {
    k.ketens = o->ketens;
    k.regionale_organisatie = o->regionaal;
  }
  for (const auto& b : store::actieve_betrokkenheden(tx, huishouden_id)) {
    if (b.medewerker_id == persoon_id) continue;
    const auto collega = store::medewerker(tx, b.medewerker_id);
    if (collega && collega->organisatie_id == m->organisatie_id) k.organisatie_levert_al_zorg = true;
  }
  return k;
}

void controleer_persoon(store::Tx& tx, const Context& ctx, const std::string& huishouden_id,
                        const ToewijzingInvoer& in) {
  bool bestaat = false;
  switch (in.persoon_soort) {
    case PersoonSoort::medewerker:
      bestaat = werkt_in_gemeente(tx, ctx, in.persoon_id);
      break;
    case PersoonSoort::gezinslid: {
      const auto g = store::gezinslid(tx, in.persoon_id);
      bestaat = g && g->huishouden_id == huishouden_id;
      break;
    }
    case PersoonSoort::netwerklid: {
      const auto n = store::netwerklid(tx, in.persoon_id);
      bestaat = n && n->huishouden_id == huishouden_id;
      break;
    }
  }
  if (!bestaat)
    throw BadRequest("Deze persoon is niet bekend.",
                     {{"persoonId", "Kies een persoon van dit huishouden of een medewerker."}});
  if (in.grondslag.has_value() != !is_leeg(in.grondslag_kenmerk)) {
    throw BadRequest("Geef de grondslag met een kenmerk.",
                     {{in.grondslag ? "grondslagKenmerk" : "grondslag",
                       in.grondslag ? "Noem de afspraak of het besluit, bijvoorbeeld met datum of nummer."
                                    : "Kies een regionale afspraak of een besluit van het Zorg- en "
                                      "Veiligheidshuis bij dit kenmerk."}});
  }
  InvoerControle lengte;
  lengte.maximaal("grondslagKenmerk", in.grondslag_kenmerk, kMaxKorteTekst);
  lengte.afronden("Toewijzing");
  if (in.grondslag && in.persoon_soort != PersoonSoort::medewerker) {
    throw BadRequest("Een grondslag hoort bij een professional.",
                     {{"grondslag", "Laat de grondslag leeg voor een gezinslid of netwerklid."}});
  }
  for (std::size_t i = 0; i < in.aandachtsgebied.size(); ++i) {
    const auto& a = in.aandachtsgebied[i];
    const std::string veld = "aandachtsgebied[" + std::to_string(i) + "]";
    if (a.leefgebied.has_value() == a.gezinslid_id.has_value()) {
      throw BadRequest("Een aandachtsgebied is een leefgebied óf een gezinslid.",
                       {{veld, "Kies een leefgebied of een gezinslid."}});
    }
    if (a.gezinslid_id) {
      const auto g = store::gezinslid(tx, *a.gezinslid_id);
      if (!g || g->huishouden_id != huishouden_id)
        throw BadRequest("Dit gezinslid is niet bekend.", {{veld, "Kies een gezinslid van dit huishouden."}});
    }
  }
}

}  // namespace

void knelpunten_bijwerken(store::Tx& tx, const std::string& huishouden_id, domain::Niveau niveau,
                          const std::string& nu) {
  for (const auto& r : store::actieve_regisseurs(tx, huishouden_id)) {
    const auto k = domain::knelpunt(
        r.rol, niveau, kandidaat(tx, r.persoon_soort, r.persoon_id, huishouden_id), r.bevestigd_tot_niveau);
    if (k != r.knelpunt) store::regisseur_knelpunt_zetten(tx, r.id, k, k ? std::optional{nu} : std::nullopt);
  }
}

ToewijzingUitkomst Regisseurs::toewijzen(const Context& ctx, const std::string& huishouden_id,
                                         const ToewijzingInvoer& invoer) {
  return uitvoeren(ctx, "regisseur.toewijzen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor);
    vereis_open(h);
    controleer_persoon(tx, ctx, huishouden_id, invoer);
    if (invoer.persoon_soort == PersoonSoort::gezinslid) spoor.personen = {invoer.persoon_id};

    const auto huidige = store::actieve_regisseurs(tx, huishouden_id);
    const bool al_proces = std::ranges::any_of(huidige, [](const auto& r) { return r.rol == Rol::proces; });
    const bool zelfde = std::ranges::any_of(
        huidige, [&](const auto& r) { return r.rol == invoer.rol && r.persoon_id == invoer.persoon_id; });
    if (zelfde)
      throw BadRequest("Deze persoon heeft deze rol al.",
                       {{"persoonId", "Deze persoon is al regisseur in deze rol."}});

    const auto k = kandidaat(tx, invoer.persoon_soort, invoer.persoon_id, huishouden_id);
    const auto toets = domain::toets_toewijzing(invoer.rol, h.niveau, k, !invoer.aandachtsgebied.empty(),
                                                al_proces, invoer.grondslag.has_value());
    if (!toets.fouten.empty()) {
      std::vector<InvalidParam> redenen;
      for (auto f : toets.fouten) {
        const std::string veld = f == domain::ToewijzingFout::aandachtsgebied_ontbreekt ? "aandachtsgebied"
                                 : f == domain::ToewijzingFout::niveau_ontbreekt        ? "niveau"
                                 : f == domain::ToewijzingFout::grondslag_ontbreekt     ? "grondslag"
                                                                                        : "persoonId";
        redenen.push_back({veld, std::string{domain::tekst(f)}});
      }
      throw BadRequest("Deze toewijzing kan niet.", std::move(redenen));
    }

    store::RegisseurRecord r;
    r.id = store::nieuwe_id();
    r.huishouden_id = huishouden_id;
    r.rol = invoer.rol;
    r.persoon_soort = invoer.persoon_soort;
    r.persoon_id = invoer.persoon_id;
    r.van = nu_tekst();
    r.toegewezen_door = ctx.actor.id;
    r.grondslag = invoer.grondslag;
    if (invoer.grondslag) r.grondslag_kenmerk = invoer.grondslag_kenmerk;
    if (!toets.waarschuwingen.empty())
      r.waarschuwing = std::string{domain::to_code(toets.waarschuwingen.front())};
    r.aandachtsgebied =
        invoer.rol == Rol::casus ? invoer.aandachtsgebied : std::vector<store::Aandachtsgebied>{};
    store::regisseur_invoegen(tx, r);
    // A professional who holds regie is involved in the household.
    if (invoer.persoon_soort == PersoonSoort::medewerker)
      betrekken(tx, ctx, h, invoer.persoon_id,
                invoer.rol == Rol::casus ? "casusregisseur" : "procesregisseur", r.van, spoor);
    store::huishouden_versie_ophogen(tx, huishouden_id);
    return ToewijzingUitkomst{r.id, toets.waarschuwingen};
  });
}

void Regisseurs::beeindigen(const Context& ctx, const std::string& huishouden_id,
                            const std::string& regisseur_id, int versie) {
  uitvoeren(ctx, "regisseur.beeindigen", [&](store::Tx& tx, Auditspoor& spoor) {
    vereis_open(laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor));
    const auto r = store::regisseur(tx, regisseur_id);
    if (!r || r->huishouden_id != huishouden_id || r->tot)
      throw NotFound("Deze regisseur bestaat niet (meer).");
    conflict_als(!store::regisseur_beeindigen(tx, regisseur_id, versie, nu_tekst()));
    store::huishouden_versie_ophogen(tx, huishouden_id);
  });
}

void Regisseurs::grondslag_vastleggen(const Context& ctx, const std::string& huishouden_id,
                                      const std::string& regisseur_id, domain::Grondslag grondslag,
                                      const std::string& kenmerk, int versie) {
  InvoerControle controle;
  controle.verplicht("grondslagKenmerk", kenmerk);
  controle.afronden("Grondslag");
  uitvoeren(ctx, "regisseur.grondslag_vastleggen", [&](store::Tx& tx, Auditspoor& spoor) {
    vereis_open(laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor));
    const auto r = store::regisseur(tx, regisseur_id);
    if (!r || r->huishouden_id != huishouden_id || r->tot)
      throw NotFound("Deze regisseur bestaat niet (meer).");
    if (r->persoon_soort != PersoonSoort::medewerker) {
      throw BadRequest("Een grondslag hoort bij een professional.",
                       {{"grondslag", "Deze regisseur is een gezinslid of netwerklid."}});
    }
    conflict_als(!store::regisseur_grondslag_zetten(tx, regisseur_id, versie, grondslag, kenmerk));
    store::huishouden_versie_ophogen(tx, huishouden_id);
  });
}

void Regisseurs::profiel_bevestigen(const Context& ctx, const std::string& huishouden_id,
                                    const std::string& regisseur_id, int versie) {
  uitvoeren(ctx, "regisseur.profiel_bevestigen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::profiel_bevestigen, spoor);
    vereis_open(h);
    const auto r = store::regisseur(tx, regisseur_id);
    if (!r || r->huishouden_id != huishouden_id || r->tot)
      throw NotFound("Deze regisseur bestaat niet (meer).");
    if (r->knelpunt != domain::Knelpunt::profiel_onvoldoende || !h.niveau) {
      throw BadRequest("Er is niets te bevestigen.",
                       {{"regisseurId", "Deze regisseur heeft geen tekort in profiel."}});
    }
    if (r->persoon_id == ctx.actor.id) throw Forbidden("U kunt uw eigen profiel niet bevestigen.");
    // Only a qualified colleague: one whose own profile covers what the level asks of this role. Being
    // the regisseur's manager is not enough (DOMAIN.md §7).
    const auto eis = domain::profiel_eis(*h.niveau, r->rol);
    const bool gekwalificeerd = eis && domain::dekt(certificeringen(tx, ctx.actor.id), *eis);
    if (ctx.actor.systeem || !gekwalificeerd) {
      throw Forbidden(
          "Alleen een collega wiens eigen profiel dekt wat dit niveau van deze rol vraagt, kan dit "
          "bevestigen.");
    }
    conflict_als(!store::regisseur_bevestigen(tx, regisseur_id, versie, ctx.actor.id, nu_tekst(), *h.niveau));
  });
}

}  // namespace regie::service
