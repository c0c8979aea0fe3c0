#include "service/noodtoegangen.hpp"

#include <algorithm>
#include <iterator>

#include "service/invoer.hpp"
#include "service/meldingen.hpp"
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
    // His manager reviews it; under restricted sharing the regisseurs hear of it at once (DOMAIN.md §5 c).
    spoor.meldingen =
        meldingen_over(tx, ctx, domain::MeldingSoort::noodtoegang_te_beoordelen, huishouden_id, n.van);
    if (h->afgeschermd) {
      std::ranges::move(
          meldingen_over(tx, ctx, domain::MeldingSoort::noodtoegang_afgeschermd, huishouden_id, n.van),
          std::back_inserter(spoor.meldingen));
    }
    return NoodtoegangUitkomst{n.id, n.tot};
  });
}

namespace {

// Whoever reviews emergency access by professionals without a manager of their own: the managers of their
// organisation, or, where it has none, its aandachtsfunctionaris.
bool beoordeelt_zonder_manager(store::Tx& tx, const Context& ctx, const std::string& organisatie_id) {
  if (ctx.actor.heeft(Gebruikersrol::manager)) return true;
  return ctx.actor.heeft(Gebruikersrol::aandachtsfunctionaris) &&
         !store::organisatie_heeft_manager(tx, organisatie_id);
}

// The rule for one request: the requester's own manager, or for a requester without one the reviewer of
// his organisation (never the requester himself). The review list follows the same rule by its queries.
bool beoordeelt(store::Tx& tx, const Context& ctx, const store::MedewerkerRecord& aanvrager) {
  if (aanvrager.manager_id)
    return *aanvrager.manager_id == ctx.actor.id && ctx.actor.heeft(Gebruikersrol::manager);
  return aanvrager.id != ctx.actor.id && eigen_organisatie(tx, ctx) == aanvrager.organisatie_id &&
         beoordeelt_zonder_manager(tx, ctx, aanvrager.organisatie_id);
}

}  // namespace

std::vector<TeBeoordelenNoodtoegang> Noodtoegangen::te_beoordelen(const Context& ctx) {
  return lezend_uitvoeren(ctx, "noodtoegangen.lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    std::vector<store::NoodtoegangRecord> uit;
    if (ctx.actor.heeft(Gebruikersrol::manager))
      uit = store::te_beoordelen_noodtoegangen(tx, ctx.actor.id, ctx.actor.gemeente_id);
    const auto organisatie = eigen_organisatie(tx, ctx);
    if (organisatie && beoordeelt_zonder_manager(tx, ctx, *organisatie)) {
      for (auto& n : store::te_beoordelen_zonder_manager(tx, *organisatie, ctx.actor.gemeente_id)) {
        if (n.medewerker_id != ctx.actor.id) uit.push_back(std::move(n));
      }
    }
    std::ranges::sort(uit, {}, &store::NoodtoegangRecord::van);
    spoor.lijst_doel = "toezicht";
    std::vector<TeBeoordelenNoodtoegang> lijst;
    for (auto& n : uit) {
      spoor.getoond.push_back({n.huishouden_id, {}});
      std::optional<std::string> naam;
      if (mag(Handeling::lezen, banden(tx, ctx, n.huishouden_id, nu_tekst()))) {
        if (const auto h = store::huishouden(tx, n.huishouden_id)) naam = h->naam;
      }
      lijst.push_back({std::move(n), std::move(naam)});
    }
    return lijst;
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
    const auto n = store::noodtoegang(tx, id);
    const auto aanvrager = n ? store::medewerker(tx, n->medewerker_id) : std::nullopt;
    const auto h = n ? store::huishouden(tx, n->huishouden_id) : std::nullopt;
    if (!n || !aanvrager || !h || h->gemeente_id != ctx.actor.gemeente_id || !beoordeelt(tx, ctx, *aanvrager))
      throw NotFound("Deze noodtoegang bestaat niet.");
    spoor.huishouden_id = n->huishouden_id;
    if (!store::noodtoegang_beoordelen(tx, id, ctx.actor.id, nu_tekst(), oordeel, toelichting)) {
      throw Conflict("Deze noodtoegang is al beoordeeld.");
    }
  });
}

}  // namespace regie::service
