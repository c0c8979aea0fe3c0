// `regie meldingen mailen`: one round of notification mail, as the server does every few minutes (for a
// server started without it, or to try a mail server's settings).

#include <iostream>

#include "cli/commands.hpp"
#include "cli/database_options.hpp"
#include "cli/mail_options.hpp"
#include "service/meldingsmail.hpp"

namespace regie::cli {

int meldingen_command(const std::vector<std::string>& args) {
  const Options options{args, met_mail_opties(kDatabaseOptions), 1};
  if (options.positional().size() != 1 || options.positional()[0] != "mailen") {
    throw UsageError("Gebruik: regie meldingen mailen --smtp-url URL --smtp-afzender ADRES");
  }
  const auto config = smtp_config(options);
  if (!config) throw UsageError("Er is geen mailserver ingesteld: geef --smtp-url (of REGIE_SMTP_URL).");
  const auto adres = regie_adres(options);
  mail::SmtpVerzender verzender{*config};
  const auto db = open_database(options, Nieuw::geweigerd);
  service::Meldingsmail meldingsmail{service::Omgeving{*db, service::systeemklok()}};
  const auto ronde = meldingsmail.alles_versturen(verzender, adres);
  std::cout << ronde.verzonden << " e-mail(s) verstuurd.\n";
  if (ronde.mislukt > 0) {
    std::cerr << ronde.mislukt << " e-mail(s) niet verstuurd: " << ronde.oorzaak
              << ". Ze gaan mee met de volgende ronde.\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace regie::cli
