#include "service/toegangslog.hpp"

#include "service/invoer.hpp"
#include "service/toegang.hpp"

namespace regie::service {

ToegangslogPagina Toegangslog::lezen(const Context& ctx, const std::string& huishouden_id, Pagina pagina) {
  InvoerControle controle;
  controleer(pagina, controle);
  controle.afronden("Toegangslog");
  return lezend_uitvoeren(ctx, "toegangslog.lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    laad_huishouden(tx, ctx, huishouden_id, Handeling::lezen, spoor);
    return ToegangslogPagina{store::audit_voor_huishouden(tx, huishouden_id, pagina.grootte, pagina.offset()),
                             store::audit_aantal_voor_huishouden(tx, huishouden_id)};
  });
}

store::AuditVerificatie audit_verifieren(store::Database& db) {
  return db.read([](store::Tx& tx) { return store::audit_verifieren(tx); });
}

}  // namespace regie::service
