#pragma once
// A rule's objection to a user's input, naming the API field it is about (DOMAIN.md §0: every error a user
// can cause names its field).

#include <string>

namespace regie::domain {

struct Veldfout {
  std::string veld;
  std::string reden;
};

}  // namespace regie::domain
