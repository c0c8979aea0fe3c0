#include "service/dienst.hpp"

namespace regie::service {

void Dienst::log(store::Tx& tx, const Context& ctx, std::string_view actie, const Auditspoor& spoor,
                 std::string_view resultaat) const {
  store::audit_toevoegen(
      tx, {ctx.actor.gemeente_id, nu_tekst(), ctx.actor.id, ctx.actor.audit_rol(), std::string{actie},
           spoor.huishouden_id, spoor.personen, spoor.doel.value_or(ctx.doel), std::string{resultaat}});
}

}  // namespace regie::service
