#pragma once
// What the household says back (DOMAIN.md §12, issue "the household as users"): a remark on a goal, a
// proposal to change the plan in its own words, a request to correct data (AVG art. 16). A regisseur answers
// each once; which outcomes fit which kind, and what each needs, is the table in reacties.cpp.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/codes.hpp"
#include "domain/portaal.hpp"
#include "domain/veldfout.hpp"

namespace regie::domain {

enum class ReactieSoort {
  opmerking,  // on one goal of the current plan
  voorstel,   // a change to the plan, in the household's own words
  correctie,  // "this about me is not right": a request to correct data
};

enum class ReactieUitkomst {
  beantwoord,    // answered (a proposal: not taken over, with the reason)
  overgenomen,   // the proposal is in a newer version of the plan
  gecorrigeerd,  // the data was corrected
  afgewezen,     // the correction was refused, with the reason
};

template <>
struct CodeTable<ReactieSoort> {
  static constexpr std::array entries{
      std::pair{ReactieSoort::opmerking, std::string_view{"opmerking"}},
      std::pair{ReactieSoort::voorstel, std::string_view{"voorstel"}},
      std::pair{ReactieSoort::correctie, std::string_view{"correctie"}},
  };
};

template <>
struct CodeTable<ReactieUitkomst> {
  static constexpr std::array entries{
      std::pair{ReactieUitkomst::beantwoord, std::string_view{"beantwoord"}},
      std::pair{ReactieUitkomst::overgenomen, std::string_view{"overgenomen"}},
      std::pair{ReactieUitkomst::gecorrigeerd, std::string_view{"gecorrigeerd"}},
      std::pair{ReactieUitkomst::afgewezen, std::string_view{"afgewezen"}},
  };
};

using ReactieFout = Veldfout;

// What the household user sends, and what is known about him and the plan.
struct ReactieAanvraag {
  ReactieSoort soort = ReactieSoort::opmerking;
  bool doel_gekozen = false;
  bool doel_in_plan = false;    // the chosen goal is in the current plan
  bool plan_zichtbaar = false;  // there is a current plan he may see (not under restricted sharing)
};
// The portal right this kind needs, if any.
std::optional<PortaalRecht> vereist_recht(ReactieSoort soort);
// Every reason it cannot be sent, each naming its field; empty when it can.
std::vector<ReactieFout> reactie_fouten(const ReactieAanvraag& aanvraag);

// The regisseur's answer.
struct AntwoordAanvraag {
  ReactieSoort soort = ReactieSoort::opmerking;
  ReactieUitkomst uitkomst = ReactieUitkomst::beantwoord;
  std::optional<int> versie_bij_indienen;  // the plan version the household saw when it wrote
  std::optional<int> versie_nu;            // the current plan version
};
std::vector<ReactieFout> antwoord_fouten(const AntwoordAanvraag& aanvraag);

// The outcomes a regisseur may give to this kind, in the order the screen offers them.
std::vector<ReactieUitkomst> uitkomsten(ReactieSoort soort);

}  // namespace regie::domain
