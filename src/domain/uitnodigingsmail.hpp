#pragma once
// The e-mail that brings a household user his invitation (DOMAIN.md §12), when a mail server is configured
// and the regisseur chooses it. A mail can be read by others (in a household with violence, by the one the
// plan protects against), so it says as little as it can: no household, no names, no regisseur. It carries
// the invitation code but not the check code: that one the regisseur passes on himself, so that the mail
// alone opens nothing.

#include <optional>
#include <string>

#include "domain/meldingsmail.hpp"
#include "domain/tijd.hpp"

namespace regie::domain {

// `adres`: where Regie is reached (the web app's address), when the gemeente configured it.
Mail uitnodigingsmail(std::string aan, const std::string& code, Datum geldig_tot,
                      const std::optional<std::string>& adres);

// Whether the text can be an e-mail address to send to: one "@", something on both sides, a dot in the
// domain, no spaces or control characters, at most 254 characters. Not proof that it exists.
bool is_emailadres(const std::string& adres);

}  // namespace regie::domain
