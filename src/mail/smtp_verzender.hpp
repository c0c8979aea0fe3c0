#pragma once
// Mail through the gemeente's SMTP server, with libcurl (ADR 0015). TLS is required — STARTTLS for
// smtp://, TLS from the start for smtps:// — except to a mail server on this machine (loopback), which is
// how a local relay and the tests are reached.

#include <chrono>
#include <optional>
#include <string>

#include "service/mail_verzender.hpp"

namespace regie::mail {

struct SmtpConfig {
  std::string url;       // smtp://host[:port] or smtps://host[:port]
  std::string afzender;  // the From address
  std::optional<std::string> gebruiker{};
  std::optional<std::string> wachtwoord{};
  std::chrono::seconds time_out{30};
};

// Dutch reasons why a configuration cannot work; empty when it can.
std::string smtp_config_fout(const SmtpConfig& config);
// Whether the URL's host is this machine, where TLS is not required.
bool is_loopback(const std::string& url);

class SmtpVerzender : public service::MailVerzender {
 public:
  explicit SmtpVerzender(SmtpConfig config);  // std::invalid_argument for a configuration that cannot work
  void verzenden(const domain::Mail& mail) override;

 private:
  SmtpConfig config_;
};

}  // namespace regie::mail
