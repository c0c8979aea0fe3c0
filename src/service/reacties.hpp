#pragma once
// What the household says back through the portal — a remark on a goal, a proposal to change the plan, a
// request to correct data (AVG art. 16) — and the regisseur's answer (DOMAIN.md §12). The household user
// sees only his own; the regisseurs hear of each new one in their notifications and answer it once.

#include <optional>
#include <string>
#include <vector>

#include "domain/reacties.hpp"
#include "service/dienst.hpp"
#include "service/pagina.hpp"

namespace regie::service {

struct ReactieInvoer {
  domain::ReactieSoort soort = domain::ReactieSoort::opmerking;
  std::optional<std::string> doel_id;
  std::string tekst;
};

struct ReactieAntwoordInvoer {
  domain::ReactieUitkomst uitkomst = domain::ReactieUitkomst::beantwoord;
  std::string antwoord;
};

struct Reactie {
  std::string id;
  domain::ReactieSoort soort = domain::ReactieSoort::opmerking;
  std::optional<std::string> doel_id;
  std::string doel;  // the goal's words in the current plan; empty when none or no longer there
  std::optional<int> plan_versie;
  std::string
      van;  // who wrote it: for the regisseur a name; in the portal "u", or a parent's child's first name
  std::string tekst;
  std::string ingediend_op;
  std::optional<domain::ReactieUitkomst> uitkomst;
  std::string antwoord;
  std::optional<int> in_versie;
  std::string beantwoord_op;
};

struct ReactiePagina {
  std::vector<Reactie> items;
  std::int64_t totaal = 0;
};

class Reacties : public Dienst {
 public:
  using Dienst::Dienst;

  // The household user writes. BadRequest naming the field for what the rules refuse (a goal not in the
  // plan, no plan to react on); Forbidden without the right a remark or proposal needs.
  std::string indienen(const Context& ctx, const ReactieInvoer& invoer);
  // His own, with their answers — and a parent's also those of his child of 12 to 15, who looks on together
  // with him: open ones first, then newest first.
  ReactiePagina eigen(const Context& ctx, Pagina pagina);

  // The household's, for whoever may read the household.
  ReactiePagina lijst(const Context& ctx, const std::string& huishouden_id, bool alleen_open, Pagina pagina);
  // A regisseur answers once. Conflict when it was answered already; BadRequest for an outcome that does not
  // fit the kind, or "taken over" before a newer plan version exists.
  void beantwoorden(const Context& ctx, const std::string& huishouden_id, const std::string& reactie_id,
                    const ReactieAntwoordInvoer& invoer);
};

}  // namespace regie::service
