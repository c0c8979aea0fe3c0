#pragma once
// JSON parsing that refuses what Boost.JSON would accept silently: a repeated key in an object (Boost
// keeps the last one; for a safety assessment `{"veiligheid":"onveilig_huishouden","veiligheid":"veilig"}`
// must not quietly become "veilig"). Also reports where a syntax error is.

#include <boost/json/value.hpp>
#include <string_view>

namespace regie::codec {

// Throws service::BadRequest with a Dutch message (line and column, or the repeated field's path).
boost::json::value parse_strict_json(std::string_view text);

}  // namespace regie::codec
