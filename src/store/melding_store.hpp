#pragma once
// Notifications per recipient (see domain/meldingen.hpp).

#include <optional>
#include <string>
#include <vector>

#include "domain/meldingen.hpp"
#include "store/database.hpp"

namespace regie::store {

struct MeldingRecord {
  std::string id;
  std::string gemeente_id;
  std::string ontvanger_id;
  domain::MeldingSoort soort = domain::MeldingSoort::zoekactie_afgeschermd;
  std::optional<std::string> huishouden_id;
  std::optional<std::string> door_id;
  std::string aangemaakt_op;
  std::optional<std::string> gelezen_op{};
  std::string door_naam{};               // read only: who caused it, with his organisation
  std::string huishouden_naam{};         // read only
  std::optional<std::string> sleutel{};  // what a reminder is about: each recipient hears of it once
};

struct MeldingVraag {
  std::string ontvanger_id;
  std::string gemeente_id;
  bool alleen_ongelezen = false;
  int limit = 20;
  int offset = 0;
};

// A reminder whose recipient already had one with the same kind and key is left out.
void meldingen_invoegen(Tx& tx, const std::vector<MeldingRecord>& meldingen);
// Newest first.
std::vector<MeldingRecord> meldingen(Tx& tx, const MeldingVraag& vraag);
std::int64_t meldingen_totaal(Tx& tx, const MeldingVraag& vraag);
// False when it is not this recipient's notification in this gemeente (already read is fine).
bool melding_gelezen(Tx& tx, const std::string& id, const std::string& ontvanger_id,
                     const std::string& gemeente_id, const std::string& op);
std::int64_t alle_meldingen_gelezen(Tx& tx, const std::string& ontvanger_id, const std::string& gemeente_id,
                                    const std::string& op);

}  // namespace regie::store
