// What needs attention in a household now: each row of the table, its order and its words.

#include "domain/aandacht.hpp"

#include <gtest/gtest.h>

#include "domain/meldcode.hpp"
#include "domain/tijd.hpp"

namespace regie::domain {
namespace {

using namespace std::chrono;
constexpr Datum kVandaag{year{2026}, month{12}, day{1}};

TEST(Aandacht, NothingWaitsInAQuietHousehold) {
  AandachtToestand t;
  t.evaluatiedatum = kVandaag;  // due today is not yet past
  EXPECT_TRUE(aandachtspunten(t, kVandaag).empty());
}

TEST(Aandacht, EveryPointInTheOrderShownSafetyFirst) {
  AandachtToestand t;
  t.meldcode_volgende_stap = 3;
  t.open_maatregelen = 2;
  t.open_escalaties = 1;
  t.acties_over_tijd = 4;
  t.evaluatiedatum = plus_dagen(kVandaag, -1);
  const std::vector<Aandachtspunt> verwacht{{Aandacht::meldcode_lopend, 3},
                                            {Aandacht::maatregelen_open, 2},
                                            {Aandacht::escalatie_open, 1},
                                            {Aandacht::acties_over_tijd, 4},
                                            {Aandacht::evaluatie_verstreken, 1}};
  EXPECT_EQ(aandachtspunten(t, kVandaag), verwacht);
}

TEST(Aandacht, EachPointLeadsToThePartWhereItIsSeenTo) {
  EXPECT_EQ(aandacht_doel(Aandacht::meldcode_lopend), "veiligheid");
  EXPECT_EQ(aandacht_doel(Aandacht::maatregelen_open), "veiligheid");
  EXPECT_EQ(aandacht_doel(Aandacht::escalatie_open), "escalaties");
  EXPECT_EQ(aandacht_doel(Aandacht::acties_over_tijd), "ondersteuningsplan");
  EXPECT_EQ(aandacht_doel(Aandacht::evaluatie_verstreken), "ondersteuningsplan");
}

TEST(Aandacht, TheWordsCountInDutch) {
  EXPECT_EQ(aandacht_tekst({Aandacht::acties_over_tijd, 1}),
            "Eén actie uit het plan is over de afgesproken datum en nog niet gedaan.");
  EXPECT_EQ(aandacht_tekst({Aandacht::acties_over_tijd, 3}),
            "3 acties uit het plan zijn over de afgesproken datum en nog niet gedaan.");
  EXPECT_EQ(aandacht_tekst({Aandacht::maatregelen_open, 2}),
            "2 veiligheidsmaatregelen zijn nog niet afgehandeld.");
  EXPECT_EQ(aandacht_tekst({Aandacht::meldcode_lopend, 4}),
            "De meldcode loopt: volgende stap 4, " + std::string{stap_naam(4)} + ".");
  EXPECT_EQ(aandacht_tekst({Aandacht::meldcode_lopend, 6}),
            "De meldcode loopt nog: alle stappen zijn gezet, rond het traject af.");
}

}  // namespace
}  // namespace regie::domain
