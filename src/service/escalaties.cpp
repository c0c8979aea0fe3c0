#include "service/escalaties.hpp"

#include <algorithm>

#include "service/huishoudens.hpp"
#include "service/invoer.hpp"
#include "service/meldingen.hpp"
#include "service/toegang.hpp"
#include "store/ids.hpp"

namespace regie::service {
namespace {

std::string informeren_tekst(domain::InformerenFout fout) {
  switch (fout) {
    case domain::InformerenFout::niet_in_keten:
      return "Op dit niveau hoort deze partij niet in de escalatieketen.";
    case domain::InformerenFout::al_geinformeerd:
      return "Deze partij is al geïnformeerd.";
    case domain::InformerenFout::eerdere_stap_open:
      return "Informeer eerst de partijen die eerder in de keten staan (eerst de manager, dan directie of "
             "bestuur), of leg bij 'Reden om over te slaan' vast waarom u een stap overslaat.";
  }
  return {};
}

store::EscalatieRecord laad_escalatie(store::Tx& tx, const std::string& huishouden_id,
                                      const std::string& id) {
  auto e = store::escalatie(tx, id);
  if (!e || e->huishouden_id != huishouden_id) throw NotFound("Deze escalatie bestaat niet.");
  if (e->gesloten_op) throw Conflict("Deze escalatie is al gesloten.");
  return *e;
}

}  // namespace

std::string Escalaties::openen(const Context& ctx, const std::string& huishouden_id,
                               domain::EscalatieAanleiding soort, const std::string& toelichting) {
  InvoerControle controle;
  controle.verplicht("toelichting", toelichting, kMaxLangeTekst);
  controle.afronden("Escalatie");
  return uitvoeren(ctx, "escalatie.openen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor);
    vereis_open(h);
    store::EscalatieRecord e;
    e.id = store::nieuwe_id();
    e.huishouden_id = huishouden_id;
    e.soort = soort;
    e.toelichting = toelichting;
    e.niveau = h.niveau;
    e.geopend_door = ctx.actor.id;
    e.geopend_op = nu_tekst();
    store::escalatie_invoegen(tx, e);
    spoor.meldingen =
        meldingen_over(tx, ctx, domain::MeldingSoort::escalatie_geopend, huishouden_id, e.geopend_op);
    return e.id;
  });
}

void Escalaties::informeren(const Context& ctx, const std::string& huishouden_id,
                            const std::string& escalatie_id, const MeldingInvoer& m, int versie) {
  const auto datum = m.datum.value_or(vandaag());
  InvoerControle controle;
  controle.verplicht("toelichting", m.toelichting, kMaxLangeTekst);
  controle.verplicht("wie", m.wie);
  controle.niet_na_vandaag("datum", datum, vandaag(),
                           "Kies de dag waarop u deze persoon informeerde: vandaag of eerder.");
  controle.maximaal("redenOverslaan", m.reden_overslaan);
  controle.afronden("Melding");
  uitvoeren(ctx, "escalatie.informeren", [&](store::Tx& tx, Auditspoor& spoor) {
    laad_huishouden(tx, ctx, huishouden_id, Handeling::escalatie, spoor);
    const auto e = laad_escalatie(tx, huishouden_id, escalatie_id);
    if (domain::format_datum(datum) < e.geopend_op.substr(0, 10)) {
      throw BadRequest("De melding is niet vastgelegd.",
                       {{"datum", "Deze datum ligt vóór de opening van de escalatie."}});
    }
    std::vector<domain::EscalatiePartij> al;
    for (const auto& eerder : e.meldingen) al.push_back(eerder.partij);
    const auto toets = domain::toets_informeren(e.niveau, al, m.partij, !is_leeg(m.reden_overslaan));
    if (toets.fout) {
      const bool reden_ontbreekt = *toets.fout == domain::InformerenFout::eerdere_stap_open;
      throw BadRequest("Deze partij kan nu niet worden geïnformeerd.",
                       {{reden_ontbreekt ? "redenOverslaan" : "partij", informeren_tekst(*toets.fout)}});
    }
    store::EscalatieMeldingRecord melding{
        m.partij, m.toelichting, ctx.actor.id, nu_tekst(), m.wie, domain::format_datum(datum), std::nullopt,
        {}};
    if (!toets.overgeslagen.empty()) melding.reden_overslaan = m.reden_overslaan;
    conflict_als(!store::escalatie_melding_toevoegen(tx, escalatie_id, versie, melding));
  });
}

void Escalaties::sluiten(const Context& ctx, const std::string& huishouden_id,
                         const std::string& escalatie_id, const std::string& uitkomst, int versie) {
  InvoerControle controle;
  controle.verplicht("uitkomst", uitkomst, kMaxLangeTekst);
  controle.afronden("Escalatie");
  uitvoeren(ctx, "escalatie.sluiten", [&](store::Tx& tx, Auditspoor& spoor) {
    laad_huishouden(tx, ctx, huishouden_id, Handeling::escalatie, spoor);
    laad_escalatie(tx, huishouden_id, escalatie_id);
    conflict_als(!store::escalatie_sluiten(tx, escalatie_id, versie, uitkomst, ctx.actor.id, nu_tekst()));
  });
}

std::vector<store::EscalatieRecord> Escalaties::lijst(const Context& ctx, const std::string& huishouden_id) {
  return lezend_uitvoeren(ctx, "escalaties.lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    laad_huishouden(tx, ctx, huishouden_id, Handeling::lezen, spoor);
    return store::escalaties(tx, huishouden_id);
  });
}

}  // namespace regie::service
