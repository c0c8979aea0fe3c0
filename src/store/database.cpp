#include "store/database.hpp"

#include <charconv>

#include "store/logboek.hpp"
#include "store/migrations.hpp"
#include "store/postgres/postgres_database.hpp"
#include "store/sqlite/sqlite_database.hpp"

namespace regie::store {

const std::string& Row::text(std::size_t i) const {
  const auto& c = columns_.at(i);
  if (!c) throw DatabaseError("kolom " + std::to_string(i) + " is NULL");
  return *c;
}

std::int64_t Row::integer(std::size_t i) const {
  const std::string& s = text(i);
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc{} || end != s.data() + s.size())
    throw DatabaseError("kolom " + std::to_string(i) + " is geen getal");
  return value;
}

std::optional<std::int64_t> Row::opt_integer(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return integer(i);
}

std::string parameterlijst(std::size_t aantal) {
  std::string lijst;
  for (std::size_t i = 1; i <= aantal; ++i) lijst += (i > 1 ? ", $" : "$") + std::to_string(i);
  return lijst;
}

std::optional<Row> Tx::query_one(std::string_view sql, std::initializer_list<Value> params) {
  auto rows = query(sql, params);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::unique_ptr<Database> open_database(const DatabaseConfig& config) {
  std::unique_ptr<Database> db;
  if (config.url.empty()) {
    auto data = open_sqlite(config.data_dir / "regie.db", config.pool_size);
    // The log store's readers serve only the access logs and the privacy officer: two are plenty.
    data->logboek_koppelen(open_sqlite(config.data_dir / "logboek.db", 2, "logboek"));
    migrate(*data);
    db = std::move(data);
  } else {
    // A migration may fill a new table at national scale: it runs without the server's time limits, on a
    // connection of its own.
    migrate(*open_postgres(config.url, 1, kOnbeperkt));
    db = open_postgres(config.url, config.pool_size, config.onderhoud ? kOnbeperkt : kStandaardAntwoordtijd);
  }
  wachtrij_afhandelen(*db);
  return db;
}

std::string describe(const DatabaseConfig& config) {
  if (config.url.empty()) return "SQLite " + (config.data_dir / "regie.db").string();
  return "PostgreSQL " + describe_postgres(config.url);
}

}  // namespace regie::store
