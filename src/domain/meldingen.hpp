#pragma once
// Notifications in Regie's own inbox (DOMAIN.md §5 a and c; issue "a regisseur's day"): what happened, who
// hears of it, and the words it is shown in. Who receives each kind is a row of the table in meldingen.cpp.
// A notification names its household and who caused it by id only; the text is composed when it is read,
// for a reader who may see it, and never leaves Regie (an e-mail would only say that there is something).

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/codes.hpp"

namespace regie::domain {

enum class MeldingSoort {
  zoekactie_afgeschermd,      // someone not involved searched and found a household under restricted sharing
  betrokkenheid_afgeschermd,  // a professional became involved in a household under restricted sharing
  noodtoegang_afgeschermd,    // someone took emergency access to a household under restricted sharing
  noodtoegang_te_beoordelen,  // one of my people used emergency access: review it
  escalatie_geopend,          // an escalation about a household where I hold regie or my people are involved
  actie_over_tijd,            // an action of mine in the current plan has passed its date (daily check)
  evaluatie_nadert,           // the plan's evaluation date is within kEvaluatieVooraf days (daily check)
  reactie_huishouden,         // a member or network member commented, proposed a change or asked a correction
};

// How many days ahead the regisseurs hear that an evaluation is due.
inline constexpr int kEvaluatieVooraf = 7;

// The people around a household and its event, as the rules need them.
struct MeldingKring {
  std::vector<std::string> procesregisseurs;  // professionals only
  std::vector<std::string> casusregisseurs;   // professionals only
  // Who reviews the actor's emergency access: his manager; without one, his organisation's managers, and
  // when it has none its aandachtsfunctionarissen.
  std::vector<std::string> managers_van_veroorzaker;
  std::vector<std::string> managers_van_betrokkenen;  // the managers of the professionals involved
  std::vector<std::string> eigenaren;                 // whose action it is (the daily check names him)
  std::vector<std::string> niet_aan;                  // who did it, and whom it is about: they know already
};

// Which parts of the circle a kind needs, so that only those are looked up.
struct KringNodig {
  bool regisseurs = false;
  bool managers_van_veroorzaker = false;
  bool managers_van_betrokkenen = false;
};
KringNodig kring_nodig(MeldingSoort soort);

// Who receives a notification of this kind: each once, without those in `niet_aan`.
std::vector<std::string> ontvangers(MeldingSoort soort, const MeldingKring& kring);

// The sentence shown in the inbox; `wie` is who caused it ("Sanne de Wit, Wijkteam"), `huishouden` the name
// of the household where the reader may see it, else empty.
std::string melding_tekst(MeldingSoort soort, const std::string& wie, const std::string& huishouden);
// The page of the web app where it is seen to (for the household with this id).
std::string melding_doel(MeldingSoort soort, const std::string& huishouden_id);

template <>
struct CodeTable<MeldingSoort> {
  static constexpr std::array entries{
      std::pair{MeldingSoort::zoekactie_afgeschermd, std::string_view{"zoekactie_afgeschermd"}},
      std::pair{MeldingSoort::betrokkenheid_afgeschermd, std::string_view{"betrokkenheid_afgeschermd"}},
      std::pair{MeldingSoort::noodtoegang_afgeschermd, std::string_view{"noodtoegang_afgeschermd"}},
      std::pair{MeldingSoort::noodtoegang_te_beoordelen, std::string_view{"noodtoegang_te_beoordelen"}},
      std::pair{MeldingSoort::escalatie_geopend, std::string_view{"escalatie_geopend"}},
      std::pair{MeldingSoort::actie_over_tijd, std::string_view{"actie_over_tijd"}},
      std::pair{MeldingSoort::evaluatie_nadert, std::string_view{"evaluatie_nadert"}},
      std::pair{MeldingSoort::reactie_huishouden, std::string_view{"reactie_huishouden"}},
  };
};

}  // namespace regie::domain
