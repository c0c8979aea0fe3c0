// The invitation mail (DOMAIN.md §12): the code and where to type it, until when, that a check code comes
// from the regisseur himself; nothing more. And which addresses Regie sends to at all.

#include "domain/uitnodigingsmail.hpp"

#include <gtest/gtest.h>

namespace regie::domain {
namespace {

using namespace std::chrono;

TEST(Uitnodigingsmail, CarriesTheCodeTheDateInWordsAndWhereToGo) {
  const auto mail = uitnodigingsmail("sam@voorbeeld.nl", "ABCD-EFGH-JKLM-NPQR", 2026y / December / 8d,
                                     "https://regie.zuiderveen.example");
  EXPECT_EQ(mail.aan, "sam@voorbeeld.nl");
  EXPECT_EQ(mail.onderwerp, "Uw uitnodiging voor Regie");
  EXPECT_NE(mail.tekst.find("ABCD-EFGH-JKLM-NPQR"), std::string::npos);
  EXPECT_NE(mail.tekst.find("https://regie.zuiderveen.example/portaal/uitnodiging"), std::string::npos);
  EXPECT_NE(mail.tekst.find("tot en met 8 december 2026"), std::string::npos);
  EXPECT_NE(mail.tekst.find("controlecode"), std::string::npos);
  const auto zonder_adres =
      uitnodigingsmail("sam@voorbeeld.nl", "ABCD-EFGH-JKLM-NPQR", 2026y / January / 31d, {});
  EXPECT_NE(zonder_adres.tekst.find("de pagina 'Uitnodiging' van Regie"), std::string::npos);
  EXPECT_NE(zonder_adres.tekst.find("31 januari 2026"), std::string::npos);
}

TEST(Uitnodigingsmail, OnlyAddressesThatCanBeOne) {
  for (const auto* goed : {"sam@voorbeeld.nl", "a.b+c@sub.voorbeeld.nl"})
    EXPECT_TRUE(is_emailadres(goed)) << goed;
  for (const auto* fout :
       {"", "sam", "sam@", "@voorbeeld.nl", "sam@voorbeeld", "sam@@voorbeeld.nl", "sam @voorbeeld.nl",
        "sam@voorbeeld.nl\r\nBcc: x@y.nl", "<sam@voorbeeld.nl>", "sam@.nl", "sam@voorbeeld."})
    EXPECT_FALSE(is_emailadres(fout)) << fout;
  EXPECT_FALSE(is_emailadres(std::string(250, 'a') + "@v.nl"));
}

}  // namespace
}  // namespace regie::domain
