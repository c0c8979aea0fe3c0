#include "service/kader.hpp"

#include <algorithm>
#include <set>

#include "domain/leeftijd.hpp"
#include "service/huishoudens.hpp"
#include "service/invoer.hpp"
#include "store/huishouden_store.hpp"
#include "store/ids.hpp"

namespace regie::service {
namespace {

// The members a decision names exist in this household; a decision for children only names no adult.
void toets_gezinsleden(InvoerControle& controle, const std::vector<store::GezinslidRecord>& leden,
                       const DwangbesluitInvoer& b) {
  if (b.gezinsleden.empty()) {
    controle.fout("gezinsleden", "Kies voor wie het besluit geldt: minstens één gezinslid.");
    return;
  }
  const auto& regel = domain::regel_voor(b.soort);
  std::set<std::string> gezien;
  for (std::size_t i = 0; i < b.gezinsleden.size(); ++i) {
    const auto veld = "gezinsleden[" + std::to_string(i) + "]";
    if (!gezien.insert(b.gezinsleden[i]).second) {
      controle.fout(veld, "Dit gezinslid staat er al bij.");
      continue;
    }
    const auto lid = std::ranges::find(leden, b.gezinsleden[i], &store::GezinslidRecord::id);
    if (lid == leden.end()) {
      controle.fout(veld, "Dit gezinslid hoort niet bij dit huishouden.");
      continue;
    }
    const auto leeftijd = domain::leeftijd(lid->geboorte, b.datum).leeftijd;
    if (regel.alleen_minderjarigen && leeftijd && leeftijd->jaren() >= domain::kMeerderjarigVanafJaren) {
      controle.fout(veld, "Een " + std::string{regel.naam} + " geldt alleen voor kinderen onder de " +
                              std::to_string(domain::kMeerderjarigVanafJaren) + ".");
    }
  }
}

}  // namespace

KaderOverzicht Kaders::lezen(const Context& ctx, const std::string& huishouden_id) {
  return lezend_uitvoeren(ctx, "kader.lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    laad_huishouden(tx, ctx, huishouden_id, Handeling::lezen, spoor);
    return KaderOverzicht{store::geldend_kader(tx, huishouden_id, domain::format_datum(vandaag())),
                          store::kadergeschiedenis(tx, huishouden_id),
                          store::dwangbesluiten(tx, huishouden_id)};
  });
}

std::string Kaders::kader_vastleggen(const Context& ctx, const std::string& huishouden_id,
                                     const KaderInvoer& invoer) {
  const auto van = invoer.van.value_or(vandaag());
  InvoerControle controle;
  controle.verplicht("toelichting", invoer.toelichting, kMaxLangeTekst);
  controle.niet_na_vandaag("van", van, vandaag(), "Leg een kader vast dat al geldt: vandaag of eerder.");
  controle.afronden("Kader");
  return uitvoeren(ctx, "kader.vastleggen", [&](store::Tx& tx, Auditspoor& spoor) {
    vereis_open(laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor));
    store::KaderRecord k{store::nieuwe_id(), huishouden_id, invoer.kader, domain::format_datum(van),
                         invoer.toelichting, ctx.actor.id,  nu_tekst(),   {}};
    store::kader_invoegen(tx, k);
    return k.id;
  });
}

std::string Kaders::dwangbesluit_vastleggen(const Context& ctx, const std::string& huishouden_id,
                                            const DwangbesluitInvoer& invoer) {
  InvoerControle controle;
  controle.verplicht("toelichting", invoer.toelichting, kMaxLangeTekst);
  controle.niet_na_vandaag("datum", invoer.datum, vandaag(),
                           "De datum van het besluit is vandaag of eerder.");
  if (invoer.einddatum && *invoer.einddatum < invoer.datum)
    controle.fout("einddatum", "De einddatum ligt vóór de datum van het besluit.");
  controle.afronden("Dwangbesluit");
  return uitvoeren(ctx, "dwangbesluit.vastleggen", [&](store::Tx& tx, Auditspoor& spoor) {
    vereis_open(laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor));
    InvoerControle leden;
    toets_gezinsleden(leden, store::gezinsleden(tx, huishouden_id), invoer);
    leden.afronden("Dwangbesluit");
    store::DwangbesluitRecord b{
        store::nieuwe_id(),
        huishouden_id,
        invoer.soort,
        invoer.besluitnemer,
        domain::format_datum(invoer.datum),
        invoer.einddatum ? std::optional{domain::format_datum(*invoer.einddatum)} : std::nullopt,
        invoer.toelichting,
        invoer.gezinsleden,
        ctx.actor.id,
        nu_tekst(),
        1,
        {}};
    store::dwangbesluit_invoegen(tx, b);
    spoor.personen = invoer.gezinsleden;
    return b.id;
  });
}

void Kaders::dwangbesluit_beeindigen(const Context& ctx, const std::string& huishouden_id,
                                     const std::string& id, domain::Datum einddatum, int versie) {
  uitvoeren(ctx, "dwangbesluit.beeindigen", [&](store::Tx& tx, Auditspoor& spoor) {
    vereis_open(laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor));
    const auto b = store::dwangbesluit(tx, id);
    if (!b || b->huishouden_id != huishouden_id) throw NotFound("Dit dwangbesluit bestaat niet.");
    if (domain::format_datum(einddatum) < b->datum) {
      throw BadRequest("Het dwangbesluit is niet bijgewerkt.",
                       {{"einddatum", "De einddatum ligt vóór de datum van het besluit."}});
    }
    conflict_als(!store::dwangbesluit_einddatum_zetten(tx, id, versie, domain::format_datum(einddatum)));
  });
}

}  // namespace regie::service
