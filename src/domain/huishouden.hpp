#pragma once
// The vocabulary of the household record (DOMAIN.md §1, §6, §8): phases, life domains, relations, roles.

#include <array>
#include <string_view>
#include <utility>

#include "domain/codes.hpp"
#include "domain/regiekaart_types.hpp"

namespace regie::domain {

enum class Fase { aanmelding, voorbereiding, startoverleg, uitvoering, evaluatie, afgesloten };

enum class Leefgebied {
  werk,
  inkomen_financien,
  maatschappelijke_ondersteuning,
  wonen,
  onderwijs,
  jeugdhulp,
  veiligheid,
  gezondheid,
};

// A member's place in the household.
enum class Relatie { ouder, verzorger, partner, kind, pleegkind, broer_zus, grootouder, overig };

// What a user of the product does; one person may have several.
// privacyfunctionaris: the gemeente's data protection officer (functionaris gegevensbescherming), who reads
// the processing log and keeps the register of processing activities; he sees no household data otherwise.
enum class Gebruikersrol {
  regisseur,
  manager,
  aandachtsfunctionaris,
  agendahouder,
  beheerder,
  privacyfunctionaris
};

// Who a person in a role is: a professional, or (casusregie at level 1) a member or network member.
enum class PersoonSoort { medewerker, gezinslid, netwerklid };

// The chains an organisation can belong to (DOMAIN.md §6): a subset of the regiekaart's parties.
bool is_keten(Partij partij);

template <>
struct CodeTable<Fase> {
  static constexpr std::array entries{
      std::pair{Fase::aanmelding, std::string_view{"aanmelding"}},
      std::pair{Fase::voorbereiding, std::string_view{"voorbereiding"}},
      std::pair{Fase::startoverleg, std::string_view{"startoverleg"}},
      std::pair{Fase::uitvoering, std::string_view{"uitvoering"}},
      std::pair{Fase::evaluatie, std::string_view{"evaluatie"}},
      std::pair{Fase::afgesloten, std::string_view{"afgesloten"}},
  };
};

template <>
struct CodeTable<Leefgebied> {
  static constexpr std::array entries{
      std::pair{Leefgebied::werk, std::string_view{"werk"}},
      std::pair{Leefgebied::inkomen_financien, std::string_view{"inkomen_financien"}},
      std::pair{Leefgebied::maatschappelijke_ondersteuning,
                std::string_view{"maatschappelijke_ondersteuning"}},
      std::pair{Leefgebied::wonen, std::string_view{"wonen"}},
      std::pair{Leefgebied::onderwijs, std::string_view{"onderwijs"}},
      std::pair{Leefgebied::jeugdhulp, std::string_view{"jeugdhulp"}},
      std::pair{Leefgebied::veiligheid, std::string_view{"veiligheid"}},
      std::pair{Leefgebied::gezondheid, std::string_view{"gezondheid"}},
  };
};

template <>
struct CodeTable<Relatie> {
  static constexpr std::array entries{
      std::pair{Relatie::ouder, std::string_view{"ouder"}},
      std::pair{Relatie::verzorger, std::string_view{"verzorger"}},
      std::pair{Relatie::partner, std::string_view{"partner"}},
      std::pair{Relatie::kind, std::string_view{"kind"}},
      std::pair{Relatie::pleegkind, std::string_view{"pleegkind"}},
      std::pair{Relatie::broer_zus, std::string_view{"broer_zus"}},
      std::pair{Relatie::grootouder, std::string_view{"grootouder"}},
      std::pair{Relatie::overig, std::string_view{"overig"}},
  };
};

template <>
struct CodeTable<Gebruikersrol> {
  static constexpr std::array entries{
      std::pair{Gebruikersrol::regisseur, std::string_view{"regisseur"}},
      std::pair{Gebruikersrol::manager, std::string_view{"manager"}},
      std::pair{Gebruikersrol::aandachtsfunctionaris, std::string_view{"aandachtsfunctionaris"}},
      std::pair{Gebruikersrol::agendahouder, std::string_view{"agendahouder"}},
      std::pair{Gebruikersrol::beheerder, std::string_view{"beheerder"}},
      std::pair{Gebruikersrol::privacyfunctionaris, std::string_view{"privacyfunctionaris"}},
  };
};

template <>
struct CodeTable<PersoonSoort> {
  static constexpr std::array entries{
      std::pair{PersoonSoort::medewerker, std::string_view{"medewerker"}},
      std::pair{PersoonSoort::gezinslid, std::string_view{"gezinslid"}},
      std::pair{PersoonSoort::netwerklid, std::string_view{"netwerklid"}},
  };
};

}  // namespace regie::domain
