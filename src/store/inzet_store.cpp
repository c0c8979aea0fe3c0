#include "store/inzet_store.hpp"

#include <set>

#include "store/codes.hpp"

namespace regie::store {

void inzet_vastleggen(Tx& tx, const std::string& huishouden_id, const InzetRecord& inzet) {
  const auto& r = inzet.registratie;
  const auto contra = domain::beoordeel_inzet(r.toets).contra_indicatie;
  tx.exec(
      "INSERT INTO huishouden_inzet (huishouden_id, acuut_gevaar, basiszorg_onvoldoende, motivatie, "
      "onverschillig, contra_indicatie, contra_indicatie_erkend, vastgelegd_door, vastgelegd_op) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {huishouden_id, std::int64_t{r.toets.acuut_gevaar}, std::int64_t{r.toets.basiszorg_onvoldoende},
       code(r.toets.motivatie), std::int64_t{r.toets.onverschillig}, std::int64_t{contra},
       std::int64_t{contra && r.contra_indicatie_erkend}, inzet.vastgelegd_door, inzet.vastgelegd_op});
  for (const auto criterium : r.toets.criteria)
    tx.exec("INSERT INTO huishouden_inzetcriterium (huishouden_id, criterium) VALUES ($1, $2)",
            {huishouden_id, code(criterium)});
}

std::optional<InzetRecord> inzet_van(Tx& tx, const std::string& huishouden_id) {
  const auto rij = tx.query_one(
      "SELECT acuut_gevaar, basiszorg_onvoldoende, motivatie, onverschillig, contra_indicatie_erkend, "
      "vastgelegd_door, vastgelegd_op FROM huishouden_inzet WHERE huishouden_id = $1",
      {huishouden_id});
  if (!rij) return std::nullopt;
  InzetRecord uit;
  auto& t = uit.registratie.toets;
  t.acuut_gevaar = rij->boolean(0);
  t.basiszorg_onvoldoende = rij->boolean(1);
  t.motivatie = code_uit<domain::Motivatie>(*rij, 2);
  t.onverschillig = rij->boolean(3);
  uit.registratie.contra_indicatie_erkend = rij->boolean(4);
  uit.vastgelegd_door = rij->text(5);
  uit.vastgelegd_op = rij->text(6);
  // In the order of the criteria's table, whatever order they were given in.
  std::set<std::string> vastgelegd;
  for (const auto& c :
       tx.query("SELECT criterium FROM huishouden_inzetcriterium WHERE huishouden_id = $1", {huishouden_id}))
    vastgelegd.insert(c.text(0));
  for (const auto& [criterium, naam] : domain::CodeTable<domain::InzetCriterium>::entries) {
    if (vastgelegd.contains(std::string{naam})) t.criteria.push_back(criterium);
  }
  return uit;
}

}  // namespace regie::store
