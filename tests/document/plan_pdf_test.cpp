// The plan as a PDF (issue "the household as users"): made with Cairo and Pango, read back with Debian's
// pdftotext — the household's words with their diacritics, goals, actions with who and when, the evaluation
// date, the regisseur, who signed; a long plan flows onto further pages.

#include "service/plan_pdf.hpp"

#include <gtest/gtest.h>

#include "support/pdf_tekst.hpp"

namespace regie::service {
namespace {

using namespace std::chrono;
using testing::pdf_tekst;

PortaalPlan plan() {
  PortaalPlan p;
  p.versie = 3;
  p.eigen_woorden = "Zoë en André willen dat het thuis weer rustig is; één keer per week samen koken.";
  p.evaluatiedatum = 2027y / March / 15d;
  PortaalDoel doel{"d1",
                   "De huur wordt op tijd betaald",
                   domain::Leefgebied::inkomen_financien,
                   2027y / February / 1d,
                   {}};
  doel.acties.push_back({"a1", "Afspraak bij de schuldhulp maken", "André", 2026y / December / 14d,
                         domain::ActieStatus::open, false, 1});
  doel.acties.push_back(
      {"a2", "Post samen openmaken", "Zoë", std::nullopt, domain::ActieStatus::gedaan, false, 1});
  p.doelen.push_back(doel);
  p.regisseurs.push_back({domain::Rol::casus, "Fatima El Amrani", "Sociaal Wijkteam", "030-1234567", ""});
  p.ondertekeningen.push_back({"Zoë", "2026-11-30T10:00:00.000000Z", "portaal"});
  return p;
}

TEST(PlanPdf, ThePlanReadsBackInPlainDutchWithItsDiacritics) {
  const auto pdf = plan_als_pdf("Gezin Bos", plan(), 2026y / December / 1d);
  ASSERT_EQ(pdf.substr(0, 5), "%PDF-");
  const auto tekst = pdf_tekst(pdf);
  ASSERT_FALSE(tekst.empty()) << "pdftotext ontbreekt of kon het bestand niet lezen";
  for (const char* verwacht :
       {"Ons plan", "Het plan van Gezin Bos, versie 3", "1 december 2026", "Zoë en André willen",
        "één keer per week", "De huur wordt op tijd betaald", "Inkomen en geldzaken",
        "Bereikt op 1 februari 2027", "Afspraak bij de schuldhulp maken — André, uiterlijk 14 december",
        "(nog te doen)", "Post samen openmaken — Zoë (gedaan)",
        "Op 15 maart 2027 kijken we samen hoe het gaat.", "Fatima El Amrani, Sociaal Wijkteam, 030-1234567",
        "Zoë ondertekende versie 3 op 30 november 2026, in het portaal.",
        "ondersteuningsplan versie 3 · pagina 1"}) {
    EXPECT_NE(tekst.find(verwacht), std::string::npos) << verwacht << "\n---\n" << tekst;
  }
}

TEST(PlanPdf, ALongPlanContinuesOnTheNextPages) {
  auto lang = plan();
  for (int i = 0; i < 60; ++i) {
    PortaalDoel doel{"d",
                     "Doel nummer " + std::to_string(i) +
                         " met een omschrijving die over meer dan één regel loopt, "
                         "zodat de zetter moet afbreken en verder moet op een volgende bladzijde.",
                     std::nullopt,
                     std::nullopt,
                     {}};
    lang.doelen.push_back(doel);
  }
  const auto tekst = pdf_tekst(plan_als_pdf("Gezin Bos", lang, 2026y / December / 1d));
  EXPECT_NE(tekst.find("pagina 3"), std::string::npos);
  EXPECT_NE(tekst.find("Doel nummer 59"), std::string::npos);
  EXPECT_NE(tekst.find("Ondertekend"), std::string::npos);
}

}  // namespace
}  // namespace regie::service
