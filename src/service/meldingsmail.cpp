#include "service/meldingsmail.hpp"

#include "store/meldingsmail_store.hpp"
#include "store/monitoring_store.hpp"

namespace regie::service {

MailRonde Meldingsmail::versturen(const Context& ctx, MailVerzender& verzender,
                                  const std::optional<std::string>& adres) {
  autoriseer(ctx, "meldingen.mailen");
  const auto sinds = domain::format_tijdstip(nu() - domain::kMailTussenpoos);
  const auto ontvangers =
      db().read([&](store::Tx& tx) { return store::mail_ontvangers(tx, ctx.actor.gemeente_id, sinds); });
  MailRonde ronde;
  for (const auto& ontvanger : ontvangers) {
    try {
      verzender.verzenden(domain::meldingsmail(ontvanger.email, adres));
    } catch (const MailFout& e) {
      ++ronde.mislukt;
      ronde.oorzaak = e.what();
      continue;
    }
    uitvoeren(ctx, "meldingen.mailen", [&](store::Tx& tx, Auditspoor&) {
      store::meldingen_gemaild(tx, ctx.actor.gemeente_id, ontvanger, nu_tekst());
    });
    ++ronde.verzonden;
  }
  return ronde;
}

MailRonde Meldingsmail::alles_versturen(MailVerzender& verzender, const std::optional<std::string>& adres) {
  const auto gemeenten = db().read([](store::Tx& tx) { return store::gemeente_ids(tx); });
  MailRonde totaal;
  for (const auto& g : gemeenten) {
    const auto ronde = versturen(systeem_context(g, "melding"), verzender, adres);
    totaal.verzonden += ronde.verzonden;
    totaal.mislukt += ronde.mislukt;
    if (!ronde.oorzaak.empty()) totaal.oorzaak = ronde.oorzaak;
  }
  return totaal;
}

}  // namespace regie::service
