#include "service/toegangslog.hpp"

#include "service/invoer.hpp"
#include "service/toegang.hpp"

namespace regie::service {

ToegangslogPagina Toegangslog::lezen(const Context& ctx, const std::string& huishouden_id, Pagina pagina) {
  InvoerControle controle;
  if (pagina.nummer < 1) controle.fout("pagina", "Begint bij 1.");
  if (pagina.grootte < 1 || pagina.grootte > kMaxPaginaGrootte) {
    controle.fout("paginaGrootte", "Kies 1 tot en met " + std::to_string(kMaxPaginaGrootte) + ".");
  }
  controle.afronden("Toegangslog");
  return uitvoeren(ctx, "toegangslog.lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    laad_huishouden(tx, ctx, huishouden_id, Toegang::lezen, spoor);
    return ToegangslogPagina{
        store::audit_voor_huishouden(tx, huishouden_id, pagina.grootte, (pagina.nummer - 1) * pagina.grootte),
        store::audit_aantal_voor_huishouden(tx, huishouden_id)};
  });
}

store::AuditVerificatie audit_verifieren(store::Database& db) {
  return db.read([](store::Tx& tx) { return store::audit_verifieren(tx); });
}

}  // namespace regie::service
