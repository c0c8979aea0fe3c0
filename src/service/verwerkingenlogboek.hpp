#pragma once
// Reading the processing log (Logboek Dataverwerkingen and its read extension) and keeping the register of
// processing activities: for the gemeente's data protection officer. A question names a trace, an activity
// or a data subject (a question about everything is refused: it would disclose too much at once), and may
// narrow it to a time window. The subject is given as Regie's id of the person or household and looked up by
// its pseudonym. Every question is itself logged (purpose "verantwoording").

#include <optional>
#include <string>
#include <vector>

#include "service/dienst.hpp"
#include "service/pagina.hpp"
#include "store/verwerking_store.hpp"

namespace regie::service {

struct VerwerkingVraag {
  std::optional<std::string> trace_id{};
  std::optional<std::string> activiteit{};  // a code or a version's id (with or without kActiviteitUrn)
  std::optional<std::string> betrokkene{};  // a person's or household's id in Regie
  std::optional<std::string> vanaf{};       // ISO 8601 moment or date (UTC), inclusive
  std::optional<std::string> tot{};         // exclusive
};

struct VerwerkingPagina {
  std::vector<store::VerwerkingRegel> items;
  std::int64_t totaal = 0;
  std::vector<store::ActiviteitVersie> activiteiten;  // the versions the items point at
};

// A version's id as a URI in a log line (dpl.core.processing_activity_id).
inline constexpr std::string_view kActiviteitUrn = "urn:regie:verwerkingsactiviteit:";

class Verwerkingenlogboek : public Dienst {
 public:
  using Dienst::Dienst;
  VerwerkingPagina zoeken(const Context& ctx, const VerwerkingVraag& vraag, Pagina pagina);
  // The current version of every activity; `alle_versies` adds the earlier ones.
  std::vector<store::ActiviteitVersie> register_lezen(const Context& ctx, bool alle_versies);
  // A new version of an activity with this wording; the lines so far keep pointing at the old one.
  store::ActiviteitVersie herformuleren(const Context& ctx, const std::string& code, const std::string& naam,
                                        const std::string& doel);
};

}  // namespace regie::service
