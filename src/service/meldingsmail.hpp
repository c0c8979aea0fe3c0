#pragma once
// Mail about notifications (issue "a regisseur's day"; domain/meldingsmail.hpp): a round of the server's
// periodic task tells each professional with unread notifications that no mail covered yet that something
// waits, at most once per kMailTussenpoos. The mail goes out before its notifications are marked covered:
// after a crash in between a mail may be sent twice, never lost. A mail that fails leaves them for the next
// round. Runs as the system; each mail sent is an audit row.

#include <optional>
#include <string>

#include "service/dienst.hpp"
#include "service/mail_verzender.hpp"

namespace regie::service {

struct MailRonde {
  int verzonden = 0;
  int mislukt = 0;
  std::string oorzaak;  // of the last failure, naming no recipient (for the server's log)
};

class Meldingsmail : public Dienst {
 public:
  using Dienst::Dienst;

  // One gemeente. `adres`: where Regie is reached, named in the mail when known.
  MailRonde versturen(const Context& ctx, MailVerzender& verzender, const std::optional<std::string>& adres);
  // Every gemeente, as the server's periodic task does.
  MailRonde alles_versturen(MailVerzender& verzender, const std::optional<std::string>& adres);
};

}  // namespace regie::service
