// The authorization table and the code agree: every use case the services run has its row (a new one
// without fails here), every row belongs to a use case that exists, household rows name their Handeling,
// and the table refuses what it should, on its own.

#include "service/autorisatie.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "service/errors.hpp"

namespace regie::service {
namespace {

namespace fs = std::filesystem;

// Every use case name in `uitvoeren(ctx, "…"` and `lezend_uitvoeren(ctx, "…"` of src/service.
std::set<std::string> use_cases_in_de_code() {
  std::set<std::string> uit;
  const std::regex aanroep{R"re(uitvoeren\((?:[^;"]|"[^"]*")*?"([a-z_]+\.[a-z_]+)")re"};
  for (const auto& f : fs::directory_iterator{fs::path{REGIE_SOURCE_DIR} / "src/service"}) {
    if (f.path().extension() != ".cpp") continue;
    std::ifstream in{f.path()};
    std::stringstream tekst;
    tekst << in.rdbuf();
    const std::string s = tekst.str();
    for (std::sregex_iterator it{s.begin(), s.end(), aanroep}, eind; it != eind; ++it) uit.insert((*it)[1]);
  }
  return uit;
}

TEST(AutorisatieTabel, EveryUseCaseHasExactlyOneRowAndEveryRowAUseCase) {
  const auto code = use_cases_in_de_code();
  ASSERT_GT(code.size(), 50u) << "de use cases zijn niet gevonden";
  std::set<std::string> tabel;
  for (const auto& a : autorisaties()) {
    EXPECT_TRUE(tabel.insert(std::string{a.use_case}).second) << "dubbel in de tabel: " << a.use_case;
    const bool over_huishoudens = a.relatie == Relatie::huishouden || a.relatie == Relatie::zoeken;
    EXPECT_EQ(over_huishoudens, a.handeling.has_value())
        << a.use_case << ": een regel over huishoudens noemt zijn handeling, een andere niet";
  }
  for (const auto& u : code) EXPECT_TRUE(tabel.contains(u)) << "use case zonder autorisatieregel: " << u;
  for (const auto& t : tabel) EXPECT_TRUE(code.contains(t)) << "regel zonder use case: " << t;
}

Context als(std::vector<domain::Gebruikersrol> rollen) {
  return {Actor{"m", "g", std::move(rollen), false}, "test"};
}

TEST(AutorisatieTabel, RolesAreCheckedAndAnUnknownUseCaseIsRefused) {
  using domain::Gebruikersrol;
  EXPECT_NO_THROW(vereis_autorisatie(als({Gebruikersrol::regisseur}), "huishouden.aanmaken"));
  EXPECT_THROW(vereis_autorisatie(als({Gebruikersrol::manager}), "huishouden.aanmaken"), Forbidden);
  EXPECT_THROW(vereis_autorisatie(als({Gebruikersrol::beheerder}), "beoordeling.vastleggen"), Forbidden);
  EXPECT_NO_THROW(vereis_autorisatie(als({Gebruikersrol::agendahouder}), "medewerkers.lezen"));
  EXPECT_THROW(vereis_autorisatie(als({Gebruikersrol::beheerder}), "gemeente.aanmaken"), Forbidden);
  EXPECT_THROW(vereis_autorisatie(als({Gebruikersrol::regisseur}), "iets.nieuws"), Forbidden);
  EXPECT_NO_THROW(vereis_autorisatie(systeem_context("g", "inrichting"), "gemeente.aanmaken"));
}

}  // namespace
}  // namespace regie::service
