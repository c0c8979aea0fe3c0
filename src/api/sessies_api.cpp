// Sessions: log in (POST /api/v1/sessies), the current session, the gemeente it works in, log out.

#include "api/json_in.hpp"
#include "api/json_uit.hpp"
#include "api/routes.hpp"

namespace regie::api {
namespace {

json::object sessie_json(service::Diensten& d, const service::Context& ctx, const std::string& verloopt_op) {
  return json::object{{"medewerkerId", ctx.actor.id},
                      {"rollen", codes(ctx.actor.rollen)},
                      {"gemeenteId", ctx.actor.gemeente_id},
                      {"werkrelatie", code(ctx.actor.werkrelatie)},
                      {"tweedeFactorVerplicht", d.sessies.tweede_factor_verplicht(ctx)},
                      {"verlooptOp", verloopt_op}};
}

// The right password, but no session yet: what the same login needs next.
json::object vervolg_json(const service::Inlog& inlog) {
  switch (inlog.vervolg) {
    case service::InlogVervolg::wachtwoord:
      return json::object{{"vervolg", "wachtwoord"}};
    case service::InlogVervolg::code:
      return json::object{{"vervolg", "code"}};
    default:
      return json::object{
          {"vervolg", "instellen"}, {"totpGeheim", inlog.totp_geheim}, {"totpAdres", inlog.totp_adres}};
  }
}

}  // namespace

void add_sessie_routes(Router& router, service::Diensten& d) {
  router.add("POST", "/api/v1/sessies", Toegang::openbaar, [&d, &router](Verzoek& v) {
    Lezer l{v.body()};
    const auto naam = l.tekst("gebruikersnaam", true);
    const auto wachtwoord = l.tekst("wachtwoord", true);
    const auto tweede_factor = l.tekst_of_leeg("code");
    const auto nieuw_wachtwoord = l.tekst_of_leeg("nieuwWachtwoord");
    l.afronden("Inloggen");
    const auto inlog =
        d.sessies.inloggen(*naam, *wachtwoord, router.client_adres(v.http), tweede_factor, nieuw_wachtwoord);
    if (inlog.vervolg != service::InlogVervolg::geen) return ok(vervolg_json(inlog));
    auto body = sessie_json(d, inlog.ctx, inlog.verloopt_op);
    body["csrfToken"] = inlog.csrf_token;
    if (!inlog.herstelcodes.empty()) body["herstelcodes"] = json::value_from(inlog.herstelcodes);
    auto r = created(body, "/api/v1/sessies/huidig");
    r.add_header("set-cookie", router.sessie_cookie(inlog.token, v.http));
    return r;
  });
  router.add("GET", "/api/v1/sessies/huidig", Toegang::sessie, [&d](Verzoek& v) {
    auto body = sessie_json(d, v.context(), v.sessie->verloopt_op);
    body["csrfToken"] = service::Sessies::csrf_token(v.sessie->token);
    return ok(body);
  });
  // A professional of an organisation contracted by several gemeenten works in one of them at a time.
  router.add("PUT", "/api/v1/sessies/huidig/werkgemeente", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto gemeente = l.tekst("gemeenteId", true);
    l.afronden("Werkgemeente");
    auto body = sessie_json(d, d.sessies.werkgemeente_kiezen(*v.sessie, *gemeente), v.sessie->verloopt_op);
    body["csrfToken"] = service::Sessies::csrf_token(v.sessie->token);
    return ok(body);
  });
  // Logged in through the gemeente's IdP: the answer says where the browser logs out there too.
  router.add("DELETE", "/api/v1/sessies/huidig", Toegang::sessie, [&d, &router](Verzoek& v) {
    const auto bij_idp = d.inlogdiensten.uitlog_adres(*v.sessie);
    d.sessies.uitloggen(*v.sessie);
    auto r = bij_idp ? ok(json::object{{"uitloggenBijInlogdienst", *bij_idp}}) : geen_inhoud();
    r.add_header("set-cookie", router.sessie_cookie_wissen(v.http));
    return r;
  });
}

}  // namespace regie::api
