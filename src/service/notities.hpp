#pragma once
// Notes on a household by the professionals involved.

#include <string>
#include <vector>

#include "service/dienst.hpp"
#include "service/pagina.hpp"
#include "store/toegang_store.hpp"

namespace regie::service {

struct NotitiePagina {
  std::vector<store::NotitieRecord> items;
  std::int64_t totaal = 0;
};

class Notities : public Dienst {
 public:
  using Dienst::Dienst;
  std::string toevoegen(const Context& ctx, const std::string& huishouden_id, const std::string& tekst);
  NotitiePagina lijst(const Context& ctx, const std::string& huishouden_id, Pagina pagina);
};

}  // namespace regie::service
