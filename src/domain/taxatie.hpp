#pragma once
// The situation assessment (taxatie) of a household, DOMAIN.md §3 and §11.

#include <array>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/codes.hpp"
#include "domain/regiekaart_types.hpp"

namespace regie::domain {

enum class Draagkracht { in_balans, deels_uit_balans, volledig_uit_balans };
enum class Zelfredzaamheid { volledig, voldoende, beperkt, niet };
enum class Zorgen { normaal, enkelvoudig, meervoudig, complex };
enum class Veiligheid { veilig, signalen, onveilig_huishouden, onveilig_omgeving };
enum class Escalatie { geen, dreigend, actueel };
enum class StagnatieProblematiek { geen, A, B, B_plus };
enum class StagnatieSamenwerking { geen, organisatie, inhoud };
enum class Motivatie { aanwezig, afwezig, afwezig_na_motivatietraject };
enum class SignaalType {
  intiem_terrorisme,
  eergerelateerd_geweld,
  meisjesbesnijdenis,
  complexe_scheiding,
  stalking
};

inline constexpr int kGlaslFaseMin = 1;
inline constexpr int kGlaslFaseMax = 9;

struct Signaal {
  SignaalType type{};
  bool acuut = false;
  std::optional<int> glasl_fase;  // required for complexe_scheiding, absent for every other type
  std::string toelichting;  // the professional's explanation, kept with the signal; no part of the advice

  friend bool operator==(const Signaal&, const Signaal&) = default;
};

struct Taxatie {
  Draagkracht draagkracht{};
  Zelfredzaamheid zelfredzaamheid{};
  bool acute_problematiek = false;
  std::optional<Zorgen> zorgen;
  bool basiszorg_toereikend = true;
  Veiligheid veiligheid{};
  bool ketenoverstijgend_nodig = false;
  Escalatie escalatie{};
  StagnatieProblematiek stagnatie_problematiek = StagnatieProblematiek::geen;
  StagnatieSamenwerking stagnatie_samenwerking = StagnatieSamenwerking::geen;
  Motivatie motivatie = Motivatie::aanwezig;
  bool onverschillig = false;
  std::vector<Signaal> signalen;
  std::optional<Niveau> huidig_niveau;

  friend bool operator==(const Taxatie&, const Taxatie&) = default;
};

template <>
struct CodeTable<Draagkracht> {
  static constexpr std::array entries{
      std::pair{Draagkracht::in_balans, std::string_view{"in_balans"}},
      std::pair{Draagkracht::deels_uit_balans, std::string_view{"deels_uit_balans"}},
      std::pair{Draagkracht::volledig_uit_balans, std::string_view{"volledig_uit_balans"}},
  };
};

template <>
struct CodeTable<Zelfredzaamheid> {
  static constexpr std::array entries{
      std::pair{Zelfredzaamheid::volledig, std::string_view{"volledig"}},
      std::pair{Zelfredzaamheid::voldoende, std::string_view{"voldoende"}},
      std::pair{Zelfredzaamheid::beperkt, std::string_view{"beperkt"}},
      std::pair{Zelfredzaamheid::niet, std::string_view{"niet"}},
  };
};

template <>
struct CodeTable<Zorgen> {
  static constexpr std::array entries{
      std::pair{Zorgen::normaal, std::string_view{"normaal"}},
      std::pair{Zorgen::enkelvoudig, std::string_view{"enkelvoudig"}},
      std::pair{Zorgen::meervoudig, std::string_view{"meervoudig"}},
      std::pair{Zorgen::complex, std::string_view{"complex"}},
  };
};

template <>
struct CodeTable<Veiligheid> {
  static constexpr std::array entries{
      std::pair{Veiligheid::veilig, std::string_view{"veilig"}},
      std::pair{Veiligheid::signalen, std::string_view{"signalen"}},
      std::pair{Veiligheid::onveilig_huishouden, std::string_view{"onveilig_huishouden"}},
      std::pair{Veiligheid::onveilig_omgeving, std::string_view{"onveilig_omgeving"}},
  };
};

template <>
struct CodeTable<Escalatie> {
  static constexpr std::array entries{
      std::pair{Escalatie::geen, std::string_view{"geen"}},
      std::pair{Escalatie::dreigend, std::string_view{"dreigend"}},
      std::pair{Escalatie::actueel, std::string_view{"actueel"}},
  };
};

template <>
struct CodeTable<StagnatieProblematiek> {
  static constexpr std::array entries{
      std::pair{StagnatieProblematiek::geen, std::string_view{"geen"}},
      std::pair{StagnatieProblematiek::A, std::string_view{"A"}},
      std::pair{StagnatieProblematiek::B, std::string_view{"B"}},
      std::pair{StagnatieProblematiek::B_plus, std::string_view{"B+"}},
  };
};

template <>
struct CodeTable<StagnatieSamenwerking> {
  static constexpr std::array entries{
      std::pair{StagnatieSamenwerking::geen, std::string_view{"geen"}},
      std::pair{StagnatieSamenwerking::organisatie, std::string_view{"organisatie"}},
      std::pair{StagnatieSamenwerking::inhoud, std::string_view{"inhoud"}},
  };
};

template <>
struct CodeTable<Motivatie> {
  static constexpr std::array entries{
      std::pair{Motivatie::aanwezig, std::string_view{"aanwezig"}},
      std::pair{Motivatie::afwezig, std::string_view{"afwezig"}},
      std::pair{Motivatie::afwezig_na_motivatietraject, std::string_view{"afwezig_na_motivatietraject"}},
  };
};

template <>
struct CodeTable<SignaalType> {
  static constexpr std::array entries{
      std::pair{SignaalType::intiem_terrorisme, std::string_view{"intiem_terrorisme"}},
      std::pair{SignaalType::eergerelateerd_geweld, std::string_view{"eergerelateerd_geweld"}},
      std::pair{SignaalType::meisjesbesnijdenis, std::string_view{"meisjesbesnijdenis"}},
      std::pair{SignaalType::complexe_scheiding, std::string_view{"complexe_scheiding"}},
      std::pair{SignaalType::stalking, std::string_view{"stalking"}},
  };
};

}  // namespace regie::domain
