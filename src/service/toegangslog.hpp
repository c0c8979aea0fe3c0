#pragma once
// Who accessed a household's file, when and why: the view a household is entitled to (AVG art. 15),
// itself logged. Paginated, newest first.

#include <string>
#include <vector>

#include "service/dienst.hpp"
#include "service/pagina.hpp"

namespace regie::service {

struct ToegangslogPagina {
  std::vector<store::AuditRegel> regels;
  std::int64_t totaal = 0;
};

class Toegangslog : public Dienst {
 public:
  using Dienst::Dienst;
  ToegangslogPagina lezen(const Context& ctx, const std::string& huishouden_id, Pagina pagina);
};

// `regie audit verify`: checks every chain of both logs, the audit trail and the processing log (not a
// user's action; nothing is logged).
store::KetenVerificatie logboeken_verifieren(store::Database& db);

}  // namespace regie::service
