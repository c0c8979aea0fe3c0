#include "codec/advies_json.hpp"

#include <boost/json/array.hpp>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace regie::codec {
namespace {

namespace json = boost::json;
using namespace regie::domain;

template <typename E>
json::string_view code(E value) {
  const auto c = to_code(value);
  return {c.data(), c.size()};
}

template <typename E>
json::array codes(const std::vector<E>& values, const json::storage_ptr& sp) {
  json::array out(sp);
  out.reserve(values.size());
  for (const auto& v : values) out.emplace_back(code(v));
  return out;
}

json::object regie_json(const RegieVoorschrift& regie, bool with_extern, const json::storage_ptr& sp) {
  json::object o(sp);
  o.emplace("nodig", code(regie.nodig));
  if (regie.profiel) {
    o.emplace("profiel", code(*regie.profiel));
  } else {
    o.emplace("profiel", nullptr);
  }
  o.emplace("door", codes(regie.door, sp));
  if (with_extern) o.emplace("extern", regie.extern_);
  return o;
}

}  // namespace

json::object regiekaart_json(const NiveauKaart& k) {
  const json::storage_ptr sp;
  return json::object{{"niveau", nummer(k.niveau)},
                      {"kleur", code(k.kleur)},
                      {"plannen", json::object{{"ondersteuningsplan", code(k.ondersteuningsplan)},
                                               {"variant", code(k.variant)},
                                               {"veiligheidsplan", code(k.veiligheidsplan)}}},
                      {"casusregie", regie_json(k.casusregie, false, sp)},
                      {"procesregie", regie_json(k.procesregie, true, sp)},
                      {"inzet", codes(k.inzet, sp)},
                      {"overleg", codes(k.overleg, sp)},
                      {"operationeelVerantwoordelijk", codes(k.operationeel_verantwoordelijk, sp)},
                      {"bestuurlijkVerantwoordelijk", codes(k.bestuurlijk_verantwoordelijk, sp)},
                      {"doel", k.doel}};
}

json::object advies_to_json(const Advies& a, json::storage_ptr sp) {
  json::object o(sp);
  o.reserve(17);
  o.emplace("niveau", nummer(a.niveau));
  o.emplace("kleur", code(a.kleur));
  if (a.richting) o.emplace("richting", code(*a.richting));

  json::array redenen(sp);
  for (const auto& r : a.redenen) {
    redenen.push_back(json::object{{{"code", code(r.code)}, {"tekst", r.tekst}}, sp});
  }
  o.emplace("redenen", std::move(redenen));
  if (a.nog_niet_afschalen) {
    json::array voorwaarden(sp);
    for (const auto v : a.nog_niet_afschalen->voorwaarden)
      voorwaarden.push_back(json::object{{{"code", code(v)}, {"tekst", tekst(v)}}, sp});
    o.emplace("nogNietAfschalen", json::object{{{"naar", nummer(a.nog_niet_afschalen->naar)},
                                                {"voorwaarden", std::move(voorwaarden)}},
                                               sp});
  }

  o.emplace("plannen", json::object{{{"ondersteuningsplan", code(a.plannen.ondersteuningsplan)},
                                     {"variant", code(a.plannen.variant)},
                                     {"veiligheidsplan", code(a.plannen.veiligheidsplan)}},
                                    sp});
  o.emplace("casusregie", regie_json(a.casusregie, false, sp));
  o.emplace("procesregie", regie_json(a.procesregie, true, sp));
  o.emplace("inzet", codes(a.inzet, sp));
  o.emplace("overleg", codes(a.overleg, sp));
  o.emplace("operationeelVerantwoordelijk", codes(a.operationeel_verantwoordelijk, sp));
  o.emplace("bestuurlijkVerantwoordelijk", codes(a.bestuurlijk_verantwoordelijk, sp));
  o.emplace("doel", kaart_voor(a.niveau).doel);
  o.emplace("opschalenNaarManager", a.opschalen_naar_manager);
  o.emplace("nazorgafspraakVereist", a.nazorgafspraak_vereist);

  json::array maatregelen(sp);
  for (const auto& m : a.maatregelen) {
    maatregelen.push_back(
        json::object{{{"code", code(m.code)}, {"signalen", codes(m.signalen, sp)}, {"tekst", m.tekst}}, sp});
  }
  o.emplace("maatregelen", std::move(maatregelen));

  json::array waarschuwingen(sp);
  for (const auto& w : a.waarschuwingen) {
    json::object wo{{{"code", code(w.code)}, {"tekst", w.tekst}}, sp};
    if (!w.ontbrekende_criteria.empty()) wo.emplace("ontbrekendeCriteria", codes(w.ontbrekende_criteria, sp));
    waarschuwingen.push_back(std::move(wo));
  }
  o.emplace("waarschuwingen", std::move(waarschuwingen));
  return o;
}

std::string serialize_advies(const Advies& advies) {
  unsigned char buffer[16 * 1024];
  json::monotonic_resource arena{buffer, sizeof buffer};
  return json::serialize(advies_to_json(advies, &arena));
}

std::vector<RedenCode> reden_codes(std::string_view advies_json) {
  std::vector<RedenCode> out;
  const auto advies = json::parse(advies_json);
  for (const auto& r : advies.at("redenen").as_array()) {
    const auto& code = r.at("code").as_string();
    if (const auto c = from_code<RedenCode>(std::string_view{code.data(), code.size()})) out.push_back(*c);
  }
  return out;
}

}  // namespace regie::codec
