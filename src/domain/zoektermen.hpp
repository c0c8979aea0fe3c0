#pragma once
// Finding a household by part of a name: "Boer" finds "de Boer" and "Gezin de Boer". Every surname and
// household name is stored as search terms — each word that means something, and the whole name — and a
// search matches the start of a term. Names that existed before are given their terms by the same code
// when migration 0018 runs.

#include <string>
#include <string_view>
#include <vector>

namespace regie::domain {

// Lower case (ASCII and the Latin-1 letters À…Þ: "Öztürk" and "öztürk" are one), hyphens as spaces, single
// spaces, no spaces at either end.
std::string zoekvorm(std::string_view naam);

// The terms for one name: its whole search form, and each word of it that is not a particle ("de", "van",
// …) or a word every household name has ("gezin", "familie"); without duplicates, none empty.
std::vector<std::string> zoektermen(std::string_view naam);

// The least characters a search on a name needs, so that one letter does not list a whole gemeente.
inline constexpr std::size_t kMinZoekLengte = 2;

// Appended to a search form, it bounds the range of terms that start with it (binary order, UTF-8).
inline constexpr std::string_view kZoekBovengrens = "\xf4\x8f\xbf\xbf";

}  // namespace regie::domain
