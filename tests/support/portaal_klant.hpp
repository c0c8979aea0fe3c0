#pragma once
// A household user logged in to the portal over HTTP, the way a person gets there: the regisseur invites him,
// he sets up the second factor (the code from Debian's oathtool) and logs in — with a recovery code, since
// that time step's app code went to setting up the account.

#include <boost/json.hpp>
#include <string>

#include "support/api_klant.hpp"

namespace regie::testing {

// `uitnodiging`: the invitation's body (persoonSoort, persoonId, and rights, consent or a decision as the
// person needs). Throws with the response when a step fails.
ApiKlant portaal_klant(ApiKlant& regisseur, const std::string& huishouden_id,
                       boost::json::object uitnodiging);

}  // namespace regie::testing
