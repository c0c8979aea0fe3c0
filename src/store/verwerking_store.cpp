#include "store/verwerking_store.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>

#include "domain/verwerkingsactiviteiten.hpp"
#include "store/bulk_insert.hpp"
#include "store/ids.hpp"

namespace regie::store {
namespace {

constexpr std::string_view kKopTabel = "verwerking_keten";
// Lines of the processing log were keyed from the start: an unkeyed one is always a rewrite.
const std::string kAltijdGesleuteld = "9999-12-31";

const std::string kKolommen =
    "gemeente_id, volgnummer, trace_id, operation_id, parent_operation_id, foreign_operation_id, "
    "status_code, "
    "name, start_time, end_time, activiteit_id, betrokkene, betrokkene_type, vorige_hash, hash";

VerwerkingRegel regel_uit(const Row& r) {
  VerwerkingRegel v;
  v.invoer.gemeente_id = r.text(0);
  v.volgnummer = r.integer(1);
  v.invoer.trace_id = r.text(2);
  v.invoer.operation_id = r.text(3);
  v.invoer.parent_operation_id = r.opt_text(4);
  v.invoer.foreign_operation_id = r.opt_text(5);
  v.invoer.status_code = static_cast<int>(r.integer(6));
  v.invoer.name = r.text(7);
  v.invoer.start_time = r.integer(8);
  v.invoer.end_time = r.integer(9);
  v.activiteit_id = r.text(10);
  v.invoer.betrokkene = r.opt_text(11);
  v.invoer.betrokkene_type = r.opt_text(12);
  v.vorige_hash = r.text(13);
  v.hash = r.text(14);
  return v;
}

const std::string kActiviteitKolommen =
    "id, gemeente_id, code, versie, naam, doel, geldig_vanaf, vervangen_op";

ActiviteitVersie activiteit_uit(const Row& r) {
  return {r.text(0), r.text(1), r.text(2), r.integer(3), r.text(4), r.text(5), r.text(6), r.opt_text(7)};
}

// The default register's activities the gemeente has no version of yet (all of them the first time; a new
// activity after an upgrade).
void register_aanvullen(Tx& tx, const std::string& gemeente_id, const std::string& nu) {
  std::vector<std::string> bekend;
  for (const auto& r :
       tx.query("SELECT DISTINCT code FROM verwerkingsactiviteit WHERE gemeente_id = $1", {gemeente_id})) {
    bekend.push_back(r.text(0));
  }
  for (const auto& a : domain::standaard_verwerkingsactiviteiten()) {
    if (std::ranges::find(bekend, a.code) != bekend.end()) continue;
    tx.exec(
        "INSERT INTO verwerkingsactiviteit (id, gemeente_id, code, versie, naam, doel, geldig_vanaf) "
        "VALUES ($1, $2, $3, 1, $4, $5, $6) ON CONFLICT (gemeente_id, code, versie) DO NOTHING",
        {nieuwe_id(), gemeente_id, std::string{a.code}, std::string{a.naam}, std::string{a.doel}, nu});
  }
}

std::optional<std::string> huidige_versie(Tx& tx, const std::string& gemeente_id, const std::string& code) {
  const auto r = tx.query_one(
      "SELECT id FROM verwerkingsactiviteit WHERE gemeente_id = $1 AND code = $2 AND vervangen_op IS NULL",
      {gemeente_id, code});
  return r ? std::optional{r->text(0)} : std::nullopt;
}

std::string filter_sql(const VerwerkingFilter& f, std::vector<Value>& params) {
  std::string waar = "gemeente_id = $1";
  params.push_back(f.gemeente_id);
  auto voeg = [&](const std::string& voorwaarde, Value waarde) {
    params.push_back(std::move(waarde));
    std::string v = voorwaarde;
    for (std::size_t p; (p = v.find('?')) != std::string::npos;)
      v.replace(p, 1, "$" + std::to_string(params.size()));
    waar += " AND " + v;
  };
  if (f.trace_id) voeg("trace_id = ?", *f.trace_id);
  if (f.activiteit) {
    voeg(
        "activiteit_id IN (SELECT id FROM verwerkingsactiviteit WHERE gemeente_id = $1 AND (id = ? OR code = "
        "?))",
        *f.activiteit);
  }
  if (f.betrokkene) voeg("betrokkene = ?", *f.betrokkene);
  if (f.vanaf) voeg("start_time >= ?", *f.vanaf);
  if (f.tot) voeg("start_time < ?", *f.tot);
  return waar;
}

std::int64_t ms_van(std::chrono::sys_days dag) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(dag.time_since_epoch()).count();
}

}  // namespace

std::string verwerking_canoniek(const std::string& vorige_hash, const VerwerkingRegel& v) {
  const auto& i = v.invoer;
  std::string c;
  for (const std::string_view veld :
       {std::string_view{vorige_hash}, std::string_view{i.gemeente_id}, std::string_view{i.trace_id},
        std::string_view{i.operation_id}, std::string_view{i.name}, std::string_view{v.activiteit_id}}) {
    canoniek_veld(c, veld);
  }
  canoniek_veld(c, std::to_string(v.volgnummer));
  canoniek_veld(c, i.parent_operation_id.value_or(""));
  canoniek_veld(c, i.foreign_operation_id.value_or(""));
  canoniek_veld(c, std::to_string(i.status_code));
  canoniek_veld(c, std::to_string(i.start_time));
  canoniek_veld(c, std::to_string(i.end_time));
  canoniek_veld(c, i.betrokkene.value_or(""));
  canoniek_veld(c, i.betrokkene_type.value_or(""));
  return c;
}

void verwerkingen_toevoegen(Tx& tx, std::span<const VerwerkingInvoer> regels, const std::string& nu) {
  if (regels.empty()) return;
  const auto& gemeente = regels.front().gemeente_id;
  std::map<std::string, std::string, std::less<>> versies;
  auto versie_van = [&](const std::string& code) -> const std::string& {
    if (const auto it = versies.find(code); it != versies.end()) return it->second;
    auto id = huidige_versie(tx, gemeente, code);
    if (!id) {
      register_aanvullen(tx, gemeente, nu);
      id = huidige_versie(tx, gemeente, code);
    }
    if (!id) throw DatabaseError("een verwerking zonder activiteit in het register");
    return versies.emplace(code, *id).first->second;
  };
  auto plek = keten_claimen(tx, kKopTabel, gemeente, static_cast<std::int64_t>(regels.size()));
  VerwerkingRegel v;
  v.volgnummer = plek.volgnummer;
  std::string vorige = std::move(plek.vorige_hash);
  BulkInsert rijen{tx, "verwerking", kKolommen};
  for (const auto& invoer : regels) {
    if (invoer.gemeente_id != gemeente)
      throw DatabaseError("verwerkingen van verschillende gemeenten in één reeks");
    v.invoer = invoer;
    v.activiteit_id = versie_van(invoer.activiteit_code);
    ++v.volgnummer;
    v.hash = keten_hash(verwerking_canoniek(vorige, v));
    rijen.rij({invoer.gemeente_id, v.volgnummer, invoer.trace_id, invoer.operation_id,
               text_or_null(invoer.parent_operation_id), text_or_null(invoer.foreign_operation_id),
               std::int64_t{invoer.status_code}, invoer.name, invoer.start_time, invoer.end_time,
               v.activiteit_id, text_or_null(invoer.betrokkene), text_or_null(invoer.betrokkene_type), vorige,
               v.hash});
    vorige = v.hash;
  }
  rijen.afronden();
  keten_sluiten(tx, kKopTabel, gemeente, vorige);
}

std::vector<VerwerkingRegel> verwerkingen_zoeken(Tx& tx, const VerwerkingFilter& filter, int limit,
                                                 int offset) {
  std::vector<Value> params;
  const auto waar = filter_sql(filter, params);
  params.emplace_back(std::int64_t{limit});
  params.emplace_back(std::int64_t{offset});
  const auto n = params.size();
  return map_rows(tx.query("SELECT " + kKolommen + " FROM verwerking WHERE " + waar +
                               " ORDER BY start_time DESC, volgnummer DESC LIMIT $" + std::to_string(n - 1) +
                               " OFFSET $" + std::to_string(n),
                           params),
                  regel_uit);
}

std::int64_t verwerkingen_aantal(Tx& tx, const VerwerkingFilter& filter) {
  std::vector<Value> params;
  const auto waar = filter_sql(filter, params);
  return tx.query("SELECT count(*) FROM verwerking WHERE " + waar, params).front().integer(0);
}

void verwerkingen_verifieren(Tx& tx, KetenVerificatie& uitkomst) {
  ketens_verifieren(
      tx, "verwerkingen", kKopTabel, "verwerking", uitkomst,
      [&](const std::string& gemeente, KetenControle& controle) {
        for (const auto& r :
             tx.query("SELECT " + kKolommen + " FROM verwerking WHERE gemeente_id = $1 ORDER BY volgnummer",
                      {gemeente})) {
          const auto v = regel_uit(r);
          controle.regel(v.volgnummer, v.vorige_hash, v.hash, verwerking_canoniek(v.vorige_hash, v),
                         kAltijdGesleuteld);
        }
      });
}

std::vector<ActiviteitVersie> register_van(Tx& tx, const std::string& gemeente_id, const std::string& nu) {
  register_aanvullen(tx, gemeente_id, nu);
  return map_rows(tx.query("SELECT " + kActiviteitKolommen +
                               " FROM verwerkingsactiviteit WHERE gemeente_id = $1 AND vervangen_op IS NULL "
                               "ORDER BY code",
                           {gemeente_id}),
                  activiteit_uit);
}

std::vector<ActiviteitVersie> register_alle_versies(Tx& tx, const std::string& gemeente_id) {
  return map_rows(tx.query("SELECT " + kActiviteitKolommen +
                               " FROM verwerkingsactiviteit WHERE gemeente_id = $1 ORDER BY code, versie",
                           {gemeente_id}),
                  activiteit_uit);
}

std::optional<ActiviteitVersie> activiteit_herformuleren(Tx& tx, const std::string& gemeente_id,
                                                         const std::string& code, const std::string& naam,
                                                         const std::string& doel, const std::string& nu) {
  register_aanvullen(tx, gemeente_id, nu);
  const auto huidig =
      map_row(tx.query_one("SELECT " + kActiviteitKolommen +
                               " FROM verwerkingsactiviteit WHERE gemeente_id = $1 AND code = $2 "
                               "AND vervangen_op IS NULL",
                           {gemeente_id, code}),
              activiteit_uit);
  if (!huidig) return std::nullopt;
  tx.exec("UPDATE verwerkingsactiviteit SET vervangen_op = $2 WHERE id = $1", {huidig->id, nu});
  ActiviteitVersie nieuw{nieuwe_id(), gemeente_id, code, huidig->versie + 1, naam, doel, nu, std::nullopt};
  tx.exec(
      "INSERT INTO verwerkingsactiviteit (id, gemeente_id, code, versie, naam, doel, geldig_vanaf) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {nieuw.id, gemeente_id, code, nieuw.versie, naam, doel, nu});
  return nieuw;
}

void verwerking_partities_maken(Tx& tx, std::int64_t nu_ms) {
  using namespace std::chrono;
  const year_month_day dag{floor<days>(sys_time<milliseconds>{milliseconds{nu_ms}})};
  auto maand = dag.year() / dag.month();
  for (int i = 0; i < 2; ++i, maand += months{1}) {
    const auto volgende = maand + months{1};
    char naam[32];
    std::snprintf(naam, sizeof naam, "verwerking_%04d%02u", static_cast<int>(maand.year()),
                  static_cast<unsigned>(maand.month()));
    tx.exec_script(std::string{"CREATE TABLE IF NOT EXISTS "} + naam +
                   " PARTITION OF verwerking FOR VALUES FROM (" +
                   std::to_string(ms_van(sys_days{maand / 1})) + ") TO (" +
                   std::to_string(ms_van(sys_days{volgende / 1})) + ")");
  }
}

}  // namespace regie::store
