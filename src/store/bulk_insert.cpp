#include "store/bulk_insert.hpp"

#include <algorithm>

namespace regie::store {
namespace {

// SQLite resolves "$n" names with a linear search while preparing: beyond about a thousand parameters per
// statement that costs more than the round trips it saves.
constexpr std::size_t kMaxParameters = 1000;

std::vector<std::string> kolommen_uit(std::string_view lijst) {
  std::vector<std::string> uit;
  for (std::string_view rest = lijst; !rest.empty();) {
    const auto komma = rest.find(", ");
    uit.emplace_back(rest.substr(0, komma));
    rest = komma == std::string_view::npos ? std::string_view{} : rest.substr(komma + 2);
  }
  return uit;
}

}  // namespace

BulkInsert::BulkInsert(Tx& tx, std::string tabel, std::vector<std::string> kolommen)
    : tx_(tx),
      tabel_(std::move(tabel)),
      kolommen_(std::move(kolommen)),
      per_statement_(std::max<std::size_t>(1, kMaxParameters / kolommen_.size())) {}

BulkInsert::BulkInsert(Tx& tx, std::string tabel, std::string_view kolommen)
    : BulkInsert(tx, std::move(tabel), kolommen_uit(kolommen)) {}

std::string BulkInsert::statement(std::size_t rijen) const {
  std::string sql = "INSERT INTO " + tabel_ + " (";
  for (std::size_t k = 0; k < kolommen_.size(); ++k) sql += (k ? ", " : "") + kolommen_[k];
  sql += ") VALUES ";
  std::size_t n = 1;
  for (std::size_t r = 0; r < rijen; ++r) {
    sql += r ? ", (" : "(";
    for (std::size_t k = 0; k < kolommen_.size(); ++k) sql += (k ? ", $" : "$") + std::to_string(n++);
    sql += ")";
  }
  return sql;
}

void BulkInsert::rij(std::vector<Value> waarden) {
  if (waarden.size() != kolommen_.size())
    throw DatabaseError("BulkInsert: aantal waarden klopt niet voor " + tabel_);
  std::ranges::move(waarden, std::back_inserter(wachtend_));
}

void BulkInsert::afronden() {
  // In the order of the first column (for most tables the key): each index page is then visited once per
  // batch instead of at random. Stable, so rows with the same first value keep their order.
  const std::size_t k = kolommen_.size();
  std::vector<std::size_t> volgorde(wachtend_.size() / k);
  for (std::size_t i = 0; i < volgorde.size(); ++i) volgorde[i] = i;
  std::ranges::stable_sort(volgorde,
                           [&](std::size_t a, std::size_t b) { return wachtend_[a * k] < wachtend_[b * k]; });
  std::vector<Value> gesorteerd;
  gesorteerd.reserve(wachtend_.size());
  for (const auto i : volgorde) {
    for (std::size_t c = 0; c < k; ++c) gesorteerd.push_back(std::move(wachtend_[i * k + c]));
  }
  wachtend_ = std::move(gesorteerd);

  const std::size_t per_batch = per_statement_ * kolommen_.size();
  std::size_t begin = 0;
  for (; begin + per_batch <= wachtend_.size(); begin += per_batch) {
    if (vol_statement_.empty()) vol_statement_ = statement(per_statement_);
    tx_.exec(vol_statement_, std::span<const Value>{wachtend_.data() + begin, per_batch});
    geschreven_ += per_statement_;
  }
  if (begin < wachtend_.size()) {
    const auto rest = wachtend_.size() - begin;
    tx_.exec(statement(rest / kolommen_.size()), std::span<const Value>{wachtend_.data() + begin, rest});
    geschreven_ += rest / kolommen_.size();
  }
  wachtend_.clear();
}

}  // namespace regie::store
