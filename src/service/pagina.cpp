#include "service/pagina.hpp"

namespace regie::service {

void controleer(const Pagina& pagina, InvoerControle& controle) {
  if (pagina.nummer < 1) controle.fout("pagina", "Begint bij 1.");
  if (pagina.grootte < 1 || pagina.grootte > kMaxPaginaGrootte) {
    controle.fout("paginaGrootte", "Kies 1 tot en met " + std::to_string(kMaxPaginaGrootte) + ".");
  }
}

}  // namespace regie::service
