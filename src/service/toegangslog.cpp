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
    return logboek_lezen(tx, [&](store::Tx& log) {
      return ToegangslogPagina{
          store::audit_voor_huishouden(log, huishouden_id, pagina.grootte, pagina.offset()),
          store::audit_aantal_voor_huishouden(log, huishouden_id)};
    });
  });
}

store::KetenVerificatie logboeken_verifieren(store::Database& db) {
  return db.logboek().read([](store::Tx& tx) {
    store::KetenVerificatie uitkomst;
    store::audit_verifieren(tx, uitkomst);
    store::verwerkingen_verifieren(tx, uitkomst);
    return uitkomst;
  });
}

}  // namespace regie::service
