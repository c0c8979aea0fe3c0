#include "service/toegang.hpp"

#include <algorithm>
#include <stdexcept>

#include "service/autorisatie.hpp"
#include "service/errors.hpp"
#include "store/beheer_store.hpp"
#include "store/regio_store.hpp"

namespace regie::service {

using domain::Gebruikersrol;

Banden banden(store::Tx& tx, const Context& ctx, const std::string& huishouden_id, const std::string& nu) {
  const auto r = *tx.query_one(
      "SELECT "
      "CASE WHEN EXISTS (SELECT 1 FROM regisseur WHERE huishouden_id = $1 AND persoon_soort = 'medewerker' "
      "AND persoon_id = $2 AND tot IS NULL) THEN 1 ELSE 0 END, "
      "CASE WHEN EXISTS (SELECT 1 FROM betrokkenheid WHERE huishouden_id = $1 AND medewerker_id = $2 AND tot "
      "IS NULL) "
      "THEN 1 ELSE 0 END, "
      "CASE WHEN EXISTS (SELECT 1 FROM betrokkenheid b JOIN medewerker m ON m.id = b.medewerker_id "
      "WHERE b.huishouden_id = $1 AND b.tot IS NULL AND m.manager_id = $2) THEN 1 ELSE 0 END, "
      "CASE WHEN EXISTS (SELECT 1 FROM noodtoegang WHERE huishouden_id = $1 AND medewerker_id = $2 AND tot > "
      "$3) "
      "THEN 1 ELSE 0 END, "
      "CASE WHEN EXISTS (SELECT 1 FROM regisseur WHERE huishouden_id = $1 AND persoon_soort = 'medewerker' "
      "AND tot IS NULL) THEN 1 ELSE 0 END",
      {huishouden_id, ctx.actor.id, nu});
  const bool professional = ctx.actor.heeft(Gebruikersrol::regisseur);
  Banden b;
  b.regisseur = professional && r.boolean(0);
  b.betrokken = professional && r.boolean(1);
  b.manager = ctx.actor.heeft(Gebruikersrol::manager) && r.boolean(2);
  b.noodtoegang = professional && r.boolean(3);
  b.professionele_regisseur_aanwezig = r.boolean(4);
  return b;
}

store::HuishoudenRecord Dienst::laad_huishouden(store::Tx& tx, const Context& ctx, const std::string& id,
                                                Handeling handeling, Auditspoor& spoor,
                                                Banden* banden_uit) const {
  if (const auto* regel = autorisatie_van(spoor.actie);
      regel && regel->relatie == Relatie::huishouden && regel->handeling != handeling) {
    throw std::logic_error("De handeling van " + std::string{spoor.actie} +
                           " verschilt van die in de autorisatietabel.");
  }
  auto h = store::huishouden(tx, id);
  if (!h || h->gemeente_id != ctx.actor.gemeente_id) throw NotFound("Dit huishouden bestaat niet.");
  spoor.huishouden_id = id;
  if (ctx.actor.systeem) return *h;
  const Banden b = banden(tx, ctx, id, nu_tekst());
  if (banden_uit) *banden_uit = b;
  if (!mag(handeling, b)) {
    const bool professional =
        ctx.actor.heeft(Gebruikersrol::regisseur) || ctx.actor.heeft(Gebruikersrol::manager);
    if (!professional) throw Forbidden("Uw rol geeft geen toegang tot de inhoud van huishoudens.");
    if (handeling == Handeling::lezen) {
      throw Forbidden(
          "U bent niet betrokken bij dit huishouden. Is het dringend, vraag dan noodtoegang aan met een "
          "reden.");
    }
    throw Forbidden("Deze handeling is voorbehouden aan de regisseurs van dit huishouden.");
  }
  if (handeling == Handeling::lezen && alleen_via_noodtoegang(b)) spoor.doel = "noodtoegang";
  return *h;
}

void vereis_medewerker_in_gemeente(store::Tx& tx, const Context& ctx, const std::string& medewerker_id,
                                   const std::string& veld) {
  if (store::medewerker_gemeente(tx, medewerker_id) != ctx.actor.gemeente_id) {
    throw BadRequest("Deze medewerker is niet bekend.",
                     {{veld, "Kies een medewerker van een organisatie in deze gemeente."}});
  }
}

void vind_medewerker_in_gemeente(store::Tx& tx, const Context& ctx, const std::string& medewerker_id) {
  if (store::medewerker_gemeente(tx, medewerker_id) != ctx.actor.gemeente_id)
    throw NotFound("Deze medewerker bestaat niet.");
}

bool werkt_in_gemeente(store::Tx& tx, const Context& ctx, const std::string& medewerker_id) {
  return store::werkrelatie(tx, medewerker_id, ctx.actor.gemeente_id) != domain::Werkrelatie::geen;
}

void vereis_werkt_in_gemeente(store::Tx& tx, const Context& ctx, const std::string& medewerker_id,
                              const std::string& veld) {
  if (!werkt_in_gemeente(tx, ctx, medewerker_id)) {
    throw BadRequest("Deze medewerker is niet bekend.",
                     {{veld, "Kies een medewerker van een organisatie die in deze gemeente werkt."}});
  }
}

void vereis_beoordelaar_van(store::Tx& tx, const Context& ctx, const std::string& medewerker_id) {
  vind_medewerker_in_gemeente(tx, ctx, medewerker_id);
  if (medewerker_id == ctx.actor.id)
    throw Forbidden("Iemand anders beoordeelt en certificeert uw competenties.");
  const auto m = store::medewerker(tx, medewerker_id);
  const bool zijn_manager = ctx.actor.heeft(domain::Gebruikersrol::manager) && m->manager_id == ctx.actor.id;
  const bool eigen_aandachtsfunctionaris = ctx.actor.heeft(domain::Gebruikersrol::aandachtsfunctionaris) &&
                                           eigen_organisatie(tx, ctx) == m->organisatie_id;
  if (ctx.actor.systeem || !(zijn_manager || eigen_aandachtsfunctionaris)) {
    throw Forbidden(
        "Alleen de eigen manager van deze medewerker of de aandachtsfunctionaris van zijn organisatie "
        "beoordeelt en certificeert hem.");
  }
}

std::optional<std::string> eigen_organisatie(store::Tx& tx, const Context& ctx) {
  const auto m = store::medewerker(tx, ctx.actor.id);
  return m ? std::optional{m->organisatie_id} : std::nullopt;
}

}  // namespace regie::service
