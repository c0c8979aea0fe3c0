#pragma once
// What the household says back through the portal (see domain/reacties.hpp), and the regisseur's answer.

#include <optional>
#include <string>
#include <vector>

#include "domain/reacties.hpp"
#include "store/database.hpp"

namespace regie::store {

struct ReactieRecord {
  std::string id;
  std::string gemeente_id;
  std::string huishouden_id;
  domain::PersoonSoort persoon_soort = domain::PersoonSoort::gezinslid;
  std::string persoon_id;
  domain::ReactieSoort soort = domain::ReactieSoort::opmerking;
  std::optional<std::string> doel_id;
  std::optional<int> plan_versie;  // the version he saw when he wrote
  std::string tekst;
  std::string ingediend_op;
  std::optional<domain::ReactieUitkomst> uitkomst{};
  std::optional<std::string> antwoord{};
  std::optional<int> in_versie{};
  std::optional<std::string> beantwoord_door{};
  std::optional<std::string> beantwoord_op{};
};

struct ReactieAntwoord {
  domain::ReactieUitkomst uitkomst = domain::ReactieUitkomst::beantwoord;
  std::string antwoord;
  std::optional<int> in_versie;
  std::string door;
  std::string op;
};

struct ReactieVraag {
  std::string huishouden_id;
  std::vector<std::string> personen;  // only theirs (a user's own, and a parent's child's); empty: all
  bool alleen_open = false;
  int limit = 20;
  int offset = 0;
};

void reactie_invoegen(Tx& tx, const ReactieRecord& r);
// Open ones first, then newest first.
std::vector<ReactieRecord> reacties(Tx& tx, const ReactieVraag& vraag);
std::int64_t reacties_totaal(Tx& tx, const ReactieVraag& vraag);
std::optional<ReactieRecord> reactie(Tx& tx, const std::string& huishouden_id, const std::string& id);
// False when it was answered meanwhile (the first answer stands).
bool reactie_beantwoorden(Tx& tx, const std::string& id, const ReactieAntwoord& a);

}  // namespace regie::store
