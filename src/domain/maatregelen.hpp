#pragma once
// Safety signals and the extra measures they call for (DOMAIN.md §5).

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/codes.hpp"
#include "domain/taxatie.hpp"

namespace regie::domain {

enum class MaatregelCode {
  politie_direct,
  politie_bij_acuut_gevaar,
  meldcode_veilig_thuis_deskundige,
  afgeschermde_regie,
  methodiek_veiligheidsmaatregelen,
  veilig_thuis_betrekken,
  jgz_aandachtsfunctionaris,
  check_partnergeweld,
  deskundige_voor_start,
};

struct Maatregel {
  MaatregelCode code{};
  std::vector<SignaalType> signalen;  // the signal types that call for this measure, each once
  std::string tekst;

  friend bool operator==(const Maatregel&, const Maatregel&) = default;
};

// Whether a signal of this type needs a Glasl phase, and from which phase it counts.
struct SignaalTypeRegel {
  SignaalType type;
  bool glasl_fase_vereist;
  int effectief_vanaf_glasl_fase;  // 0 when the phase plays no part
};
const SignaalTypeRegel& regel_voor(SignaalType type);

// A signal counts (makes criterion K3 hold and yields measures) unless it is a complex divorce below
// the Glasl phase from which it counts.
bool is_effectief(const Signaal& signaal);
bool heeft_effectief_signaal(std::span<const Signaal> signalen);

// Whether a new signal that calls for this measure makes it open again on the household's checklist when it
// was already handled: calling the police now is needed for every acute signal; standing instructions
// and consultations are not repeated.
bool heropent_bij_nieuw_signaal(MaatregelCode code);
std::string_view tekst(MaatregelCode code);

// Measures for the given signals, each at most once, in table order: `politie_direct` first. With doubt about
// the safety (an assessment's veiligheid ≠ veilig) the expert before the start meeting is asked for even
// without a typed signal; that measure then names no signal.
std::vector<Maatregel> maatregelen_voor(std::span<const Signaal> signalen,
                                        bool twijfel_over_veiligheid = false);

template <>
struct CodeTable<MaatregelCode> {
  static constexpr std::array entries{
      std::pair{MaatregelCode::politie_direct, std::string_view{"politie_direct"}},
      std::pair{MaatregelCode::politie_bij_acuut_gevaar, std::string_view{"politie_bij_acuut_gevaar"}},
      std::pair{MaatregelCode::meldcode_veilig_thuis_deskundige,
                std::string_view{"meldcode_veilig_thuis_deskundige"}},
      std::pair{MaatregelCode::afgeschermde_regie, std::string_view{"afgeschermde_regie"}},
      std::pair{MaatregelCode::methodiek_veiligheidsmaatregelen,
                std::string_view{"methodiek_veiligheidsmaatregelen"}},
      std::pair{MaatregelCode::veilig_thuis_betrekken, std::string_view{"veilig_thuis_betrekken"}},
      std::pair{MaatregelCode::jgz_aandachtsfunctionaris, std::string_view{"jgz_aandachtsfunctionaris"}},
      std::pair{MaatregelCode::check_partnergeweld, std::string_view{"check_partnergeweld"}},
      std::pair{MaatregelCode::deskundige_voor_start, std::string_view{"deskundige_voor_start"}},
  };
};

}  // namespace regie::domain
