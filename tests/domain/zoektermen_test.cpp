// Search terms for names: the whole name and each word that means something, matched by their start.

#include "domain/zoektermen.hpp"

#include <gtest/gtest.h>

namespace regie::domain {
namespace {

using Termen = std::vector<std::string>;

TEST(Zoektermen, ASurnameWithAParticleIsFoundByItsMainWord) {
  EXPECT_EQ(zoektermen("de Boer"), (Termen{"de boer", "boer"}));
  EXPECT_EQ(zoektermen("van der Berg"), (Termen{"van der berg", "berg"}));
  EXPECT_EQ(zoektermen("Gezin de Boer"), (Termen{"gezin de boer", "boer"}));
}

TEST(Zoektermen, DoubleNamesGiveEachPart) {
  EXPECT_EQ(zoektermen("Jansen-de Vries"), (Termen{"jansen de vries", "jansen", "vries"}));
  EXPECT_EQ(zoektermen("  El   Amrani "), (Termen{"el amrani", "el", "amrani"}));
}

TEST(Zoektermen, OneWordIsItsOwnTermOnceAndEmptyHasNone) {
  EXPECT_EQ(zoektermen("Yilmaz"), Termen{"yilmaz"});
  EXPECT_EQ(zoektermen("De"), Termen{"de"});  // a particle alone is still the whole name
  EXPECT_TRUE(zoektermen("   ").empty());
  EXPECT_EQ(zoektermen("Boer Boer"), (Termen{"boer boer", "boer"}));
}

TEST(Zoektermen, TheSearchFormLowersAsciiAndLatinLettersAndKeepsTheRest) {
  EXPECT_EQ(zoekvorm("ÖZTÜRK-Bakker"), "öztürk bakker");
  EXPECT_EQ(zoekvorm("ÇELIK×Ø"), "çelik×ø");  // the multiplication sign is no letter
  EXPECT_EQ(zoekvorm("Ωmega"), "Ωmega");      // beyond Latin-1: as typed
  EXPECT_EQ(zoekvorm("\tde  BOER\n"), "de boer");
}

TEST(Zoektermen, TheUpperBoundIsAboveEveryContinuation) {
  const std::string grens = "boer" + std::string{kZoekBovengrens};
  for (const std::string term : {"boer", "boer z", "boerderij", "boer\xc3\xa9", "boer\xef\xbf\xbd"}) {
    EXPECT_LT(term, grens) << term;
  }
  EXPECT_GT(std::string{"boes"}, grens);
}

}  // namespace
}  // namespace regie::domain
