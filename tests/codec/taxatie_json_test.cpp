// Strict reading of the assessment JSON: every class of invalid input is refused, naming the field.

#include "codec/taxatie_json.hpp"

#include <gtest/gtest.h>

#include "service/errors.hpp"

namespace regie::codec {
namespace {

using domain::Taxatie;
using service::BadRequest;
using service::InvalidParam;

const std::string kGeldig = R"({"draagkracht":"deels_uit_balans","zelfredzaamheid":"beperkt",
  "basiszorgToereikend":false,"veiligheid":"signalen","ketenoverstijgendNodig":false,"escalatie":"geen"})";

// The input with `replacement` put in place of the closing brace (to add fields).
std::string met(const std::string& extra) {
  return kGeldig.substr(0, kGeldig.size() - 1) + "," + extra + "}";
}

std::vector<InvalidParam> fouten(const std::string& text) {
  try {
    parse_taxatie(text);
  } catch (const BadRequest& e) {
    EXPECT_FALSE(std::string{e.what()}.empty());
    return e.invalid_params();
  }
  ADD_FAILURE() << "geen fout voor: " << text;
  return {};
}

std::vector<std::string> velden(const std::vector<InvalidParam>& f) {
  std::vector<std::string> out;
  for (const auto& p : f) out.push_back(p.name);
  return out;
}

TEST(TaxatieJson, ReadsAMinimalAssessmentWithDefaults) {
  const Taxatie t = parse_taxatie(kGeldig);
  EXPECT_EQ(t.draagkracht, domain::Draagkracht::deels_uit_balans);
  EXPECT_EQ(t.zelfredzaamheid, domain::Zelfredzaamheid::beperkt);
  EXPECT_FALSE(t.basiszorg_toereikend);
  EXPECT_EQ(t.veiligheid, domain::Veiligheid::signalen);
  EXPECT_FALSE(t.acute_problematiek);
  EXPECT_EQ(t.zorgen, std::nullopt);
  EXPECT_EQ(t.stagnatie_problematiek, domain::StagnatieProblematiek::geen);
  EXPECT_EQ(t.stagnatie_samenwerking, domain::StagnatieSamenwerking::geen);
  EXPECT_EQ(t.motivatie, domain::Motivatie::aanwezig);
  EXPECT_FALSE(t.onverschillig);
  EXPECT_TRUE(t.signalen.empty());
  EXPECT_EQ(t.huidig_niveau, std::nullopt);
}

TEST(TaxatieJson, ReadsEveryOptionalField) {
  const Taxatie t = parse_taxatie(met(R"("huidigNiveau":4,"acuteProblematiek":true,"zorgen":"complex",
    "stagnatieProblematiek":"B+","stagnatieSamenwerking":"inhoud","motivatie":"afwezig_na_motivatietraject",
    "onverschillig":true,"signalen":[{"type":"complexe_scheiding","glaslFase":4,"acuut":true},{"type":"stalking"}])"));
  EXPECT_EQ(t.huidig_niveau, domain::Niveau::vier);
  EXPECT_TRUE(t.acute_problematiek);
  EXPECT_EQ(t.zorgen, domain::Zorgen::complex);
  EXPECT_EQ(t.stagnatie_problematiek, domain::StagnatieProblematiek::B_plus);
  EXPECT_EQ(t.stagnatie_samenwerking, domain::StagnatieSamenwerking::inhoud);
  EXPECT_EQ(t.motivatie, domain::Motivatie::afwezig_na_motivatietraject);
  EXPECT_TRUE(t.onverschillig);
  EXPECT_EQ(t.signalen,
            (std::vector<domain::Signaal>{{domain::SignaalType::complexe_scheiding, true, 4, {}},
                                          {domain::SignaalType::stalking, false, std::nullopt, {}}}));
}

TEST(TaxatieJson, NullOnAnOptionalFieldMeansAbsent) {
  const Taxatie t = parse_taxatie(met(R"("huidigNiveau":null,"zorgen":null,"signalen":null)"));
  EXPECT_EQ(t.huidig_niveau, std::nullopt);
  EXPECT_EQ(t.zorgen, std::nullopt);
}

struct OngeldigGeval {
  const char* naam;
  std::string invoer;
  std::vector<std::string> velden;
};

class OngeldigeTaxatieTest : public ::testing::TestWithParam<OngeldigGeval> {};

TEST_P(OngeldigeTaxatieTest, IsRefusedNamingTheField) {
  const auto& g = GetParam();
  const auto f = fouten(g.invoer);
  EXPECT_EQ(velden(f), g.velden);
  for (const auto& p : f) EXPECT_FALSE(p.reason.empty()) << p.name;
}

const std::vector<OngeldigGeval> kOngeldig{
    {"onbekend_veld", met(R"("veiligheidd":"veilig")"), {"veiligheidd"}},
    {"onbekend_veld_in_signaal",
     met(R"("signalen":[{"type":"stalking","akuut":true}])"),
     {"signalen[0].akuut"}},
    {"ontbrekend_verplicht_veld",
     R"({"draagkracht":"in_balans","zelfredzaamheid":"volledig",
      "basiszorgToereikend":true,"veiligheid":"veilig","ketenoverstijgendNodig":false})",
     {"escalatie"}},
    {"alle_verplichte_velden_ontbreken",
     "{}",
     {"draagkracht", "zelfredzaamheid", "basiszorgToereikend", "veiligheid", "ketenoverstijgendNodig",
      "escalatie"}},
    {"null_voor_verplicht_veld",
     R"({"draagkracht":null,"zelfredzaamheid":"beperkt","basiszorgToereikend":false,"veiligheid":"signalen",
        "ketenoverstijgendNodig":false,"escalatie":"geen"})",
     {"draagkracht"}},
    {"onbekende_enumwaarde", met(R"("motivatie":"matig")"), {"motivatie"}},
    {"hoofdletters_zijn_geen_code", met(R"("zorgen":"Complex")"), {"zorgen"}},
    {"getal_voor_enum", met(R"("zorgen":2)"), {"zorgen"}},
    {"tekst_voor_bool", met(R"("onverschillig":"true")"), {"onverschillig"}},
    {"getal_voor_bool", met(R"("acuteProblematiek":1)"), {"acuteProblematiek"}},
    {"tekst_voor_getal", met(R"("huidigNiveau":"3")"), {"huidigNiveau"}},
    {"breuk_voor_getal", met(R"("huidigNiveau":2.5)"), {"huidigNiveau"}},
    {"niveau_te_laag", met(R"("huidigNiveau":0)"), {"huidigNiveau"}},
    {"niveau_te_hoog", met(R"("huidigNiveau":6)"), {"huidigNiveau"}},
    {"niveau_negatief", met(R"("huidigNiveau":-1)"), {"huidigNiveau"}},
    {"niveau_enorm", met(R"("huidigNiveau":18446744073709551615)"), {"huidigNiveau"}},
    {"object_voor_lijst", met(R"("signalen":{"type":"stalking"})"), {"signalen"}},
    {"signaal_geen_object", met(R"("signalen":["stalking"])"), {"signalen[0]"}},
    {"signaal_zonder_type", met(R"("signalen":[{"acuut":true}])"), {"signalen[0].type"}},
    {"onbekend_signaaltype", met(R"("signalen":[{"type":"pesten"}])"), {"signalen[0].type"}},
    {"scheiding_zonder_glasl",
     met(R"("signalen":[{"type":"stalking"},{"type":"complexe_scheiding"}])"),
     {"signalen[1].glaslFase"}},
    {"scheiding_glasl_null",
     met(R"("signalen":[{"type":"complexe_scheiding","glaslFase":null}])"),
     {"signalen[0].glaslFase"}},
    {"glasl_te_laag",
     met(R"("signalen":[{"type":"complexe_scheiding","glaslFase":0}])"),
     {"signalen[0].glaslFase"}},
    {"glasl_te_hoog",
     met(R"("signalen":[{"type":"complexe_scheiding","glaslFase":10}])"),
     {"signalen[0].glaslFase"}},
    {"glasl_bij_ander_type",
     met(R"("signalen":[{"type":"stalking","glaslFase":4}])"),
     {"signalen[0].glaslFase"}},
    {"acuut_geen_bool", met(R"("signalen":[{"type":"stalking","acuut":"ja"}])"), {"signalen[0].acuut"}},
    {"meerdere_fouten_tegelijk",
     met(R"("escalatie2":"geen","motivatie":1,"signalen":[{"type":"x"}])"),
     {"motivatie", "escalatie2", "signalen[0].type"}},
};

INSTANTIATE_TEST_SUITE_P(Klassen, OngeldigeTaxatieTest, ::testing::ValuesIn(kOngeldig),
                         [](const auto& p) { return std::string{p.param.naam}; });

TEST(TaxatieJson, TooManySignals) {
  std::string signalen;
  for (std::size_t i = 0; i <= kMaxSignalen; ++i)
    signalen += std::string{i ? "," : ""} + R"({"type":"stalking"})";
  EXPECT_EQ(velden(fouten(met(R"("signalen":[)" + signalen + "]"))), std::vector<std::string>{"signalen"});
}

TEST(TaxatieJson, ReasonsListTheAllowedValues) {
  const auto f = fouten(met(R"("motivatie":"matig")"));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].reason.find("afwezig_na_motivatietraject"), std::string::npos);
  EXPECT_EQ(f[0].reason.find("matig"), std::string::npos);  // input is never echoed
}

TEST(TaxatieJson, NothingChosenIsSaidInWordsWithoutCodes) {
  const auto f = fouten(met(R"("motivatie":"")"));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].reason, "Maak een keuze.");
}

struct DocumentGeval {
  const char* naam;
  std::string invoer;
};

class OngeldigDocumentTest : public ::testing::TestWithParam<DocumentGeval> {};

TEST_P(OngeldigDocumentTest, IsRefusedWithAMessage) {
  try {
    parse_taxatie(GetParam().invoer);
    FAIL() << "geen fout";
  } catch (const BadRequest& e) {
    EXPECT_FALSE(std::string{e.what()}.empty());
  }
}

INSTANTIATE_TEST_SUITE_P(Documenten, OngeldigDocumentTest,
                         ::testing::Values(DocumentGeval{"leeg", ""}, DocumentGeval{"witruimte", "  \n "},
                                           DocumentGeval{"geen_json", "draagkracht=in_balans"},
                                           DocumentGeval{"afgebroken", R"({"draagkracht":)"},
                                           DocumentGeval{"lijst", "[]"},
                                           DocumentGeval{"tekst", R"("taxatie")"},
                                           DocumentGeval{"getal", "3"}, DocumentGeval{"null", "null"},
                                           DocumentGeval{"commentaar", "{/* x */}"},
                                           DocumentGeval{"komma_op_het_eind", R"({"escalatie":"geen",})"},
                                           DocumentGeval{"rommel_erachter", kGeldig + "x"},
                                           DocumentGeval{"twee_documenten", kGeldig + kGeldig},
                                           DocumentGeval{"ongeldige_utf8", "{\"draagkracht\":\"\xff\"}"}),
                         [](const auto& p) { return std::string{p.param.naam}; });

TEST(TaxatieJson, SyntaxErrorGivesLineAndColumn) {
  try {
    parse_taxatie("{\n  \"draagkracht\": in_balans\n}");
    FAIL();
  } catch (const BadRequest& e) {
    EXPECT_NE(std::string{e.what()}.find("regel 2"), std::string::npos) << e.what();
  }
}

TEST(TaxatieJson, DuplicateKeysAreRefusedNotSilentlyOverwritten) {
  // Boost.JSON on its own would keep the last value and turn this household "veilig".
  const std::string invoer = R"({"draagkracht":"deels_uit_balans","zelfredzaamheid":"beperkt",
    "basiszorgToereikend":false,"veiligheid":"onveilig_huishouden","ketenoverstijgendNodig":false,
    "escalatie":"geen","veiligheid":"veilig"})";
  EXPECT_EQ(velden(fouten(invoer)), std::vector<std::string>{"veiligheid"});
}

TEST(TaxatieJson, DuplicateKeyInsideASignalIsNamedWithItsPath) {
  EXPECT_EQ(velden(fouten(
                met(R"("signalen":[{"type":"stalking"},{"type":"stalking","acuut":false,"acuut":true}])"))),
            std::vector<std::string>{"signalen[1].acuut"});
}

TEST(TaxatieJson, LongUnknownFieldNamesAreCutInTheMessage) {
  const auto f = fouten(met("\"" + std::string(500, 'x') + "\":1"));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_LT(f[0].name.size(), 80u);
}

}  // namespace
}  // namespace regie::codec
