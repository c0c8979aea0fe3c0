// The competence profile checklists (DOMAIN.md §7): areas follow the inclusions; an assessment is positive
// only when complete and every area "voldoet".

#include "domain/competentie.hpp"

#include <gtest/gtest.h>

#include <set>

namespace regie::domain {
namespace {

std::set<std::string_view> codes(const std::vector<Competentiegebied>& lijst) {
  std::set<std::string_view> out;
  for (const auto& g : lijst) out.insert(g.code);
  return out;
}

std::set<std::string_view> ingevoerd_bij(Certificering c) {
  std::set<std::string_view> out;
  for (const auto& g : competentiegebieden())
    if (g.ingevoerd_bij == c) out.insert(g.code);
  return out;
}

std::set<std::string_view> vereniging(std::initializer_list<Certificering> cs) {
  std::set<std::string_view> out;
  for (auto c : cs) out.merge(ingevoerd_bij(c));
  return out;
}

constexpr Certificering casus(Profiel p) { return {Rol::casus, p}; }
constexpr Certificering proces(Profiel p) { return {Rol::proces, p}; }

TEST(Competentie, EveryProfileIntroducesAreasAndCodesAreUnique) {
  std::set<std::string_view> alle;
  for (const auto& g : competentiegebieden()) {
    EXPECT_TRUE(alle.insert(g.code).second) << g.code;
    EXPECT_FALSE(g.tekst.empty()) << g.code;
  }
  for (auto rol : {Rol::casus, Rol::proces})
    for (auto p : {Profiel::A, Profiel::B, Profiel::B_plus})
      EXPECT_FALSE(ingevoerd_bij({rol, p}).empty()) << to_code(rol) << ' ' << to_code(p);
}

TEST(Competentie, TheChecklistFollowsTheInclusionsOfSection7) {
  using enum Profiel;
  EXPECT_EQ(codes(checklist_voor(casus(A))), vereniging({casus(A)}));
  EXPECT_EQ(codes(checklist_voor(casus(B))), vereniging({casus(A), casus(B)}));
  EXPECT_EQ(codes(checklist_voor(casus(B_plus))), vereniging({casus(A), casus(B), casus(B_plus)}));
  EXPECT_EQ(codes(checklist_voor(proces(A))), vereniging({casus(A), proces(A)}));
  EXPECT_EQ(codes(checklist_voor(proces(B))), vereniging({casus(A), proces(A), casus(B), proces(B)}));
  // As DOMAIN.md has it: proces B+ includes proces B, not casus B+ (see docs/adr/0003).
  EXPECT_EQ(codes(checklist_voor(proces(B_plus))),
            vereniging({casus(A), proces(A), casus(B), proces(B), proces(B_plus)}));
}

// DOMAIN.md §7 names items each profile must have of its own, as chapter 4 has them.
TEST(Competentie, EachProfileHasTheItemsOfItsOwnChapter) {
  using enum Profiel;
  const std::vector<std::pair<Certificering, std::set<std::string_view>>> eigen{
      {casus(B), {"samenwerken_zorg_veiligheid", "doelgroepen", "besluit_hertoetsen", "norm_veilig_genoeg"}},
      {casus(B_plus), {"politiek_sensitief", "risicofactoren", "doortastend_de_escaleren", "omgeving"}},
      {proces(A), {"daadkracht", "regierol_aanvaard"}},
      {proces(B),
       {"meerzijdig_partijdig", "strak_leiden", "wet_en_sociale_kaart", "een_plan_zorg_en_veiligheid",
        "samenwerking_verbeteren"}},
      {proces(B_plus),
       {"mandaat_procesregie", "justitieel_domein", "doelgroep_en_risico", "verwachtingen_partners"}},
  };
  for (const auto& [profiel, items] : eigen) {
    const auto bij = ingevoerd_bij(profiel);
    for (const auto item : items)
      EXPECT_TRUE(bij.contains(item))
          << item << " bij " << to_code(profiel.rol) << ' ' << to_code(profiel.profiel);
  }
  // Proces B+ has a mandate of its own for procesregie; the casus B+ mandate is not on its list.
  const auto proces_bplus = codes(checklist_voor(proces(B_plus)));
  EXPECT_TRUE(proces_bplus.contains("mandaat_procesregie"));
  EXPECT_FALSE(proces_bplus.contains("doortastend_de_escaleren"));
}

TEST(Competentie, AnAssessmentIsPositiveOnlyWhenCompleteAndEveryAreaMeets) {
  const auto profiel = casus(Profiel::B);
  std::vector<Gebiedsoordeel> oordelen;
  for (const auto& g : checklist_voor(profiel)) oordelen.push_back({g.code, Beoordeling::voldoet});
  EXPECT_TRUE(beoordeel(profiel, oordelen).positief);

  auto deels = oordelen;
  deels.back().beoordeling = Beoordeling::deels;
  EXPECT_FALSE(beoordeel(profiel, deels).positief);

  auto onvolledig = oordelen;
  onvolledig.pop_back();
  const auto u = beoordeel(profiel, onvolledig);
  EXPECT_FALSE(u.positief);
  ASSERT_EQ(u.ontbrekend.size(), 1u);
  EXPECT_EQ(u.ontbrekend[0], oordelen.back().code);

  auto vreemd = oordelen;
  vreemd.push_back({"mandaat_procesregie", Beoordeling::voldoet});  // a proces B+ area
  const auto v = beoordeel(profiel, vreemd);
  EXPECT_FALSE(v.positief);
  ASSERT_EQ(v.onbekend.size(), 1u);
}

}  // namespace
}  // namespace regie::domain
