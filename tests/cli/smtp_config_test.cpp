// The mail server's settings: TLS is required except to this machine, and a setting that cannot work is
// named before the server starts.

#include <gtest/gtest.h>

#include "mail/smtp_verzender.hpp"

namespace regie::mail {
namespace {

TEST(SmtpConfig, OnlyThisMachineIsReachedWithoutTls) {
  for (const char* url :
       {"smtp://127.0.0.1:25", "smtp://localhost", "smtp://[::1]:2525", "smtp://u@127.0.0.2"})
    EXPECT_TRUE(is_loopback(url)) << url;
  for (const char* url : {"smtp://mail.gemeente.nl:587", "smtp://10.0.0.1", "smtps://localhost.gemeente.nl",
                          "smtp://127.0.0.1.gemeente.nl"})
    EXPECT_FALSE(is_loopback(url)) << url;
}

TEST(SmtpConfig, NamesWhatCannotWork) {
  EXPECT_EQ(smtp_config_fout({"smtp://mail.gemeente.nl:587", "regie@gemeente.nl"}), "");
  EXPECT_EQ(smtp_config_fout({"smtps://mail.gemeente.nl", "regie@gemeente.nl", "regie", "geheim"}), "");
  EXPECT_NE(smtp_config_fout({"http://mail.gemeente.nl", "regie@gemeente.nl"}).find("smtp://"),
            std::string::npos);
  EXPECT_NE(smtp_config_fout({"smtp://", "regie@gemeente.nl"}).find("geen server"), std::string::npos);
  EXPECT_NE(smtp_config_fout({"smtp://mail", "regie"}).find("afzenderadres"), std::string::npos);
  EXPECT_NE(smtp_config_fout({"smtp://mail", "regie@x.nl\r\nBcc: a@b.nl"}).find("afzenderadres"),
            std::string::npos);
  EXPECT_NE(smtp_config_fout({"smtp://mail", "regie@x.nl", "regie", std::nullopt}).find("samen"),
            std::string::npos);
}

TEST(SmtpConfig, ARecipientCannotAddHeaders) {
  SmtpVerzender verzender{{"smtp://127.0.0.1:1", "regie@gemeente.nl"}};
  EXPECT_THROW(verzender.verzenden({"a@b.nl\r\nBcc: c@d.nl", "Onderwerp", "Tekst\n"}), service::MailFout);
  EXPECT_THROW(verzender.verzenden({"geen-adres", "Onderwerp", "Tekst\n"}), service::MailFout);
}

}  // namespace
}  // namespace regie::mail
