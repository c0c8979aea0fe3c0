#pragma once
// The professional's notifications (DOMAIN.md §5 a and c): raised by the use cases in the same transaction
// as their audit row, read and marked read per user in the gemeente he works in.

#include <optional>
#include <string>
#include <vector>

#include "service/dienst.hpp"
#include "service/pagina.hpp"
#include "store/melding_store.hpp"
#include "store/meldingsmail_store.hpp"

namespace regie::service {

// The notifications of this kind about an event around a household, for Auditspoor. `betreft`: the
// professional it is about (a new involvement); by default the actor who caused it.
std::vector<store::MeldingRecord> meldingen_over(store::Tx& tx, const Context& ctx,
                                                 domain::MeldingSoort soort, const std::string& huishouden_id,
                                                 const std::string& tijdstip,
                                                 const std::optional<std::string>& betreft = std::nullopt);

// The household's professional regisseurs, as procesregisseurs and casusregisseurs of the circle.
void regisseurs_in_kring(store::Tx& tx, const std::string& huishouden_id, domain::MeldingKring& kring);

struct MeldingWeergave {
  store::MeldingRecord melding;
  std::string tekst;
  std::string doel;  // the page of the web app where it is seen to
};

struct MeldingPagina {
  std::vector<MeldingWeergave> items;
  std::int64_t totaal = 0;
  std::int64_t ongelezen = 0;
};

class Meldingen : public Dienst {
 public:
  using Dienst::Dienst;

  // Newest first; each household it names is in that household's access log.
  MeldingPagina lijst(const Context& ctx, bool alleen_ongelezen, Pagina pagina);
  // For the count in the header: a number only, audited like any read (without household lines).
  std::int64_t ongelezen(const Context& ctx);
  // NotFound for a notification that is not his.
  void gelezen(const Context& ctx, const std::string& id);
  void alles_gelezen(const Context& ctx);
  // Whether he is mailed when something waits (service/meldingsmail.hpp), and whether he has an address.
  store::MailInstelling instellingen(const Context& ctx);
  store::MailInstelling mail_instellen(const Context& ctx, bool aan);
};

}  // namespace regie::service
