#include "domain/bsn.hpp"

#include <gtest/gtest.h>

namespace regie::domain {
namespace {

TEST(Bsn, AcceptsNumbersPassingTheElfproef) {
  for (const char* bsn : {"111222333", "123456782", "999996356", "012345684"}) {
    EXPECT_TRUE(is_geldig_bsn(bsn)) << bsn;
  }
}

TEST(Bsn, RejectsEverythingElse) {
  for (const char* bsn : {"111222334", "123456789", "000000000", "010000008", "12345678", "1234567820",
                          "12345678a", "", " 11122233", "111-22-333"}) {
    EXPECT_FALSE(is_geldig_bsn(bsn)) << bsn;
  }
}

}  // namespace
}  // namespace regie::domain
