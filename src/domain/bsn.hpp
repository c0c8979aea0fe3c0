#pragma once
// Burgerservicenummer check.

#include <string_view>

namespace regie::domain {

// Exactly nine digits passing the elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11. A sum of 0
// (000000000, 010000008, …) is refused too: no real number is issued like that.
bool is_geldig_bsn(std::string_view bsn);

}  // namespace regie::domain
