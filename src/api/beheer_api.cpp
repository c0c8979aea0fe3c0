// Functional administration: organisations, teams, staff and their certifications.

#include <algorithm>
#include <array>

#include "api/json_in.hpp"
#include "api/json_uit.hpp"
#include "api/medewerker_json.hpp"
#include "api/routes.hpp"

namespace regie::api {

namespace {

using namespace regie::domain;

json::object organisatie_json(const store::OrganisatieRecord& o, const std::string& gemeente_id) {
  json::array normen;
  for (int n = 1; n <= 5; ++n) {
    const auto& norm = o.normen[static_cast<std::size_t>(n - 1)];
    normen.push_back(json::object{{"niveau", n},
                                  {"caseloadGewicht", norm.caseload_gewicht},
                                  {"evaluatieTermijnDagen", norm.evaluatie_termijn_dagen}});
  }
  return json::object{{"id", o.id},
                      {"naam", o.naam},
                      {"ketens", codes(o.ketens)},
                      {"caseloadNorm", o.caseload_norm},
                      {"normen", std::move(normen)},
                      {"regionaal", o.regionaal},
                      {"gecontracteerd", o.gemeente_id != gemeente_id},
                      {"versie", o.versie}};
}

// What a new or changed professional says about himself (the organisation is read by the caller).
service::MedewerkerInvoer medewerker_invoer(Lezer& l) {
  service::MedewerkerInvoer in;
  in.team_id = l.tekst("teamId", false);
  in.manager_id = l.tekst("managerId", false);
  in.naam = l.tekst_of_leeg("naam");
  in.email = l.tekst_of_leeg("email");
  in.telefoon = l.tekst_of_leeg("telefoon");
  for (const auto& rol : l.teksten("rollen", false, 5)) {
    if (const auto g = from_code<Gebruikersrol>(rol)) {
      in.rollen.push_back(*g);
    } else {
      l.r().fail("rollen", "Kies uit: " + allowed_codes<Gebruikersrol>() + ".");
    }
  }
  return in;
}

// Never the secret: only its hash is stored.
json::object api_token_json(const store::ApiTokenRecord& t) {
  return json::object{
      {"id", t.id},
      {"naam", t.naam},
      {"scopes", json::value_from(t.scopes)},
      {"aangemaaktOp", t.aangemaakt_op},
      {"verlooptOp", t.verloopt_op},
      {"ingetrokkenOp", t.ingetrokken_op ? json::value(*t.ingetrokken_op) : json::value(nullptr)}};
}

}  // namespace

void add_beheer_routes(Router& r, service::Diensten& d) {
  r.add("GET", "/api/v1/beheer/mislukte-inlogpogingen", Toegang::sessie, [&d](Verzoek& v) {
    const auto o = d.inlogbewaking.overzicht(v.context());
    const auto regels = [](const std::vector<service::MisluktRegel>& lijst) {
      json::array uit;
      for (const auto& m : lijst) {
        uit.push_back(json::object{{"sleutel", m.sleutel},
                                   {"aantalDag", m.aantal_dag},
                                   {"aantalWeek", m.aantal_week},
                                   {"laatsteOp", m.laatste_op},
                                   {"geblokkeerdTot", opt(m.geblokkeerd_tot)}});
      }
      return uit;
    };
    return ok(json::object{{"accounts", regels(o.accounts)}, {"adressen", regels(o.adressen)}});
  });
  r.add("POST", "/api/v1/beheer/mislukte-inlogpogingen/_opheffen", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto soort = l.tekst("soort", true);
    const auto waarde = l.tekst("waarde", true);
    l.afronden("Blokkade");
    if (*soort != "account" && *soort != "adres")
      throw service::BadRequest("De blokkade kan zo niet worden opgeheven.",
                                {{"soort", "Kies account of adres."}});
    d.inlogbewaking.blokkade_opheffen(
        v.context(), *soort == "account" ? service::BlokkadeSoort::account : service::BlokkadeSoort::adres,
        *waarde);
    return geen_inhoud();
  });
  r.add("GET", "/api/v1/beheer/accounts", Toegang::sessie, [&d](Verzoek& v) {
    const auto pagina = v.pagina();
    const auto lijst = d.accountbeheer.lijst(v.context(), pagina);
    json::array items;
    for (const auto& a : lijst.items) {
      items.push_back(json::object{{"id", a.gebruiker_id},
                                   {"gebruikersnaam", a.gebruikersnaam},
                                   {"medewerker", a.medewerker},
                                   {"organisatie", a.organisatie},
                                   {"geblokkeerd", a.geblokkeerd},
                                   {"tweedeFactor", a.tweede_factor},
                                   {"lopendeSessies", a.lopende_sessies}});
    }
    return ok(pagina_json(std::move(items), pagina, lijst.totaal));
  });
  for (const auto& [actie, blokkeren] : {std::pair{"_blokkeren", true}, std::pair{"_deblokkeren", false}}) {
    r.add("POST", std::string{"/api/v1/beheer/accounts/{accountId}/"} + actie, Toegang::sessie,
          [&d, blokkeren](Verzoek& v) {
            Lezer{v.body()}.afronden("Account");  // like every POST: a JSON object, here an empty one
            d.accountbeheer.blokkeren(v.context(), v.param("accountId"), blokkeren);
            return geen_inhoud();
          });
  }
  r.add("POST", "/api/v1/beheer/accounts/{accountId}/_uitloggen", Toegang::sessie, [&d](Verzoek& v) {
    Lezer{v.body()}.afronden("Account");
    d.accountbeheer.sessies_beeindigen(v.context(), v.param("accountId"));
    return geen_inhoud();
  });
  r.add("POST", "/api/v1/beheer/accounts", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto medewerker = l.tekst("medewerkerId", true);
    const auto naam = l.tekst_of_leeg("gebruikersnaam");
    l.afronden("Account");
    const auto nieuw = d.beheer.account_aanmaken(v.context(), *medewerker, naam);
    return created(json::object{{"id", nieuw.id}, {"startwachtwoord", nieuw.startwachtwoord}},
                   "/api/v1/beheer/accounts");
  });
  r.add("POST", "/api/v1/beheer/accounts/{accountId}/startwachtwoord", Toegang::sessie, [&d](Verzoek& v) {
    Lezer{v.body()}.afronden("Account");
    return created(
        json::object{{"startwachtwoord", d.accountbeheer.startwachtwoord(v.context(), v.param("accountId"))}},
        "/api/v1/beheer/accounts");
  });
  r.add("DELETE", "/api/v1/beheer/accounts/{accountId}/tweede-factor", Toegang::sessie, [&d](Verzoek& v) {
    d.accountbeheer.tweede_factor_wissen(v.context(), v.param("accountId"));
    return geen_inhoud();
  });
  r.add("GET", "/api/v1/beheer/inlogbeleid", Toegang::sessie, [&d](Verzoek& v) {
    return ok(json::object{{"tweedeFactorVerplicht", d.accountbeheer.tweede_factor_verplicht(v.context())}});
  });
  r.add("PUT", "/api/v1/beheer/inlogbeleid", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto verplicht = l.boolean("tweedeFactorVerplicht", true);
    l.afronden("Inlogbeleid");
    d.accountbeheer.tweede_factor_verplichten(v.context(), *verplicht);
    return ok(json::object{{"tweedeFactorVerplicht", *verplicht}});
  });
  r.add("GET", "/api/v1/beheer/api-tokens", Toegang::sessie, [&d](Verzoek& v) {
    const auto pagina = v.pagina();
    const auto lijst = d.sessies.api_tokens(v.context(), pagina);
    json::array items;
    for (const auto& t : lijst.items) items.push_back(api_token_json(t));
    return ok(pagina_json(std::move(items), pagina, lijst.totaal));
  });
  r.add("POST", "/api/v1/beheer/api-tokens", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto naam = l.tekst_of_leeg("naam");
    const auto scopes = l.teksten("scopes", true, 5);
    const auto dagen = l.r().integer("dagen", false, 1, service::kTokenDagenMaximaal);
    l.afronden("API-token");
    const auto nieuw = d.sessies.api_token_aanmaken(
        v.context(), naam, scopes, dagen ? std::optional<int>{static_cast<int>(*dagen)} : std::nullopt);
    return created(json::object{{"id", nieuw.id}, {"token", nieuw.token}, {"verlooptOp", nieuw.verloopt_op}},
                   "/api/v1/beheer/api-tokens");
  });
  r.add("DELETE", "/api/v1/beheer/api-tokens/{tokenId}", Toegang::sessie, [&d](Verzoek& v) {
    d.sessies.api_token_intrekken(v.context(), v.param("tokenId"));
    return geen_inhoud();
  });
  r.add("GET", "/api/v1/organisaties", Toegang::sessie, [&d](Verzoek& v) {
    json::array items;
    for (const auto& [o, contracten] : d.beheer.organisaties(v.context())) {
      auto item = organisatie_json(o, v.context().actor.gemeente_id);
      json::array door;
      for (const auto& c : contracten)
        door.push_back(
            json::object{{"gemeenteId", c.gemeente_id}, {"naam", c.gemeente_naam}, {"sinds", c.sinds}});
      item["gecontracteerdDoor"] = std::move(door);
      items.push_back(std::move(item));
    }
    return ok(json::object{{"items", std::move(items)}});
  });
  r.add("POST", "/api/v1/organisaties", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    service::OrganisatieInvoer in;
    in.naam = l.tekst_of_leeg("naam");
    for (const auto& k : l.teksten("ketens", true, 5)) {
      if (const auto p = from_code<Partij>(k); p && is_keten(*p)) {
        in.ketens.push_back(*p);
      } else {
        l.r().fail("ketens", "Kies uit: basiszorg, lokaal_team, zorgketen, veiligheidsketen, civiele_keten.");
      }
    }
    if (const auto norm = l.r().integer("caseloadNorm", false, 1, 10000))
      in.caseload_norm = static_cast<int>(*norm);
    l.afronden("Organisatie");
    const auto id = d.beheer.organisatie_aanmaken(v.context(), in);
    return created(json::object{{"id", id}}, "/api/v1/organisaties");
  });
  // Name, caseload norm and the norms per level of one of the gemeente's own organisations.
  r.add("PUT", "/api/v1/organisaties/{organisatieId}", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    service::OrganisatieInvoer in;
    in.naam = l.tekst_of_leeg("naam");
    if (const auto norm = l.r().integer("caseloadNorm", true, 1, 10000))
      in.caseload_norm = static_cast<int>(*norm);
    std::array<domain::NiveauNorm, 5> normen{};
    std::array<bool, 5> gezien{};
    l.lijst("normen", true, 5, [&](Lezer& n) {
      const auto niveau = n.r().integer("niveau", true, 1, 5);
      const auto gewicht = n.r().integer("caseloadGewicht", true, 1, 100);
      const auto termijn = n.r().integer("evaluatieTermijnDagen", true, 1, 730);
      if (!niveau || !gewicht || !termijn) return;
      const auto i = static_cast<std::size_t>(*niveau - 1);
      normen[i] = {static_cast<int>(*gewicht), static_cast<int>(*termijn)};
      gezien[i] = true;
    });
    if (!std::ranges::all_of(gezien, [](bool b) { return b; }))
      l.r().fail("normen", "Geef voor elk niveau 1 tot en met 5 één norm.");
    in.normen = normen;
    const auto versie = l.versie();
    l.afronden("Organisatie");
    const auto o = d.beheer.organisatie_wijzigen(v.context(), v.param("organisatieId"), in, *versie);
    return ok(organisatie_json(o, v.context().actor.gemeente_id));
  });
  r.add("GET", "/api/v1/teams", Toegang::sessie, [&d](Verzoek& v) {
    json::array items;
    for (const auto& t : d.beheer.teams(v.context(), v.query_tekst("organisatieId"))) {
      items.push_back(json::object{{"id", t.id}, {"organisatieId", t.organisatie_id}, {"naam", t.naam}});
    }
    return ok(json::object{{"items", std::move(items)}});
  });
  r.add("POST", "/api/v1/teams", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto organisatie = l.tekst("organisatieId", true);
    const auto naam = l.tekst_of_leeg("naam");
    l.afronden("Team");
    return created(json::object{{"id", d.beheer.team_aanmaken(v.context(), *organisatie, naam)}},
                   "/api/v1/teams");
  });
  r.add("GET", "/api/v1/medewerkers", Toegang::sessie, [&d](Verzoek& v) {
    service::MedewerkerFilter f;
    f.organisatie_id = v.query_tekst("organisatieId");
    if (const auto rol = v.query_tekst("rol")) {
      f.rol = from_code<Gebruikersrol>(*rol);
      if (!f.rol)
        throw service::BadRequest("Onbekende rol.",
                                  {{"rol", "Kies uit: " + allowed_codes<Gebruikersrol>() + "."}});
    }
    const auto pagina = v.pagina();
    const auto uit = d.beheer.medewerkers(v.context(), f, pagina);
    json::array items;
    for (const auto& m : uit.items) items.push_back(medewerker_json(m.medewerker, m.certificeringen));
    return ok(pagina_json(std::move(items), pagina, uit.totaal));
  });
  r.add("POST", "/api/v1/medewerkers", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    auto in = medewerker_invoer(l);
    in.organisatie_id = l.tekst("organisatieId", true).value_or("");
    l.afronden("Medewerker");
    const auto id = d.beheer.medewerker_aanmaken(v.context(), in);
    return created(json::object{{"id", id}}, "/api/v1/medewerkers/" + id);
  });
  r.add("PUT", "/api/v1/medewerkers/{medewerkerId}", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    auto in = medewerker_invoer(l);
    in.organisatie_id = l.tekst_of_leeg("organisatieId");
    const auto versie = l.versie();
    l.afronden("Medewerker");
    d.beheer.medewerker_wijzigen(v.context(), v.param("medewerkerId"), in, *versie);
    const auto info = d.beheer.medewerker(v.context(), v.param("medewerkerId"));
    return ok(medewerker_json(info.medewerker, info.certificeringen));
  });
  r.add("GET", "/api/v1/medewerkers/{medewerkerId}", Toegang::sessie, [&d](Verzoek& v) {
    const auto info = d.beheer.medewerker(v.context(), v.param("medewerkerId"));
    return ok(medewerker_json(info.medewerker, info.certificeringen));
  });
  r.add("POST", "/api/v1/medewerkers/{medewerkerId}/certificeringen", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto rol = l.code<Rol>("rol", true);
    const auto profiel = l.code<Profiel>("profiel", true);
    const auto datum = l.datum("datum", true);
    l.afronden("Certificering");
    const auto id =
        d.beheer.certificering_vastleggen(v.context(), v.param("medewerkerId"), {*rol, *profiel}, *datum);
    return created(json::object{{"id", id}}, "/api/v1/medewerkers/" + v.param("medewerkerId"));
  });
}

}  // namespace regie::api
