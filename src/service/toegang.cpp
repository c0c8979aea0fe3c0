#include "service/toegang.hpp"

#include <algorithm>

#include "service/errors.hpp"
#include "store/beheer_store.hpp"

namespace regie::service {

using domain::Gebruikersrol;

void vereis_rol(const Context& ctx, std::initializer_list<Gebruikersrol> rollen) {
  if (ctx.actor.systeem) return;
  if (std::ranges::any_of(rollen, [&](Gebruikersrol r) { return ctx.actor.heeft(r); })) return;
  throw Forbidden("Uw rol geeft geen toegang tot deze handeling.");
}

store::HuishoudenRecord laad_huishouden(store::Tx& tx, const Context& ctx, const std::string& id,
                                        Toegang toegang, Auditspoor& spoor) {
  auto h = store::huishouden(tx, id);
  if (!h || h->gemeente_id != ctx.actor.gemeente_id) throw NotFound("Dit huishouden bestaat niet.");
  spoor.huishouden_id = id;
  if (toegang == Toegang::lezen) {
    vereis_rol(ctx, {Gebruikersrol::regisseur, Gebruikersrol::manager});
  } else {
    vereis_rol(ctx, {Gebruikersrol::regisseur});
  }
  return *h;
}

void vereis_medewerker_in_gemeente(store::Tx& tx, const Context& ctx, const std::string& medewerker_id,
                                   const std::string& veld) {
  if (store::medewerker_gemeente(tx, medewerker_id) != ctx.actor.gemeente_id) {
    throw BadRequest("Deze medewerker is niet bekend.",
                     {{veld, "Kies een medewerker van een organisatie in deze gemeente."}});
  }
}

}  // namespace regie::service
