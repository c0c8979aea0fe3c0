#pragma once
// The assessment JSON of DOMAIN.md §11, read strictly: unknown fields, wrong types, unknown codes,
// numbers out of range and a complex divorce without Glasl phase are all rejected, naming the field.

#include <boost/json/value.hpp>
#include <string>
#include <string_view>

#include "domain/taxatie.hpp"

namespace regie::codec {

inline constexpr std::size_t kMaxSignalen = 50;
inline constexpr std::size_t kMaxSignaalToelichting = 4000;

// Throws service::BadRequest listing every invalid field.
domain::Taxatie taxatie_from_json(const boost::json::value& document);
domain::Taxatie parse_taxatie(std::string_view text);

// The assessment as JSON in the same contract (optional fields only when they differ from their default).
std::string serialize_taxatie(const domain::Taxatie& taxatie);

}  // namespace regie::codec
