#pragma once
// The household and its network as users (DOMAIN.md §12, issue "the household as users"): who may get
// access, with which rights, and how long an invitation holds. Access starts with an invitation a regisseur
// hands over out of band; accepting it sets up a password and a second factor.

#include <optional>
#include <string>
#include <vector>

#include "domain/codes.hpp"
#include "domain/huishouden.hpp"
#include "domain/leeftijd.hpp"
#include "domain/veldfout.hpp"

namespace regie::domain {

// What a household user may do. A member gets all three; a network member what the household chose.
enum class PortaalRecht {
  plan_lezen,    // read the current plan: goals, actions, evaluation date, the regisseur
  reageren,      // comment on a goal and propose changes
  eigen_acties,  // mark his own actions done
};

template <>
struct CodeTable<PortaalRecht> {
  static constexpr std::array entries{
      std::pair{PortaalRecht::plan_lezen, std::string_view{"plan_lezen"}},
      std::pair{PortaalRecht::reageren, std::string_view{"reageren"}},
      std::pair{PortaalRecht::eigen_acties, std::string_view{"eigen_acties"}},
  };
};

// By age: 16 and older on an account of their own, 12 to 15 together with a parent or carer, younger
// (and unborn) children not.
enum class PortaalLeeftijd { eigen_account, met_ouder, te_jong };
inline constexpr int kPortaalVanafJaren = 12;
inline constexpr int kEigenAccountVanafJaren = 16;
PortaalLeeftijd portaal_leeftijd(const Leeftijd& leeftijd);

// An invitation holds this many days and is used once.
inline constexpr int kUitnodigingDagen = 7;

enum class UitnodigingStatus { open, gebruikt, ingetrokken, verlopen };

template <>
struct CodeTable<UitnodigingStatus> {
  static constexpr std::array entries{
      std::pair{UitnodigingStatus::open, std::string_view{"open"}},
      std::pair{UitnodigingStatus::gebruikt, std::string_view{"gebruikt"}},
      std::pair{UitnodigingStatus::ingetrokken, std::string_view{"ingetrokken"}},
      std::pair{UitnodigingStatus::verlopen, std::string_view{"verlopen"}},
  };
};

// Where an invitation stands at moment `nu` (ISO text, as stored): used and revoked come before expired.
UitnodigingStatus uitnodiging_status(bool gebruikt, bool ingetrokken, std::string_view geldig_tot,
                                     std::string_view nu);

struct UitnodigingAanvraag {
  PersoonSoort soort = PersoonSoort::gezinslid;
  std::optional<Leeftijd> leeftijd;   // of a member
  std::vector<PortaalRecht> rechten;  // of a network member; a member gets all
  // For a member of 12 to 15: the member with parental authority (domain/gezag.hpp) who looks on with him.
  bool ouder_gekozen = false;
  bool ouder_heeft_gezag = false;       // that member is recorded as holding authority over the child
  bool toestemming_huishouden = false;  // a network member: the household agreed
  // Under restricted sharing every invitation needs the regisseur's explicit, recorded decision.
  bool afgeschermd = false;
  // A member named in the safety plan as someone a part is shielded from needs that decision too.
  bool genoemd_in_afscherming = false;
  std::string besluit;
};

using UitnodigingFout = Veldfout;

// Every reason the invitation cannot be made, each naming its field; empty when it can.
std::vector<UitnodigingFout> uitnodiging_fouten(const UitnodigingAanvraag& aanvraag);
// The rights the account gets: a member all, a network member those chosen (without repeats).
std::vector<PortaalRecht> portaal_rechten(const UitnodigingAanvraag& aanvraag);

}  // namespace regie::domain
