#include "service/notities.hpp"

#include "service/huishoudens.hpp"
#include "service/invoer.hpp"
#include "store/beheer_store.hpp"
#include "store/ids.hpp"

namespace regie::service {

std::string Notities::toevoegen(const Context& ctx, const std::string& huishouden_id,
                                const std::string& tekst) {
  InvoerControle controle;
  controle.verplicht("tekst", tekst, kMaxLangeTekst);
  controle.afronden("Notitie");
  return uitvoeren(ctx, "notitie.toevoegen", [&](store::Tx& tx, Auditspoor& spoor) {
    vereis_open(laad_huishouden(tx, ctx, huishouden_id, Handeling::notitie, spoor));
    store::NotitieRecord n{store::nieuwe_id(), huishouden_id, ctx.actor.id, "", tekst, nu_tekst()};
    store::notitie_invoegen(tx, n);
    return n.id;
  });
}

NotitiePagina Notities::lijst(const Context& ctx, const std::string& huishouden_id, Pagina pagina) {
  InvoerControle controle;
  controleer(pagina, controle);
  controle.afronden("Notities");
  return lezend_uitvoeren(ctx, "notities.lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    laad_huishouden(tx, ctx, huishouden_id, Handeling::lezen, spoor);
    return NotitiePagina{store::notities(tx, huishouden_id, pagina.grootte, pagina.offset()),
                         store::notities_totaal(tx, huishouden_id)};
  });
}

}  // namespace regie::service
