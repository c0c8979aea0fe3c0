#pragma once
// Access checks in the service layer. This layer does tenancy (everything is scoped to the actor's gemeente;
// another gemeente's household "does not exist") and the role classes: household content is for
// regisseurs and managers; beheerders, agendahouders and aandachtsfunctionarissen never see it. The
// need-to-know rules per household (involvement, emergency access) arrive with login.

#include <initializer_list>
#include <string>

#include "service/context.hpp"
#include "service/dienst.hpp"
#include "store/huishouden_store.hpp"

namespace regie::service {

enum class Toegang { lezen, schrijven };

void vereis_rol(const Context& ctx, std::initializer_list<domain::Gebruikersrol> rollen);

// The household, if it is the actor's to see; NotFound for an unknown id or another gemeente's household,
// Forbidden for a role that has no access to household content. Records the household in the audit trace
// before the role check, so that a refused attempt is logged against it.
store::HuishoudenRecord laad_huishouden(store::Tx& tx, const Context& ctx, const std::string& id,
                                        Toegang toegang, Auditspoor& spoor);

// The same for a medewerker: must exist in the actor's gemeente.
void vereis_medewerker_in_gemeente(store::Tx& tx, const Context& ctx, const std::string& medewerker_id,
                                   const std::string& veld);

}  // namespace regie::service
