#include "service/noodtoegangen.hpp"

#include "service/invoer.hpp"
#include "service/toegang.hpp"
#include "store/beheer_store.hpp"
#include "store/ids.hpp"

namespace regie::service {

using domain::Gebruikersrol;

NoodtoegangUitkomst Noodtoegangen::aanvragen(const Context& ctx, const std::string& huishouden_id,
                                             const std::string& reden) {
  InvoerControle controle;
  controle.verplicht("reden", reden, kMaxLangeTekst);
  if (!is_leeg(reden) && reden.size() < kMinimaleNoodtoegangReden) {
    controle.fout("reden", "Leg uit waarom u nu toegang nodig heeft (minstens " +
                               std::to_string(kMinimaleNoodtoegangReden) + " tekens).");
  }
  controle.afronden("Noodtoegang");
  return uitvoeren(ctx, "noodtoegang.aanvragen", [&](store::Tx& tx, Auditspoor& spoor) {
    vereis_rol(ctx, {Gebruikersrol::regisseur});
    const auto h = store::huishouden(tx, huishouden_id);
    if (!h || h->gemeente_id != ctx.actor.gemeente_id) throw NotFound("Dit huishouden bestaat niet.");
    spoor.huishouden_id = huishouden_id;
    spoor.doel = "noodtoegang";
    if (mag(Handeling::lezen, banden(tx, ctx, huishouden_id, nu_tekst()))) {
      throw Conflict("U heeft al toegang tot dit huishouden.");
    }
    const auto nu = this->nu();
    store::NoodtoegangRecord n;
    n.id = store::nieuwe_id();
    n.huishouden_id = huishouden_id;
    n.medewerker_id = ctx.actor.id;
    n.reden = reden;
    n.van = domain::format_tijdstip(nu);
    n.tot = domain::format_tijdstip(nu +
                                    std::chrono::duration_cast<domain::Tijdstip::duration>(kNoodtoegangDuur));
    store::noodtoegang_invoegen(tx, n);
    return NoodtoegangUitkomst{n.id, n.tot};
  });
}

std::vector<store::NoodtoegangRecord> Noodtoegangen::te_beoordelen(const Context& ctx) {
  return lezend_uitvoeren(ctx, "noodtoegangen.lezen", [&](store::Tx& tx, Auditspoor&) {
    vereis_rol(ctx, {Gebruikersrol::manager});
    return store::te_beoordelen_noodtoegangen(tx, ctx.actor.id);
  });
}

void Noodtoegangen::beoordelen(const Context& ctx, const std::string& id, const std::string& oordeel,
                               const std::string& toelichting) {
  InvoerControle controle;
  if (oordeel != "terecht" && oordeel != "onterecht")
    controle.fout("oordeel", "Kies 'terecht' of 'onterecht'.");
  controle.maximaal("toelichting", toelichting);
  if (oordeel == "onterecht" && is_leeg(toelichting))
    controle.fout("toelichting", "Licht toe wat er niet klopte.");
  controle.afronden("Beoordeling");
  uitvoeren(ctx, "noodtoegang.beoordelen", [&](store::Tx& tx, Auditspoor& spoor) {
    vereis_rol(ctx, {Gebruikersrol::manager});
    const auto n = store::noodtoegang(tx, id);
    const auto aanvrager = n ? store::medewerker(tx, n->medewerker_id) : std::nullopt;
    if (!n || !aanvrager || aanvrager->manager_id != ctx.actor.id)
      throw NotFound("Deze noodtoegang bestaat niet.");
    spoor.huishouden_id = n->huishouden_id;
    if (!store::noodtoegang_beoordelen(tx, id, ctx.actor.id, nu_tekst(), oordeel, toelichting)) {
      throw Conflict("Deze noodtoegang is al beoordeeld.");
    }
  });
}

}  // namespace regie::service
