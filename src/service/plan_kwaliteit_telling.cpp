#include "service/plan_kwaliteit_telling.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <span>
#include <tuple>

#include "service/plan_context.hpp"
#include "store/monitoring_store.hpp"
#include "store/plan_store.hpp"

namespace regie::service {
namespace {

using Sleutel = std::tuple<std::string, std::string, std::string>;  // organisation, team, key

template <typename Record>
std::map<std::string, Record> per_huishouden(std::vector<Record> records) {
  std::map<std::string, Record> uit;
  for (auto& r : records) {
    auto id = r.kop.huishouden_id;
    uit.emplace(std::move(id), std::move(r));
  }
  return uit;
}

}  // namespace

std::vector<domain::Telling> plan_kwaliteit_tellen(store::Tx& tx, const std::string& gemeente_id,
                                                   domain::Datum vandaag) {
  const auto huishoudens = store::toetsbare_huishoudens(tx, gemeente_id);
  std::map<std::string, store::OrganisatieRecord> organisaties;
  for (auto& o : store::organisaties(tx, gemeente_id)) organisaties.emplace(o.id, std::move(o));
  const auto organisatie_van = [&](const std::string& id) {
    const auto o = organisaties.find(id);
    return o == organisaties.end() ? nullptr : &o->second;
  };
  std::map<Sleutel, std::int64_t> aantallen;
  for (std::size_t begin = 0; begin < huishoudens.size(); begin += store::kMaxLijstParameters) {
    const auto blok = std::span{huishoudens}.subspan(
        begin, std::min(store::kMaxLijstParameters, huishoudens.size() - begin));
    std::vector<std::string> ids, op_ids, vp_ids;
    for (const auto& h : blok) {
      ids.push_back(h.huishouden_id);
      if (h.ondersteuningsplan_id) op_ids.push_back(*h.ondersteuningsplan_id);
      if (h.veiligheidsplan_id) vp_ids.push_back(*h.veiligheidsplan_id);
    }
    const auto ops = per_huishouden(store::ondersteuningsplannen(tx, op_ids));
    const auto vps = per_huishouden(store::veiligheidsplannen(tx, vp_ids));
    const auto leden = store::gezinsleden_van(tx, ids);
    std::map<std::string_view, std::vector<const store::GezinslidRecord*>> leden_van;
    for (const auto& lid : leden) leden_van[lid.huishouden_id].push_back(&lid);
    for (const auto& h : blok) {
      PlanOmstandigheden o{h.niveau, std::move(leden_van[h.huishouden_id]),
                           evaluatie_termijn(organisatie_van(h.organisatie_id), h.niveau), std::nullopt};
      const auto vp = vps.find(h.huishouden_id);
      if (vp != vps.end()) o.veiligheidsplan_opgesteld_op = vp->second.kop.opgesteld_op;

      std::set<domain::BevindingCode> gevonden;
      const auto voeg_toe = [&](const std::vector<domain::Bevinding>& bevindingen) {
        for (const auto& b : bevindingen) gevonden.insert(b.code);
      };
      if (const auto op = ops.find(h.huishouden_id); op != ops.end())
        voeg_toe(domain::check_plan(op->second.plan, plan_context(o, op->second.kop.opgesteld_op, vandaag)));
      if (vp != vps.end())
        voeg_toe(domain::check_plan(vp->second.plan, plan_context(o, vp->second.kop.opgesteld_op, vandaag)));
      if (gevonden.empty())
        ++aantallen[{h.organisatie_id, h.team_id, std::string{domain::kZonderBevindingen}}];
      for (const auto code : gevonden)
        ++aantallen[{h.organisatie_id, h.team_id, std::string{domain::to_code(code)}}];
    }
  }
  std::vector<domain::Telling> uit;
  const auto maand = domain::maand_van(vandaag);
  for (const auto& [k, n] : aantallen) {
    const auto& [organisatie, team, sleutel] = k;
    uit.push_back({organisatie, team, maand, "plankwaliteit", sleutel, n});
  }
  return uit;
}

}  // namespace regie::service
