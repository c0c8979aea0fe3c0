#pragma once
// The world of the authorization matrix, built through the API and the command line the way a gemeente
// would: staff in every relation to one household (its regisseur, an involved professional, a colleague who
// is not involved, one with emergency access, their managers, an aandachtsfunctionaris, the agendahouder and
// the beheerder), a second gemeente with its own staff, regional organisations registered there (one
// contracted by this gemeente, one by a third gemeente only), an integration token, and the household itself
// at level 3 in execution with both plans, signals, a shielded part and two regisseurs whose profile falls
// short.

#include <array>
#include <boost/json.hpp>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.hpp"
#include "support/api_klant.hpp"
#include "support/process.hpp"

namespace regie::testing {

enum class Wie {
  regisseur,       // procesregisseur of the household
  betrokken,       // involved professional, owns a plan action
  collega,         // professional with the right profile, not involved
  nood,            // professional with emergency access to the household
  manager,         // manages the regisseur and the involved professionals
  andere_manager,  // manages professionals who are not involved
  aandachtsfunctionaris,
  agendahouder,
  beheerder,
  andere_gemeente,   // a regisseur in another gemeente
  andere_beheerder,  // the beheerder of that gemeente
  anoniem,
  token,             // an integration's API token (scope adviezen)
  regionaal,         // a regisseur of a regional organisation this gemeente contracts, working here
  regionaal_elders,  // a regisseur of a regional organisation contracted by another gemeente only
  privacy,           // the gemeente's data protection officer (privacyfunctionaris)
};

inline constexpr std::array kIedereen{Wie::regisseur,
                                      Wie::betrokken,
                                      Wie::collega,
                                      Wie::nood,
                                      Wie::manager,
                                      Wie::andere_manager,
                                      Wie::aandachtsfunctionaris,
                                      Wie::agendahouder,
                                      Wie::beheerder,
                                      Wie::andere_gemeente,
                                      Wie::andere_beheerder,
                                      Wie::anoniem,
                                      Wie::token,
                                      Wie::regionaal,
                                      Wie::regionaal_elders,
                                      Wie::privacy};

std::string_view naam(Wie wie);

// A JSON value that is this text (Boost.JSON compares values with values only).
bool gelijk(const boost::json::value& v, std::string_view tekst);

// A copy of an array member: safe to loop over when the object is a temporary.
boost::json::array lijst(const boost::json::object& o, std::string_view sleutel);

// A response with the expected status, as JSON; throws (with the body) otherwise.
boost::json::value verwacht(const HttpResponse& r, int status);
// What every registration records about deploying the method (one criterion is enough).
boost::json::object inzet_bij_aanmelding();

class MatrixWereld {
 public:
  MatrixWereld(ServerProcess& server, store::DatabaseConfig database);

  ApiKlant& klant(Wie wie) { return klanten_.at(wie); }
  ApiKlant nieuwe_sessie(Wie wie);  // a second login of the same person
  ApiKlant& rik() { return klant(Wie::regisseur); }

  // What the regisseur sees, for the requests of the matrix to refer to the current state.
  boost::json::object dossier();
  boost::json::object lees(const std::string& pad);
  std::string pad(std::string_view rest = {}) const {
    return "/api/v1/huishoudens/" + huishouden + std::string{rest};
  }
  int versie() { return static_cast<int>(dossier().at("versie").as_int64()); }
  // A new household registered by the regisseur (its id is sensitive too).
  std::string nieuw_huishouden();
  // The current regisseur record of a person in a role, if any.
  std::optional<boost::json::object> regisseur_van(const std::string& persoon_id, std::string_view rol);
  std::optional<std::string> betrokkenheid_van(const std::string& medewerker_id);
  // The id of a demo gemeente's login account no actor of the matrix uses (looked up by its beheerder).
  std::string demo_account(const std::string& gebruikersnaam);
  // A new professional of the demo gemeente without an account (made by its beheerder).
  std::string nieuwe_medewerker();
  // A new organisation of the demo gemeente (made by its beheerder), for a case that changes one.
  std::string nieuwe_organisatie();
  // A new API token of the demo gemeente (made by its beheerder), for a case that revokes one.
  std::string nieuw_api_token();
  boost::json::object ondersteuningsplan_body(std::optional<int> basis);
  boost::json::object veiligheidsplan_body(std::optional<int> basis);

  std::string huishouden;
  std::string ouder;
  std::string kind;
  std::string organisatie;                        // the lokaal team of the demo gemeente
  std::string gemeente;                           // the demo gemeente's id
  std::string westerdal;                          // a third gemeente, which contracts another organisation
  std::string implementatieplan;                  // the demo gemeente's own, started by the agendahouder
  std::map<std::string, std::string> medewerker;  // short name → id
  std::string token;
  // The content of the shielded part, visible to the regisseur only.
  static constexpr std::string_view kGeheim = "Schuiladres Lindelaan 7 bij de zus van moeder";
  // Strings that no refused response and no response to an aggregate role or beheerder may contain:
  // household ids, member names and BSNs.
  std::vector<std::string> gevoelig;
  // Ids and BSNs of the households nobody in the matrix works with (the demo's): no response to anyone may
  // contain them, allowed or not.
  std::vector<std::string> vreemd;

  // The audit lines per household so far, read straight from the database: what a read must add to.
  std::map<std::string, long> auditregels_per_huishouden();
  // The ids of all households in the database.
  std::vector<std::string> alle_huishoudens();

 private:
  std::string medewerker_aanmaken(const std::string& kort, const std::string& naam,
                                  const std::vector<std::string>& rollen, const std::string& manager);
  void gebruiker(const std::string& gebruikersnaam, const std::string& medewerker_id);
  void certificeren(ApiKlant& beoordelaar, const std::string& kort, std::string_view rol,
                    std::string_view profiel);
  void andere_gemeente_inrichten();
  // Two regional organisations registered in Oostervoort: one contracted by the demo gemeente, one by
  // Westerdal only; each with a regisseur working in the contracting gemeente.
  void regionale_organisaties_inrichten();
  void werkgemeente_kiezen(ApiKlant& k, const std::string& gemeente_id);
  void huishouden_opbouwen();
  void demo_gegevens_als_gevoelig();

  ServerProcess& server_;
  std::unique_ptr<store::Database> database_;
  std::map<Wie, ApiKlant> klanten_;
};

}  // namespace regie::testing
