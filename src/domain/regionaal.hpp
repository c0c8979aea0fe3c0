#pragma once
// Regional organisations (DOMAIN.md §6, §7). An organisation is registered in one gemeente (its own) and
// may be contracted by other gemeenten of its region. Its professionals then work in households of each,
// under that gemeente's rules, figures and audit; which of their roles count there is a table below. At
// levels 4–5 the assignment of a regional organisation's professional as regisseur records the regional
// agreement or Zorg- en Veiligheidshuis decision it follows.

#include <array>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/codes.hpp"
#include "domain/huishouden.hpp"
#include "domain/regiekaart_types.hpp"

namespace regie::domain {

// How a professional's organisation relates to the gemeente he works in.
enum class Werkrelatie {
  eigen,           // the organisation is registered in this gemeente
  gecontracteerd,  // registered elsewhere, contracted by this gemeente
  geen,            // neither: he cannot work here
};

// The roles of an account that count in a gemeente with this relation. Working for a contracting gemeente
// carries the professional's own work (regie, and a manager's oversight of his own staff); the roles that
// steer a gemeente's or an organisation's implementation stay in the organisation's own gemeente.
std::vector<Gebruikersrol> rollen_in_gemeente(Werkrelatie relatie, const std::vector<Gebruikersrol>& rollen);

enum class Grondslag {
  regionale_afspraak,  // the region agreed which party holds regie
  zvh_besluit,         // the Zorg- en Veiligheidshuis decided
};

// Whether an assignment at this level must record its grondslag, for a professional of an organisation
// that serves several gemeenten.
bool grondslag_vereist(Niveau niveau, bool regionale_organisatie);

std::string_view label(Grondslag g);

template <>
struct CodeTable<Werkrelatie> {
  static constexpr std::array entries{
      std::pair{Werkrelatie::eigen, std::string_view{"eigen"}},
      std::pair{Werkrelatie::gecontracteerd, std::string_view{"gecontracteerd"}},
      std::pair{Werkrelatie::geen, std::string_view{"geen"}},
  };
};

template <>
struct CodeTable<Grondslag> {
  static constexpr std::array entries{
      std::pair{Grondslag::regionale_afspraak, std::string_view{"regionale_afspraak"}},
      std::pair{Grondslag::zvh_besluit, std::string_view{"zvh_besluit"}},
  };
};

}  // namespace regie::domain
