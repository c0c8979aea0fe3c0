#include "service/plan_pdf.hpp"

#include <array>

#include "document/pdf.hpp"

namespace regie::service {
namespace {

using document::Blok;
using document::Opmaak;

constexpr std::array<const char*, 12> kMaanden{"januari",   "februari", "maart",    "april",
                                               "mei",       "juni",     "juli",     "augustus",
                                               "september", "oktober",  "november", "december"};

std::string in_woorden(domain::Datum d) {
  return std::to_string(static_cast<unsigned>(d.day())) + " " +
         kMaanden.at(static_cast<unsigned>(d.month()) - 1) + " " + std::to_string(static_cast<int>(d.year()));
}

std::string in_woorden(const std::string& tijdstip) {
  const auto t = domain::parse_tijdstip(tijdstip);
  return t ? in_woorden(domain::datum_van(*t)) : tijdstip;
}

const char* leefgebied(domain::Leefgebied l) {
  switch (l) {
    case domain::Leefgebied::werk:
      return "Werk en dagbesteding";
    case domain::Leefgebied::inkomen_financien:
      return "Inkomen en geldzaken";
    case domain::Leefgebied::maatschappelijke_ondersteuning:
      return "Zelfstandig meedoen";
    case domain::Leefgebied::wonen:
      return "Wonen";
    case domain::Leefgebied::onderwijs:
      return "School en opleiding";
    case domain::Leefgebied::jeugdhulp:
      return "Opvoeden en opgroeien";
    case domain::Leefgebied::veiligheid:
      return "Veiligheid";
    case domain::Leefgebied::gezondheid:
      return "Gezondheid";
  }
  return "";
}

const char* status(domain::ActieStatus s) {
  switch (s) {
    case domain::ActieStatus::open:
      return "nog te doen";
    case domain::ActieStatus::bezig:
      return "bezig";
    case domain::ActieStatus::gedaan:
      return "gedaan";
    case domain::ActieStatus::gestopt:
      return "gestopt";
  }
  return "";
}

}  // namespace

std::string plan_als_pdf(const std::string& huishouden, const PortaalPlan& plan, domain::Datum gemaakt_op) {
  const auto versie = std::to_string(plan.versie.value_or(0));
  document::PdfDocument doc;
  doc.titel = "Ons plan, versie " + versie;
  doc.voetregel = "Regie · " + huishouden + " · ondersteuningsplan versie " + versie;
  auto& b = doc.blokken;
  b.push_back({"Ons plan", Opmaak::titel, 0});
  b.push_back(
      {"Het plan van " + huishouden + ", versie " + versie + ". Gemaakt op " + in_woorden(gemaakt_op) + ".",
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
    if (d.leefgebied) over = leefgebied(*d.leefgebied);
    if (d.streefdatum) over += (over.empty() ? "Bereikt op " : ". Bereikt op ") + in_woorden(*d.streefdatum);
    if (!over.empty()) b.push_back({over + ".", Opmaak::klein, 2});
    for (const auto& a : d.acties) {
      std::string regel = "– " + a.omschrijving + " — " + a.wie;
      if (a.uiterlijk) regel += ", uiterlijk " + in_woorden(*a.uiterlijk);
      b.push_back({regel + " (" + status(a.status) + ")", Opmaak::tekst, 2});
    }
  }
  if (plan.evaluatiedatum) {
    b.push_back({"Samen terugkijken", Opmaak::kop, 0});
    b.push_back(
        {"Op " + in_woorden(*plan.evaluatiedatum) + " kijken we samen hoe het gaat.", Opmaak::tekst, 0});
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
