#include "service/niveaus.hpp"

#include "codec/advies_json.hpp"
#include "codec/taxatie_json.hpp"
#include "service/huishoudens.hpp"
#include "service/regisseurs.hpp"
#include "service/toegang.hpp"
#include "service/veiligheid.hpp"
#include "store/huishouden_store.hpp"
#include "store/ids.hpp"

namespace regie::service {

TaxatieUitkomst Niveaus::taxatie_vastleggen(const Context& ctx, const std::string& huishouden_id,
                                            domain::Taxatie taxatie) {
  return uitvoeren(ctx, "taxatie.vastleggen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor);
    vereis_open(h);
    if (taxatie.huidig_niveau && taxatie.huidig_niveau != h.niveau) {
      throw BadRequest("Het huidige niveau klopt niet met het dossier.",
                       {{"huidigNiveau", "Laat dit veld weg: het huidige niveau komt uit het dossier."}});
    }
    taxatie.huidig_niveau = h.niveau;
    TaxatieUitkomst uit;
    uit.advies = domain::advise(taxatie);
    uit.advies_json = codec::serialize_advies(uit.advies);
    uit.taxatie_id = store::nieuwe_id();
    store::taxatie_invoegen(tx, {uit.taxatie_id,
                                 huishouden_id,
                                 codec::serialize_taxatie(taxatie),
                                 uit.advies_json,
                                 uit.advies.niveau,
                                 ctx.actor.id,
                                 nu_tekst(),
                                 {},
                                 {},
                                 {},
                                 {}});
    signalen_verwerken(tx, h, taxatie.signalen, taxatie.veiligheid != domain::Veiligheid::veilig,
                       uit.taxatie_id, ctx.actor.id, nu_tekst());
    store::huishouden_versie_ophogen(tx, huishouden_id);
    return uit;
  });
}

BesluitUitkomst Niveaus::besluiten(const Context& ctx, const std::string& huishouden_id,
                                   const std::string& taxatie_id, const domain::Niveaubesluit& besluit,
                                   int huishouden_versie) {
  return uitvoeren(ctx, "niveau.besluiten", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor);
    vereis_open(h);
    conflict_als(h.versie != huishouden_versie);
    const auto alle = store::taxaties(tx, huishouden_id);
    const auto t = store::taxatie(tx, taxatie_id);
    if (!t || t->huishouden_id != huishouden_id) throw NotFound("Deze taxatie bestaat niet.");
    if (t->besloten_niveau) throw Conflict("Over deze taxatie is al besloten.");
    if (alle.front().id != taxatie_id)
      throw Conflict("Er is een nieuwere taxatie: besluit op basis van de nieuwste.");

    const auto fouten = domain::toets_besluit(t->advies_niveau, h.niveau, besluit, vandaag());
    if (!fouten.empty()) {
      std::vector<InvalidParam> redenen;
      for (const auto& f : fouten) redenen.push_back({f.veld, f.reden});
      throw BadRequest("Het besluit is nog niet compleet.", std::move(redenen));
    }

    const std::string nu = nu_tekst();
    const bool wijkt_af = besluit.niveau != t->advies_niveau;
    const auto motivatie = wijkt_af ? std::optional{besluit.motivatie} : std::nullopt;
    const auto richting = domain::richting_van_besluit(h.niveau, besluit.niveau);
    conflict_als(!store::taxatie_besluit_zetten(tx, taxatie_id, besluit.niveau, motivatie, ctx.actor.id, nu));
    store::niveau_overgang_invoegen(
        tx,
        {store::nieuwe_id(), huishouden_id, taxatie_id, h.niveau, besluit.niveau, richting, t->advies_niveau,
         codec::reden_codes(t->advies_json), motivatie, ctx.actor.id, nu,
         domain::nazorgafspraak_vereist(h.niveau, besluit.niveau) ? besluit.nazorgafspraak : std::nullopt});
    conflict_als(!store::huishouden_niveau_zetten(tx, huishouden_id, huishouden_versie, besluit.niveau, nu));
    knelpunten_bijwerken(tx, huishouden_id, besluit.niveau, nu);

    auto bijgewerkt = *store::huishouden(tx, huishouden_id);
    return BesluitUitkomst{besluit.niveau, richting, openstaande_eisen(tx, bijgewerkt, vandaag())};
  });
}

std::vector<store::TaxatieRecord> Niveaus::taxaties(const Context& ctx, const std::string& huishouden_id) {
  return lezend_uitvoeren(ctx, "taxaties.lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    laad_huishouden(tx, ctx, huishouden_id, Handeling::lezen, spoor);
    return store::taxaties(tx, huishouden_id);
  });
}

std::vector<store::NiveauOvergangRecord> Niveaus::geschiedenis(const Context& ctx,
                                                               const std::string& huishouden_id) {
  return lezend_uitvoeren(ctx, "niveaugeschiedenis.lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    laad_huishouden(tx, ctx, huishouden_id, Handeling::lezen, spoor);
    return store::niveau_overgangen(tx, huishouden_id);
  });
}

}  // namespace regie::service
