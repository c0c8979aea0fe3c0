#include "service/crisislaag.hpp"

#include <algorithm>

#include "service/huishoudens.hpp"
#include "service/invoer.hpp"
#include "service/toegang.hpp"
#include "store/huishouden_store.hpp"
#include "store/ids.hpp"

namespace regie::service {

CrisislaagOverzicht Crisislagen::lezen(const Context& ctx, const std::string& huishouden_id) {
  return lezend_uitvoeren(ctx, "crisislaag.lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::lezen, spoor);
    CrisislaagOverzicht o;
    o.geldt = domain::heeft_crisislaag(h.niveau);
    o.geschiedenis = store::crisislaag_geschiedenis(tx, huishouden_id);
    if (!o.geschiedenis.empty()) o.huidig = o.geschiedenis.front();
    o.grip_geldt = o.huidig && domain::grip_geldt(o.huidig->laag, vandaag());
    return o;
  });
}

int Crisislagen::vastleggen(const Context& ctx, const std::string& huishouden_id,
                            const domain::Crisislaag& laag, int versie) {
  InvoerControle controle;
  controle.maximaal("communicatiecoordinator", laag.communicatiecoordinator, kMaxKorteTekst);
  controle.maximaal("toelichting", laag.toelichting);
  controle.afronden("Crisislaag");
  return uitvoeren(ctx, "crisislaag.vastleggen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor);
    vereis_open(h);
    InvoerControle regels;
    for (const auto& f : domain::crisis_fouten(laag, h.niveau, vandaag()))
      regels.fout(f.veld, std::string{f.tekst});
    regels.afronden("Crisislaag");
    if (laag.schakel_id) {
      vereis_werkt_in_gemeente(tx, ctx, *laag.schakel_id, "schakelId");
      // The linking pin works with the household: he is involved, and so has access (need-to-know from the
      // relation, ADR 0005).
      betrekken(tx, ctx, h, *laag.schakel_id, std::string{kSchakelRol}, nu_tekst(), spoor);
    }
    store::CrisislaagRecord r{laag, versie + 1, ctx.actor.id, nu_tekst(), {}, {}};
    // A version committed meanwhile: no row inserted, or (two at once) a duplicate key, which the service
    // layer turns into a conflict as well.
    conflict_als(!store::crisislaag_invoegen(tx, huishouden_id, r));
    return r.versie;
  });
}

}  // namespace regie::service
