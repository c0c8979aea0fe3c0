#pragma once
// The advice as JSON (DOMAIN.md §11 output contract).

#include <boost/json/object.hpp>
#include <boost/json/storage_ptr.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "domain/advies.hpp"

namespace regie::codec {

// The level's card of the regiekaart (DOMAIN.md §4.1), in the same shape as the advice's fields.
boost::json::object regiekaart_json(const domain::NiveauKaart& kaart);

boost::json::object advies_to_json(const domain::Advies& advies, boost::json::storage_ptr storage = {});

// The advice serialised, built in one arena instead of a few hundred small allocations.
std::string serialize_advies(const domain::Advies& advies);

// The reason codes of a stored advice (the JSON written by serialize_advies).
std::vector<domain::RedenCode> reden_codes(std::string_view advies_json);

}  // namespace regie::codec
