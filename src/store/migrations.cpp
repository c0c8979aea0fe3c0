#include "store/migrations.hpp"

#include <algorithm>
#include <array>
#include <chrono>

#include "domain/tijd.hpp"
#include "store/logboek.hpp"
#include "store/zoekterm_store.hpp"

namespace regie::store {
namespace {

// Any fixed number: serialises migrations of several servers starting at once on one PostgreSQL database.
constexpr std::int64_t kMigrationLock = 0x7265676965;

// Data a migration's script cannot derive in SQL alone: done by the product's own code, in the same
// transaction, before or after the script.
struct Aanvulling {
  int versie;
  bool voor_het_script;
  void (*doen)(Tx&, Database&);
};
void zoektermen(Tx& tx, Database&) { zoektermen_vullen(tx); }
void audit_verhuizen(Tx& tx, Database& db) { audit_naar_logboek(tx, db.logboek()); }
constexpr std::array<Aanvulling, 2> kSqliteAanvullingen{
    {{18, false, &zoektermen}, {33, true, &audit_verhuizen}}};
constexpr std::array<Aanvulling, 1> kPostgresAanvullingen{{{18, false, &zoektermen}}};

MigrateResult toepassen(Database& db, const std::vector<Migration>& migrations,
                        std::span<const Aanvulling> aanvullingen) {
  return db.write([&](Tx& tx) {
    if (db.backend() == Backend::postgres) tx.query("SELECT pg_advisory_xact_lock($1)", {kMigrationLock});
    tx.exec_script(
        "CREATE TABLE IF NOT EXISTS schema_migratie (versie INTEGER PRIMARY KEY, naam TEXT NOT NULL, "
        "toegepast_op TEXT NOT NULL)");
    std::vector<int> bestaand;
    for (const auto& row : tx.query("SELECT versie FROM schema_migratie ORDER BY versie")) {
      bestaand.push_back(static_cast<int>(row.integer(0)));
    }
    const int nieuwste_bekend = migrations.empty() ? 0 : migrations.back().versie;
    if (!bestaand.empty() && bestaand.back() > nieuwste_bekend) {
      throw DatabaseError("het schema van de database (versie " + std::to_string(bestaand.back()) +
                          ") is nieuwer dan deze versie van regie kent (" + std::to_string(nieuwste_bekend) +
                          ")");
    }
    MigrateResult result;
    const auto nu = domain::format_tijdstip(
        std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now()));
    for (const auto& m : migrations) {
      if (std::ranges::find(bestaand, m.versie) != bestaand.end()) continue;
      auto aanvullen = [&](bool voor) {
        for (const auto& a : aanvullingen) {
          if (a.versie == m.versie && a.voor_het_script == voor) a.doen(tx, db);
        }
      };
      aanvullen(true);
      tx.exec_script(m.sql);
      aanvullen(false);
      tx.exec("INSERT INTO schema_migratie (versie, naam, toegepast_op) VALUES ($1, $2, $3)",
              {std::int64_t{m.versie}, std::string{m.naam}, nu});
      result.toegepast.push_back(m.versie);
    }
    result.versie = std::max(nieuwste_bekend, bestaand.empty() ? 0 : bestaand.back());
    return result;
  });
}

}  // namespace

MigrateResult migrate(Database& db) {
  if (db.backend() == Backend::postgres) {
    auto result = toepassen(db, postgres_migrations(), kPostgresAanvullingen);
    // The partitions of this month and the next exist before any line is written (the same upkeep the server
    // repeats hourly, one process at a time).
    logboek_onderhoud(db);
    return result;
  }
  // The log store first: the data file's migration 33 moves the audit trail into it.
  if (&db.logboek() == &db) throw DatabaseError("een SQLite-database zonder logboekbestand");
  toepassen(db.logboek(), logboek_sqlite_migrations(), {});
  return toepassen(db, sqlite_migrations(), kSqliteAanvullingen);
}

}  // namespace regie::store
