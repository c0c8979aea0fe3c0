// The mail about notifications says only that something waits in Regie: the same words for everyone, with
// the gemeente's address of Regie when it is known.

#include "domain/meldingsmail.hpp"

#include <gtest/gtest.h>

namespace regie::domain {
namespace {

TEST(MeldingsmailTest, SaysOnlyThatSomethingWaitsTheSameForEveryRecipient) {
  const auto a = meldingsmail("a@gemeente.nl", std::nullopt);
  const auto b = meldingsmail("b@zorg.nl", std::nullopt);
  EXPECT_EQ(a.aan, "a@gemeente.nl");
  EXPECT_EQ(b.aan, "b@zorg.nl");
  EXPECT_EQ(a.onderwerp, "Er staat iets voor u klaar in Regie");
  EXPECT_EQ(a.onderwerp, b.onderwerp);
  EXPECT_EQ(a.tekst, b.tekst);  // nothing of the recipient or of what waits
  EXPECT_NE(a.tekst.find("Log in op Regie"), std::string::npos);
  EXPECT_EQ(a.tekst.find("@"), std::string::npos);
  EXPECT_EQ(a.tekst.back(), '\n');
}

TEST(MeldingsmailTest, NamesTheAddressOfRegieWhenTheGemeenteConfiguredIt) {
  const auto m = meldingsmail("a@gemeente.nl", "https://regie.gemeente.nl");
  EXPECT_NE(m.tekst.find("Log in op https://regie.gemeente.nl om te zien"), std::string::npos);
}

}  // namespace
}  // namespace regie::domain
