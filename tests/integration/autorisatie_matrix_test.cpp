// The authorization matrix: every route of the API × every kind of actor (involved or not, in the gemeente
// or another one, each role, anonymous, an integration token), on SQLite and on PostgreSQL. Each route has a
// kind of access; the table below says per kind what each actor gets. No refused response, and no response
// to an aggregate role or a beheerder, may contain a household id, a member's name or a BSN.

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "api/openapi.hpp"
#include "integration/matrix_wereld.hpp"
#include "store/ids.hpp"
#include "support/api_routes.hpp"
#include "support/demo_server.hpp"
#include "support/oathtool.hpp"
#include "support/portaal_klant.hpp"
#include "support/process.hpp"
#include "support/schema_controle.hpp"
#include "support/test_database.hpp"

namespace regie::testing {
namespace {

namespace json = boost::json;

enum class Uitkomst { ok, doorgestuurd, ongeldig, geweigerd, onbekend, conflict, niet_ingelogd, anders };

Uitkomst uitkomst_van(int status) {
  if (status >= 200 && status < 300) return Uitkomst::ok;
  switch (status) {
    case 302:
      return Uitkomst::doorgestuurd;
    case 400:
      return Uitkomst::ongeldig;
    case 401:
      return Uitkomst::niet_ingelogd;
    case 403:
      return Uitkomst::geweigerd;
    case 404:
      return Uitkomst::onbekend;
    case 409:
      return Uitkomst::conflict;
    default:
      return Uitkomst::anders;
  }
}

std::string_view tekst(Uitkomst u) {
  switch (u) {
    case Uitkomst::ok:
      return "2xx";
    case Uitkomst::doorgestuurd:
      return "302";
    case Uitkomst::ongeldig:
      return "400";
    case Uitkomst::geweigerd:
      return "403";
    case Uitkomst::onbekend:
      return "404";
    case Uitkomst::conflict:
      return "409";
    case Uitkomst::niet_ingelogd:
      return "401";
    case Uitkomst::anders:
      return "anders";
  }
  return "?";
}

// The kinds of access a route needs.
enum class Soort {
  openbaar,
  ingelogd,           // any logged-in user
  advies,             // a logged-in user or a token with scope adviezen
  professional,       // role regisseur
  zoeker,             // role regisseur or manager
  manager,            // role manager, about his own team
  beoordelen,         // the manager of the professional who used emergency access
  nood_lijst,         // the review list: managers, and aandachtsfunctionarissen (for staff without a manager)
  beheer_eigen,       // beheerder, in his own gemeente
  beheer_verwijzing,  // beheerder, referring to an organisation of the demo gemeente
  beheer_account,     // beheerder, changing an account of the demo gemeente: unknown to another gemeente's
  medewerker_lezen,   // a staff member of the demo gemeente
  certificering,      // aandachtsfunctionaris or manager (of the organisation, where one is named)
  beoordelaar,  // assess or certify a professional: his own manager, his organisation's aandachtsfunctionaris
  beoordelingen_lezen,     // the same people read the assessments (and the professional his own)
  lezen,                   // read a household
  regie,                   // change a household (its regisseurs only)
  notitie,                 // add a note (regisseurs and involved professionals)
  eigen_actie,             // progress of an action the involved professional owns
  escalatie,               // handle an escalation (regisseur, manager of the involved)
  bevestigen,              // confirm a regisseur whose profile falls short (a qualified colleague only)
  noodtoegang,             // ask emergency access to a household one is not involved in
  implementatie_lijst,     // implementation plans, basic requirements: agendahouder and aandachtsfunctionaris
  implementatie_starten,   // start the gemeente's plan (the agendahouder; it exists already: 409)
  implementatie_gemeente,  // read or change the gemeente's plan: the agendahouder
  agendahouder,            // the agendahouder only
  werkgemeente,            // choose the demo gemeente to work in: its own staff and contracted organisations
  eigen_melding,           // a notification of the regisseur's own: nobody else's
  portaal,                 // the household portal's own session: no professional or token has one
  portaal_code,            // open, with an invitation code nobody was given: unknown to everyone
  geen_inlogdienst,        // open, for a gemeente without its own IdP (the demo): unknown to everyone
  terugkeer,               // the IdP's return without a login under way: back to the login page, for all
  privacy,                 // the processing log: the data protection officer only
  verwerkingsregister,     // the register of processing activities: the data protection officer and the
                           // beheerder
  metrieken,  // /metrics: not public by default; without a token file (as here) unknown to every user and
              // token
};

constexpr auto O = Uitkomst::ok;
constexpr auto B = Uitkomst::ongeldig;
constexpr auto F = Uitkomst::geweigerd;
constexpr auto N = Uitkomst::onbekend;
constexpr auto C = Uitkomst::conflict;
constexpr auto D = Uitkomst::doorgestuurd;
constexpr auto U = Uitkomst::niet_ingelogd;

// Per kind, the outcome for each actor in the order of `Wie`:
//   regisseur, betrokken, collega, nood, manager, andere_manager, aandachtsfunctionaris, agendahouder,
//   beheerder, andere_gemeente, andere_beheerder, anoniem, token, regionaal, regionaal_elders, privacy
// A regional professional working here by contract is a colleague like any other who is not involved; one
// whose organisation this gemeente does not contract is as foreign as a professional of another gemeente.
const std::map<Soort, std::array<Uitkomst, kIedereen.size()>> kVerwacht{
    {Soort::openbaar, {O, O, O, O, O, O, O, O, O, O, O, O, O, O, O, O}},
    {Soort::ingelogd, {O, O, O, O, O, O, O, O, O, O, O, U, U, O, O, O}},
    {Soort::portaal, {U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U}},
    {Soort::portaal_code, {N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N}},
    {Soort::geen_inlogdienst, {N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N}},
    {Soort::terugkeer, {D, D, D, D, D, D, D, D, D, D, D, D, D, D, D, D}},
    {Soort::metrieken, {N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N}},
    {Soort::advies, {O, O, O, O, O, O, O, O, O, O, O, U, O, O, O, O}},
    {Soort::professional, {O, O, O, O, F, F, F, F, F, O, F, U, U, O, O, F}},
    {Soort::zoeker, {O, O, O, O, O, O, F, F, F, O, F, U, U, O, O, F}},
    {Soort::manager, {F, F, F, F, O, O, F, F, F, F, F, U, U, F, F, F}},
    {Soort::beoordelen, {F, F, F, F, N, O, N, F, F, F, F, U, U, F, F, F}},
    {Soort::nood_lijst, {F, F, F, F, O, O, O, F, F, F, F, U, U, F, F, F}},
    {Soort::beheer_eigen, {F, F, F, F, F, F, F, F, O, F, O, U, U, F, F, F}},
    {Soort::beheer_verwijzing, {F, F, F, F, F, F, F, F, O, F, B, U, U, F, F, F}},
    {Soort::beheer_account, {F, F, F, F, F, F, F, F, O, F, N, U, U, F, F, F}},
    {Soort::medewerker_lezen, {O, O, O, O, O, O, O, O, O, N, N, U, U, O, N, O}},
    {Soort::certificering, {F, F, F, F, O, O, O, F, F, F, F, U, U, F, F, F}},
    {Soort::beoordelaar, {F, F, F, F, O, F, O, F, F, F, F, U, U, F, F, F}},
    {Soort::beoordelingen_lezen, {F, F, F, F, O, F, O, F, F, N, N, U, U, F, N, F}},
    {Soort::lezen, {O, O, F, O, O, F, F, F, F, N, N, U, U, F, N, F}},
    {Soort::regie, {O, F, F, F, F, F, F, F, F, N, N, U, U, F, N, F}},
    {Soort::notitie, {O, O, F, F, F, F, F, F, F, N, N, U, U, F, N, F}},
    {Soort::eigen_actie, {O, O, F, F, F, F, F, F, F, N, N, U, U, F, N, F}},
    {Soort::escalatie, {O, F, F, F, O, F, F, F, F, N, N, U, U, F, N, F}},
    {Soort::bevestigen, {O, F, F, F, F, F, F, F, F, N, N, U, U, F, N, F}},
    {Soort::noodtoegang, {C, O, O, O, F, F, F, F, F, N, F, U, U, O, N, F}},
    {Soort::implementatie_lijst, {F, F, F, F, F, F, O, O, F, F, F, U, U, F, F, F}},
    {Soort::implementatie_starten, {F, F, F, F, F, F, F, C, F, F, F, U, U, F, F, F}},
    {Soort::implementatie_gemeente,
     {F, F, F, F, F, F, F, O, F, F, F, U, U, F, F, F}},  // roles first: no id is looked up
    {Soort::werkgemeente, {O, O, O, O, O, O, O, O, O, B, B, U, U, O, B, O}},
    {Soort::eigen_melding, {O, N, N, N, N, N, N, N, N, N, N, U, U, N, N, N}},
    {Soort::agendahouder, {F, F, F, F, F, F, F, O, F, F, F, U, U, F, F, F}},
    {Soort::privacy, {F, F, F, F, F, F, F, F, F, F, F, U, U, F, F, O}},
    {Soort::verwerkingsregister, {F, F, F, F, F, F, F, F, O, F, O, U, U, F, F, O}},
};

bool ziet_alleen_aggregaten(Wie wie) {
  return wie == Wie::aandachtsfunctionaris || wie == Wie::agendahouder || wie == Wie::beheerder ||
         wie == Wie::andere_beheerder || wie == Wie::privacy;
}

struct Aanvraag {
  std::string pad;
  json::value body = nullptr;
};
using Bouwer = std::function<Aanvraag(MatrixWereld&, Wie)>;
using Controle = std::function<void(MatrixWereld&, Wie, const HttpResponse&)>;

struct Geval {
  std::string method;
  std::string pattern;
  Soort soort;
  Bouwer bouw;
  Controle controle = {};
  bool eigen_sessie = false;  // the request ends the session: use a second one
};

std::string id_van(const json::value& v) { return json::value_to<std::string>(v.at("id")); }

Bouwer vast(std::string pad, json::value body = nullptr) {
  return [pad, body](MatrixWereld&, Wie) { return Aanvraag{pad, body}; };
}
Bouwer huishouden(std::string rest, json::value body = nullptr) {
  return [rest, body](MatrixWereld& w, Wie) { return Aanvraag{w.pad(rest), body}; };
}

// A new adult member of the household with a portal account, logged in there.
ApiKlant lid_in_portaal(MatrixWereld& w) {
  const auto lid =
      id_van(verwacht(w.rik().post(w.pad("/gezinsleden"), json::object{{"voornaam", "Ymke"},
                                                                       {"achternaam", "Zwartewaal"},
                                                                       {"geboortedatum", "1990-02-01"},
                                                                       {"relatie", "ouder"}}),
                      201));
  return portaal_klant(
      w.rik(), w.huishouden,
      {{"persoonSoort", "gezinslid"}, {"persoonId", lid}, {"besluit", "Zij is niet de dreiging."}});
}

// The shielded part reaches only the persons named on it; for everybody else it is absent altogether.
void afgeschermd_alleen_voor_genoemden(MatrixWereld& w, Wie wie, const HttpResponse& r) {
  if (r.status != 200) return;
  const auto delen = json::parse(r.body).at("afgeschermd").as_array();
  const bool zichtbaar = r.body.find(MatrixWereld::kGeheim) != std::string::npos;
  if (wie == Wie::regisseur) {
    EXPECT_EQ(delen.size(), 1u);
    EXPECT_TRUE(zichtbaar);
  } else {
    EXPECT_TRUE(delen.empty()) << naam(wie);
    EXPECT_FALSE(zichtbaar) << naam(wie);
    EXPECT_EQ(r.body.find("Verblijfadres"), std::string::npos) << naam(wie);
  }
  (void)w;
}

std::vector<Geval> gevallen() {
  const std::string taxatie2 =
      R"({"draagkracht":"deels_uit_balans","zelfredzaamheid":"beperkt","basiszorgToereikend":false,
      "veiligheid":"veilig","ketenoverstijgendNodig":false,"escalatie":"geen"})";
  const std::string taxatie3 =
      R"({"draagkracht":"deels_uit_balans","zelfredzaamheid":"beperkt","basiszorgToereikend":false,
      "veiligheid":"signalen","ketenoverstijgendNodig":false,"escalatie":"geen","huidigNiveau":3,
      "signalen":[{"type":"stalking","acuut":false}]})";
  const std::string op = "/ondersteuningsplan";
  const std::string vp = "/veiligheidsplan";
  const std::string h = "/api/v1/huishoudens/{huishoudenId}";

  const auto nieuwe_escalatie = [](MatrixWereld& w) {
    return id_van(
        verwacht(w.rik().post(w.pad("/escalaties"),
                              json::object{{"soort", "organisatie"},
                                           {"toelichting", "Afspraken over huisbezoeken lopen vast."}}),
                 201));
  };
  const auto ties_betrokken = [](MatrixWereld& w) {
    if (const auto b = w.betrokkenheid_van(w.medewerker.at("ties"))) return *b;
    return id_van(verwacht(
        w.rik().post(w.pad("/betrokkenen"),
                     json::object{{"medewerkerId", w.medewerker.at("ties")}, {"rol", "jongerenwerk"}}),
        201));
  };
  const auto eva_casus = [](MatrixWereld& w) {
    if (auto r = w.regisseur_van(w.medewerker.at("eva"), "casus")) return *r;
    verwacht(
        w.rik().post(w.pad("/regisseurs"),
                     json::object{{"rol", "casus"},
                                  {"persoonSoort", "medewerker"},
                                  {"persoonId", w.medewerker.at("eva")},
                                  {"aandachtsgebied", json::array{json::object{{"leefgebied", "wonen"}}}}}),
        201);
    return *w.regisseur_van(w.medewerker.at("eva"), "casus");
  };

  return {
      {"GET", "/healthz", Soort::openbaar, vast("/healthz")},
      {"GET", "/readyz", Soort::openbaar, vast("/readyz")},
      {"GET", "/metrics", Soort::metrieken, vast("/metrics")},
      {"GET", "/api/v1/openapi.json", Soort::openbaar, vast("/api/v1/openapi.json")},
      {"POST", "/api/v1/sessies", Soort::openbaar,
       vast("/api/v1/sessies", json::object{{"gebruikersnaam", "ingrid"}, {"wachtwoord", kDemoWachtwoord}})},
      {"GET", "/api/v1/sessies/huidig", Soort::ingelogd, vast("/api/v1/sessies/huidig")},
      {"PUT", "/api/v1/sessies/huidig/werkgemeente", Soort::werkgemeente,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{"/api/v1/sessies/huidig/werkgemeente", json::object{{"gemeenteId", w.gemeente}}};
       }},
      {"DELETE", "/api/v1/sessies/huidig", Soort::ingelogd, vast("/api/v1/sessies/huidig"), {}, true},
      {"POST", "/api/v1/adviezen", Soort::advies, vast("/api/v1/adviezen", json::parse(taxatie2))},
      {"GET", "/api/v1/mij", Soort::ingelogd, vast("/api/v1/mij")},
      {"GET", "/api/v1/mij/huishoudens", Soort::professional, vast("/api/v1/mij/huishoudens")},
      {"GET", "/api/v1/mij/acties", Soort::ingelogd,
       vast("/api/v1/mij/acties?paginaGrootte=100&ookAfgerond=true"),
       [](MatrixWereld& w, Wie wie, const HttpResponse& r) {
         if (r.status != 200) return;
         // Rik and Bo own one action each in the plan; nobody else owns one anywhere.
         const auto items = lijst(json::parse(r.body).as_object(), "items");
         EXPECT_EQ(items.size(), wie == Wie::regisseur || wie == Wie::betrokken ? 1u : 0u);
         for (const auto& a : items)
           EXPECT_TRUE(gelijk(a.at("huishoudenId"), w.huishouden)) << json::serialize(a);
       }},
      {"GET", "/api/v1/mij/team", Soort::manager, vast("/api/v1/mij/team"),
       [](MatrixWereld& w, Wie wie, const HttpResponse& r) {
         if (r.status != 200) return;
         std::set<std::string> verwacht;
         const std::vector<std::string> mara{"rik", "bo", "kai", "kim", "eva", "ties"};
         const std::vector<std::string> otto{"cas", "noa"};
         for (const auto& kort : wie == Wie::manager ? mara : otto) verwacht.insert(w.medewerker.at(kort));
         std::set<std::string> gekregen;
         const auto items = json::parse(r.body).at("items").as_array();
         for (const auto& m : items) gekregen.insert(json::value_to<std::string>(m.at("medewerkerId")));
         EXPECT_EQ(gekregen, verwacht);
       }},
      {"GET", "/api/v1/mij/escalaties", Soort::manager, vast("/api/v1/mij/escalaties"),
       [](MatrixWereld& w, Wie wie, const HttpResponse& r) {
         if (r.status != 200) return;
         // The escalations of households where the manager's own people are involved, and no others.
         const auto items = json::parse(r.body).at("items").as_array();
         EXPECT_EQ(items.empty(), wie == Wie::andere_manager);
         for (const auto& e : items) EXPECT_TRUE(gelijk(e.at("huishoudenId"), w.huishouden));
       }},
      {"GET", "/api/v1/mij/meldingen", Soort::ingelogd, vast("/api/v1/mij/meldingen?paginaGrootte=100"),
       [](MatrixWereld& w, Wie wie, const HttpResponse& r) {
         if (r.status != 200) return;
         // Restricted sharing: the regisseur heard of Noa's emergency access; her manager reviews it.
         std::set<std::string> soorten;
         const auto items = lijst(json::parse(r.body).as_object(), "items");
         for (const auto& m : items) {
           EXPECT_TRUE(gelijk(m.at("huishoudenId"), w.huishouden)) << json::serialize(m);
           soorten.insert(json::value_to<std::string>(m.at("soort")));
         }
         if (wie == Wie::regisseur) {
           EXPECT_TRUE(soorten.contains("noodtoegang_afgeschermd"));
         }
         if (wie == Wie::andere_manager) {
           EXPECT_TRUE(soorten.contains("noodtoegang_te_beoordelen"));
         }
         if (ziet_alleen_aggregaten(wie) || wie == Wie::andere_gemeente) {
           EXPECT_TRUE(soorten.empty());
         }
       }},
      {"GET", "/api/v1/mij/meldingen/aantal", Soort::ingelogd, vast("/api/v1/mij/meldingen/aantal")},
      {"POST", "/api/v1/mij/meldingen/{meldingId}/_gelezen", Soort::eigen_melding,
       [](MatrixWereld& w, Wie) {
         const auto items = lijst(w.lees("/api/v1/mij/meldingen"), "items");
         if (items.empty()) throw std::runtime_error("de regisseur heeft geen meldingen");
         return Aanvraag{"/api/v1/mij/meldingen/" + id_van(items.front()) + "/_gelezen", json::object{}};
       }},
      {"POST", "/api/v1/mij/meldingen/_gelezen", Soort::ingelogd,
       vast("/api/v1/mij/meldingen/_gelezen", json::object{})},
      {"GET", "/api/v1/mij/meldingen/instellingen", Soort::ingelogd,
       vast("/api/v1/mij/meldingen/instellingen")},
      // The household portal: the regisseur invites; the portal's own routes are closed to professionals.
      {"POST", "/api/v1/huishoudens/{huishoudenId}/uitnodigingen", Soort::regie,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{w.pad("/uitnodigingen"),
                         json::object{{"persoonSoort", "gezinslid"},
                                      {"persoonId", w.ouder},
                                      {"besluit", "Moeder is niet de dreiging en beschermt de kinderen."}}};
       }},
      {"GET", "/api/v1/huishoudens/{huishoudenId}/uitnodigingen", Soort::lezen, huishouden("/uitnodigingen")},
      {"POST", "/api/v1/huishoudens/{huishoudenId}/uitnodigingen/{uitnodigingId}/_intrekken", Soort::regie,
       [](MatrixWereld& w, Wie) {
         const auto nieuw = verwacht(w.rik().post(w.pad("/uitnodigingen"),
                                                  json::object{{"persoonSoort", "gezinslid"},
                                                               {"persoonId", w.ouder},
                                                               {"besluit", "Moeder beschermt de kinderen."}}),
                                     201);
         return Aanvraag{w.pad("/uitnodigingen/" + id_van(nieuw) + "/_intrekken"), json::object{}};
       }},
      // The parent gets an account first (invitation, second factor from oathtool), whose access is then
      // ended.
      {"POST", "/api/v1/huishoudens/{huishoudenId}/portaaltoegang/{persoonId}/_intrekken", Soort::regie,
       [](MatrixWereld& w, Wie) {
         const auto aanvraag = Aanvraag{w.pad("/portaaltoegang/" + w.ouder + "/_intrekken"), json::object{}};
         const auto toegang = verwacht(w.rik().get(w.pad("/uitnodigingen")), 200);
         for (const auto& a : toegang.at("accounts").as_array())
           if (a.at("persoonId").as_string() == w.ouder)
             return aanvraag;  // still there: an earlier actor was refused
         const auto uitnodiging =
             verwacht(w.rik().post(w.pad("/uitnodigingen"),
                                   json::object{{"persoonSoort", "gezinslid"},
                                                {"persoonId", w.ouder},
                                                {"besluit", "Moeder beschermt de kinderen."}}),
                      201);
         const auto code = json::value_to<std::string>(uitnodiging.at("code"));
         ApiKlant portaal{w.rik().port()};
         const auto geheim = json::value_to<std::string>(
             verwacht(portaal.post("/api/v1/portaal/uitnodiging/_inrichten", json::object{{"code", code}}),
                      200)
                 .at("totpGeheim"));
         const auto totp = oathtool_code(geheim);
         verwacht(portaal.post("/api/v1/portaal/uitnodiging/_accepteren",
                               json::object{{"code", code},
                                            {"gebruikersnaam", "ouder-" + store::nieuwe_id()},
                                            {"wachtwoord", "een-lang-wachtwoord"},
                                            {"totpCode", totp}}),
                  201);
         return aanvraag;
       }},
      {"POST", "/api/v1/portaal/uitnodiging/_inrichten", Soort::portaal_code,
       vast("/api/v1/portaal/uitnodiging/_inrichten", json::object{{"code", "AAAA-BBBB-CCCC-DDDD"}})},
      {"POST", "/api/v1/portaal/uitnodiging/_accepteren", Soort::portaal_code,
       vast("/api/v1/portaal/uitnodiging/_accepteren", json::object{{"code", "AAAA-BBBB-CCCC-DDDD"},
                                                                    {"gebruikersnaam", "iemand"},
                                                                    {"wachtwoord", "een-lang-wachtwoord"},
                                                                    {"totpCode", "123456"}})},
      // A name per actor: three failures on one name would throttle it (429) for the next.
      {"POST", "/api/v1/portaal/sessies", Soort::portaal,
       [](MatrixWereld&, Wie wie) {
         return Aanvraag{"/api/v1/portaal/sessies",
                         json::object{{"gebruikersnaam", "iemand-" + std::to_string(static_cast<int>(wie))},
                                      {"wachtwoord", "een-lang-wachtwoord"},
                                      {"code", "123456"}}};
       }},
      {"DELETE", "/api/v1/portaal/sessies/huidig", Soort::portaal, vast("/api/v1/portaal/sessies/huidig")},
      {"GET", "/api/v1/portaal/mij", Soort::portaal, vast("/api/v1/portaal/mij")},
      {"GET", "/api/v1/portaal/plan", Soort::portaal, vast("/api/v1/portaal/plan")},
      {"GET", "/api/v1/portaal/inzage", Soort::portaal, vast("/api/v1/portaal/inzage")},
      {"POST", "/api/v1/portaal/plan/_ondertekenen", Soort::portaal,
       vast("/api/v1/portaal/plan/_ondertekenen", json::object{{"versie", 1}})},
      {"POST", "/api/v1/portaal/acties/{actieId}/_afvinken", Soort::portaal,
       vast("/api/v1/portaal/acties/onbekend/_afvinken",
            json::object{{"gedaan", true}, {"statusVersie", 1}})},
      {"POST", "/api/v1/portaal/reacties", Soort::portaal,
       vast("/api/v1/portaal/reacties",
            json::object{{"soort", "correctie"}, {"tekst", "Mijn naam klopt niet."}})},
      {"GET", "/api/v1/portaal/reacties", Soort::portaal, vast("/api/v1/portaal/reacties")},
      {"GET", "/api/v1/portaal/plan/pdf", Soort::portaal, vast("/api/v1/portaal/plan/pdf")},
      {"PUT", "/api/v1/portaal/plan", Soort::portaal, vast("/api/v1/portaal/plan", json::object{})},
      {"GET", "/api/v1/portaal/sessies", Soort::portaal, vast("/api/v1/portaal/sessies")},
      {"POST", "/api/v1/portaal/sessies/{sessieId}/_beeindigen", Soort::portaal,
       vast("/api/v1/portaal/sessies/aaaaaaaaaaaaaaaaaaaaaaaaaa/_beeindigen", json::object{})},
      {"POST", "/api/v1/portaal/andere-sessies/_beeindigen", Soort::portaal,
       vast("/api/v1/portaal/andere-sessies/_beeindigen", json::object{})},
      {"GET", "/api/v1/portaal/netwerk", Soort::portaal, vast("/api/v1/portaal/netwerk")},
      {"POST", "/api/v1/portaal/netwerk/{persoonId}/_intrekken", Soort::portaal,
       vast("/api/v1/portaal/netwerk/aaaaaaaaaaaaaaaaaaaaaaaaaa/_intrekken", json::object{})},
      {"GET", "/api/v1/huishoudens/{huishoudenId}/reacties", Soort::lezen, huishouden("/reacties")},
      // A member asks for a correction in the portal; the regisseur answers it.
      {"POST", "/api/v1/huishoudens/{huishoudenId}/reacties/{reactieId}/_beantwoorden", Soort::regie,
       [](MatrixWereld& w, Wie) {
         auto portaal = lid_in_portaal(w);
         const auto reactie = verwacht(
             portaal.post("/api/v1/portaal/reacties",
                          json::object{{"soort", "correctie"}, {"tekst", "Mijn geboortedatum klopt niet."}}),
             201);
         return Aanvraag{w.pad("/reacties/" + id_van(reactie) + "/_beantwoorden"),
                         json::object{{"uitkomst", "gecorrigeerd"}, {"antwoord", "Verbeterd, dank u."}}};
       }},
      // Each sets his own choice; the world's server has no mail server.
      {"PUT", "/api/v1/mij/meldingen/instellingen", Soort::ingelogd,
       vast("/api/v1/mij/meldingen/instellingen", json::object{{"mailBijMelding", true}}),
       [](MatrixWereld&, Wie, const HttpResponse& r) {
         if (r.status == 200) {
           EXPECT_EQ(json::parse(r.body).at("mailMogelijk"), false);
         }
       }},
      {"GET", "/api/v1/mij/noodtoegangen", Soort::nood_lijst, vast("/api/v1/mij/noodtoegangen"),
       [](MatrixWereld& w, Wie wie, const HttpResponse& r) {
         if (r.status != 200) return;
         // Only Noa has used emergency access, and only her own manager reviews it.
         const auto items = json::parse(r.body).at("items").as_array();
         if (wie == Wie::andere_manager) {
           EXPECT_FALSE(items.empty());
         }
         for (const auto& n : items) {
           EXPECT_EQ(wie, Wie::andere_manager) << json::serialize(n);
           EXPECT_TRUE(gelijk(n.at("medewerkerId"), w.medewerker.at("noa"))) << json::serialize(n);
         }
       }},
      {"POST", "/api/v1/mij/noodtoegangen/{noodtoegangId}/_beoordelen", Soort::beoordelen,
       [](MatrixWereld& w, Wie) {
         const auto ander = w.nieuw_huishouden();
         const auto n =
             verwacht(w.klant(Wie::nood).post(
                          "/api/v1/huishoudens/" + ander + "/noodtoegang",
                          json::object{{"reden", "Crisismelding in de nacht, regisseur niet bereikbaar."}}),
                      201);
         return Aanvraag{"/api/v1/mij/noodtoegangen/" + id_van(n) + "/_beoordelen",
                         json::object{{"oordeel", "terecht"}}};
       }},
      {"GET", "/api/v1/implementatieplannen", Soort::implementatie_lijst,
       vast("/api/v1/implementatieplannen")},
      {"POST", "/api/v1/implementatieplannen", Soort::implementatie_starten,
       vast("/api/v1/implementatieplannen", json::object{})},
      {"GET", "/api/v1/implementatieplannen/{planId}", Soort::implementatie_gemeente,
       [](MatrixWereld& w, Wie) { return Aanvraag{"/api/v1/implementatieplannen/" + w.implementatieplan}; }},
      {"POST", "/api/v1/implementatieplannen/{planId}/acties", Soort::implementatie_gemeente,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{
             "/api/v1/implementatieplannen/" + w.implementatieplan + "/acties",
             json::object{{"sectie", "G"}, {"omschrijving", "Evaluatie voorbereiden met de organisaties"}}};
       }},
      {"POST", "/api/v1/implementatieplannen/{planId}/momenten", Soort::implementatie_gemeente,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{
             "/api/v1/implementatieplannen/" + w.implementatieplan + "/momenten",
             json::object{{"soort", "dialoogsessie"},
                          {"datum", "2026-01-15"},
                          {"deelnemers", "Gemeente, wijkteam, jeugdzorg"},
                          {"bevindingen", "De regiekaart is bekend, de meldcode nog niet overal."}}};
       }},
      {"PATCH", "/api/v1/implementatieplannen/{planId}/acties/{actieId}", Soort::implementatie_gemeente,
       [](MatrixWereld& w, Wie) {
         const auto pad = "/api/v1/implementatieplannen/" + w.implementatieplan;
         const auto eerste = verwacht(w.klant(Wie::agendahouder).get(pad), 200).at("acties").at(0);
         return Aanvraag{
             pad + "/acties/" + json::value_to<std::string>(eerste.at("id")),
             json::object{
                 {"stand", "bezig"}, {"verantwoordelijke", "Ingrid"}, {"versie", eerste.at("versie")}}};
       }},
      {"GET", "/api/v1/basiseisen", Soort::implementatie_lijst, vast("/api/v1/basiseisen")},
      {"GET", "/api/v1/basiseisen/export", Soort::implementatie_lijst, vast("/api/v1/basiseisen/export"),
       [](MatrixWereld&, Wie, const HttpResponse& r) {
         if (r.status != 200) return;
         EXPECT_EQ(r.header("content-type"), "text/csv; charset=utf-8");
         EXPECT_NE(r.body.find("Organisatie;"), std::string::npos);
       }},
      {"PUT", "/api/v1/organisaties/{organisatieId}/basiseisen/{eis}", Soort::implementatie_lijst,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{
             "/api/v1/organisaties/" + w.organisatie + "/basiseisen/methode_vastgesteld",
             json::object{
                 {"voldaan", true}, {"datum", "2026-03-01"}, {"bewijs", "Besluit van het managementteam."}}};
       }},
      {"GET", "/api/v1/organisaties/{organisatieId}/scholing", Soort::certificering,
       [](MatrixWereld& w, Wie) { return Aanvraag{"/api/v1/organisaties/" + w.organisatie + "/scholing"}; }},
      {"PUT", "/api/v1/medewerkers/{medewerkerId}/basistraining", Soort::certificering,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{"/api/v1/medewerkers/" + w.medewerker.at("ties") + "/basistraining",
                         json::object{{"datum", "2026-02-01"}}};
       }},
      {"DELETE", "/api/v1/medewerkers/{medewerkerId}/basistraining", Soort::certificering,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{"/api/v1/medewerkers/" + w.medewerker.at("ties") + "/basistraining"};
       }},
      {"GET", "/api/v1/competentieprofielen", Soort::ingelogd, vast("/api/v1/competentieprofielen")},
      {"POST", "/api/v1/monitoring/_verversen", Soort::agendahouder,
       vast("/api/v1/monitoring/_verversen", json::object{})},
      {"GET", "/api/v1/logboek/verwerkingen", Soort::privacy,
       vast("/api/v1/logboek/verwerkingen?verwerkingsactiviteit=dossier"),
       [](MatrixWereld&, Wie, const HttpResponse& r) {
         if (r.status != 200) return;
         // Pseudonyms only: no person's or household's id in clear.
         for (const auto& regel : lijst(json::parse(r.body).as_object(), "items")) {
           const auto& attributen = regel.as_object().at("attributes").as_object();
           if (const auto* b = attributen.if_contains("dpl.core.data_subject_id")) {
             EXPECT_EQ(b->as_string().size(), 64u);
           }
         }
       }},
      {"GET", "/api/v1/verwerkingsactiviteiten", Soort::verwerkingsregister,
       vast("/api/v1/verwerkingsactiviteiten")},
      {"PUT", "/api/v1/verwerkingsactiviteiten/{code}", Soort::privacy,
       vast("/api/v1/verwerkingsactiviteiten/portaal",
            json::object{{"naam", "Het huishouden werkt mee"}, {"doel", "Gezinsleden lezen hun plan mee."}})},
      {"GET", "/api/v1/monitoring", Soort::implementatie_lijst, vast("/api/v1/monitoring?van=2026-01"),
       [](MatrixWereld&, Wie, const HttpResponse& r) {
         if (r.status != 200) return;
         // Figures only: every count is a number of at least 5 or null.
         const auto cijfers = json::parse(r.body);
         for (const auto& reeks : cijfers.at("reeksen").as_array()) {
           for (const auto& c : reeks.at("perMaand").as_array()) {
             const auto& w = c.at("waarde");
             EXPECT_TRUE(w.is_null() || w.as_int64() >= 5) << json::serialize(c);
           }
           // A period's events may be a sum of the months shown: 0 when none is.
           for (const auto& c : reeks.at("totaal").as_array()) {
             const auto& w = c.at("waarde");
             EXPECT_TRUE(w.is_null() || w.as_int64() >= 5 ||
                         (c.as_object().contains("minstens") && w.as_int64() == 0))
                 << json::serialize(c);
           }
         }
       }},
      {"GET", "/api/v1/monitoring/export", Soort::implementatie_lijst,
       vast("/api/v1/monitoring/export?formaat=csv")},
      {"GET", "/api/v1/medewerkers/{medewerkerId}/beoordelingen", Soort::beoordelingen_lezen,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{"/api/v1/medewerkers/" + w.medewerker.at("ties") + "/beoordelingen"};
       }},
      {"POST", "/api/v1/medewerkers/{medewerkerId}/beoordelingen", Soort::beoordelaar,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{
             "/api/v1/medewerkers/" + w.medewerker.at("ties") + "/beoordelingen",
             json::object{
                 {"rol", "casus"},
                 {"profiel", "A"},
                 {"datum", "2026-02-01"},
                 {"gebieden", json::array{json::object{{"gebied", "kennis"}, {"oordeel", "deels"}}}}}};
       }},
      {"GET", "/api/v1/beheer/mislukte-inlogpogingen", Soort::beheer_eigen,
       vast("/api/v1/beheer/mislukte-inlogpogingen")},
      {"POST", "/api/v1/beheer/mislukte-inlogpogingen/_opheffen", Soort::beheer_verwijzing,
       vast("/api/v1/beheer/mislukte-inlogpogingen/_opheffen",
            json::object{{"soort", "account"}, {"waarde", "sanne"}})},
      {"GET", "/api/v1/beheer/accounts", Soort::beheer_eigen, vast("/api/v1/beheer/accounts")},
      {"POST", "/api/v1/beheer/accounts/{accountId}/_blokkeren", Soort::beheer_account,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{"/api/v1/beheer/accounts/" + w.demo_account("lisa") + "/_blokkeren", json::object{}};
       }},
      {"POST", "/api/v1/beheer/accounts/{accountId}/_deblokkeren", Soort::beheer_account,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{"/api/v1/beheer/accounts/" + w.demo_account("lisa") + "/_deblokkeren",
                         json::object{}};
       }},
      {"POST", "/api/v1/beheer/accounts/{accountId}/_uitloggen", Soort::beheer_account,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{"/api/v1/beheer/accounts/" + w.demo_account("lisa") + "/_uitloggen", json::object{}};
       }},
      // A professional of the demo gemeente: another gemeente's beheerder names one that is not his.
      {"POST", "/api/v1/beheer/accounts", Soort::beheer_verwijzing,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{"/api/v1/beheer/accounts",
                         json::object{{"medewerkerId", w.nieuwe_medewerker()},
                                      {"gebruikersnaam", "matrix-" + store::nieuwe_id().substr(0, 8)}}};
       }},
      {"POST", "/api/v1/beheer/accounts/{accountId}/startwachtwoord", Soort::beheer_account,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{"/api/v1/beheer/accounts/" + w.demo_account("lisa") + "/startwachtwoord",
                         json::object{}};
       }},
      {"PUT", "/api/v1/medewerkers/{medewerkerId}", Soort::beheer_account,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{
             "/api/v1/medewerkers/" + w.nieuwe_medewerker(),
             json::object{{"naam", "Gewijzigde collega"}, {"rollen", {"regisseur"}}, {"versie", 1}}};
       }},
      {"DELETE", "/api/v1/beheer/accounts/{accountId}/tweede-factor", Soort::beheer_account,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{"/api/v1/beheer/accounts/" + w.demo_account("lisa") + "/tweede-factor"};
       }},
      {"GET", "/api/v1/inlogdiensten", Soort::openbaar, vast("/api/v1/inlogdiensten")},
      {"GET", "/api/v1/inlogdiensten/{gemeenteId}/_inloggen", Soort::geen_inlogdienst,
       [](MatrixWereld& w, Wie) { return Aanvraag{"/api/v1/inlogdiensten/" + w.gemeente + "/_inloggen"}; }},
      {"GET", "/api/v1/inlogdiensten/{gemeenteId}/sleutels", Soort::geen_inlogdienst,
       [](MatrixWereld& w, Wie) { return Aanvraag{"/api/v1/inlogdiensten/" + w.gemeente + "/sleutels"}; }},
      {"GET", "/api/v1/inlogdiensten/terugkeer", Soort::terugkeer,
       vast("/api/v1/inlogdiensten/terugkeer?state=onbekend&code=x")},
      {"GET", "/api/v1/beheer/inlogdienst", Soort::beheer_eigen, vast("/api/v1/beheer/inlogdienst")},
      // Each beheerder sets up only his own gemeente's IdP; removing it again leaves the demo as it was.
      {"PUT", "/api/v1/beheer/inlogdienst", Soort::beheer_eigen,
       vast("/api/v1/beheer/inlogdienst",
            json::object{{"naam", "Inloggen via de matrix"},
                         {"issuer", "https://idp.matrix.example"},
                         {"clientId", "regie"},
                         {"authenticatie", "private_key_jwt"},
                         {"terugkeerAdres", "https://regie.matrix.example/api/v1/inlogdiensten/terugkeer"},
                         {"accountClaim", "preferred_username"}})},
      {"DELETE", "/api/v1/beheer/inlogdienst", Soort::beheer_eigen, vast("/api/v1/beheer/inlogdienst")},
      {"GET", "/api/v1/beheer/inlogbeleid", Soort::beheer_eigen, vast("/api/v1/beheer/inlogbeleid")},
      // Off, as the demo has it: each beheerder changes only his own gemeente's.
      {"PUT", "/api/v1/beheer/inlogbeleid", Soort::beheer_eigen,
       vast("/api/v1/beheer/inlogbeleid", json::object{{"tweedeFactorVerplicht", false}})},
      {"GET", "/api/v1/beheer/api-tokens", Soort::beheer_eigen, vast("/api/v1/beheer/api-tokens")},
      {"POST", "/api/v1/beheer/api-tokens", Soort::beheer_eigen,
       vast("/api/v1/beheer/api-tokens", json::object{{"naam", "Koppeling"}, {"scopes", {"adviezen"}}})},
      {"DELETE", "/api/v1/beheer/api-tokens/{tokenId}", Soort::beheer_account,
       [](MatrixWereld& w, Wie) { return Aanvraag{"/api/v1/beheer/api-tokens/" + w.nieuw_api_token()}; }},
      {"GET", "/api/v1/organisaties", Soort::ingelogd, vast("/api/v1/organisaties")},
      {"POST", "/api/v1/organisaties", Soort::beheer_eigen,
       vast("/api/v1/organisaties",
            json::object{{"naam", "Matrixzorg"}, {"ketens", json::array{"zorgketen"}}})},
      {"PUT", "/api/v1/organisaties/{organisatieId}", Soort::beheer_account,
       [](MatrixWereld& w, Wie) {
         json::array normen;
         for (int n = 1; n <= 5; ++n)
           normen.push_back(
               json::object{{"niveau", n}, {"caseloadGewicht", n}, {"evaluatieTermijnDagen", 30}});
         const auto id = w.nieuwe_organisatie();
         return Aanvraag{"/api/v1/organisaties/" + id, json::object{{"naam", "Gewijzigd " + id},
                                                                    {"caseloadNorm", 50},
                                                                    {"normen", std::move(normen)},
                                                                    {"versie", 1}}};
       }},
      {"GET", "/api/v1/teams", Soort::ingelogd, vast("/api/v1/teams")},
      {"POST", "/api/v1/teams", Soort::beheer_verwijzing,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{"/api/v1/teams",
                         json::object{{"organisatieId", w.organisatie}, {"naam", "Team Matrix"}}};
       }},
      {"GET", "/api/v1/medewerkers", Soort::ingelogd, vast("/api/v1/medewerkers")},
      {"POST", "/api/v1/medewerkers", Soort::beheer_verwijzing,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{"/api/v1/medewerkers", json::object{{"organisatieId", w.organisatie},
                                                             {"naam", "Mees Matrix"},
                                                             {"rollen", json::array{"regisseur"}}}};
       }},
      {"GET", "/api/v1/medewerkers/{medewerkerId}", Soort::medewerker_lezen,
       [](MatrixWereld& w, Wie) { return Aanvraag{"/api/v1/medewerkers/" + w.medewerker.at("rik")}; }},
      {"POST", "/api/v1/medewerkers/{medewerkerId}/certificeringen", Soort::beoordelaar,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{"/api/v1/medewerkers/" + w.medewerker.at("ties") + "/certificeringen",
                         json::object{{"rol", "casus"}, {"profiel", "A"}, {"datum", "2026-02-01"}}};
       }},

      {"POST", "/api/v1/huishoudens", Soort::professional,
       vast("/api/v1/huishoudens",
            json::object{{"naam", "Gezin Zwartewaal-Derde"}, {"inzet", inzet_bij_aanmelding()}})},
      {"POST", "/api/v1/huishoudens/_zoek", Soort::zoeker,
       vast("/api/v1/huishoudens/_zoek", json::object{{"bsn", "999990007"}}),
       [](MatrixWereld& w, Wie wie, const HttpResponse& r) {
         if (r.status != 200) return;
         const auto items = json::parse(r.body).at("items").as_array();
         if (wie == Wie::andere_gemeente || wie == Wie::regionaal_elders) {
           EXPECT_TRUE(items.empty());
           return;
         }
         ASSERT_EQ(items.size(), 1u) << naam(wie);
         EXPECT_TRUE(gelijk(items[0].at("id"), w.huishouden));
         const bool toegang = items[0].at("toegang").as_bool();
         EXPECT_EQ(toegang, wie != Wie::collega && wie != Wie::andere_manager && wie != Wie::regionaal)
             << naam(wie);
         if (!toegang) {
           // The household works under restricted sharing (a stalking signal): only that it is known; no
           // regisseur, organisation or contact details, and nothing of the household itself.
           EXPECT_TRUE(items[0].at("afgeschermd").as_bool());
           EXPECT_FALSE(items[0].as_object().contains("contact"));
           EXPECT_EQ(r.body.find("Rik"), std::string::npos);
           EXPECT_EQ(r.body.find("Zwartewaal"), std::string::npos);
         }
       }},
      {"GET", h, Soort::lezen, huishouden("")},
      {"POST", h + "/fase", Soort::regie,
       [](MatrixWereld& w, Wie) {
         const auto d = w.dossier();
         return Aanvraag{w.pad("/fase"),
                         json::object{{"fase", d.at("fase") == "uitvoering" ? "evaluatie" : "uitvoering"},
                                      {"versie", d.at("versie")}}};
       }},
      {"POST", h + "/gezinsleden", Soort::regie,
       huishouden("/gezinsleden", json::object{{"voornaam", "Yfke"},
                                               {"achternaam", "Zwartewaal"},
                                               {"geboortedatum", "2024-01-01"},
                                               {"relatie", "kind"}})},
      {"PUT", h + "/gezinsleden/{gezinslidId}", Soort::regie,
       [](MatrixWereld& w, Wie) {
         for (const auto& g : lijst(w.dossier(), "gezinsleden")) {
           if (!gelijk(g.at("id"), w.kind)) continue;
           return Aanvraag{w.pad("/gezinsleden/" + w.kind), json::object{{"voornaam", "Quirijn"},
                                                                         {"achternaam", "Zwartewaal"},
                                                                         {"geboortedatum", "2016-09-03"},
                                                                         {"bsn", "999990019"},
                                                                         {"relatie", "kind"},
                                                                         {"versie", g.at("versie")}}};
         }
         throw std::runtime_error("kind ontbreekt");
       }},
      {"PUT", h + "/gezinsleden/{gezinslidId}/gezag", Soort::regie,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{w.pad("/gezinsleden/" + w.kind + "/gezag"),
                         json::object{{"gezagsdragers", json::array{json::value(w.ouder)}},
                                      {"toelichting", "Vader elders heeft ook gezag."}}};
       }},
      {"POST", h + "/netwerk", Soort::regie,
       huishouden("/netwerk",
                  json::object{{"naam", "Tante Wil"}, {"relatie", "tante"}, {"contact", "06-00000000"}})},
      {"POST", h + "/betrokkenen", Soort::regie,
       [](MatrixWereld& w, Wie) {
         if (const auto b = w.betrokkenheid_van(w.medewerker.at("ties"))) {
           verwacht(w.rik().del(w.pad("/betrokkenen/" + *b)), 204);
         }
         return Aanvraag{w.pad("/betrokkenen"),
                         json::object{{"medewerkerId", w.medewerker.at("ties")}, {"rol", "jongerenwerk"}}};
       }},
      {"PATCH", h + "/betrokkenen/{betrokkenheidId}", Soort::regie,
       [ties_betrokken](MatrixWereld& w, Wie) {
         return Aanvraag{w.pad("/betrokkenen/" + ties_betrokken(w)), json::object{{"contactDeelbaar", true}}};
       }},
      {"DELETE", h + "/betrokkenen/{betrokkenheidId}", Soort::regie,
       [ties_betrokken](MatrixWereld& w, Wie) {
         return Aanvraag{w.pad("/betrokkenen/" + ties_betrokken(w))};
       }},
      {"GET", h + "/toegangslog", Soort::lezen, huishouden("/toegangslog")},
      {"POST", h + "/noodtoegang", Soort::noodtoegang,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{"/api/v1/huishoudens/" + w.nieuw_huishouden() + "/noodtoegang",
                         json::object{{"reden", "Melding van de politie, de regisseur is met verlof."}}};
       }},
      {"GET", h + "/notities", Soort::lezen, huishouden("/notities")},
      {"POST", h + "/notities", Soort::notitie,
       huishouden("/notities", json::object{{"tekst", "Huisbezoek gehad, het was rustig."}})},
      {"POST", h + "/regisseurs", Soort::regie,
       [](MatrixWereld& w, Wie) {
         if (const auto r = w.regisseur_van(w.medewerker.at("eva"), "casus")) {
           verwacht(w.rik().post(w.pad("/regisseurs/" + id_van(*r) + "/_beeindigen"),
                                 json::object{{"versie", r->at("versie")}}),
                    204);
         }
         return Aanvraag{
             w.pad("/regisseurs"),
             json::object{{"rol", "casus"},
                          {"persoonSoort", "medewerker"},
                          {"persoonId", w.medewerker.at("eva")},
                          {"aandachtsgebied", json::array{json::object{{"leefgebied", "wonen"}}}}}};
       }},
      {"POST", h + "/regisseurs/{regisseurId}/_beeindigen", Soort::regie,
       [eva_casus](MatrixWereld& w, Wie) {
         const auto r = eva_casus(w);
         return Aanvraag{w.pad("/regisseurs/" + id_van(r) + "/_beeindigen"),
                         json::object{{"versie", r.at("versie")}}};
       }},
      {"POST", h + "/regisseurs/{regisseurId}/_grondslag", Soort::regie,
       [eva_casus](MatrixWereld& w, Wie) {
         const auto r = eva_casus(w);
         return Aanvraag{w.pad("/regisseurs/" + id_van(r) + "/_grondslag"),
                         json::object{{"grondslag", "regionale_afspraak"},
                                      {"grondslagKenmerk", "Regionaal convenant 2026"},
                                      {"versie", r.at("versie")}}};
       }},
      {"POST", h + "/regisseurs/{regisseurId}/_bevestigen", Soort::bevestigen,
       [](MatrixWereld& w, Wie) {
         for (const auto& r : lijst(w.dossier(), "regisseurs")) {
           if (r.at("knelpunt") != "profiel_onvoldoende") continue;
           return Aanvraag{w.pad("/regisseurs/" + id_van(r) + "/_bevestigen"),
                           json::object{{"versie", r.at("versie")}}};
         }
         throw std::runtime_error("geen regisseur met een tekort in profiel meer");
       }},
      {"GET", h + "/taxaties", Soort::lezen, huishouden("/taxaties")},
      {"POST", h + "/taxaties", Soort::regie, huishouden("/taxaties", json::parse(taxatie3))},
      {"GET", h + "/niveaubesluiten", Soort::lezen, huishouden("/niveaubesluiten")},
      {"POST", h + "/niveaubesluiten", Soort::regie,
       [taxatie3](MatrixWereld& w, Wie) {
         const auto t = verwacht(w.rik().post(w.pad("/taxaties"), json::parse(taxatie3)), 201);
         return Aanvraag{w.pad("/niveaubesluiten"),
                         json::object{{"taxatieId", t.at("id")}, {"niveau", 3}, {"versie", w.versie()}}};
       }},
      {"GET", h + "/signalen", Soort::lezen, huishouden("/signalen")},
      {"POST", h + "/signalen", Soort::regie,
       huishouden("/signalen",
                  json::object{{"type", "stalking"}, {"toelichting", "Ex-partner stond bij school."}})},
      {"GET", h + "/maatregelen", Soort::lezen, huishouden("/maatregelen")},
      {"PATCH", h + "/maatregelen/{maatregelId}", Soort::regie,
       [](MatrixWereld& w, Wie) {
         const auto m = w.lees(w.pad("/maatregelen")).at("items").as_array().at(0);
         return Aanvraag{w.pad("/maatregelen/" + id_van(m)),
                         json::object{{"status", "gedaan"}, {"versie", m.at("versie")}}};
       }},
      {"GET", h + "/meldcode", Soort::lezen, huishouden("/meldcode")},
      {"POST", h + "/meldcode", Soort::regie, huishouden("/meldcode", json::object{})},
      {"POST", h + "/meldcode/{trajectId}/stappen", Soort::regie,
       [](MatrixWereld& w, Wie) {
         std::string traject;
         for (const auto& t : lijst(w.lees(w.pad("/meldcode")), "items")) {
           if (t.at("afgerondOp").is_null()) traject = id_van(t);
         }
         if (traject.empty())
           traject = id_van(verwacht(w.rik().post(w.pad("/meldcode"), json::object{}), 201));
         return Aanvraag{w.pad("/meldcode/" + traject + "/stappen"),
                         json::object{{"stap", 1},
                                      {"datum", "2026-01-20"},
                                      {"deelnemers", "Regisseur en aandachtsfunctionaris"},
                                      {"uitkomst", "Signalen in kaart gebracht."}}};
       }},
      {"GET", h + "/escalaties", Soort::lezen, huishouden("/escalaties")},
      {"POST", h + "/escalaties", Soort::regie,
       huishouden("/escalaties", json::object{{"soort", "inhoud"},
                                              {"toelichting", "Geen overeenstemming over de aanpak."}})},
      {"POST", h + "/escalaties/{escalatieId}/meldingen", Soort::escalatie,
       [nieuwe_escalatie](MatrixWereld& w, Wie) {
         return Aanvraag{w.pad("/escalaties/" + nieuwe_escalatie(w) + "/meldingen"),
                         json::object{{"partij", "manager"},
                                      {"wie", "Teamleider"},
                                      {"toelichting", "Besproken in het teamoverleg."},
                                      {"versie", 1}}};
       }},
      {"POST", h + "/escalaties/{escalatieId}/_sluiten", Soort::escalatie,
       [nieuwe_escalatie](MatrixWereld& w, Wie) {
         return Aanvraag{w.pad("/escalaties/" + nieuwe_escalatie(w) + "/_sluiten"),
                         json::object{{"uitkomst", "Afspraken hersteld."}, {"versie", 1}}};
       }},
      {"GET", h + "/kader", Soort::lezen, huishouden("/kader")},
      {"POST", h + "/kader", Soort::regie,
       huishouden("/kader",
                  json::object{{"kader", "drang"},
                               {"toelichting", "Jeugdbescherming dringt aan op hulp; geen uitspraak."}})},
      {"POST", h + "/dwangbesluiten", Soort::regie,
       [](MatrixWereld& w, Wie) {
         return Aanvraag{w.pad("/dwangbesluiten"),
                         json::object{{"soort", "ondertoezichtstelling"},
                                      {"besluitnemer", "kinderrechter"},
                                      {"gezinsleden", json::array{json::value(w.kind)}},
                                      {"datum", "2026-01-10"},
                                      {"toelichting", "Ondertoezichtstelling voor een jaar."}}};
       }},
      {"PATCH", h + "/dwangbesluiten/{dwangbesluitId}", Soort::regie,
       [](MatrixWereld& w, Wie) {
         const auto b = verwacht(w.rik().post(w.pad("/dwangbesluiten"),
                                              json::object{{"soort", "tijdelijk_huisverbod"},
                                                           {"besluitnemer", "burgemeester"},
                                                           {"gezinsleden", json::array{json::value(w.ouder)}},
                                                           {"datum", "2026-01-12"},
                                                           {"toelichting", "Huisverbod van tien dagen."}}),
                                 201);
         return Aanvraag{w.pad("/dwangbesluiten/" + id_van(b)),
                         json::object{{"einddatum", "2026-01-22"}, {"versie", 1}}};
       }},
      {"GET", h + "/crisislaag", Soort::lezen, huishouden("/crisislaag")},
      {"PUT", h + "/crisislaag", Soort::regie,
       [](MatrixWereld& w, Wie) {
         const auto huidig = w.lees(w.pad("/crisislaag")).at("huidig");
         const auto versie = huidig.is_null() ? 0 : huidig.at("versie").as_int64();
         return Aanvraag{w.pad("/crisislaag"),
                         json::object{{"versie", versie},
                                      {"communicatiecoordinator", "Woordvoerder gemeente"},
                                      {"mediaAandacht", true}}};
       }},
      {"GET", h + op, Soort::lezen, huishouden(op)},
      {"PUT", h + op, Soort::regie,
       [op](MatrixWereld& w, Wie) {
         const int basis = static_cast<int>(w.lees(w.pad(op)).at("versie").as_int64());
         return Aanvraag{w.pad(op), w.ondersteuningsplan_body(basis)};
       }},
      {"GET", h + op + "/pdf", Soort::lezen, huishouden(op + "/pdf")},
      {"GET", h + op + "/versies", Soort::lezen, huishouden(op + "/versies")},
      {"POST", h + op + "/_toetsen", Soort::regie,
       [op](MatrixWereld& w, Wie) {
         return Aanvraag{w.pad(op + "/_toetsen"), w.ondersteuningsplan_body(std::nullopt)};
       }},
      {"GET", h + op + "/versies/{versie}", Soort::lezen, huishouden(op + "/versies/1")},
      {"POST", h + op + "/_ondertekenen", Soort::regie,
       [op](MatrixWereld& w, Wie) {
         return Aanvraag{w.pad(op + "/_ondertekenen"),
                         json::object{{"versie", w.lees(w.pad(op)).at("versie")}, {"gezinslidId", w.ouder}}};
       }},
      // The household is under restricted sharing (a stalking signal): its regisseur releases the newest
      // version.
      {"POST", h + op + "/_vrijgeven", Soort::regie,
       [op](MatrixWereld& w, Wie) {
         return Aanvraag{w.pad(op + "/_vrijgeven"), json::object{{"versie", w.lees(w.pad(op)).at("versie")}}};
       }},
      {"PATCH", h + op + "/acties/{actieId}", Soort::eigen_actie,
       [op](MatrixWereld& w, Wie) {
         for (const auto& d : lijst(w.lees(w.pad(op)), "doelen")) {
           for (const auto& a : d.at("acties").as_array()) {
             if (!gelijk(a.at("eigenaar").at("id"), w.medewerker.at("bo"))) continue;
             return Aanvraag{w.pad(op + "/acties/" + id_van(a)),
                             json::object{{"status", a.at("status") == "bezig" ? "open" : "bezig"},
                                          {"statusVersie", a.at("statusVersie")}}};
           }
         }
         throw std::runtime_error("geen actie van de betrokkene");
       }},
      {"GET", h + vp, Soort::lezen, huishouden(vp), afgeschermd_alleen_voor_genoemden},
      {"PUT", h + vp, Soort::regie,
       [vp](MatrixWereld& w, Wie) {
         const int basis = static_cast<int>(w.lees(w.pad(vp)).at("versie").as_int64());
         return Aanvraag{w.pad(vp), w.veiligheidsplan_body(basis)};
       }},
      {"GET", h + vp + "/versies", Soort::lezen, huishouden(vp + "/versies")},
      {"GET", h + vp + "/versies/{versie}", Soort::lezen, huishouden(vp + "/versies/1"),
       afgeschermd_alleen_voor_genoemden},
  };
}

TEST(AutorisatieMatrix, CoversEveryRouteOfTheApiAndNothingElse) {
  std::set<RouteSleutel> in_matrix;
  for (const auto& g : gevallen()) {
    EXPECT_TRUE(in_matrix.insert({g.method, g.pattern}).second) << "dubbel: " << g.method << " " << g.pattern;
  }
  const auto routes = api_routes();
  for (const auto& r : routes)
    EXPECT_TRUE(in_matrix.contains(r)) << "niet in de matrix: " << r.method << " " << r.pattern;
  for (const auto& r : in_matrix)
    EXPECT_TRUE(routes.contains(r)) << "geen route: " << r.method << " " << r.pattern;
}

// A successful read leaves exactly one line in the access log of each household it discloses: the one in
// its path, or every household whose id the response contains.
std::map<std::string, long> verwachte_auditregels(MatrixWereld& w, const Geval& g, const Aanvraag& a,
                                                  const HttpResponse& r) {
  std::map<std::string, long> verwacht;
  const std::string onder = "/api/v1/huishoudens/";
  if (g.pattern.starts_with(onder + "{huishoudenId}")) {
    verwacht[a.pad.substr(onder.size(), a.pad.find('/', onder.size()) - onder.size())] = 1;
    return verwacht;
  }
  for (const auto& id : w.alle_huishoudens())
    if (r.body.find(id) != std::string::npos) verwacht[id] = 1;
  return verwacht;
}

std::map<std::string, long> nieuwe_auditregels(const std::map<std::string, long>& voor,
                                               const std::map<std::string, long>& na) {
  std::map<std::string, long> nieuw;
  for (const auto& [id, aantal] : na) {
    const auto v = voor.find(id);
    const long eerder = v == voor.end() ? 0 : v->second;
    if (aantal != eerder) nieuw[id] = aantal - eerder;
  }
  return nieuw;
}

class AutorisatieMatrixOp : public ::testing::TestWithParam<store::Backend> {};

TEST_P(AutorisatieMatrixOp, EveryRouteForEveryActor) {
  const auto demo = demo_server(GetParam());
  if (!demo.server) GTEST_SKIP() << "geen PostgreSQL voor de test";
  auto& server = *demo.server;
  const auto database = demo.database();
  std::unique_ptr<MatrixWereld> wereld;
  try {
    wereld = std::make_unique<MatrixWereld>(server, database);
  } catch (const std::exception& e) {
    FAIL() << "de wereld van de matrix opbouwen mislukte: " << e.what();
  }
  auto& w = *wereld;
  const SchemaControle schema{json::parse(api::openapi_document()).as_object()};

  for (const auto& g : gevallen()) {
    const auto& verwachting = kVerwacht.at(g.soort);
    // Refusals first: the allowed requests change the household.
    std::vector<std::size_t> volgorde(kIedereen.size());
    for (std::size_t i = 0; i < volgorde.size(); ++i) volgorde[i] = i;
    std::ranges::stable_partition(volgorde, [&](std::size_t i) { return verwachting[i] != Uitkomst::ok; });
    for (const auto i : volgorde) {
      const Wie wie = kIedereen[i];
      SCOPED_TRACE(g.method + " " + g.pattern + " als " + std::string{naam(wie)});
      Aanvraag a;
      try {
        a = g.bouw(w, wie);
      } catch (const std::exception& e) {
        ADD_FAILURE() << "aanvraag voorbereiden mislukte: " << e.what();
        continue;
      }
      std::optional<ApiKlant> tweede;
      if (g.eigen_sessie) tweede = w.nieuwe_sessie(wie);
      auto& klant = tweede ? *tweede : w.klant(wie);
      const bool leest = g.method == "GET" || g.pattern.ends_with("/_zoek");
      const auto audit_voor = leest ? w.auditregels_per_huishouden() : std::map<std::string, long>{};
      const auto r = klant.verzoek(g.method, a.pad, a.body);
      EXPECT_EQ(tekst(uitkomst_van(r.status)), tekst(verwachting[i])) << r.body;
      const auto u = uitkomst_van(r.status);
      if (u == Uitkomst::geweigerd || u == Uitkomst::onbekend || u == Uitkomst::niet_ingelogd ||
          ziet_alleen_aggregaten(wie)) {
        for (const auto& s : w.gevoelig)
          EXPECT_EQ(r.body.find(s), std::string::npos) << "bevat " << s << ": " << r.body;
      }
      // Allowed or not, nobody sees anything of households outside his work.
      for (const auto& s : w.vreemd)
        EXPECT_EQ(r.body.find(s), std::string::npos) << "bevat een ander huishouden: " << r.body;
      if (leest && u == Uitkomst::ok) {
        EXPECT_EQ(nieuwe_auditregels(audit_voor, w.auditregels_per_huishouden()),
                  verwachte_auditregels(w, g, a, r))
            << "auditregels per huishouden na " << r.body.substr(0, 300);
      }
      // The response is what the OpenAPI document says it is.
      for (const auto& fout : schema.controleer(g.method, g.pattern, r.status, r)) ADD_FAILURE() << fout;
      if (g.controle) g.controle(w, wie, r);
    }
  }

  // A sub-resource belongs to its household: its id in the path of another household the same regisseur
  // holds regie in is unknown there (404), for every route with an id below the household.
  const auto tweede = json::value_to<std::string>(
      verwacht(w.rik().post("/api/v1/huishoudens",
                            json::object{{"naam", "Gezin Tweede Matrix"}, {"inzet", inzet_bij_aanmelding()}}),
               201)
          .at("id"));
  const std::string prefix = "/api/v1/huishoudens/{huishoudenId}/";
  int met_sub_id = 0;
  for (const auto& g : gevallen()) {
    if (!g.pattern.starts_with(prefix) || g.pattern.find('{', prefix.size()) == std::string::npos) continue;
    ++met_sub_id;
    SCOPED_TRACE(g.method + " " + g.pattern + " met een id van een ander huishouden");
    Aanvraag a;
    try {
      a = g.bouw(w, Wie::regisseur);
    } catch (const std::exception& e) {
      ADD_FAILURE() << "aanvraag voorbereiden mislukte: " << e.what();
      continue;
    }
    const auto eigen = "/api/v1/huishoudens/" + w.huishouden + "/";
    ASSERT_TRUE(a.pad.starts_with(eigen)) << a.pad;
    a.pad = "/api/v1/huishoudens/" + tweede + "/" + a.pad.substr(eigen.size());
    const auto r = w.rik().verzoek(g.method, a.pad, a.body);
    EXPECT_EQ(r.status, 404) << r.body;
    for (const auto& s : w.gevoelig) EXPECT_EQ(r.body.find(s), std::string::npos) << "bevat " << s;
  }
  EXPECT_GE(met_sub_id, 10) << "te weinig routes met een sub-id gevonden";

  // Refusals are in the household's access log too, and so is the reading through emergency access.
  const auto log = w.lees(w.pad("/toegangslog?paginaGrootte=100"));
  bool geweigerd_gelogd = false;
  bool noodtoegang_gelogd = false;
  for (const auto& r : lijst(log, "items")) {
    if (gelijk(r.at("actorId"), w.medewerker.at("cas")) && r.at("resultaat") == "geweigerd")
      geweigerd_gelogd = true;
    if (gelijk(r.at("actorId"), w.medewerker.at("noa")) && r.at("doel") == "noodtoegang")
      noodtoegang_gelogd = true;
  }
  EXPECT_TRUE(geweigerd_gelogd);
  EXPECT_TRUE(noodtoegang_gelogd);
}

INSTANTIATE_TEST_SUITE_P(Backends, AutorisatieMatrixOp,
                         ::testing::Values(store::Backend::sqlite, store::Backend::postgres),
                         [](const auto& param_info) { return backend_name(param_info.param); });

}  // namespace
}  // namespace regie::testing
