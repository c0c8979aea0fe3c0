// Logging in through a gemeente's own identity provider (OpenID Connect, ADR 0021): the login page's list,
// the start and the return (browser navigations: redirects, not JSON), the public keys for private_key_jwt,
// and the beheerder's settings.

#include "api/json_in.hpp"
#include "api/json_uit.hpp"
#include "api/routes.hpp"

namespace regie::api {
namespace {

http::Response doorsturen(const std::string& adres) {
  http::Response r;
  r.status = 302;
  r.set_header("location", adres);
  return r;
}

// A stored table value → something ({"a": "x"}) as the API's list ([{"waarde": "a", <naam>: "x"}]).
json::array waarde_lijst(const std::string& tabel, std::string_view naam) {
  json::array uit;
  const auto mapping = json::parse(tabel);
  for (const auto& [waarde, doel] : mapping.as_object())
    uit.push_back(json::object{{"waarde", waarde}, {naam, doel}});
  return uit;
}

json::object instelling_json(const service::InlogdienstInstelling& i) {
  const auto& r = i.record;
  return json::object{
      {"ingesteld", true},
      {"naam", r.naam},
      {"issuer", r.issuer},
      {"clientId", r.client_id},
      {"authenticatie", code(i.authenticatie)},
      {"heeftClientSecret", i.heeft_client_secret},
      {"publiekeSleutel", i.publieke_sleutel ? json::parse(*i.publieke_sleutel) : json::value(nullptr)},
      {"terugkeerAdres", r.terugkeer_adres},
      {"accountClaim", r.account_claim},
      {"acr", opt(r.acr)},
      {"aanmakenBijEersteLogin", r.aanmaken_bij_eerste_login},
      {"organisatieId", opt(r.organisatie_id)},
      {"teamId", opt(r.team_id)},
      {"rollenClaim", opt(r.rollen_claim)},
      {"rollen", waarde_lijst(r.rollen, "rol")},
      {"teamClaim", opt(r.team_claim)},
      {"teams", waarde_lijst(r.teams, "teamId")}};
}

std::optional<std::string> niet_leeg(std::string s) {
  return s.empty() ? std::nullopt : std::optional{std::move(s)};
}

service::InlogdienstInvoer instelling_lezen(Lezer& l) {
  service::InlogdienstInvoer invoer;
  invoer.naam = l.tekst("naam", true).value_or("");
  invoer.issuer = l.tekst("issuer", true).value_or("");
  invoer.client_id = l.tekst("clientId", true).value_or("");
  const auto methode = l.tekst("authenticatie", true).value_or("private_key_jwt");
  if (const auto a = domain::from_code<service::ClientAuthenticatie>(methode)) {
    invoer.authenticatie = *a;
  } else {
    l.r().fail("authenticatie", "Kies private_key_jwt of client_secret_basic.");
  }
  invoer.client_secret = l.tekst_of_leeg("clientSecret");
  invoer.terugkeer_adres = l.tekst("terugkeerAdres", true).value_or("");
  invoer.account_claim = l.tekst("accountClaim", true).value_or("");
  invoer.acr = niet_leeg(l.tekst_of_leeg("acr"));
  invoer.aanmaken_bij_eerste_login = l.boolean("aanmakenBijEersteLogin", false).value_or(false);
  invoer.organisatie_id = niet_leeg(l.tekst_of_leeg("organisatieId"));
  invoer.team_id = niet_leeg(l.tekst_of_leeg("teamId"));
  invoer.rollen_claim = niet_leeg(l.tekst_of_leeg("rollenClaim"));
  l.lijst("rollen", false, 50, [&](Lezer& e) {
    const auto waarde = e.tekst("waarde", true);
    const auto rol = e.code<domain::Gebruikersrol>("rol", true);
    if (waarde && rol) invoer.rollen.emplace_back(*waarde, *rol);
  });
  invoer.team_claim = niet_leeg(l.tekst_of_leeg("teamClaim"));
  l.lijst("teams", false, 100, [&](Lezer& e) {
    const auto waarde = e.tekst("waarde", true);
    const auto team = e.tekst("teamId", true);
    if (waarde && team) invoer.teams.emplace_back(*waarde, *team);
  });
  return invoer;
}

}  // namespace

void add_inlogdienst_routes(Router& router, service::Diensten& d) {
  router.add("GET", "/api/v1/inlogdiensten", Toegang::openbaar, [&d](Verzoek&) {
    json::array items;
    for (const auto& k : d.inlogdiensten.keuzes())
      items.push_back(
          json::object{{"gemeenteId", k.gemeente_id}, {"gemeente", k.gemeente}, {"naam", k.naam}});
    return ok(json::object{{"items", std::move(items)}});
  });
  router.add("GET", "/api/v1/inlogdiensten/{gemeenteId}/_inloggen", Toegang::openbaar,
             [&d, &router](Verzoek& v) {
               const auto start = d.inlogdiensten.starten(v.param("gemeenteId"));
               auto r = doorsturen(start.adres);
               r.add_header("set-cookie", router.inlogpoging_cookie(start.browser_token, v.http));
               return r;
             });
  // The redirect URI registered at the IdP. Whatever happens, the browser goes back to the app: logged in,
  // or with a reason the login page explains.
  router.add("GET", "/api/v1/inlogdiensten/terugkeer", Toegang::openbaar, [&d, &router](Verzoek& v) {
    const service::InlogdienstTerugkeer terug{
        cookie(v.http, kInlogpogingCookie).value_or(""), v.query_tekst("state").value_or(""),
        v.query_tekst("code").value_or(""), v.query_tekst("error").value_or(""),
        v.query_tekst("iss").value_or("")};
    http::Response r;
    try {
      const auto inlog = d.inlogdiensten.terugkeer(terug, router.client_adres(v.http));
      r = doorsturen("/");
      r.add_header("set-cookie", router.sessie_cookie(inlog.token, v.http));
    } catch (const service::InlogdienstMislukt& e) {
      r = doorsturen("/?inlogfout=" + std::string{domain::to_code(e.reden)});
    } catch (const service::TooManyRequests&) {
      r = doorsturen("/?inlogfout=wachten");
    }
    r.add_header("set-cookie", router.inlogpoging_cookie_wissen(v.http));
    return r;
  });
  router.add("GET", "/api/v1/inlogdiensten/{gemeenteId}/sleutels", Toegang::openbaar, [&d](Verzoek& v) {
    const auto jwks = d.inlogdiensten.publieke_sleutels(v.param("gemeenteId"));
    if (!jwks) throw service::NotFound("Deze gemeente logt niet in met een sleutel van Regie.");
    return ok(json::parse(*jwks));
  });

  router.add("GET", "/api/v1/beheer/inlogdienst", Toegang::sessie, [&d](Verzoek& v) {
    const auto i = d.inlogdiensten.instelling(v.context());
    return ok(i ? instelling_json(*i) : json::object{{"ingesteld", false}});
  });
  router.add("PUT", "/api/v1/beheer/inlogdienst", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto invoer = instelling_lezen(l);
    l.afronden("Inlogdienst");
    d.inlogdiensten.instellen(v.context(), invoer);
    return ok(instelling_json(*d.inlogdiensten.instelling(v.context())));
  });
  router.add("DELETE", "/api/v1/beheer/inlogdienst", Toegang::sessie, [&d](Verzoek& v) {
    d.inlogdiensten.verwijderen(v.context());
    return geen_inhoud();
  });
}

}  // namespace regie::api
