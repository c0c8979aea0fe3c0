#include "store/zoekterm_store.hpp"

#include "domain/zoektermen.hpp"

namespace regie::store {
namespace {

void invoegen(Tx& tx, const std::string& huishouden_id, const std::optional<std::string>& gezinslid_id,
              const std::string& naam) {
  for (const auto& term : domain::zoektermen(naam)) {
    tx.exec(
        "INSERT INTO zoekterm (gemeente_id, huishouden_id, gezinslid_id, term) "
        "SELECT h.gemeente_id, h.id, $2, $3 FROM huishouden h WHERE h.id = $1",
        {huishouden_id, text_or_null(gezinslid_id), term});
  }
}

// One batch of names after `na` (by id): households' names, or members' surnames.
std::string vul_batch(Tx& tx, bool leden, const std::string& na) {
  const auto rijen = tx.query(
      leden ? "SELECT id, huishouden_id, achternaam FROM gezinslid WHERE id > $1 ORDER BY id LIMIT 5000"
            : "SELECT id, id, naam FROM huishouden WHERE id > $1 ORDER BY id LIMIT 5000",
      {na});
  std::string laatste;
  for (const auto& r : rijen) {
    laatste = r.text(0);
    invoegen(tx, r.text(1), leden ? std::optional{laatste} : std::nullopt, r.text(2));
  }
  return laatste;
}

}  // namespace

void zoektermen_zetten(Tx& tx, const std::string& huishouden_id,
                       const std::optional<std::string>& gezinslid_id, const std::string& naam) {
  if (gezinslid_id) {
    tx.exec("DELETE FROM zoekterm WHERE huishouden_id = $1 AND gezinslid_id = $2",
            {huishouden_id, *gezinslid_id});
  } else {
    tx.exec("DELETE FROM zoekterm WHERE huishouden_id = $1 AND gezinslid_id IS NULL", {huishouden_id});
  }
  invoegen(tx, huishouden_id, gezinslid_id, naam);
}

void zoektermen_vullen(Tx& tx) {
  for (const bool leden : {false, true}) {
    std::string na;
    do {
      na = vul_batch(tx, leden, na);
    } while (!na.empty());
  }
}

}  // namespace regie::store
