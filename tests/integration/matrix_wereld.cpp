#include "integration/matrix_wereld.hpp"

#include <stdexcept>

namespace regie::testing {

namespace json = boost::json;

namespace {

constexpr const char* kGebruikersnaamVoorvoegsel = "mx-";
// Valid BSNs from a test range the demo never uses.
constexpr const char* kBsnOuder = "999990007";
constexpr const char* kBsnKind = "999990019";

const std::string kTaxatieNiveau2 =
    R"({"draagkracht":"deels_uit_balans","zelfredzaamheid":"beperkt","basiszorgToereikend":false,
  "veiligheid":"veilig","ketenoverstijgendNodig":false,"escalatie":"geen"})";
const std::string kTaxatieNiveau3 =
    R"({"draagkracht":"deels_uit_balans","zelfredzaamheid":"beperkt","basiszorgToereikend":false,
  "veiligheid":"signalen","ketenoverstijgendNodig":false,"escalatie":"geen","huidigNiveau":2,
  "signalen":[{"type":"stalking","acuut":false}]})";

std::string regie_cli(std::vector<std::string> args, const ServerProcess& server, const std::string& invoer) {
  args.insert(args.begin(), REGIE_BINARY);
  for (const auto& a : server.database_args()) args.push_back(a);
  const auto r = run_process(args, invoer);
  if (r.exit_code != 0) throw std::runtime_error("regie " + args[1] + " mislukte: " + r.err);
  return r.out;
}

}  // namespace

std::string_view naam(Wie wie) {
  switch (wie) {
    case Wie::regisseur:
      return "regisseur";
    case Wie::betrokken:
      return "betrokken";
    case Wie::collega:
      return "collega";
    case Wie::nood:
      return "nood";
    case Wie::manager:
      return "manager";
    case Wie::andere_manager:
      return "andere_manager";
    case Wie::aandachtsfunctionaris:
      return "aandachtsfunctionaris";
    case Wie::agendahouder:
      return "agendahouder";
    case Wie::beheerder:
      return "beheerder";
    case Wie::andere_gemeente:
      return "andere_gemeente";
    case Wie::andere_beheerder:
      return "andere_beheerder";
    case Wie::anoniem:
      return "anoniem";
    case Wie::token:
      return "token";
    case Wie::regionaal:
      return "regionaal";
    case Wie::regionaal_elders:
      return "regionaal_elders";
    case Wie::privacy:
      return "privacy";
  }
  return "?";
}

bool gelijk(const json::value& v, std::string_view tekst) { return v.is_string() && v.get_string() == tekst; }

json::array lijst(const json::object& o, std::string_view sleutel) { return o.at(sleutel).as_array(); }

json::object inzet_bij_aanmelding() { return {{"criteria", json::array{"zorgen_meerdere_leefgebieden"}}}; }

json::value verwacht(const HttpResponse& r, int status) {
  if (r.status != status) {
    throw std::runtime_error("status " + std::to_string(r.status) + " in plaats van " +
                             std::to_string(status) + ": " + r.body);
  }
  return json_van(r);
}

MatrixWereld::MatrixWereld(ServerProcess& server, store::DatabaseConfig database)
    : server_(server), database_(store::open_database(database)) {
  for (auto wie : kIedereen) klanten_.emplace(wie, ApiKlant{server.port()});
  verwacht(klant(Wie::beheerder).inloggen("henk"), 201);
  verwacht(klant(Wie::agendahouder).inloggen("ingrid"), 201);
  verwacht(klant(Wie::privacy).inloggen("pieter"), 201);
  for (const auto& o :
       lijst(verwacht(klant(Wie::beheerder).get("/api/v1/organisaties"), 200).as_object(), "items")) {
    if (o.at("ketens").as_array().front() == "lokaal_team")
      organisatie = json::value_to<std::string>(o.at("id"));
  }
  implementatieplan = json::value_to<std::string>(
      verwacht(klant(Wie::agendahouder).post("/api/v1/implementatieplannen", json::object{}), 201).at("id"));

  medewerker_aanmaken("mara", "Mara Matrix", {"manager"}, "");
  medewerker_aanmaken("otto", "Otto Overkant", {"manager"}, "");
  medewerker_aanmaken("rik", "Rik Regisseur", {"regisseur"}, "mara");
  medewerker_aanmaken("bo", "Bo Betrokken", {"regisseur"}, "mara");
  medewerker_aanmaken("kai", "Kai Kortschot", {"regisseur"}, "mara");
  medewerker_aanmaken("kim", "Kim Kortschot", {"regisseur"}, "mara");
  medewerker_aanmaken("cas", "Cas Collega", {"regisseur"}, "otto");
  medewerker_aanmaken("noa", "Noa Nood", {"regisseur"}, "otto");
  medewerker_aanmaken("eva", "Eva Extra", {"regisseur"}, "mara");
  medewerker_aanmaken("ties", "Ties Tijdelijk", {"regisseur"}, "mara");
  medewerker_aanmaken("alex", "Alex Aandacht", {"aandachtsfunctionaris"}, "");

  ApiKlant sanne{server.port()};  // the demo's aandachtsfunctionaris of the lokaal team assesses profiles
  verwacht(sanne.inloggen("sanne"), 201);
  for (const auto* p : {"casus", "proces"}) {
    certificeren(sanne, "rik", p, "B+");
    certificeren(sanne, "cas", p, "B+");
  }
  for (const auto* k : {"bo", "kai", "kim", "noa"}) certificeren(sanne, k, "casus", "A");
  certificeren(sanne, "eva", "casus", "B");
  certificeren(sanne, "ties", "casus", "A");  // so that recording it again (the matrix's route) can succeed

  const std::vector<std::pair<Wie, std::string>> logins{{Wie::regisseur, "rik"},
                                                        {Wie::betrokken, "bo"},
                                                        {Wie::collega, "cas"},
                                                        {Wie::nood, "noa"},
                                                        {Wie::manager, "mara"},
                                                        {Wie::andere_manager, "otto"},
                                                        {Wie::aandachtsfunctionaris, "alex"}};
  for (const auto& [wie, kort] : logins)
    verwacht(klant(wie).inloggen(kGebruikersnaamVoorvoegsel + kort), 201);

  gemeente =
      json::value_to<std::string>(verwacht(klant(Wie::beheerder).get("/api/v1/mij"), 200).at("gemeenteId"));
  andere_gemeente_inrichten();
  regionale_organisaties_inrichten();
  token =
      regie_cli({"token", "aanmaken", "--gemeente", "Zuiderveen", "--naam", "matrix", "--scope", "adviezen"},
                server_, "");
  token = token.substr(0, token.find('\n'));
  klant(Wie::token).met_token(token);

  huishouden_opbouwen();
  demo_gegevens_als_gevoelig();
}

ApiKlant MatrixWereld::nieuwe_sessie(Wie wie) {
  ApiKlant k{server_.port()};
  const std::map<Wie, std::string> namen{{Wie::agendahouder, "ingrid"},
                                         {Wie::beheerder, "henk"},
                                         {Wie::andere_gemeente, "olga-oost"},
                                         {Wie::andere_beheerder, "beheer-oost"},
                                         {Wie::regionaal, "vera-regio"},
                                         {Wie::regionaal_elders, "gijs-regio"},
                                         {Wie::privacy, "pieter"}};
  if (wie == Wie::anoniem) return k;
  if (wie == Wie::token) {
    k.met_token(token);
    return k;
  }
  const auto gevonden = namen.find(wie);
  std::string gebruikersnaam;
  if (gevonden != namen.end()) {
    gebruikersnaam = gevonden->second;
  } else {
    const std::map<Wie, std::string> kort{{Wie::regisseur, "rik"},
                                          {Wie::betrokken, "bo"},
                                          {Wie::collega, "cas"},
                                          {Wie::nood, "noa"},
                                          {Wie::manager, "mara"},
                                          {Wie::andere_manager, "otto"},
                                          {Wie::aandachtsfunctionaris, "alex"}};
    gebruikersnaam = kGebruikersnaamVoorvoegsel + kort.at(wie);
  }
  verwacht(k.inloggen(gebruikersnaam), 201);
  if (wie == Wie::regionaal) werkgemeente_kiezen(k, gemeente);
  if (wie == Wie::regionaal_elders) werkgemeente_kiezen(k, westerdal);
  return k;
}

void MatrixWereld::werkgemeente_kiezen(ApiKlant& k, const std::string& gemeente_id) {
  const auto s =
      verwacht(k.put("/api/v1/sessies/huidig/werkgemeente", json::object{{"gemeenteId", gemeente_id}}), 200);
  if (!gelijk(s.at("gemeenteId"), gemeente_id) || !gelijk(s.at("werkrelatie"), "gecontracteerd"))
    throw std::runtime_error("werkgemeente niet gekozen: " + json::serialize(s));
}

json::object MatrixWereld::lees(const std::string& pad) { return verwacht(rik().get(pad), 200).as_object(); }

json::object MatrixWereld::dossier() { return lees(pad()); }

std::string MatrixWereld::nieuw_huishouden() {
  const auto id = json::value_to<std::string>(
      verwacht(rik().post("/api/v1/huishoudens", json::object{{"naam", "Gezin Zwartewaal-Tweede"},
                                                              {"inzet", inzet_bij_aanmelding()}}),
               201)
          .at("id"));
  gevoelig.push_back(id);
  return id;
}

std::optional<json::object> MatrixWereld::regisseur_van(const std::string& persoon_id, std::string_view rol) {
  for (const auto& r : lijst(dossier(), "regisseurs")) {
    if (gelijk(r.at("persoonId"), persoon_id) && gelijk(r.at("rol"), rol)) return r.as_object();
  }
  return std::nullopt;
}

std::optional<std::string> MatrixWereld::betrokkenheid_van(const std::string& medewerker_id) {
  for (const auto& b : lijst(dossier(), "betrokkenen")) {
    if (gelijk(b.at("medewerkerId"), medewerker_id)) return json::value_to<std::string>(b.at("id"));
  }
  return std::nullopt;
}

json::object MatrixWereld::ondersteuningsplan_body(std::optional<int> basis) {
  json::array acties{
      json::object{{"omschrijving", "Aanmelden bij de schuldhulp"},
                   {"eigenaar", json::object{{"soort", "medewerker"}, {"id", medewerker.at("bo")}}},
                   {"uiterlijk", "2099-01-31"}},
      json::object{{"omschrijving", "Overleg met de school plannen"},
                   {"eigenaar", json::object{{"soort", "medewerker"}, {"id", medewerker.at("rik")}}},
                   {"uiterlijk", "2099-02-28"}}};
  json::object plan{
      {"leefgebieden", json::array{json::object{{"leefgebied", "inkomen_financien"},
                                                {"krachten", "Moeder houdt een kasboek bij."},
                                                {"zorgen", "Oplopende huurachterstand."}}}},
      {"doelen", json::array{json::object{{"omschrijving", "De huur wordt elke maand op tijd betaald"},
                                          {"leefgebied", "inkomen_financien"},
                                          {"streefdatum", "2099-06-30"},
                                          {"acties", std::move(acties)}}}},
      {"eigenWoorden", "We willen rust in huis en geen schulden meer."},
      {"evaluatiedatum", "2099-03-31"}};
  if (basis) plan["basisVersie"] = *basis;
  return plan;
}

json::object MatrixWereld::veiligheidsplan_body(std::optional<int> basis) {
  json::object plan{
      {"zorgenEnGevaren", "De ex-partner zoekt moeder steeds op."},
      {"veiligheidsdoel", "Moeder en kind zijn thuis en onderweg veilig."},
      {"afspraken", json::array{json::object{{"wie", "Moeder"}, {"wat", "Belt direct 112 bij contact."}}}},
      {"signalen", json::array{json::object{{"signaal", "Berichten van de ex-partner"},
                                            {"actie", "Moeder meldt het dezelfde dag aan de regisseur."}}}},
      {"evaluatiedatum", "2099-03-31"},
      {"afgeschermd",
       json::array{json::object{{"titel", "Verblijfadres"},
                                {"inhoud", std::string{kGeheim}},
                                {"zichtbaarVoor", json::array{json::value(medewerker.at("rik"))}}}}}};
  if (basis) plan["basisVersie"] = *basis;
  return plan;
}

std::string MatrixWereld::medewerker_aanmaken(const std::string& kort, const std::string& volledige_naam,
                                              const std::vector<std::string>& rollen,
                                              const std::string& manager) {
  json::array r;
  for (const auto& rol : rollen) r.push_back(json::value(rol));
  json::object body{{"organisatieId", organisatie},
                    {"naam", volledige_naam},
                    {"email", kort + "@matrix.example"},
                    {"telefoon", "0800-0000"},
                    {"rollen", std::move(r)}};
  if (!manager.empty()) body["managerId"] = medewerker.at(manager);
  const auto id = json::value_to<std::string>(
      verwacht(klant(Wie::beheerder).post("/api/v1/medewerkers", body), 201).at("id"));
  medewerker[kort] = id;
  gebruiker(kGebruikersnaamVoorvoegsel + kort, id);
  return id;
}

void MatrixWereld::gebruiker(const std::string& gebruikersnaam, const std::string& medewerker_id) {
  regie_cli({"gebruiker", "toevoegen", gebruikersnaam, "--medewerker", medewerker_id}, server_,
            std::string{kDemoWachtwoord} + "\n");
}

// A certification follows a complete, positive assessment of that profile (DOMAIN.md §7): every area of
// the profile's checklist as the API lists it, judged "voldoet".
void MatrixWereld::certificeren(ApiKlant& beoordelaar, const std::string& kort, std::string_view rol,
                                std::string_view profiel) {
  json::array gebieden;
  for (const auto& p :
       lijst(verwacht(beoordelaar.get("/api/v1/competentieprofielen"), 200).as_object(), "items")) {
    if (!gelijk(p.at("rol"), rol) || !gelijk(p.at("profiel"), profiel)) continue;
    for (const auto& g : p.at("gebieden").as_array())
      gebieden.push_back(json::object{{"gebied", g.at("code")}, {"oordeel", "voldoet"}});
  }
  const auto b = verwacht(beoordelaar.post("/api/v1/medewerkers/" + medewerker.at(kort) + "/beoordelingen",
                                           json::object{{"rol", rol},
                                                        {"profiel", profiel},
                                                        {"datum", "2026-01-15"},
                                                        {"gebieden", std::move(gebieden)}}),
                          201);
  if (!b.at("certificeringId").is_string())
    throw std::runtime_error("de beoordeling leverde geen certificering op");
}

void MatrixWereld::andere_gemeente_inrichten() {
  regie_cli({"gemeente", "aanmaken", "Oostervoort", "--organisatie", "Wijkteam Oostervoort", "--beheerder",
             "Bert Oosting", "--gebruikersnaam", "beheer-oost"},
            server_, std::string{kDemoWachtwoord} + "\n");
  auto& beheer = klant(Wie::andere_beheerder);
  verwacht(beheer.inloggen("beheer-oost"), 201);
  const auto organisaties = verwacht(beheer.get("/api/v1/organisaties"), 200).at("items").as_array();
  const auto olga = json::value_to<std::string>(
      verwacht(beheer.post("/api/v1/medewerkers", json::object{{"organisatieId", organisaties.at(0).at("id")},
                                                               {"naam", "Olga Oosting"},
                                                               {"rollen", json::array{"regisseur"}}}),
               201)
          .at("id"));
  medewerker["olga"] = olga;
  gebruiker("olga-oost", olga);
  verwacht(klant(Wie::andere_gemeente).inloggen("olga-oost"), 201);
}

void MatrixWereld::regionale_organisaties_inrichten() {
  auto& beheer = klant(Wie::andere_beheerder);
  const auto regionaal = [&](const std::string& organisatie_naam, const std::string& keten,
                             const std::string& regisseur, const std::string& gebruikersnaam) {
    const auto o = json::value_to<std::string>(
        verwacht(
            beheer.post("/api/v1/organisaties", json::object{{"naam", organisatie_naam},
                                                             {"ketens", json::array{json::value(keten)}}}),
            201)
            .at("id"));
    const auto m = json::value_to<std::string>(
        verwacht(beheer.post("/api/v1/medewerkers", json::object{{"organisatieId", o},
                                                                 {"naam", regisseur},
                                                                 {"rollen", json::array{"regisseur"}}}),
                 201)
            .at("id"));
    gebruiker(gebruikersnaam, m);
    return std::pair{o, m};
  };
  const auto [vt, vera] =
      regionaal("Veilig Thuis Regio Oost", "veiligheidsketen", "Vera Veldhuis", "vera-regio");
  const auto [ggz, gijs] = regionaal("GGZ Regio Oost", "zorgketen", "Gijs Gerritsen", "gijs-regio");
  medewerker["vera"] = vera;
  medewerker["gijs"] = gijs;
  regie_cli({"gemeente", "contracteren", "Zuiderveen", "--organisatie", vt}, server_, "");
  regie_cli({"gemeente", "aanmaken", "Westerdal", "--organisatie", "Wijkteam Westerdal", "--beheerder",
             "Wim Westra", "--gebruikersnaam", "beheer-west"},
            server_, std::string{kDemoWachtwoord} + "\n");
  regie_cli({"gemeente", "contracteren", "Westerdal", "--organisatie", ggz}, server_, "");
  ApiKlant wim{server_.port()};
  verwacht(wim.inloggen("beheer-west"), 201);
  westerdal = json::value_to<std::string>(verwacht(wim.get("/api/v1/mij"), 200).at("gemeenteId"));

  // Vera first works in her own gemeente: a household there must never show in the demo gemeente.
  auto& v = klant(Wie::regionaal);
  verwacht(v.inloggen("vera-regio"), 201);
  verwacht(v.post("/api/v1/huishoudens",
                  json::object{{"naam", "Gezin Oosterhuis"}, {"inzet", inzet_bij_aanmelding()}}),
           201);
  werkgemeente_kiezen(v, gemeente);
  auto& g = klant(Wie::regionaal_elders);
  verwacht(g.inloggen("gijs-regio"), 201);
  werkgemeente_kiezen(g, westerdal);
}

// A regisseur's first weeks with a household, through the API: register, members, an involved colleague,
// assess and decide level 2, assign regie, reassess at level 3 (the casusregisseurs' profile now falls
// short), handle the measure that gates the start meeting, write both plans, move to execution.
void MatrixWereld::huishouden_opbouwen() {
  auto& k = rik();
  huishouden = json::value_to<std::string>(
      verwacht(k.post("/api/v1/huishoudens",
                      json::object{{"naam", "Gezin Zwartewaal"}, {"inzet", inzet_bij_aanmelding()}}),
               201)
          .at("id"));
  gevoelig.insert(gevoelig.end(), {huishouden, "Zwartewaal", "Xandrijn", "Quirijn", kBsnOuder, kBsnKind,
                                   std::string{kGeheim}});
  ouder = json::value_to<std::string>(
      verwacht(k.post(pad("/gezinsleden"), json::object{{"voornaam", "Xandrijn"},
                                                        {"achternaam", "Zwartewaal"},
                                                        {"geboortedatum", "1988-04-12"},
                                                        {"bsn", kBsnOuder},
                                                        {"relatie", "ouder"}}),
               201)
          .at("id"));
  kind = json::value_to<std::string>(
      verwacht(k.post(pad("/gezinsleden"), json::object{{"voornaam", "Quirijn"},
                                                        {"achternaam", "Zwartewaal"},
                                                        {"geboortedatum", "2016-09-03"},
                                                        {"bsn", kBsnKind},
                                                        {"relatie", "kind"}}),
               201)
          .at("id"));
  verwacht(k.post(pad("/betrokkenen"),
                  json::object{{"medewerkerId", medewerker.at("bo")}, {"rol", "ambulant hulpverlener"}}),
           201);

  const auto besluit = [&](const std::string& taxatie, int niveau) {
    const auto t = verwacht(k.post(pad("/taxaties"), json::parse(taxatie)), 201);
    if (t.at("advies").at("niveau") != niveau)
      throw std::runtime_error("onverwacht advies: " + json::serialize(t));
    verwacht(k.post(pad("/niveaubesluiten"),
                    json::object{{"taxatieId", t.at("id")}, {"niveau", niveau}, {"versie", versie()}}),
             201);
  };
  besluit(kTaxatieNiveau2, 2);
  const auto toewijzen = [&](std::string_view rol, const std::string& wie, json::array gebied) {
    json::object body{{"rol", rol}, {"persoonSoort", "medewerker"}, {"persoonId", medewerker.at(wie)}};
    if (!gebied.empty()) body["aandachtsgebied"] = std::move(gebied);
    verwacht(k.post(pad("/regisseurs"), body), 201);
  };
  toewijzen("proces", "rik", {});
  toewijzen("casus", "kai", json::array{json::object{{"leefgebied", "werk"}}});
  toewijzen("casus", "kim", json::array{json::object{{"gezinslidId", kind}}});
  besluit(kTaxatieNiveau3, 3);

  for (const auto& m : lijst(lees(pad("/maatregelen")), "items")) {
    verwacht(k.patch(pad("/maatregelen/" + json::value_to<std::string>(m.at("id"))),
                     json::object{{"status", "gedaan"}, {"versie", m.at("versie")}}),
             204);
  }
  verwacht(k.put(pad("/ondersteuningsplan"), ondersteuningsplan_body(std::nullopt)), 200);
  verwacht(k.put(pad("/veiligheidsplan"), veiligheidsplan_body(std::nullopt)), 200);
  for (const auto* fase : {"voorbereiding", "startoverleg", "uitvoering"}) {
    verwacht(k.post(pad("/fase"), json::object{{"fase", fase}, {"versie", versie()}}), 200);
  }
  // An open escalation, so that the managers' list has an item whose shape the schema check sees.
  verwacht(k.post(pad("/escalaties"),
                  json::object{{"soort", "inhoud"},
                               {"toelichting", "De organisaties zijn het oneens over de aanpak."}}),
           201);
  verwacht(
      klant(Wie::nood).post(pad("/noodtoegang"),
                            json::object{{"reden", "Moeder belt in paniek; de regisseur is onbereikbaar."}}),
      201);
}

void MatrixWereld::demo_gegevens_als_gevoelig() {
  database_->read([&](store::Tx& tx) {
    for (const auto& r : tx.query("SELECT id FROM huishouden")) {
      gevoelig.push_back(r.text(0));
      if (r.text(0) != huishouden) vreemd.push_back(r.text(0));
    }
    for (const auto& r : tx.query("SELECT bsn, huishouden_id FROM gezinslid WHERE bsn IS NOT NULL")) {
      gevoelig.push_back(r.text(0));
      if (r.text(1) != huishouden) vreemd.push_back(r.text(0));
    }
  });
}

std::map<std::string, long> MatrixWereld::auditregels_per_huishouden() {
  std::map<std::string, long> aantallen;
  database_->logboek().read([&](store::Tx& tx) {
    for (const auto& r : tx.query("SELECT huishouden_id, COUNT(*) FROM audit WHERE huishouden_id IS NOT NULL "
                                  "GROUP BY huishouden_id"))
      aantallen[r.text(0)] = r.integer(1);
  });
  return aantallen;
}

std::vector<std::string> MatrixWereld::alle_huishoudens() {
  std::vector<std::string> ids;
  database_->read([&](store::Tx& tx) {
    for (const auto& r : tx.query("SELECT id FROM huishouden")) ids.push_back(r.text(0));
  });
  return ids;
}

std::string MatrixWereld::demo_account(const std::string& gebruikersnaam) {
  const auto lijst = verwacht(klant(Wie::beheerder).get("/api/v1/beheer/accounts?paginaGrootte=100"), 200);
  for (const auto& a : lijst.at("items").as_array())
    if (a.at("gebruikersnaam").as_string() == gebruikersnaam) return json::value_to<std::string>(a.at("id"));
  throw std::runtime_error("geen account " + gebruikersnaam);
}

std::string MatrixWereld::nieuwe_medewerker() {
  auto& henk = klant(Wie::beheerder);
  const auto organisaties = verwacht(henk.get("/api/v1/organisaties"), 200);
  json::value eigen;
  for (const auto& o : organisaties.at("items").as_array())
    if (!o.at("gecontracteerd").as_bool()) eigen = o.at("id");
  const auto nieuw = verwacht(henk.post("/api/v1/medewerkers", json::object{{"organisatieId", eigen},
                                                                            {"naam", "Nieuwe collega"},
                                                                            {"rollen", {"regisseur"}}}),
                              201);
  return json::value_to<std::string>(nieuw.at("id"));
}

std::string MatrixWereld::nieuwe_organisatie() {
  static int nummer = 0;  // names are unique within a gemeente
  const auto naam = "Matrix-organisatie " + std::to_string(++nummer);
  const auto nieuw =
      verwacht(klant(Wie::beheerder)
                   .post("/api/v1/organisaties", json::object{{"naam", naam}, {"ketens", {"zorgketen"}}}),
               201);
  return json::value_to<std::string>(nieuw.at("id"));
}

std::string MatrixWereld::nieuw_api_token() {
  const auto nieuw = verwacht(klant(Wie::beheerder)
                                  .post("/api/v1/beheer/api-tokens",
                                        json::object{{"naam", "matrix-intrekken"}, {"scopes", {"adviezen"}}}),
                              201);
  return json::value_to<std::string>(nieuw.at("id"));
}

}  // namespace regie::testing
