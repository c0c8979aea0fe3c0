#pragma once
// The demo's household portal: an invitation for one adult member of a household Fatima holds regie for, so
// that a newcomer can try the household's side right after `make run` (issue "the household as users").

#include <optional>
#include <string>

#include "domain/tijd.hpp"
#include "store/database.hpp"

namespace regie::cli::demo {

struct DemoUitnodiging {
  std::string code;
  std::string voornaam;
  std::string huishouden;
};

std::optional<DemoUitnodiging> portaal_uitnodiging(store::Database& db, domain::Tijdstip nu);

}  // namespace regie::cli::demo
