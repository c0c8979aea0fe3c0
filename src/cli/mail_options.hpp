#pragma once
// The mail server for notification mail (ADR 0015), from options or the environment; the password only
// from the environment, so that it never shows in a process list.

#include <optional>
#include <string>
#include <vector>

#include "cli/options.hpp"
#include "mail/smtp_verzender.hpp"

namespace regie::cli {

std::vector<OptionSpec> met_mail_opties(std::vector<OptionSpec> eigen);
// Nullopt when no mail server is configured; UsageError for one that cannot work.
std::optional<mail::SmtpConfig> smtp_config(const Options& options);
// Where Regie is reached (named in the mail), when configured.
std::optional<std::string> regie_adres(const Options& options);

}  // namespace regie::cli
