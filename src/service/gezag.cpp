#include "service/gezag.hpp"

#include <algorithm>
#include <set>

#include "domain/gezag.hpp"
#include "service/huishoudens.hpp"
#include "service/invoer.hpp"

namespace regie::service {

bool heeft_gezag(const std::optional<store::GezagRecord>& gezag, const std::string& lid_id) {
  return gezag && std::ranges::find(gezag->gezagsdragers, lid_id) != gezag->gezagsdragers.end();
}

store::GezagRecord Gezag::vastleggen(const Context& ctx, const std::string& huishouden_id,
                                     const std::string& kind_id, const GezagInvoer& invoer) {
  return uitvoeren(ctx, "gezinslid.gezag_vastleggen", [&](store::Tx& tx, Auditspoor& spoor) {
    vereis_open(laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor));
    const auto leden = store::gezinsleden(tx, huishouden_id);
    const auto kind = std::ranges::find(leden, kind_id, &store::GezinslidRecord::id);
    if (kind == leden.end()) throw NotFound("Dit gezinslid bestaat niet.");
    spoor.personen = {kind_id};

    domain::GezagAanvraag aanvraag;
    aanvraag.kind = domain::leeftijd(kind->geboorte, vandaag()).leeftijd;
    aanvraag.toelichting = invoer.toelichting;
    std::set<std::string> gezien;
    for (const auto& id : invoer.gezagsdragers) {
      aanvraag.dubbel = !gezien.insert(id).second || aanvraag.dubbel;
      const auto lid = std::ranges::find(leden, id, &store::GezinslidRecord::id);
      domain::GezagDrager drager;
      drager.in_huishouden = lid != leden.end();
      drager.is_kind_zelf = id == kind_id;
      if (drager.in_huishouden) {
        drager.leeftijd = domain::leeftijd(lid->geboorte, vandaag()).leeftijd;
        spoor.personen.push_back(id);
      }
      aanvraag.dragers.push_back(drager);
    }
    weigeren_bij(domain::gezag_fouten(aanvraag), "Gezag");

    store::GezagRecord g{
        kind_id, {gezien.begin(), gezien.end()}, invoer.toelichting, ctx.actor.id, nu_tekst()};
    store::gezag_vastleggen(tx, g);
    store::huishouden_versie_ophogen(tx, huishouden_id);
    return g;
  });
}

}  // namespace regie::service
