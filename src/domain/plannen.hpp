#pragma once
// The household's two plans (DOMAIN.md §8): the one integral Ondersteuningsplan and, from level 3, the
// Veiligheidsplan. Ids inside a plan (goals, actions, shielded parts) stay the same across versions.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/codes.hpp"
#include "domain/huishouden.hpp"
#include "domain/leeftijd.hpp"
#include "domain/regiekaart_types.hpp"

namespace regie::domain {

enum class ActieStatus { open, bezig, gedaan, gestopt };
// Whether what the household and its network proposed for their own safety was taken into the plan.
enum class Overname { ja, deels, nee };

struct Eigenaar {
  PersoonSoort soort{};
  std::string id;  // gezinslid, netwerklid or medewerker

  friend bool operator==(const Eigenaar&, const Eigenaar&) = default;
};

struct Actie {
  std::string id;
  std::string omschrijving;
  std::optional<Eigenaar> eigenaar;
  std::optional<Datum> uiterlijk;
  ActieStatus status = ActieStatus::open;

  friend bool operator==(const Actie&, const Actie&) = default;
};

struct Doel {
  std::string id;
  std::string omschrijving;
  std::optional<Leefgebied> leefgebied;
  std::optional<std::string> gezinslid_id;  // when the goal is about one member
  std::optional<Datum> streefdatum;
  std::vector<Actie> acties;

  friend bool operator==(const Doel&, const Doel&) = default;
};

struct LeefgebiedDeel {
  Leefgebied leefgebied{};
  std::optional<std::string> gezinslid_id;  // absent: the whole household
  std::string krachten;                     // what goes well
  std::string zorgen;                       // what must change
  std::string eerdere_hulp;

  friend bool operator==(const LeefgebiedDeel&, const LeefgebiedDeel&) = default;
};

// For each minor: how the child's interests were considered when an adult in the household has problems.
struct Kindcheck {
  std::string gezinslid_id;
  std::string toelichting;

  friend bool operator==(const Kindcheck&, const Kindcheck&) = default;
};

struct Ondersteuningsplan {
  PlanVariant variant = PlanVariant::regulier;
  std::vector<LeefgebiedDeel> leefgebieden;
  std::vector<Doel> doelen;
  std::vector<Kindcheck> kindcheck;
  std::string eigen_woorden;  // the household's own wishes, in its own words
  std::optional<Datum> evaluatiedatum;

  friend bool operator==(const Ondersteuningsplan&, const Ondersteuningsplan&) = default;
};

struct Veiligheidsvoorwaarde {
  std::string omschrijving;  // a non-negotiable minimum requirement
  std::string gesteld_door;

  friend bool operator==(const Veiligheidsvoorwaarde&, const Veiligheidsvoorwaarde&) = default;
};

struct Veiligheidsafspraak {
  std::string wie;
  std::string wat;
  std::string wanneer;
  std::string toezicht;  // who watches that it happens

  friend bool operator==(const Veiligheidsafspraak&, const Veiligheidsafspraak&) = default;
};

struct SignaalPlan {
  std::string signaal;      // what to look out for
  std::string actie;        // what to do then
  std::string noodcontact;  // whom to call

  friend bool operator==(const SignaalPlan&, const SignaalPlan&) = default;
};

// A part of the safety plan only the named professionals may see (typically hidden from the alleged
// perpetrator and whoever could pass it on).
struct AfgeschermdDeel {
  std::string id;
  std::string titel;
  std::string inhoud;
  std::vector<std::string> zichtbaar_voor;  // medewerker ids
  std::vector<std::string> tegen{};         // members it shields from (typically the alleged perpetrator)

  friend bool operator==(const AfgeschermdDeel&, const AfgeschermdDeel&) = default;
};

struct Veiligheidsplan {
  std::string zorgen_en_gevaren;
  std::string veiligheidsdoel;  // when is it safe enough: the norm agreed with the household
  // Asked before the agreements: how the household and network themselves would keep everyone safe.
  std::string eigen_voorstellen;
  std::optional<Overname> eigen_voorstellen_overgenomen;
  std::vector<Veiligheidsvoorwaarde> voorwaarden;
  std::vector<Veiligheidsafspraak> afspraken;
  std::vector<SignaalPlan> signalen;
  std::string monitoring;
  std::optional<Datum> evaluatiedatum;
  std::vector<AfgeschermdDeel> afgeschermd;
  // Levels 4 and 5: the norm for no nuisance to the surroundings, and how neighbours, school and
  // neighbourhood are involved.
  std::string omgeving_norm;
  std::string omgeving_betrokken;

  friend bool operator==(const Veiligheidsplan&, const Veiligheidsplan&) = default;
};

template <>
struct CodeTable<ActieStatus> {
  static constexpr std::array entries{
      std::pair{ActieStatus::open, std::string_view{"open"}},
      std::pair{ActieStatus::bezig, std::string_view{"bezig"}},
      std::pair{ActieStatus::gedaan, std::string_view{"gedaan"}},
      std::pair{ActieStatus::gestopt, std::string_view{"gestopt"}},
  };
};

template <>
struct CodeTable<Overname> {
  static constexpr std::array entries{
      std::pair{Overname::ja, std::string_view{"ja"}},
      std::pair{Overname::deels, std::string_view{"deels"}},
      std::pair{Overname::nee, std::string_view{"nee"}},
  };
};

}  // namespace regie::domain
