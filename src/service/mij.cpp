#include "service/mij.hpp"

#include "service/invoer.hpp"
#include "service/toegang.hpp"

namespace regie::service {

using domain::Gebruikersrol;

MijnProfiel Mij::profiel(const Context& ctx) {
  if (ctx.actor.systeem) throw Forbidden("Alleen voor ingelogde medewerkers.");
  return lezend_uitvoeren(ctx, "mij.lezen", [&](store::Tx& tx, Auditspoor&) {
    const auto m = store::medewerker(tx, ctx.actor.id);
    if (!m) throw NotFound("Deze medewerker bestaat niet.");
    const auto o = store::organisatie(tx, m->organisatie_id);
    return MijnProfiel{*m, o ? o->naam : "", store::actuele_certificeringen(tx, ctx.actor.id)};
  });
}

CaseloadPagina Mij::caseload(const Context& ctx, const CaseloadFilter& f) {
  InvoerControle controle;
  controleer(f.pagina, controle);
  if (!store::is_geldige_caseload_sortering(f.sorteer)) {
    controle.fout("sorteer", "Kies naam, niveau, fase of volgendeEvaluatie (met '-' ervoor voor aflopend).");
  }
  if (f.kenmerk && !store::is_geldig_caseload_kenmerk(*f.kenmerk)) {
    controle.fout("kenmerk",
                  "Kies verlopen_acties, open_maatregelen, open_escalatie, profiel_onvoldoende of "
                  "evaluatie_verstreken.");
  }
  controle.afronden("Caseload");
  // Names and levels, not the content of a file; still each household shown gets its own audit line.
  return lezend_uitvoeren(ctx, "caseload.lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    store::CaseloadVraag v;
    v.medewerker_id = ctx.actor.id;
    v.gemeente_id = ctx.actor.gemeente_id;
    v.vandaag = domain::format_datum(vandaag());
    if (f.niveau) v.niveau = domain::nummer(*f.niveau);
    if (f.fase) v.fase = std::string{domain::to_code(*f.fase)};
    v.kenmerk = f.kenmerk;
    v.sorteer = f.sorteer;
    v.limit = f.pagina.grootte;
    v.offset = f.pagina.offset();
    CaseloadPagina pagina{store::caseload(tx, v), store::caseload_totaal(tx, v)};
    for (const auto& rij : pagina.items) spoor.getoond.push_back({rij.id, {}});
    return pagina;
  });
}

MijnActiesPagina Mij::acties(const Context& ctx, bool ook_afgerond, const Pagina& pagina) {
  InvoerControle controle;
  controleer(pagina, controle);
  controle.afronden("Mijn acties");
  return lezend_uitvoeren(ctx, "acties.lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    store::MijnActiesVraag v;
    v.medewerker_id = ctx.actor.id;
    v.gemeente_id = ctx.actor.gemeente_id;
    v.ook_afgerond = ook_afgerond;
    v.limit = pagina.grootte;
    v.offset = pagina.offset();
    MijnActiesPagina uit{store::mijn_acties(tx, v), store::mijn_acties_totaal(tx, v)};
    const auto vandaag_ = domain::format_datum(vandaag());
    for (auto& rij : uit.items) {
      const bool lopend = rij.status == domain::ActieStatus::open || rij.status == domain::ActieStatus::bezig;
      rij.over_tijd = lopend && rij.uiterlijk && *rij.uiterlijk < vandaag_;
      spoor.getoond.push_back({rij.huishouden_id, {}});
    }
    return uit;
  });
}

std::vector<store::TeamlidRij> Mij::team(const Context& ctx) {
  return lezend_uitvoeren(ctx, "team.lezen",
                          [&](store::Tx& tx, Auditspoor&) { return store::team(tx, ctx.actor.id); });
}

std::vector<store::TeamEscalatieRij> Mij::team_escalaties(const Context& ctx) {
  return lezend_uitvoeren(ctx, "team.escalaties_lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    auto rijen = store::team_escalaties(tx, ctx.actor.id, ctx.actor.gemeente_id);
    for (const auto& rij : rijen) spoor.getoond.push_back({rij.huishouden_id, {}});
    return rijen;
  });
}

}  // namespace regie::service
