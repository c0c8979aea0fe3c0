// `regie` on the command line: help, `advies` from stdin or a file, exit codes and messages.

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <fstream>

#include "support/process.hpp"

namespace regie::testing {
namespace {

namespace json = boost::json;

const std::string kTaxatie = R"({"draagkracht":"volledig_uit_balans","zelfredzaamheid":"niet",
  "basiszorgToereikend":false,"veiligheid":"onveilig_huishouden","ketenoverstijgendNodig":true,"escalatie":"geen",
  "huidigNiveau":2,"signalen":[{"type":"eergerelateerd_geweld","acuut":true}]})";

RunResult regie(const std::vector<std::string>& args, const std::string& input = {}) {
  std::vector<std::string> argv{REGIE_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_process(argv, input);
}

TEST(Cli, AdviesReadsStdinAndWritesTheAdvice) {
  const auto r = regie({"advies"}, kTaxatie);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.err.empty());
  const auto advies = json::parse(r.out).as_object();
  EXPECT_EQ(advies.at("niveau").as_int64(), 4);
  EXPECT_EQ(advies.at("kleur").as_string(), "rood");
  EXPECT_EQ(advies.at("richting").as_string(), "opschalen");
  EXPECT_EQ(advies.at("maatregelen").as_array().at(0).at("code").as_string(), "politie_direct");
}

TEST(Cli, AdviesReadsAFile) {
  TempDir dir;
  const std::string path = dir.path() + "/taxatie.json";
  std::ofstream{path} << kTaxatie;
  const auto r = regie({"advies", "--invoer", path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, regie({"advies"}, kTaxatie).out);
}

TEST(Cli, InvalidInputNamesTheFieldOnStderrAndPrintsNothing) {
  const auto r = regie({"advies"}, R"({"draagkracht":"in_balans","veiligheid":"veilig"})");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("zelfredzaamheid"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("escalatie"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("verplicht"), std::string::npos) << r.err;
}

TEST(Cli, ComplexDivorceWithoutGlaslPhase) {
  std::string input = kTaxatie;
  input.replace(input.find(R"("eergerelateerd_geweld","acuut":true)"), 36, R"("complexe_scheiding")");
  const auto r = regie({"advies"}, input);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("signalen[0].glaslFase"), std::string::npos) << r.err;
}

TEST(Cli, BrokenJsonAndEmptyInput) {
  for (const char* input : {"{", "", "[1]"}) {
    const auto r = regie({"advies"}, input);
    EXPECT_EQ(r.exit_code, 2) << input;
    EXPECT_TRUE(r.out.empty());
    EXPECT_FALSE(r.err.empty());
  }
}

TEST(Cli, MissingInputFile) {
  const auto r = regie({"advies", "--invoer", "/bestaat/niet.json"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("invoerbestand"), std::string::npos) << r.err;
}

TEST(Cli, HelpForTheProgramAndEachCommand) {
  const auto overview = regie({"--help"});
  EXPECT_EQ(overview.exit_code, 0);
  EXPECT_NE(overview.out.find("advies"), std::string::npos);
  EXPECT_NE(overview.out.find("serve"), std::string::npos);
  for (const char* command : {"advies", "serve"}) {
    const auto r = regie({command, "--help"});
    EXPECT_EQ(r.exit_code, 0) << command;
    EXPECT_NE(r.out.find(std::string{"regie "} + command), std::string::npos) << r.out;
  }
  EXPECT_NE(regie({"serve", "--help"}).out.find("REGIE_PORT"), std::string::npos);
  EXPECT_EQ(regie({"--version"}).exit_code, 0);
}

TEST(Cli, WrongUseExitsWithTwo) {
  for (const auto& args : std::vector<std::vector<std::string>>{{},
                                                                {"onzin"},
                                                                {"advies", "--onbekend"},
                                                                {"advies", "extra"},
                                                                {"serve", "--port", "99999"},
                                                                {"serve", "--read-timeout", "0"},
                                                                {"serve", "--werkthreads", "0"}}) {
    const auto r = regie(args);
    EXPECT_EQ(r.exit_code, 2) << (args.empty() ? "(geen)" : args[0]);
    EXPECT_FALSE(r.err.empty());
  }
}

}  // namespace
}  // namespace regie::testing
