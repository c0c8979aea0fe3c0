#include "service/beoordelingen.hpp"

#include <algorithm>
#include <set>

#include "domain/competentie.hpp"
#include "service/invoer.hpp"
#include "service/toegang.hpp"
#include "store/beheer_store.hpp"
#include "store/ids.hpp"

namespace regie::service {
namespace {

using domain::Gebruikersrol;

constexpr std::size_t kMaxNotitie = 4000;

void controleer(const BeoordelingInvoer& invoer, domain::Datum vandaag) {
  InvoerControle controle;
  controle.niet_na_vandaag("datum", invoer.datum, vandaag);
  if (invoer.gebieden.empty()) controle.fout("gebieden", "Beoordeel minstens één competentiegebied.");
  const auto checklist = domain::checklist_voor(invoer.profiel);
  std::set<std::string> gezien;
  for (std::size_t i = 0; i < invoer.gebieden.size(); ++i) {
    const auto& g = invoer.gebieden[i];
    const auto pad = "gebieden[" + std::to_string(i) + "]";
    if (std::ranges::find(checklist, g.gebied, &domain::Competentiegebied::code) == checklist.end()) {
      controle.fout(pad + ".gebied", "Dit gebied hoort niet bij de checklist van dit profiel.");
    } else if (!gezien.insert(g.gebied).second) {
      controle.fout(pad + ".gebied", "Dit gebied staat er al; beoordeel elk gebied één keer.");
    }
    controle.maximaal(pad + ".notitie", g.notitie, kMaxNotitie);
  }
  controle.afronden("Beoordeling");
}

// In checklist order, so the history reads like the checklist.
void sorteer_op_checklist(std::vector<store::GebiedsoordeelRecord>& gebieden, domain::Certificering profiel) {
  const auto checklist = domain::checklist_voor(profiel);
  const auto plaats = [&](const store::GebiedsoordeelRecord& g) {
    return std::ranges::find(checklist, g.gebied, &domain::Competentiegebied::code) - checklist.begin();
  };
  std::ranges::stable_sort(gebieden, {}, plaats);
}

}  // namespace

store::BeoordelingRecord Beoordelingen::vastleggen(const Context& ctx, const std::string& medewerker_id,
                                                   BeoordelingInvoer invoer) {
  if (ctx.actor.systeem) throw Forbidden("Een beoordeling legt vast wie haar deed: log in als die persoon.");
  controleer(invoer, vandaag());
  return uitvoeren(ctx, "beoordeling.vastleggen", [&](store::Tx& tx, Auditspoor&) {
    vereis_beoordelaar_van(tx, ctx, medewerker_id);

    std::vector<domain::Gebiedsoordeel> oordelen;
    for (const auto& g : invoer.gebieden) oordelen.push_back({g.gebied, g.oordeel});
    const auto uitslag = domain::beoordeel(invoer.profiel, oordelen);

    store::BeoordelingRecord b;
    b.id = store::nieuwe_id();
    b.medewerker_id = medewerker_id;
    b.profiel = invoer.profiel;
    b.datum = invoer.datum;
    b.volledig = uitslag.ontbrekend.empty();
    b.positief = uitslag.positief;
    b.beoordeeld_door = ctx.actor.id;
    b.vastgelegd_op = nu_tekst();
    b.gebieden = std::move(invoer.gebieden);
    sorteer_op_checklist(b.gebieden, b.profiel);
    if (b.positief) {
      const store::CertificeringRecord c{store::nieuwe_id(), medewerker_id, b.profiel, b.datum, ctx.actor.id};
      store::certificering_invoegen(tx, c, b.vastgelegd_op);
      b.certificering_id = c.id;
    }
    store::beoordeling_invoegen(tx, b);
    return b;
  });
}

std::vector<store::BeoordelingRecord> Beoordelingen::van(const Context& ctx,
                                                         const std::string& medewerker_id) {
  return lezend_uitvoeren(ctx, "beoordelingen.lezen", [&](store::Tx& tx, Auditspoor&) {
    // The person himself, and those who may assess him.
    if (medewerker_id == ctx.actor.id) {
      vind_medewerker_in_gemeente(tx, ctx, medewerker_id);
    } else {
      vereis_beoordelaar_van(tx, ctx, medewerker_id);
    }
    return store::beoordelingen_van(tx, medewerker_id);
  });
}

}  // namespace regie::service
