#include "service/basiseisen.hpp"

#include <algorithm>
#include <map>

#include "service/invoer.hpp"
#include "service/toegang.hpp"
#include "store/beheer_store.hpp"

namespace regie::service {
namespace {

using domain::Gebruikersrol;

// Whose requirements the actor keeps: the agendahouder every organisation's of the gemeente, an
// aandachtsfunctionaris his own organisation's. Looked up once per use case.
struct EisRechten {
  bool agendahouder = false;
  std::optional<std::string> eigen;

  bool mag(const std::string& organisatie_id) const { return agendahouder || eigen == organisatie_id; }
};

EisRechten eis_rechten(store::Tx& tx, const Context& ctx) {
  EisRechten r;
  r.agendahouder = ctx.actor.heeft(Gebruikersrol::agendahouder);
  if (!r.agendahouder && ctx.actor.heeft(Gebruikersrol::aandachtsfunctionaris))
    r.eigen = eigen_organisatie(tx, ctx);
  return r;
}

// The aandachtsfunctionaris and the managers of the organisation (the role is checked first).
void vereis_scholing_van(store::Tx& tx, const Context& ctx, const std::string& organisatie_id) {
  if (eigen_organisatie(tx, ctx) != organisatie_id)
    throw Forbidden("De scholing van regisseurs houdt hun eigen organisatie bij.");
}

store::OrganisatieRecord vind_organisatie(store::Tx& tx, const Context& ctx, const std::string& id) {
  auto o = store::organisatie(tx, id);
  if (!o || o->gemeente_id != ctx.actor.gemeente_id) throw NotFound("Deze organisatie bestaat niet.");
  return *o;
}

}  // namespace

std::vector<OrganisatieBasiseisen> Basiseisen::matrix(const Context& ctx) {
  return lezend_uitvoeren(ctx, "basiseisen.lezen", [&](store::Tx& tx, Auditspoor&) {
    std::map<std::pair<std::string, domain::Basiseis>, store::BasiseisRecord> vastgelegd;
    for (auto& b : store::basiseisen_van_gemeente(tx, ctx.actor.gemeente_id))
      vastgelegd.emplace(std::pair{b.organisatie_id, b.eis}, std::move(b));
    const auto feiten = store::organisatiefeiten(tx, ctx.actor.gemeente_id);

    const auto rechten = eis_rechten(tx, ctx);
    std::vector<OrganisatieBasiseisen> uit;
    for (const auto& o : store::organisaties(tx, ctx.actor.gemeente_id)) {  // by name
      if (!rechten.mag(o.id)) continue;
      OrganisatieBasiseisen rij;
      rij.organisatie_id = o.id;
      rij.naam = o.naam;
      const auto f = feiten.contains(o.id) ? feiten.at(o.id) : domain::OrganisatieFeiten{};
      rij.regisseurs = f.regisseurs;
      rij.met_basistraining = f.met_basistraining;
      for (const auto& info : domain::basiseisen()) {
        BasiseisCel cel;
        cel.eis = info.eis;
        if (const auto v = vastgelegd.find({o.id, info.eis}); v != vastgelegd.end())
          cel.vastgelegd = v->second;
        const auto hand = cel.vastgelegd ? std::optional{cel.vastgelegd->voldaan} : std::nullopt;
        cel.uitkomst = domain::basiseis_uitkomst(info.eis, hand, f);
        cel.tegenspraak = domain::spreekt_gegevens_tegen(info.eis, hand, f);
        rij.eisen.push_back(std::move(cel));
      }
      uit.push_back(std::move(rij));
    }
    return uit;
  });
}

void Basiseisen::vastleggen(const Context& ctx, const std::string& organisatie_id,
                            const BasiseisInvoer& invoer) {
  InvoerControle controle;
  controle.niet_na_vandaag("datum", invoer.datum, vandaag());
  if (invoer.voldaan) {
    controle.verplicht("bewijs", invoer.bewijs, kMaxLangeTekst);
  } else {
    controle.maximaal("bewijs", invoer.bewijs);
  }
  controle.afronden("Basiseis");
  uitvoeren(ctx, "basiseis.vastleggen", [&](store::Tx& tx, Auditspoor&) {
    vind_organisatie(tx, ctx, organisatie_id);
    if (!eis_rechten(tx, ctx).mag(organisatie_id)) {
      throw Forbidden(
          "De basiseisen houden de agendahouder en de aandachtsfunctionaris van de organisatie bij.");
    }
    store::basiseis_vastleggen(tx, {organisatie_id, invoer.eis, invoer.voldaan, invoer.datum, invoer.bewijs,
                                    ctx.actor.id, nu_tekst()});
  });
}

std::vector<store::RegisseurScholing> Basiseisen::scholing(const Context& ctx,
                                                           const std::string& organisatie_id) {
  return lezend_uitvoeren(ctx, "basistraining.lezen", [&](store::Tx& tx, Auditspoor&) {
    vind_organisatie(tx, ctx, organisatie_id);
    vereis_scholing_van(tx, ctx, organisatie_id);
    return store::regisseurs_scholing(tx, organisatie_id);
  });
}

void Basiseisen::basistraining_vastleggen(const Context& ctx, const std::string& medewerker_id,
                                          const std::optional<domain::Datum>& datum) {
  if (datum) {
    InvoerControle controle;
    controle.niet_na_vandaag("datum", *datum, vandaag());
    controle.afronden("Basistraining");
  }
  uitvoeren(ctx, "basistraining.vastleggen", [&](store::Tx& tx, Auditspoor&) {
    vind_medewerker_in_gemeente(tx, ctx, medewerker_id);
    const auto m = store::medewerker(tx, medewerker_id);
    vereis_scholing_van(tx, ctx, m->organisatie_id);
    if (std::ranges::find(m->rollen, Gebruikersrol::regisseur) == m->rollen.end()) {
      throw BadRequest("De basistraining geldt voor regisseurs.",
                       {{"medewerkerId", "Kies een medewerker met de rol regisseur."}});
    }
    store::basistraining_vastleggen(tx, medewerker_id, datum, ctx.actor.id, nu_tekst());
  });
}

}  // namespace regie::service
