#include "service/plan_pdf.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "document/pdf.hpp"

namespace regie::service {
namespace {

using document::Blok;
using document::Opmaak;

std::string in_woorden(const std::string& tijdstip) {
  const auto t = domain::parse_tijdstip(tijdstip);
  return t ? domain::datum_in_woorden(domain::datum_van(*t)) : tijdstip;
}

// The words the household reads, as on its pages in the web app.
constexpr std::array<std::pair<domain::Leefgebied, const char*>, 8> kLeefgebieden{{
    {domain::Leefgebied::werk, "Werk en dagbesteding"},
    {domain::Leefgebied::inkomen_financien, "Inkomen en geldzaken"},
    {domain::Leefgebied::maatschappelijke_ondersteuning, "Zelfstandig meedoen"},
    {domain::Leefgebied::wonen, "Wonen"},
    {domain::Leefgebied::onderwijs, "School en opleiding"},
    {domain::Leefgebied::jeugdhulp, "Opvoeden en opgroeien"},
    {domain::Leefgebied::veiligheid, "Veiligheid"},
    {domain::Leefgebied::gezondheid, "Gezondheid"},
}};
constexpr std::array<std::pair<domain::ActieStatus, const char*>, 4> kStatussen{{
    {domain::ActieStatus::open, "nog te doen"},
    {domain::ActieStatus::bezig, "bezig"},
    {domain::ActieStatus::gedaan, "gedaan"},
    {domain::ActieStatus::gestopt, "gestopt"},
}};

template <typename E, std::size_t N>
const char* woord(const std::array<std::pair<E, const char*>, N>& tabel, E waarde) {
  const auto gevonden = std::ranges::find(tabel, waarde, &std::pair<E, const char*>::first);
  return gevonden == tabel.end() ? "" : gevonden->second;
}

}  // namespace

std::string plan_als_pdf(const std::string& huishouden, const PortaalPlan& plan, domain::Datum gemaakt_op) {
  const auto versie = std::to_string(plan.versie.value_or(0));
  document::PdfDocument doc;
  doc.titel = "Ons plan, versie " + versie;
  doc.voetregel = "Regie · " + huishouden + " · ondersteuningsplan versie " + versie;
  auto& b = doc.blokken;
  b.push_back({"Ons plan", Opmaak::titel, 0});
  b.push_back({"Het plan van " + huishouden + ", versie " + versie + ". Gemaakt op " +
                   domain::datum_in_woorden(gemaakt_op) + ".",
               Opmaak::klein, 0});
  if (!plan.eigen_woorden.empty()) {
    b.push_back({"Wat wij willen", Opmaak::kop, 0});
    b.push_back({plan.eigen_woorden, Opmaak::tekst, 0});
  }
  b.push_back({"Onze doelen", Opmaak::kop, 0});
  if (plan.doelen.empty()) b.push_back({"Er staan nog geen doelen in het plan.", Opmaak::tekst, 0});
  for (const auto& d : plan.doelen) {
    b.push_back({"• " + d.omschrijving, Opmaak::tekst, 1});
    std::string over;
    if (d.leefgebied) over = woord(kLeefgebieden, *d.leefgebied);
    if (d.streefdatum)
      over += (over.empty() ? "Bereikt op " : ". Bereikt op ") + domain::datum_in_woorden(*d.streefdatum);
    if (!over.empty()) b.push_back({over + ".", Opmaak::klein, 2});
    for (const auto& a : d.acties) {
      std::string regel = "– " + a.omschrijving + " — " + a.wie;
      if (a.uiterlijk) regel += ", uiterlijk " + domain::datum_in_woorden(*a.uiterlijk);
      b.push_back({regel + " (" + woord(kStatussen, a.status) + ")", Opmaak::tekst, 2});
    }
  }
  if (plan.evaluatiedatum) {
    b.push_back({"Samen terugkijken", Opmaak::kop, 0});
    b.push_back({"Op " + domain::datum_in_woorden(*plan.evaluatiedatum) + " kijken we samen hoe het gaat.",
                 Opmaak::tekst, 0});
  }
  b.push_back({plan.regisseurs.size() == 1 ? "Uw regisseur" : "Uw regisseurs", Opmaak::kop, 0});
  if (plan.regisseurs.empty()) b.push_back({"Er is nog geen regisseur.", Opmaak::tekst, 0});
  for (const auto& r : plan.regisseurs) {
    std::string regel = "• " + r.naam;
    for (const auto* deel : {&r.organisatie, &r.telefoon, &r.email})
      if (!deel->empty()) regel += ", " + *deel;
    b.push_back({regel, Opmaak::tekst, 1});
  }
  b.push_back({"Ondertekend", Opmaak::kop, 0});
  if (plan.ondertekeningen.empty())
    b.push_back({"Niemand heeft deze versie nog ondertekend.", Opmaak::tekst, 0});
  for (const auto& o : plan.ondertekeningen) {
    b.push_back({"• " + o.naam + " ondertekende versie " + versie + " op " + in_woorden(o.op) +
                     (o.wijze == "papier" ? ", op papier." : ", in het portaal."),
                 Opmaak::tekst, 1});
  }
  return document::als_pdf(doc);
}

}  // namespace regie::service
