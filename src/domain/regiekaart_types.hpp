#pragma once
// Value types of the regiekaart (DOMAIN.md §4, §7, §11) with their codes.

#include <array>
#include <string_view>
#include <utility>

#include "domain/codes.hpp"

namespace regie::domain {

enum class Niveau : int { een = 1, twee = 2, drie = 3, vier = 4, vijf = 5 };

constexpr int nummer(Niveau n) { return static_cast<int>(n); }
constexpr Niveau niveau_uit_nummer(int n) { return static_cast<Niveau>(n); }  // caller guarantees 1..5

enum class Kleur { groen, geel, oranje, rood, donkerrood };
enum class Richting { opschalen, afschalen, gelijk };
enum class Nodig { verplicht, naar_behoefte, niet_van_toepassing, niet_vereist };
enum class PlanVariant { preventief, regulier };
enum class Profiel { A, B, B_plus };
enum class Rol { casus, proces };

enum class Partij {
  klant,
  netwerk,
  basiszorg,
  lokaal_team,
  zorgketen,
  veiligheidsketen,
  civiele_keten,
  ambtenaar_ivz_oov,
  driehoek,
  ggd_ghor,
  riec,
  burgemeester,
  wethouder,
  manager,
  ketenmanager_zvh,
};

template <>
struct CodeTable<Kleur> {
  static constexpr std::array entries{
      std::pair{Kleur::groen, std::string_view{"groen"}},
      std::pair{Kleur::geel, std::string_view{"geel"}},
      std::pair{Kleur::oranje, std::string_view{"oranje"}},
      std::pair{Kleur::rood, std::string_view{"rood"}},
      std::pair{Kleur::donkerrood, std::string_view{"donkerrood"}},
  };
};

template <>
struct CodeTable<Richting> {
  static constexpr std::array entries{
      std::pair{Richting::opschalen, std::string_view{"opschalen"}},
      std::pair{Richting::afschalen, std::string_view{"afschalen"}},
      std::pair{Richting::gelijk, std::string_view{"gelijk"}},
  };
};

template <>
struct CodeTable<Nodig> {
  static constexpr std::array entries{
      std::pair{Nodig::verplicht, std::string_view{"verplicht"}},
      std::pair{Nodig::naar_behoefte, std::string_view{"naar_behoefte"}},
      std::pair{Nodig::niet_van_toepassing, std::string_view{"niet_van_toepassing"}},
      std::pair{Nodig::niet_vereist, std::string_view{"niet_vereist"}},
  };
};

template <>
struct CodeTable<PlanVariant> {
  static constexpr std::array entries{
      std::pair{PlanVariant::preventief, std::string_view{"preventief"}},
      std::pair{PlanVariant::regulier, std::string_view{"regulier"}},
  };
};

template <>
struct CodeTable<Profiel> {
  static constexpr std::array entries{
      std::pair{Profiel::A, std::string_view{"A"}},
      std::pair{Profiel::B, std::string_view{"B"}},
      std::pair{Profiel::B_plus, std::string_view{"B+"}},
  };
};

template <>
struct CodeTable<Rol> {
  static constexpr std::array entries{
      std::pair{Rol::casus, std::string_view{"casus"}},
      std::pair{Rol::proces, std::string_view{"proces"}},
  };
};

template <>
struct CodeTable<Partij> {
  static constexpr std::array entries{
      std::pair{Partij::klant, std::string_view{"klant"}},
      std::pair{Partij::netwerk, std::string_view{"netwerk"}},
      std::pair{Partij::basiszorg, std::string_view{"basiszorg"}},
      std::pair{Partij::lokaal_team, std::string_view{"lokaal_team"}},
      std::pair{Partij::zorgketen, std::string_view{"zorgketen"}},
      std::pair{Partij::veiligheidsketen, std::string_view{"veiligheidsketen"}},
      std::pair{Partij::civiele_keten, std::string_view{"civiele_keten"}},
      std::pair{Partij::ambtenaar_ivz_oov, std::string_view{"ambtenaar_ivz_oov"}},
      std::pair{Partij::driehoek, std::string_view{"driehoek"}},
      std::pair{Partij::ggd_ghor, std::string_view{"ggd_ghor"}},
      std::pair{Partij::riec, std::string_view{"riec"}},
      std::pair{Partij::burgemeester, std::string_view{"burgemeester"}},
      std::pair{Partij::wethouder, std::string_view{"wethouder"}},
      std::pair{Partij::manager, std::string_view{"manager"}},
      std::pair{Partij::ketenmanager_zvh, std::string_view{"ketenmanager_zvh"}},
  };
};

}  // namespace regie::domain
