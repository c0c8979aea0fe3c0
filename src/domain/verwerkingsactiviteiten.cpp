#include "domain/verwerkingsactiviteiten.hpp"

namespace regie::domain {
namespace {

// Own words: what a household or a professional would want to read about why Regie touched their data.
const std::vector<Verwerkingsactiviteit> kRegister{
    {"dossier",
     "Het huishoudendossier bijhouden",
     "Eén dossier per huishouden: de gezinsleden, hun netwerk, de betrokken professionals, notities en wie "
     "het dossier inzag.",
     {"huishouden.", "gezinslid.", "netwerklid.", "betrokkenheid.", "notitie.", "notities.", "noodtoegang.",
      "toegangslog."}},
    {"regiekaart",
     "Het regieniveau en de regisseurs bepalen",
     "Inschatten hoeveel regie een huishouden nodig heeft, wie de regie voert, het kader en het opschalen "
     "wanneer de samenwerking vastloopt.",
     {"taxatie.", "taxaties.", "niveau.", "niveaugeschiedenis.", "regisseur.", "kader.", "dwangbesluit.",
      "crisislaag.", "escalatie.", "escalaties."}},
    {"veiligheid",
     "Veiligheid bewaken",
     "Signalen van geweld vastleggen, de extra maatregelen volgen, de meldcode doorlopen en het "
     "veiligheidsplan bijhouden.",
     {"signaal.", "signalen.", "maatregel.", "maatregelen.", "meldcode.", "veiligheidsplan."}},
    {"plan",
     "Het ondersteuningsplan opstellen en volgen",
     "Het ene plan van het huishouden: doelen, acties, evaluaties, ondertekening en de reacties van het "
     "huishouden.",
     {"ondersteuningsplan.", "actie.", "reactie.", "reacties."}},
    {"eigen_werk",
     "Het eigen werk en dat van het team overzien",
     "Een professional ziet zijn huishoudens, acties en meldingen; een manager die van zijn team.",
     {"mij.", "caseload.", "acties.", "team.lezen", "team.escalaties_lezen", "meldingen.", "melding.",
      "herinneringen."}},
    {"toezicht",
     "Toezien op noodtoegang",
     "Nagaan of een professional die zich met spoed toegang gaf daar een goede reden voor had.",
     {"noodtoegangen.", "noodtoegang.beoordelen"}},
    {"medewerkers",
     "Medewerkers en hun toegang beheren",
     "Organisaties, teams en accounts van professionals bijhouden, inloggen en de toegang bewaken.",
     {"medewerker.", "medewerkers.", "organisatie.", "organisaties.", "team.", "teams.", "gebruiker.",
      "beheer.", "inlogdienst.", "gemeente.", "api_token.", "api_tokens.", "sessie.", "contract."}},
    {"deskundigheid",
     "Deskundigheid van professionals volgen",
     "Certificering, beoordelingen en trainingen die bepalen wie op welk niveau regie mag voeren.",
     {"certificering.", "beoordeling.", "beoordelingen.", "basistraining."}},
    {"implementatie",
     "De invoering van de werkwijze volgen",
     "Plannen en cijfers waarmee gemeente en organisaties bijhouden hoe ver de werkwijze is ingevoerd; "
     "zonder gegevens van huishoudens.",
     {"implementatieplan.", "implementatieplannen.", "implementatieactie.", "implementatiemoment.",
      "basiseisen.", "basiseis.", "monitoring."}},
    {"portaal",
     "Het huishouden als gebruiker",
     "Gezinsleden en hun netwerk lezen hun eigen plan, werken eraan mee en zien wie hun dossier inzag.",
     {"portaal."}},
    {"verantwoording",
     "Verantwoording over de verwerking",
     "De functionaris gegevensbescherming bekijkt het logboek en het register van verwerkingen.",
     {"logboek.", "verwerkingsactiviteiten.", "verwerkingsactiviteit."}},
};

bool past(std::string_view patroon, std::string_view use_case) {
  return patroon.ends_with('.') ? use_case.starts_with(patroon) : use_case == patroon;
}

}  // namespace

std::span<const Verwerkingsactiviteit> standaard_verwerkingsactiviteiten() { return kRegister; }

const Verwerkingsactiviteit* verwerkingsactiviteit_van(std::string_view use_case) {
  const Verwerkingsactiviteit* beste = nullptr;
  std::size_t beste_lengte = 0;
  for (const auto& a : kRegister) {
    for (const auto patroon : a.use_cases) {
      if (past(patroon, use_case) && patroon.size() > beste_lengte) {
        beste = &a;
        beste_lengte = patroon.size();
      }
    }
  }
  return beste;
}

}  // namespace regie::domain
