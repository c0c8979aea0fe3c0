#pragma once
// Access checks in the service layer: tenancy (another gemeente's household "does not exist"), role classes
// (aggregate roles and beheerders never see household content) and need-to-know per household
// (toegangsbeleid.hpp).

#include <initializer_list>
#include <optional>
#include <string>

#include "service/context.hpp"
#include "service/dienst.hpp"
#include "service/toegangsbeleid.hpp"
#include "store/huishouden_store.hpp"

namespace regie::service {

// The actor's relations to the household now (one indexed query).
Banden banden(store::Tx& tx, const Context& ctx, const std::string& huishouden_id, const std::string& nu);

// The same for a medewerker: his organisation must be registered in the actor's gemeente (administration).
void vereis_medewerker_in_gemeente(store::Tx& tx, const Context& ctx, const std::string& medewerker_id,
                                   const std::string& veld);
// The same for a medewerker named in the path: NotFound when he is not in the actor's gemeente.
void vind_medewerker_in_gemeente(store::Tx& tx, const Context& ctx, const std::string& medewerker_id);
// Whether a professional can be involved or named in a household of the actor's gemeente: his organisation
// is registered in it or contracted by it (DOMAIN.md §6).
bool werkt_in_gemeente(store::Tx& tx, const Context& ctx, const std::string& medewerker_id);
// BadRequest on `veld` when he cannot.
void vereis_werkt_in_gemeente(store::Tx& tx, const Context& ctx, const std::string& medewerker_id,
                              const std::string& veld);

// Who may assess and certify a professional (DOMAIN.md §7): never he himself; only his own manager or the
// aandachtsfunctionaris of his own organisation. Forbidden otherwise (NotFound outside the gemeente).
void vereis_beoordelaar_van(store::Tx& tx, const Context& ctx, const std::string& medewerker_id);

// The organisation the actor works for; none for a system actor.
std::optional<std::string> eigen_organisatie(store::Tx& tx, const Context& ctx);

}  // namespace regie::service
