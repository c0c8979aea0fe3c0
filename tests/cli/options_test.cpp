#include "cli/options.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

namespace regie::cli {
namespace {

const std::vector<OptionSpec> kSpec{{"port", true}, {"stil", false}};

TEST(Options, ValuesInBothForms) {
  EXPECT_EQ(Options({"--port", "81"}, kSpec).value("port"), "81");
  EXPECT_EQ(Options({"--port=82"}, kSpec).value("port"), "82");
  EXPECT_TRUE(Options({"--stil"}, kSpec).flag("stil"));
  EXPECT_FALSE(Options({}, kSpec).flag("stil"));
}

TEST(Options, MistakesAreUsageErrors) {
  EXPECT_THROW(Options({"--poort", "8"}, kSpec), UsageError);
  EXPECT_THROW(Options({"--port"}, kSpec), UsageError);
  EXPECT_THROW(Options({"8080"}, kSpec), UsageError);
  EXPECT_THROW(Options({"--stil=ja"}, kSpec), UsageError);
  EXPECT_THROW(Options({"--"}, kSpec), UsageError);
}

TEST(Options, FlagWinsOverEnvironment) {
  ::setenv("REGIE_TEST_PORT", "9000", 1);
  EXPECT_EQ(Options({}, kSpec).value_or_env("port", "REGIE_TEST_PORT"), "9000");
  EXPECT_EQ(Options({"--port", "1"}, kSpec).value_or_env("port", "REGIE_TEST_PORT"), "1");
  ::unsetenv("REGIE_TEST_PORT");
  EXPECT_EQ(Options({}, kSpec).value_or_env("port", "REGIE_TEST_PORT"), std::nullopt);
}

TEST(Options, PortsAndSeconds) {
  EXPECT_EQ(parse_port("0", "poort"), 0);
  EXPECT_EQ(parse_port("65535", "poort"), 65535);
  for (const char* fout : {"65536", "-1", "80a", "", " 80"})
    EXPECT_THROW(parse_port(fout, "poort"), UsageError) << fout;
  EXPECT_EQ(parse_seconds("30", "t"), 30u);
  for (const char* fout : {"0", "3601", "1.5"}) EXPECT_THROW(parse_seconds(fout, "t"), UsageError) << fout;
}

}  // namespace
}  // namespace regie::cli
