#pragma once
// The demo gemeente: fictitious Zuiderveen with four organisations across the chains, twelve professionals
// with varied profiles, and 25 households at every level and in every phase, with history. Built through
// the service layer, so every rule applies and the audit trail is what real use would leave.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/tijd.hpp"
#include "store/database.hpp"

namespace regie::cli::demo {

inline constexpr std::string_view kGemeente = "Zuiderveen";
inline constexpr std::string_view kWachtwoord = "regie-demo-2026";

struct Login {
  std::string gebruikersnaam;
  std::string naam;
  std::string rollen;
  std::string organisatie;
};

std::vector<Login> logins();
bool bestaat(store::Database& db);
bool database_is_leeg(store::Database& db);  // no gemeente at all

// `voortgang(gedaan, totaal)` is called after each step.
void maak(store::Database& db, domain::Tijdstip nu, const std::function<void(int, int)>& voortgang);

}  // namespace regie::cli::demo
