#pragma once
// Who may do what, as one table: a row per use case (its name is the `actie` of the audit trail). The roles
// are checked by Dienst before the use case reads anything (a refusal is audited); the relation is checked
// inside the use case by the function the row names. For a household that is the need-to-know table
// (toegangsbeleid.cpp) with the row's Handeling. A use case without a row is refused (and fails a test).

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "domain/huishouden.hpp"
#include "service/context.hpp"
#include "service/toegangsbeleid.hpp"

namespace regie::service {

// The relation that must hold besides the role.
enum class Relatie {
  geen,               // the role is enough, within the actor's gemeente
  zichzelf,           // the actor's own data (his profile, his session)
  huishouden,         // need-to-know on the household: `handeling` in toegangsbeleid.cpp
  zoeken,             // hits are shown as far as the actor may read them (need-to-know), else a contact
  eigen_team,         // the manager's own people (their manager_id)
  eigen_medewerker,   // the professional's own manager or his organisation's aandachtsfunctionaris, never
                      // himself (vereis_beoordelaar_van)
  eigen_organisatie,  // the actor's own organisation; the agendahouder every organisation of the gemeente
  implementatieplan,  // the gemeente's plan: the agendahouder; an organisation's: its aandachtsfunctionaris
  toezicht_nood,      // the requester's manager; without one, his organisation's managers, else its
                      // aandachtsfunctionaris
  systeem,            // the command line only
  portaal,            // a household user in his own household (DOMAIN.md §12), never a professional
};

struct Autorisatie {
  std::string_view use_case;
  std::vector<domain::Gebruikersrol> rollen;  // empty: any logged-in professional
  Relatie relatie = Relatie::geen;
  std::optional<Handeling> handeling;  // with Relatie::huishouden
};

std::span<const Autorisatie> autorisaties();
// The row of a use case; nullptr when it has none.
const Autorisatie* autorisatie_van(std::string_view use_case);
// Throws Forbidden when the actor has none of the row's roles (the command line's system actor passes),
// or when the use case has no row at all.
void vereis_autorisatie(const Context& ctx, std::string_view use_case);

}  // namespace regie::service
