#include "store/meldingsmail_store.hpp"

namespace regie::store {

std::vector<MailOntvanger> mail_ontvangers(Tx& tx, const std::string& gemeente_id, const std::string& sinds) {
  return map_rows(
      tx.query("SELECT n.ontvanger_id, w.email, MAX(n.aangemaakt_op) FROM melding n "
               "JOIN medewerker w ON w.id = n.ontvanger_id JOIN gebruiker g ON g.medewerker_id = w.id "
               "WHERE n.gemeente_id = $1 AND n.gemaild_op IS NULL AND n.gelezen_op IS NULL "
               "AND w.mail_bij_melding = 1 AND w.email <> '' AND g.geblokkeerd = 0 "
               "AND NOT EXISTS (SELECT 1 FROM melding e WHERE e.ontvanger_id = n.ontvanger_id "
               "AND e.gemaild_op IS NOT NULL AND e.gemaild_op > $2) "
               "GROUP BY n.ontvanger_id, w.email ORDER BY n.ontvanger_id",
               {gemeente_id, sinds}),
      [](const Row& r) {
        return MailOntvanger{r.text(0), r.text(1), r.text(2)};
      });
}

std::int64_t meldingen_gemaild(Tx& tx, const std::string& gemeente_id, const MailOntvanger& ontvanger,
                               const std::string& op) {
  return tx.exec(
      "UPDATE melding SET gemaild_op = $4 WHERE gemeente_id = $1 AND ontvanger_id = $2 AND gemaild_op IS "
      "NULL "
      "AND gelezen_op IS NULL AND aangemaakt_op <= $3",
      {gemeente_id, ontvanger.medewerker_id, ontvanger.tot, op});
}

MailInstelling mail_instelling(Tx& tx, const std::string& medewerker_id) {
  const auto rijen = tx.query(
      "SELECT CASE WHEN email <> '' THEN 1 ELSE 0 END, mail_bij_melding FROM medewerker WHERE id = $1",
      {medewerker_id});
  if (rijen.empty()) return {};
  return {rijen.at(0).integer(0) != 0, rijen.at(0).integer(1) != 0};
}

void mail_instellen(Tx& tx, const std::string& medewerker_id, bool aan) {
  tx.exec("UPDATE medewerker SET mail_bij_melding = $2 WHERE id = $1",
          {medewerker_id, std::int64_t{aan ? 1 : 0}});
}

}  // namespace regie::store
