#pragma once
// The 25 demo households as data: who lives there, the levels decided over time, where the work stands now,
// and what happened (signals, escalation, meldcode). Fictitious.

#include <string_view>
#include <vector>

#include "domain/huishouden.hpp"
#include "domain/taxatie.hpp"

namespace regie::cli::demo {

enum class Samenstelling { gezin, eenouder, zwanger, alleenstaand, oudere, samengesteld };
enum class Thema { schulden, wonen, opvoeding, school, gezondheid, werk, veiligheid, eenzaamheid };

struct Scenario {
  std::string_view achternaam;
  Samenstelling samenstelling;
  std::vector<int> niveaus;  // decided at the first assessment and at each later one; empty: only registered
  domain::Fase eindfase;
  std::vector<Thema> themas;
  std::vector<domain::Signaal> signalen;  // noted with the first assessment
  int start;                              // days ago the household was registered
  bool escalatie = false;                 // stalled cooperation after the first decision
  bool meldcode = false;
  bool afgeschermd_deel = false;  // the safety plan has a shielded part
  bool eigen_regie = false;       // level 1: a member holds casusregie
  bool knelpunt_laten = false;    // after a rise, the flagged regisseur stays (to show the flag)
  bool dwangbesluit = false;      // a compulsory frame with a restraining order for the partner
};

const std::vector<Scenario>& scenarios();

struct ThemaTekst {
  Thema thema;
  domain::Leefgebied leefgebied;
  std::string_view krachten;
  std::string_view zorgen;
  std::string_view eerdere_hulp;
  std::string_view doel;
  std::string_view actie_gezin;
  std::string_view actie_professional;
};

const ThemaTekst& tekst_voor(Thema thema);

}  // namespace regie::cli::demo
