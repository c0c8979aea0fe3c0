#pragma once
// Which professionals are due a mail about their notifications, and what a mail covered (see
// domain/meldingsmail.hpp): each notification records when a mail covered it.

#include <string>
#include <vector>

#include "store/database.hpp"

namespace regie::store {

struct MailOntvanger {
  std::string medewerker_id;
  std::string email;
  std::string tot;  // the newest notification the mail covers (its aangemaakt_op)
};

// In one gemeente: who has unread notifications no mail covered yet, wants mail, has an address and an
// account that is not blocked, and was not mailed after `sinds`.
std::vector<MailOntvanger> mail_ontvangers(Tx& tx, const std::string& gemeente_id, const std::string& sinds);
// Marks his unread notifications up to `tot` as covered by a mail at `op`.
std::int64_t meldingen_gemaild(Tx& tx, const std::string& gemeente_id, const MailOntvanger& ontvanger,
                               const std::string& op);

struct MailInstelling {
  bool email_bekend = false;
  bool mail_bij_melding = false;
};
MailInstelling mail_instelling(Tx& tx, const std::string& medewerker_id);
void mail_instellen(Tx& tx, const std::string& medewerker_id, bool aan);

}  // namespace regie::store
