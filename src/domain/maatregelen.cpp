#include "domain/maatregelen.hpp"

#include <algorithm>

namespace regie::domain {
namespace {

using enum SignaalType;

constexpr std::array<SignaalTypeRegel, 5> kSignaalTypeRegels{{
    {intiem_terrorisme, false, 0},
    {eergerelateerd_geweld, false, 0},
    {meisjesbesnijdenis, false, 0},
    {complexe_scheiding, true, 3},
    {stalking, false, 0},
}};

// Which signals call for a measure.
enum class Aanleiding {
  acuut_signaal,          // any signal marked acuut, whatever its type or phase
  elk_effectief_signaal,  // every effective signal
  effectief_van_type,     // an effective signal of one of the listed types
};

struct MaatregelRegel {
  MaatregelCode code;
  Aanleiding aanleiding;
  std::vector<SignaalType> types;  // only for effectief_van_type
  std::string_view tekst;
  bool heropenen = false;  // see heropent_bij_nieuw_signaal()
  // Also without a typed signal, when the assessment doubts the safety (veiligheid ≠ veilig): doubt is
  // enough.
  bool ook_bij_twijfel = false;
};

// Table order is output order; `politie_direct` must stay first.
const std::array<MaatregelRegel, 9> kMaatregelRegels{{
    {MaatregelCode::politie_direct,
     Aanleiding::acuut_signaal,
     {},
     "Bel nu de politie (112): er is mogelijk acuut of levensbedreigend gevaar.",
     true},
    {MaatregelCode::politie_bij_acuut_gevaar,
     Aanleiding::elk_effectief_signaal,
     {},
     "Vaste afspraak voor iedereen rond dit huishouden: bij (mogelijk) acuut of levensbedreigend gevaar "
     "wordt meteen de politie gebeld."},
    {MaatregelCode::meldcode_veilig_thuis_deskundige,
     Aanleiding::elk_effectief_signaal,
     {},
     "Doorloop de meldcode. Betrek vanaf stap 2 Veilig Thuis en iemand met deskundigheid op deze vorm van "
     "geweld."},
    {MaatregelCode::afgeschermde_regie,
     Aanleiding::elk_effectief_signaal,
     {},
     "Voer aangepaste, gespecialiseerde regie: deel informatie alleen met wie het echt nodig heeft, omdat "
     "ruim delen het risico op geweld vergroot. Het dossier gaat over op afgeschermd delen."},
    {MaatregelCode::methodiek_veiligheidsmaatregelen,
     Aanleiding::elk_effectief_signaal,
     {},
     "Wordt er gewerkt met een gespecialiseerde methodiek? Neem de veiligheidsmaatregelen daarvan over in "
     "de regie."},
    {MaatregelCode::veilig_thuis_betrekken,
     Aanleiding::effectief_van_type,
     {eergerelateerd_geweld, meisjesbesnijdenis},
     "Betrek Veilig Thuis bij de aanpak."},
    {MaatregelCode::jgz_aandachtsfunctionaris,
     Aanleiding::effectief_van_type,
     {meisjesbesnijdenis},
     "Schakel de aandachtsfunctionaris van de jeugdgezondheidszorg (JGZ) in."},
    {MaatregelCode::check_partnergeweld,
     Aanleiding::effectief_van_type,
     {complexe_scheiding, stalking},
     "Dit kan op partnergeweld wijzen: ga na of één partner de ander structureel controleert en intimideert "
     "(intiem terrorisme)."},
    {MaatregelCode::deskundige_voor_start,
     Aanleiding::elk_effectief_signaal,
     {},
     "Vraag een deskundige om advies vóórdat u iedereen uitnodigt voor het startoverleg: een bijeenkomst met "
     "alle partijen kan de dreiging vergroten. Leg dit advies vast, of motiveer waarom het niet nodig is.",
     false,
     true},
}};

bool roept_op(const MaatregelRegel& regel, const Signaal& signaal) {
  switch (regel.aanleiding) {
    case Aanleiding::acuut_signaal:
      return signaal.acuut;
    case Aanleiding::elk_effectief_signaal:
      return is_effectief(signaal);
    case Aanleiding::effectief_van_type:
      return is_effectief(signaal) && std::ranges::find(regel.types, signaal.type) != regel.types.end();
  }
  return false;
}

}  // namespace

const SignaalTypeRegel& regel_voor(SignaalType type) {
  return *std::ranges::find(kSignaalTypeRegels, type, &SignaalTypeRegel::type);
}

bool heropent_bij_nieuw_signaal(MaatregelCode code) {
  return std::ranges::find(kMaatregelRegels, code, &MaatregelRegel::code)->heropenen;
}

std::string_view tekst(MaatregelCode code) {
  return std::ranges::find(kMaatregelRegels, code, &MaatregelRegel::code)->tekst;
}

bool is_effectief(const Signaal& signaal) {
  const auto& regel = regel_voor(signaal.type);
  if (!regel.glasl_fase_vereist) return true;
  return signaal.glasl_fase.value_or(0) >= regel.effectief_vanaf_glasl_fase;
}

bool heeft_effectief_signaal(std::span<const Signaal> signalen) {
  return std::ranges::any_of(signalen, is_effectief);
}

std::vector<Maatregel> maatregelen_voor(std::span<const Signaal> signalen, bool twijfel_over_veiligheid) {
  std::vector<Maatregel> uit;
  for (const auto& regel : kMaatregelRegels) {
    std::vector<SignaalType> aanleiding;
    for (const auto& signaal : signalen) {
      if (roept_op(regel, signaal) && std::ranges::find(aanleiding, signaal.type) == aanleiding.end()) {
        aanleiding.push_back(signaal.type);
      }
    }
    if (!aanleiding.empty() || (regel.ook_bij_twijfel && twijfel_over_veiligheid))
      uit.push_back({regel.code, std::move(aanleiding), std::string{regel.tekst}});
  }
  return uit;
}

}  // namespace regie::domain
