#include "store/logboek.hpp"

#include <chrono>
#include <map>
#include <mutex>
#include <set>

#include "domain/tijd.hpp"
#include "domain/verwerkingsactiviteiten.hpp"
#include "store/audit_sleutels.hpp"
#include "store/codes.hpp"
#include "store/ids.hpp"

namespace regie::store {
namespace {

const std::string kWachtrijKolommen =
    "bron, gemeente_id, tijdstip, actor_id, rol, actie, huishouden_id, personen, doel, resultaat, trace_id, "
    "operation_id, parent_operation_id, foreign_operation_id, start_time, end_time";

// Queue rows already in the log store, per data file: removed in the next change's transaction there, so the
// queue stays small without a commit of its own.
std::mutex afgeleverd_mutex;
std::map<const Database*, std::vector<std::string>> afgeleverd;

std::vector<std::string> afgeleverd_nemen(const Database& db) {
  std::lock_guard lock{afgeleverd_mutex};
  const auto it = afgeleverd.find(&db);
  if (it == afgeleverd.end()) return {};
  auto bronnen = std::move(it->second);
  afgeleverd.erase(it);
  return bronnen;
}

void afgeleverd_melden(const Database& db, const std::vector<std::string>& bronnen) {
  std::lock_guard lock{afgeleverd_mutex};
  auto& lijst = afgeleverd[&db];
  lijst.insert(lijst.end(), bronnen.begin(), bronnen.end());
}

void wachtrij_opruimen(Tx& data_tx, std::span<const std::string> bronnen) {
  per_lijstdeel(bronnen, [&](const std::vector<Value>& waarden, const std::string& plaatsen) {
    data_tx.exec("DELETE FROM logboek_wachtrij WHERE bron IN (" + plaatsen + ")", waarden);
  });
}

std::set<std::string> al_aanwezig(Tx& log_tx, std::span<const std::string> bronnen) {
  std::set<std::string> aanwezig;
  per_lijstdeel(bronnen, [&](const std::vector<Value>& waarden, const std::string& plaatsen) {
    for (const auto& r : log_tx.query("SELECT bron FROM audit WHERE bron IN (" + plaatsen + ")", waarden)) {
      aanwezig.insert(r.text(0));
    }
  });
  return aanwezig;
}

// Rows of one gemeente at a time (each log's chain is per gemeente), in the given order.
template <typename F>
void per_gemeente(std::span<const Logregel> regels, std::span<const std::string> bronnen, F&& doen) {
  std::size_t begin = 0;
  while (begin < regels.size()) {
    std::size_t eind = begin + 1;
    while (eind < regels.size() && regels[eind].audit.gemeente_id == regels[begin].audit.gemeente_id) ++eind;
    doen(regels.subspan(begin, eind - begin),
         bronnen.empty() ? bronnen : bronnen.subspan(begin, eind - begin));
    begin = eind;
  }
}

Logregel logregel_uit(const Row& r) {
  Logregel l;
  l.audit = {r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.opt_text(6), woorden_uit(r.text(7)),
             r.text(8), r.text(9), r.text(10)};
  l.spoor = {r.text(10), r.text(11), r.opt_text(12), r.opt_text(13), r.integer(14), r.integer(15)};
  return l;
}

}  // namespace

std::vector<VerwerkingInvoer> verwerkingen_van(std::span<const Logregel> regels) {
  std::vector<VerwerkingInvoer> uit;
  for (const auto& r : regels) {
    const auto& a = r.audit;
    const auto* activiteit = domain::verwerkingsactiviteit_van(a.actie);
    if (activiteit == nullptr) throw DatabaseError("een handeling zonder verwerkingsactiviteit");
    VerwerkingInvoer v{a.gemeente_id,
                       r.spoor.trace_id,
                       r.spoor.operation_id,
                       r.spoor.parent_operation_id,
                       r.spoor.foreign_operation_id,
                       a.resultaat == "gelukt" ? 1 : 2,
                       a.actie,
                       r.spoor.start_time,
                       r.spoor.end_time,
                       std::string{activiteit->code},
                       std::nullopt,
                       std::nullopt};
    if (!a.personen.empty()) {
      for (const auto& persoon : a.personen) {
        v.betrokkene = betrokkene_pseudoniem(a.gemeente_id, persoon);
        v.betrokkene_type = "persoon";
        uit.push_back(v);
      }
    } else if (a.huishouden_id) {
      v.betrokkene = betrokkene_pseudoniem(a.gemeente_id, *a.huishouden_id);
      v.betrokkene_type = "huishouden";
      uit.push_back(std::move(v));
    } else {
      uit.push_back(std::move(v));
    }
  }
  return uit;
}

void logregels_toevoegen(Tx& log_tx, std::span<const Logregel> regels, std::span<const std::string> bronnen) {
  if (regels.empty()) return;
  std::vector<Logregel> nieuw;
  std::vector<std::string> nieuwe_bronnen;
  if (!bronnen.empty()) {
    const auto aanwezig = al_aanwezig(log_tx, bronnen);
    for (std::size_t i = 0; i < regels.size(); ++i) {
      if (aanwezig.contains(bronnen[i])) continue;
      nieuw.push_back(regels[i]);
      nieuwe_bronnen.push_back(bronnen[i]);
    }
    regels = nieuw;
    bronnen = nieuwe_bronnen;
  }
  per_gemeente(regels, bronnen,
               [&](std::span<const Logregel> deel, std::span<const std::string> deel_bronnen) {
                 std::vector<AuditInvoer> audit;
                 audit.reserve(deel.size());
                 for (const auto& r : deel) audit.push_back(r.audit);
                 audit_toevoegen(log_tx, audit, deel_bronnen);
                 verwerkingen_toevoegen(log_tx, verwerkingen_van(deel), deel.front().audit.tijdstip);
               });
}

void logregels_schrijven(Database& db, std::span<const Logregel> regels) {
  db.logboek().logregels_tx([&](Tx& tx) { logregels_toevoegen(tx, regels); });
}

void Logpost::bij_wijziging(Tx& data_tx, std::vector<Logregel> regels) {
  if (&db_.logboek() == &db_) {
    logregels_toevoegen(data_tx, regels);
    return;
  }
  wachtrij_opruimen(data_tx, afgeleverd_nemen(db_));
  for (const auto& r : regels) {
    const auto& a = r.audit;
    auto bron = nieuwe_id();
    data_tx.exec("INSERT INTO logboek_wachtrij (" + kWachtrijKolommen +
                     ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
                 {bron, a.gemeente_id, a.tijdstip, a.actor_id, a.rol, a.actie, text_or_null(a.huishouden_id),
                  woorden(a.personen), a.doel, a.resultaat, a.trace_id, r.spoor.operation_id,
                  text_or_null(r.spoor.parent_operation_id), text_or_null(r.spoor.foreign_operation_id),
                  r.spoor.start_time, r.spoor.end_time});
    bronnen_.push_back(std::move(bron));
  }
  regels_.insert(regels_.end(), std::make_move_iterator(regels.begin()),
                 std::make_move_iterator(regels.end()));
}

void Logpost::afleveren() noexcept {
  if (bronnen_.empty()) return;
  try {
    db_.logboek().write([&](Tx& tx) { logregels_toevoegen(tx, regels_, bronnen_); });
    afgeleverd_melden(db_, bronnen_);
  } catch (...) {
    // The change is committed and its lines are safe in the queue; the next start or periodic round moves
    // them (wachtrij_afhandelen).
  }
}

std::size_t wachtrij_afhandelen(Database& db) {
  if (&db.logboek() == &db) return 0;
  const auto rijen = db.read([](Tx& tx) {
    return tx.query("SELECT " + kWachtrijKolommen + " FROM logboek_wachtrij ORDER BY volgorde");
  });
  if (rijen.empty()) return 0;
  std::vector<Logregel> regels;
  std::vector<std::string> bronnen;
  for (const auto& r : rijen) {
    bronnen.push_back(r.text(0));
    regels.push_back(logregel_uit(r));
  }
  std::size_t verplaatst = 0;
  db.logboek().write([&](Tx& tx) {
    verplaatst = bronnen.size() - al_aanwezig(tx, bronnen).size();
    logregels_toevoegen(tx, regels, bronnen);
  });
  db.write([&](Tx& tx) { wachtrij_opruimen(tx, bronnen); });
  return verplaatst;
}

void logboek_onderhoud(Database& db) {
  wachtrij_afhandelen(db);
  if (db.backend() != Backend::postgres) return;
  static constexpr std::int64_t kPartitieSlot = 0x7265676965 + 1;
  db.write([](Tx& tx) {
    tx.query("SELECT pg_advisory_xact_lock($1)", {kPartitieSlot});
    verwerking_partities_maken(tx, domain::ms_van(std::chrono::time_point_cast<std::chrono::microseconds>(
                                       std::chrono::system_clock::now())));
  });
}

void audit_naar_logboek(Tx& data_tx, Database& logboek) {
  for (const auto& kop : data_tx.query("SELECT gemeente_id, volgnummer, laatste_hash FROM audit_keten")) {
    std::int64_t tot_en_met = 0;
    for (;;) {
      const auto rijen = data_tx.query(
          "SELECT gemeente_id, volgnummer, tijdstip, actor_id, rol, actie, huishouden_id, personen, doel, "
          "resultaat, vorige_hash, hash FROM audit WHERE gemeente_id = $1 AND volgnummer > $2 "
          "ORDER BY volgnummer LIMIT 20000",
          {kop.text(0), tot_en_met});
      if (rijen.empty()) break;
      logboek.write([&](Tx& log_tx) {
        for (const auto& r : rijen) {
          std::vector<Value> waarden;
          for (std::size_t i = 0; i < r.size(); ++i) {
            if (i == 1) {
              waarden.emplace_back(r.integer(i));
            } else {
              waarden.emplace_back(r.is_null(i) ? null() : Value{r.text(i)});
            }
          }
          log_tx.exec(
              "INSERT INTO audit (gemeente_id, volgnummer, tijdstip, actor_id, rol, actie, huishouden_id, "
              "personen, doel, resultaat, vorige_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
              "$10, "
              "$11, $12) ON CONFLICT (gemeente_id, volgnummer) DO NOTHING",
              waarden);
        }
      });
      tot_en_met = rijen.back().integer(1);
    }
    logboek.write([&](Tx& log_tx) {
      log_tx.exec(
          "INSERT INTO audit_keten (gemeente_id, volgnummer, laatste_hash) VALUES ($1, $2, $3) "
          "ON CONFLICT (gemeente_id) DO UPDATE SET volgnummer = excluded.volgnummer, "
          "laatste_hash = excluded.laatste_hash",
          {kop.text(0), kop.integer(1), kop.text(2)});
    });
  }
}

}  // namespace regie::store
