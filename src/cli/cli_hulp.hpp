#pragma once
// Small helpers the administrative commands share: reading a secret, finding a gemeente by name, and
// printing a service error with its fields.

#include <functional>
#include <string>

#include "service/errors.hpp"
#include "store/database.hpp"

namespace regie::cli {

// From a terminal: asked for without echo. Otherwise: the first line of stdin (for scripts).
std::string lees_wachtwoord();
// The gemeente's id; UsageError when this database has no gemeente of that name.
std::string gemeente_id(store::Database& db, const std::string& naam);
void meld_fout(const service::Error& e);
// Runs `opdracht`; wrong input it throws (BadRequest, NotFound) is printed with its fields and ends in
// kExitUsage, so a command never stops with a stack of errors for a typing mistake.
int met_invoerfouten(const std::function<int()>& opdracht);

}  // namespace regie::cli
