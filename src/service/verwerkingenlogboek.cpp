#include "service/verwerkingenlogboek.hpp"

#include <algorithm>
#include <chrono>
#include <set>

#include "service/invoer.hpp"
#include "store/audit_sleutels.hpp"

namespace regie::service {
namespace {

constexpr std::size_t kMaxNaam = 120;
constexpr std::size_t kMaxDoel = 1000;

bool is_trace_id(const std::string& s) {
  return s.size() == 32 &&
         std::ranges::all_of(s, [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }) &&
         s != std::string(32, '0');
}

// A moment or a whole day (its start), UTC, as ms since 1970.
std::optional<std::int64_t> ms_van(const std::string& tekst) {
  auto moment = domain::parse_tijdstip(tekst);
  if (!moment) {
    if (const auto dag = domain::parse_datum(tekst)) moment = domain::Tijdstip{std::chrono::sys_days{*dag}};
  }
  if (!moment) return std::nullopt;
  return domain::ms_van(*moment);
}

store::VerwerkingFilter filter_van(const Context& ctx, const VerwerkingVraag& vraag) {
  InvoerControle controle;
  if (!vraag.trace_id && !vraag.activiteit && !vraag.betrokkene) {
    const std::string reden = "Geef een trace, een verwerkingsactiviteit of een betrokkene op.";
    for (const auto* veld : {"traceId", "verwerkingsactiviteit", "betrokkene"}) controle.fout(veld, reden);
  }
  if (vraag.trace_id && !is_trace_id(*vraag.trace_id)) {
    controle.fout("traceId", "Een trace-id bestaat uit 32 tekens 0-9 en a-f (W3C Trace Context).");
  }
  store::VerwerkingFilter f{ctx.actor.gemeente_id, vraag.trace_id, vraag.activiteit, std::nullopt, {}, {}};
  if (f.activiteit && f.activiteit->starts_with(kActiviteitUrn))
    f.activiteit->erase(0, kActiviteitUrn.size());
  if (vraag.activiteit) controle.maximaal("verwerkingsactiviteit", *vraag.activiteit, kMaxKorteTekst);
  if (vraag.betrokkene) {
    controle.maximaal("betrokkene", *vraag.betrokkene, kMaxKorteTekst);
    f.betrokkene = store::betrokkene_pseudoniem(ctx.actor.gemeente_id, *vraag.betrokkene);
  }
  for (const auto& [veld, waarde, doel] :
       {std::tuple{"vanaf", &vraag.vanaf, &f.vanaf}, std::tuple{"tot", &vraag.tot, &f.tot}}) {
    if (!*waarde) continue;
    *doel = ms_van(**waarde);
    if (!*doel) controle.fout(veld, "Geef een datum (2026-12-01) of een tijdstip (2026-12-01T09:00:00Z).");
  }
  if (f.vanaf && f.tot && *f.tot <= *f.vanaf) controle.fout("tot", "Kies een moment na 'vanaf'.");
  controle.afronden("Vraag aan het logboek");
  return f;
}

}  // namespace

VerwerkingPagina Verwerkingenlogboek::zoeken(const Context& ctx, const VerwerkingVraag& vraag,
                                             Pagina pagina) {
  InvoerControle controle;
  controleer(pagina, controle);
  controle.afronden("Logboek");
  return lezend_uitvoeren(ctx, "logboek.lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    spoor.doel = "verantwoording";
    const auto filter = filter_van(ctx, vraag);
    if (vraag.betrokkene) spoor.personen = {*vraag.betrokkene};
    return logboek_lezen(tx, [&](store::Tx& log) {
      VerwerkingPagina uit;
      uit.items = store::verwerkingen_zoeken(log, filter, pagina.grootte, pagina.offset());
      uit.totaal = store::verwerkingen_aantal(log, filter);
      std::set<std::string> nodig;
      for (const auto& r : uit.items) nodig.insert(r.activiteit_id);
      for (auto& a : store::register_alle_versies(log, ctx.actor.gemeente_id)) {
        if (nodig.contains(a.id)) uit.activiteiten.push_back(std::move(a));
      }
      return uit;
    });
  });
}

std::vector<store::ActiviteitVersie> Verwerkingenlogboek::register_lezen(const Context& ctx,
                                                                         bool alle_versies) {
  // In a write of the log store: the gemeente's register is made from the default one on first use.
  return in_logboek_uitvoeren(ctx, "verwerkingsactiviteiten.lezen", [&](store::Tx& log, Auditspoor& spoor) {
    spoor.doel = "verantwoording";
    auto versies = store::register_van(log, ctx.actor.gemeente_id, nu_tekst());
    return alle_versies ? store::register_alle_versies(log, ctx.actor.gemeente_id) : versies;
  });
}

store::ActiviteitVersie Verwerkingenlogboek::herformuleren(const Context& ctx, const std::string& code,
                                                           const std::string& naam, const std::string& doel) {
  InvoerControle controle;
  controle.verplicht("naam", naam, kMaxNaam);
  controle.verplicht("doel", doel, kMaxDoel);
  controle.afronden("Verwerkingsactiviteit");
  return in_logboek_uitvoeren(ctx, "verwerkingsactiviteit.wijzigen", [&](store::Tx& log, Auditspoor& spoor) {
    spoor.doel = "verantwoording";
    auto nieuw = store::activiteit_herformuleren(log, ctx.actor.gemeente_id, code, naam, doel, nu_tekst());
    if (!nieuw) throw NotFound("Deze verwerkingsactiviteit staat niet in het register.");
    return *nieuw;
  });
}

}  // namespace regie::service
