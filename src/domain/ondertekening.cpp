#include "domain/ondertekening.hpp"

#include "domain/tijd.hpp"

namespace regie::domain {
namespace {

void veld(std::string& uit, std::string_view naam, std::string_view waarde) {
  uit += naam;
  uit += ':';
  uit += std::to_string(waarde.size());
  uit += ':';
  uit += waarde;
  uit += '\n';
}

std::string datum_of_leeg(const std::optional<Datum>& d) { return d ? format_datum(*d) : std::string{}; }

}  // namespace

std::string plan_inhoud_canoniek(const Ondersteuningsplan& plan) {
  std::string uit;
  veld(uit, "variant", to_code(plan.variant));
  for (const auto& l : plan.leefgebieden) {
    veld(uit, "leefgebied", to_code(l.leefgebied));
    veld(uit, "gezinslid", l.gezinslid_id.value_or(""));
    veld(uit, "krachten", l.krachten);
    veld(uit, "zorgen", l.zorgen);
    veld(uit, "eerdere_hulp", l.eerdere_hulp);
  }
  for (const auto& d : plan.doelen) {
    veld(uit, "doel", d.omschrijving);
    veld(uit, "leefgebied", d.leefgebied ? to_code(*d.leefgebied) : "");
    veld(uit, "gezinslid", d.gezinslid_id.value_or(""));
    veld(uit, "streefdatum", datum_of_leeg(d.streefdatum));
    for (const auto& a : d.acties) {
      veld(uit, "actie", a.omschrijving);
      veld(uit, "eigenaar", a.eigenaar ? std::string{to_code(a.eigenaar->soort)} + "/" + a.eigenaar->id : "");
      veld(uit, "uiterlijk", datum_of_leeg(a.uiterlijk));
    }
  }
  for (const auto& k : plan.kindcheck) {
    veld(uit, "kindcheck", k.gezinslid_id);
    veld(uit, "toelichting", k.toelichting);
  }
  veld(uit, "eigen_woorden", plan.eigen_woorden);
  veld(uit, "evaluatiedatum", datum_of_leeg(plan.evaluatiedatum));
  return uit;
}

}  // namespace regie::domain
