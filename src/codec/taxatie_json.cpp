#include "codec/taxatie_json.hpp"

#include <boost/json/serialize.hpp>

#include "codec/json_reader.hpp"
#include "codec/strict_json.hpp"
#include "domain/maatregelen.hpp"

namespace regie::codec {
namespace {

namespace json = boost::json;
using namespace regie::domain;

constexpr bool kRequired = true;
constexpr bool kOptional = false;

std::optional<Signaal> signaal_from_json(const json::value& v, const std::string& path,
                                         std::vector<service::InvalidParam>& errors) {
  const auto* object = v.if_object();
  if (object == nullptr) {
    errors.push_back({path, "Moet een object zijn met ten minste het veld 'type'."});
    return std::nullopt;
  }
  JsonReader r{*object, path, errors};
  const auto type = r.code<SignaalType>("type", kRequired);
  const auto acuut = r.boolean("acuut", kOptional);
  const bool fase_gegeven = r.has("glaslFase");
  const auto fase = r.integer("glaslFase", kOptional, kGlaslFaseMin, kGlaslFaseMax);
  const auto toelichting = r.text("toelichting", kOptional);
  if (toelichting && toelichting->size() > kMaxSignaalToelichting) {
    r.fail("toelichting", "Mag hoogstens " + std::to_string(kMaxSignaalToelichting) + " tekens lang zijn.");
  }
  r.finish();
  if (!type) return std::nullopt;

  if (regel_voor(*type).glasl_fase_vereist && !fase_gegeven) {
    r.fail("glaslFase", "Verplicht bij type " + std::string{to_code(*type)} +
                            ": geef de fase op de escalatieladder van Glasl (1 tot en met 9).");
    return std::nullopt;
  }
  if (!regel_voor(*type).glasl_fase_vereist && fase_gegeven) {
    r.fail("glaslFase",
           "Hoort alleen bij type complexe_scheiding; laat dit veld weg of kies het juiste type.");
    return std::nullopt;
  }
  if (fase_gegeven && !fase) return std::nullopt;
  if (toelichting && toelichting->size() > kMaxSignaalToelichting) return std::nullopt;
  return Signaal{*type, acuut.value_or(false),
                 fase ? std::optional<int>{static_cast<int>(*fase)} : std::nullopt, toelichting.value_or("")};
}

}  // namespace

Taxatie taxatie_from_json(const json::value& document) {
  const json::object& object = require_object(document);
  std::vector<service::InvalidParam> errors;
  JsonReader r{object, "", errors};

  const auto draagkracht = r.code<Draagkracht>("draagkracht", kRequired);
  const auto zelfredzaamheid = r.code<Zelfredzaamheid>("zelfredzaamheid", kRequired);
  const auto acute = r.boolean("acuteProblematiek", kOptional);
  const auto zorgen = r.code<Zorgen>("zorgen", kOptional);
  const auto basiszorg = r.boolean("basiszorgToereikend", kRequired);
  const auto veiligheid = r.code<Veiligheid>("veiligheid", kRequired);
  const auto keten = r.boolean("ketenoverstijgendNodig", kRequired);
  const auto escalatie = r.code<Escalatie>("escalatie", kRequired);
  const auto stagnatie_p = r.code<StagnatieProblematiek>("stagnatieProblematiek", kOptional);
  const auto stagnatie_s = r.code<StagnatieSamenwerking>("stagnatieSamenwerking", kOptional);
  const auto motivatie = r.code<Motivatie>("motivatie", kOptional);
  const auto onverschillig = r.boolean("onverschillig", kOptional);
  const auto huidig = r.integer("huidigNiveau", kOptional, 1, 5);
  const json::array* signalen = r.array("signalen", kOptional, kMaxSignalen);
  r.finish();

  Taxatie t;
  if (signalen != nullptr) {
    const std::string path = r.field_path("signalen");
    for (std::size_t i = 0; i < signalen->size(); ++i) {
      if (auto s = signaal_from_json((*signalen)[i], element_path(path, i), errors)) t.signalen.push_back(*s);
    }
  }
  if (!errors.empty()) {
    std::string detail = errors.size() == 1 ? "Eén veld van de taxatie is niet goed ingevuld."
                                            : std::to_string(errors.size()) +
                                                  " velden van de taxatie zijn niet goed ingevuld.";
    throw service::BadRequest(std::move(detail), std::move(errors));
  }
  // Every required field is present here: a missing one would have been reported above.
  t.draagkracht = *draagkracht;
  t.zelfredzaamheid = *zelfredzaamheid;
  t.acute_problematiek = acute.value_or(false);
  t.zorgen = zorgen;
  t.basiszorg_toereikend = *basiszorg;
  t.veiligheid = *veiligheid;
  t.ketenoverstijgend_nodig = *keten;
  t.escalatie = *escalatie;
  t.stagnatie_problematiek = stagnatie_p.value_or(StagnatieProblematiek::geen);
  t.stagnatie_samenwerking = stagnatie_s.value_or(StagnatieSamenwerking::geen);
  t.motivatie = motivatie.value_or(Motivatie::aanwezig);
  t.onverschillig = onverschillig.value_or(false);
  if (huidig) t.huidig_niveau = niveau_uit_nummer(static_cast<int>(*huidig));
  return t;
}

Taxatie parse_taxatie(std::string_view text) { return taxatie_from_json(parse_strict_json(text)); }

std::string serialize_taxatie(const Taxatie& t) {
  auto code = [](auto e) {
    const auto c = to_code(e);
    return json::string_view{c.data(), c.size()};
  };
  json::object o;
  o["draagkracht"] = code(t.draagkracht);
  o["zelfredzaamheid"] = code(t.zelfredzaamheid);
  if (t.acute_problematiek) o["acuteProblematiek"] = true;
  if (t.zorgen) o["zorgen"] = code(*t.zorgen);
  o["basiszorgToereikend"] = t.basiszorg_toereikend;
  o["veiligheid"] = code(t.veiligheid);
  o["ketenoverstijgendNodig"] = t.ketenoverstijgend_nodig;
  o["escalatie"] = code(t.escalatie);
  if (t.stagnatie_problematiek != StagnatieProblematiek::geen)
    o["stagnatieProblematiek"] = code(t.stagnatie_problematiek);
  if (t.stagnatie_samenwerking != StagnatieSamenwerking::geen)
    o["stagnatieSamenwerking"] = code(t.stagnatie_samenwerking);
  if (t.motivatie != Motivatie::aanwezig) o["motivatie"] = code(t.motivatie);
  if (t.onverschillig) o["onverschillig"] = true;
  if (t.huidig_niveau) o["huidigNiveau"] = nummer(*t.huidig_niveau);
  if (!t.signalen.empty()) {
    json::array signalen;
    for (const auto& s : t.signalen) {
      json::object so{{"type", code(s.type)}};
      if (s.acuut) so["acuut"] = true;
      if (s.glasl_fase) so["glaslFase"] = *s.glasl_fase;
      if (!s.toelichting.empty()) so["toelichting"] = s.toelichting;
      signalen.push_back(std::move(so));
    }
    o["signalen"] = std::move(signalen);
  }
  return json::serialize(o);
}

}  // namespace regie::codec
