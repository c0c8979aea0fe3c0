// The curl examples of docs/api.md ("A regisseur's day") run against a demo server: the documentation of
// the API stays true.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/process.hpp"

namespace regie::testing {
namespace {

// The ```sh blocks after the heading, in order.
std::string voorbeelden(const std::string& markdown, const std::string& kop) {
  const auto begin = markdown.find(kop);
  if (begin == std::string::npos) return {};
  std::string script;
  std::istringstream regels{markdown.substr(begin)};
  bool in_blok = false;
  for (std::string regel; std::getline(regels, regel);) {
    if (regel == "```sh") {
      in_blok = true;
    } else if (regel == "```") {
      in_blok = false;
    } else if (in_blok) {
      script += regel + '\n';
    }
  }
  return script;
}

TEST(ApiVoorbeelden, ADayOfARegisseurRunsAsDocumented) {
  std::ifstream bestand{std::string{REGIE_SOURCE_DIR} + "/docs/api.md"};
  ASSERT_TRUE(bestand);
  std::stringstream inhoud;
  inhoud << bestand.rdbuf();
  const auto script = voorbeelden(inhoud.str(), "## A regisseur's day with curl");
  ASSERT_GT(script.size(), 1000u) << "geen voorbeelden gevonden";

  ServerProcess server{ServerOpties{true, std::nullopt, {}, {}}};
  const auto r = run_process({"/bin/bash", "-c", "set -euo pipefail\n" + script}, {},
                             {"REGIE=http://127.0.0.1:" + std::to_string(server.port())});
  EXPECT_EQ(r.exit_code, 0) << "uitvoer:\n" << r.out << "\nfouten:\n" << r.err;
  // The day ended with a logout; along the way the household went into execution.
  EXPECT_NE(r.out.find("uitvoering"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace regie::testing
