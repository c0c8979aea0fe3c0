#pragma once
// When to deploy 1Gezin1Plan1Regisseur: criteria, the contra-indication and the intake rule (DOMAIN.md §2).

#include <array>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/codes.hpp"
#include "domain/taxatie.hpp"

namespace regie::domain {

enum class InzetCriterium {
  beperkt_zelfredzaam,
  zorgen_meerdere_leefgebieden,
  onveilig_of_ongezond,
  hulpvraag_moeilijk,
  zorgmijdend,
  hulp_onvoldoende_effect,
};

struct InzetToets {
  std::vector<InzetCriterium> criteria;  // the criteria that hold for this household
  bool acuut_gevaar = false;             // intake: acute danger
  bool basiszorg_onvoldoende = false;    // intake: basic care falls short
  Motivatie motivatie = Motivatie::aanwezig;
  bool onverschillig = false;
};

struct InzetUitkomst {
  bool inzetten = false;          // the method is deployed
  bool altijd_starten = false;    // acute danger or insufficient basic care: start whatever else holds
  bool contra_indicatie = false;  // a warning to acknowledge, never a block

  friend bool operator==(const InzetUitkomst&, const InzetUitkomst&) = default;
};

InzetUitkomst beoordeel_inzet(const InzetToets& toets);

// What a household's registration records about deployment (DOMAIN.md §2): the test itself and whether the
// professional acknowledged a contra-indication.
struct InzetRegistratie {
  InzetToets toets;
  bool contra_indicatie_erkend = false;

  friend bool operator==(const InzetRegistratie&, const InzetRegistratie&) = default;
};

// Why a registration cannot be recorded as it is. A contra-indication is no reason, only an unacknowledged
// one: the method may start against it, knowingly.
enum class InzetBezwaar {
  geen_criterium,  // no criterion holds and the intake found no acute danger or care shortfall
  contra_indicatie_niet_erkend,
};
std::vector<InzetBezwaar> inzet_bezwaren(const InzetRegistratie& registratie);

template <>
struct CodeTable<InzetCriterium> {
  static constexpr std::array entries{
      std::pair{InzetCriterium::beperkt_zelfredzaam, std::string_view{"beperkt_zelfredzaam"}},
      std::pair{InzetCriterium::zorgen_meerdere_leefgebieden,
                std::string_view{"zorgen_meerdere_leefgebieden"}},
      std::pair{InzetCriterium::onveilig_of_ongezond, std::string_view{"onveilig_of_ongezond"}},
      std::pair{InzetCriterium::hulpvraag_moeilijk, std::string_view{"hulpvraag_moeilijk"}},
      std::pair{InzetCriterium::zorgmijdend, std::string_view{"zorgmijdend"}},
      std::pair{InzetCriterium::hulp_onvoldoende_effect, std::string_view{"hulp_onvoldoende_effect"}},
  };
};

template <>
struct CodeTable<InzetBezwaar> {
  static constexpr std::array entries{
      std::pair{InzetBezwaar::geen_criterium, std::string_view{"geen_criterium"}},
      std::pair{InzetBezwaar::contra_indicatie_niet_erkend, std::string_view{"contra_indicatie_niet_erkend"}},
  };
};

}  // namespace regie::domain
