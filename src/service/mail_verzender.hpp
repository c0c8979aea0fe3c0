#pragma once
// How the service layer sends mail, without knowing the transport (SMTP in mail/smtp_verzender.hpp).

#include <stdexcept>

#include "domain/meldingsmail.hpp"

namespace regie::service {

// A mail that did not go out; the message names no recipient.
class MailFout : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class MailVerzender {
 public:
  virtual ~MailVerzender() = default;
  // Returns once the mail server accepted the mail; MailFout otherwise.
  virtual void verzenden(const domain::Mail& mail) = 0;
};

}  // namespace regie::service
