#pragma once
// The search terms of names (domain/zoektermen), kept in step with the names they come from.

#include <optional>
#include <string>

#include "store/database.hpp"

namespace regie::store {

// Replaces the terms of a household's name (no gezinslid_id) or of a member's surname.
void zoektermen_zetten(Tx& tx, const std::string& huishouden_id,
                       const std::optional<std::string>& gezinslid_id, const std::string& naam);

// Gives every existing household and member its terms (once, when the table is created), in batches.
void zoektermen_vullen(Tx& tx);

}  // namespace regie::store
