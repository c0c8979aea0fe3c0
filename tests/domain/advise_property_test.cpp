// Properties of advise() over many generated assessments (fixed seed, so failures reproduce):
// making any single input worse never lowers the advised level, and every advice at level 3 or higher
// requires a Veiligheidsplan.

#include <gtest/gtest.h>

#include <functional>
#include <random>

#include "domain/advies.hpp"

namespace regie::domain {
namespace {

template <typename E>
E kies(std::mt19937& rng) {
  const auto& entries = CodeTable<E>::entries;
  return entries[std::uniform_int_distribution<std::size_t>{0, entries.size() - 1}(rng)].first;
}

Signaal willekeurig_signaal(std::mt19937& rng) {
  Signaal s{kies<SignaalType>(rng), std::bernoulli_distribution{0.3}(rng), std::nullopt, {}};
  if (s.type == SignaalType::complexe_scheiding) s.glasl_fase = std::uniform_int_distribution{1, 9}(rng);
  return s;
}

Taxatie willekeurige_taxatie(std::mt19937& rng) {
  std::bernoulli_distribution munt{0.5};
  Taxatie t;
  t.draagkracht = kies<Draagkracht>(rng);
  t.zelfredzaamheid = kies<Zelfredzaamheid>(rng);
  t.acute_problematiek = munt(rng);
  if (munt(rng)) t.zorgen = kies<Zorgen>(rng);
  t.basiszorg_toereikend = munt(rng);
  t.veiligheid = kies<Veiligheid>(rng);
  t.ketenoverstijgend_nodig = munt(rng);
  t.escalatie = kies<Escalatie>(rng);
  t.stagnatie_problematiek = kies<StagnatieProblematiek>(rng);
  t.stagnatie_samenwerking = kies<StagnatieSamenwerking>(rng);
  t.motivatie = kies<Motivatie>(rng);
  t.onverschillig = munt(rng);
  const int aantal = std::uniform_int_distribution{0, 3}(rng);
  for (int i = 0; i < aantal; ++i) t.signalen.push_back(willekeurig_signaal(rng));
  if (munt(rng)) t.huidig_niveau = niveau_uit_nummer(std::uniform_int_distribution{1, 5}(rng));
  return t;
}

// One step worse on an ordered scale (the table order of each enumeration runs from good to bad);
// false when already at the worst value.
template <typename E>
bool verslechter(E& waarde) {
  const auto& entries = CodeTable<E>::entries;
  for (std::size_t i = 0; i + 1 < entries.size(); ++i) {
    if (entries[i].first == waarde) {
      waarde = entries[i + 1].first;
      return true;
    }
  }
  return false;
}

struct Verslechtering {
  const char* naam;
  std::function<bool(Taxatie&, std::mt19937&)> toepassen;
};

const std::vector<Verslechtering> kVerslechteringen{
    {"minder draagkracht", [](Taxatie& t, auto&) { return verslechter(t.draagkracht); }},
    {"minder zelfredzaam", [](Taxatie& t, auto&) { return verslechter(t.zelfredzaamheid); }},
    {"basiszorg ontoereikend",
     [](Taxatie& t, auto&) { return std::exchange(t.basiszorg_toereikend, false); }},
    {"minder veilig", [](Taxatie& t, auto&) { return verslechter(t.veiligheid); }},
    {"ketenoverstijgend nodig",
     [](Taxatie& t, auto&) { return !std::exchange(t.ketenoverstijgend_nodig, true); }},
    {"meer escalatie", [](Taxatie& t, auto&) { return verslechter(t.escalatie); }},
    {"meer stagnatie door problematiek",
     [](Taxatie& t, auto&) { return verslechter(t.stagnatie_problematiek); }},
    {"een signaal erbij",
     [](Taxatie& t, std::mt19937& rng) {
       t.signalen.push_back(willekeurig_signaal(rng));
       return true;
     }},
    {"signaal acuut",
     [](Taxatie& t, auto&) {
       for (auto& s : t.signalen) {
         if (!s.acuut) return !std::exchange(s.acuut, true);
       }
       return false;
     }},
    {"hogere Glasl-fase",
     [](Taxatie& t, auto&) {
       for (auto& s : t.signalen) {
         if (s.glasl_fase && *s.glasl_fase < kGlaslFaseMax) {
           ++*s.glasl_fase;
           return true;
         }
       }
       return false;
     }},
};

constexpr int kAantalTaxaties = 20000;

TEST(AdviseProperty, WorseInputNeverLowersTheLevel) {
  std::mt19937 rng{20261122};
  int vergelijkingen = 0;
  for (int i = 0; i < kAantalTaxaties; ++i) {
    const Taxatie origineel = willekeurige_taxatie(rng);
    const Niveau niveau = advise(origineel).niveau;
    for (const auto& v : kVerslechteringen) {
      Taxatie slechter = origineel;
      if (!v.toepassen(slechter, rng)) continue;
      ++vergelijkingen;
      ASSERT_GE(advise(slechter).niveau, niveau) << "na '" << v.naam << "' (taxatie " << i << ")";
    }
  }
  EXPECT_GT(vergelijkingen, kAantalTaxaties * 5);  // the generator really exercises the mutations
}

TEST(AdviseProperty, FromLevelThreeAVeiligheidsplanIsRequired) {
  std::mt19937 rng{7};
  int hoog = 0;
  for (int i = 0; i < kAantalTaxaties; ++i) {
    const Advies a = advise(willekeurige_taxatie(rng));
    EXPECT_EQ(a.plannen.veiligheidsplan == Nodig::verplicht, a.niveau >= Niveau::drie);
    if (a.niveau >= Niveau::drie) ++hoog;
  }
  EXPECT_GT(hoog, kAantalTaxaties / 4);
}

TEST(AdviseProperty, EveryAdviceIsComplete) {
  std::mt19937 rng{99};
  for (int i = 0; i < 2000; ++i) {
    const Taxatie t = willekeurige_taxatie(rng);
    const Advies a = advise(t);
    EXPECT_EQ(a.richting.has_value(), t.huidig_niveau.has_value());
    EXPECT_EQ(a.opschalen_naar_manager, t.stagnatie_samenwerking != StagnatieSamenwerking::geen);
    if (!a.maatregelen.empty() && std::ranges::any_of(t.signalen, &Signaal::acuut)) {
      EXPECT_EQ(a.maatregelen.front().code, MaatregelCode::politie_direct);
    }
    for (const auto& w : a.waarschuwingen) EXPECT_FALSE(w.tekst.empty());
  }
}

}  // namespace
}  // namespace regie::domain
