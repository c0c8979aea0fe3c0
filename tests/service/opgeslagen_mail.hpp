#pragma once
// A mail transport for service tests: keeps what it is given, or refuses everything as an unreachable server.

#include <vector>

#include "service/mail_verzender.hpp"

namespace regie::testing {

class OpgeslagenMail : public service::MailVerzender {
 public:
  void verzenden(const domain::Mail& mail) override {
    if (weigeren) throw service::MailFout("mailserver onbereikbaar");
    verzonden.push_back(mail);
  }
  std::vector<domain::Mail> verzonden;
  bool weigeren = false;
};

}  // namespace regie::testing
