// The advice JSON has exactly the shape of the contract in DOMAIN.md §11.

#include "codec/advies_json.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <set>

#include "codec/taxatie_json.hpp"

namespace regie::codec {
namespace {

namespace json = boost::json;

std::set<std::string> keys(const json::object& o) {
  std::set<std::string> out;
  for (const auto& e : o) out.emplace(e.key());
  return out;
}

json::object advies_voor(const std::string& taxatie) {
  return advies_to_json(domain::advise(parse_taxatie(taxatie)));
}

const std::string kNiveau3 = R"({"draagkracht":"deels_uit_balans","zelfredzaamheid":"beperkt",
  "basiszorgToereikend":false,"veiligheid":"signalen","ketenoverstijgendNodig":false,"escalatie":"geen",
  "huidigNiveau":2,"signalen":[{"type":"stalking","acuut":true}]})";

TEST(AdviesJson, HasTheContractsFields) {
  const auto o = advies_voor(kNiveau3);
  EXPECT_EQ(keys(o),
            (std::set<std::string>{"niveau", "kleur", "richting", "redenen", "plannen", "casusregie",
                                   "procesregie", "inzet", "overleg", "operationeelVerantwoordelijk",
                                   "bestuurlijkVerantwoordelijk", "opschalenNaarManager",
                                   "nazorgafspraakVereist", "maatregelen", "waarschuwingen", "doel"}));
  EXPECT_EQ(o.at("niveau").as_int64(), 3);
  EXPECT_EQ(o.at("kleur").as_string(), "oranje");
  EXPECT_EQ(o.at("richting").as_string(), "opschalen");
  EXPECT_EQ(keys(o.at("plannen").as_object()),
            (std::set<std::string>{"ondersteuningsplan", "variant", "veiligheidsplan"}));
  EXPECT_EQ(o.at("plannen").at("veiligheidsplan").as_string(), "verplicht");
  EXPECT_EQ(keys(o.at("casusregie").as_object()), (std::set<std::string>{"nodig", "profiel", "door"}));
  EXPECT_EQ(keys(o.at("procesregie").as_object()),
            (std::set<std::string>{"nodig", "profiel", "door", "extern"}));
  EXPECT_EQ(o.at("procesregie").at("profiel").as_string(), "B");
  EXPECT_EQ(o.at("bestuurlijkVerantwoordelijk").as_array(), json::array{"wethouder"});
  for (const auto& r : o.at("redenen").as_array()) {
    EXPECT_EQ(keys(r.as_object()), (std::set<std::string>{"code", "tekst"}));
  }
  const auto& eerste = o.at("maatregelen").as_array().at(0).as_object();
  EXPECT_EQ(keys(eerste), (std::set<std::string>{"code", "signalen", "tekst"}));
  EXPECT_EQ(eerste.at("code").as_string(), "politie_direct");
  EXPECT_EQ(eerste.at("signalen").as_array(), json::array{"stalking"});
}

TEST(AdviesJson, LevelOneHasNoProcesregieAndNoDirectionWithoutCurrentLevel) {
  const auto o =
      advies_voor(R"({"draagkracht":"in_balans","zelfredzaamheid":"volledig","basiszorgToereikend":true,
    "veiligheid":"veilig","ketenoverstijgendNodig":false,"escalatie":"geen"})");
  EXPECT_FALSE(o.contains("richting"));
  EXPECT_EQ(o.at("plannen").at("ondersteuningsplan").as_string(), "naar_behoefte");
  EXPECT_EQ(o.at("plannen").at("variant").as_string(), "preventief");
  EXPECT_EQ(o.at("casusregie").at("nodig").as_string(), "naar_behoefte");
  EXPECT_EQ(o.at("procesregie").at("nodig").as_string(), "niet_van_toepassing");
  EXPECT_TRUE(o.at("procesregie").at("profiel").is_null());
  EXPECT_TRUE(o.at("procesregie").at("door").as_array().empty());
  EXPECT_FALSE(o.at("procesregie").at("extern").as_bool());
  EXPECT_TRUE(o.at("bestuurlijkVerantwoordelijk").as_array().empty());
  EXPECT_TRUE(o.at("maatregelen").as_array().empty());
  EXPECT_TRUE(o.at("waarschuwingen").as_array().empty());
}

TEST(AdviesJson, InconsistencyWarningNamesTheMissingCriteria) {
  const auto o =
      advies_voor(R"({"draagkracht":"in_balans","zelfredzaamheid":"volledig","basiszorgToereikend":true,
    "veiligheid":"onveilig_omgeving","ketenoverstijgendNodig":true,"escalatie":"geen","huidigNiveau":5})");
  EXPECT_EQ(o.at("niveau").as_int64(), 4);
  EXPECT_EQ(o.at("richting").as_string(), "afschalen");
  EXPECT_TRUE(o.at("nazorgafspraakVereist").as_bool());
  const auto& w = o.at("waarschuwingen").as_array().at(0).as_object();
  EXPECT_EQ(w.at("code").as_string(), "beoordeling_inconsistent");
  EXPECT_EQ(w.at("ontbrekendeCriteria").as_array(), json::array{"hulp_ontoereikend"});
  EXPECT_FALSE(w.at("tekst").as_string().empty());
}

TEST(AdviesJson, LevelFiveProcesregieIsExternal) {
  const auto o = advies_voor(R"({"draagkracht":"volledig_uit_balans","zelfredzaamheid":"niet",
    "basiszorgToereikend":false,"veiligheid":"onveilig_omgeving","ketenoverstijgendNodig":true,"escalatie":"actueel"})");
  EXPECT_EQ(o.at("kleur").as_string(), "donkerrood");
  EXPECT_TRUE(o.at("procesregie").at("extern").as_bool());
  EXPECT_EQ(o.at("procesregie").at("door").as_array(), json::array{"veiligheidsketen"});
  EXPECT_EQ(o.at("operationeelVerantwoordelijk").as_array(),
            (json::array{"ambtenaar_ivz_oov", "burgemeester", "manager"}));
  EXPECT_EQ(o.at("bestuurlijkVerantwoordelijk").as_array(), json::array{"burgemeester"});
}

}  // namespace
}  // namespace regie::codec
