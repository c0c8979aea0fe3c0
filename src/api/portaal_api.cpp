// The household and its network as users (issue "the household as users", DOMAIN.md §12): the regisseur's
// invitations on the household, and the portal's own entrance — setting up an account from an invitation,
// logging in with a second factor, who am I, logging out. The portal has its own session cookie.

#include "api/json_in.hpp"
#include "api/json_uit.hpp"
#include "api/pdf_download.hpp"
#include "api/routes.hpp"

namespace regie::api {
namespace {

using namespace regie::domain;

std::vector<PortaalRecht> rechten_uit(Lezer& l) {
  std::vector<PortaalRecht> rechten;
  for (const auto& tekst : l.teksten("rechten", false, 3)) {
    const auto recht = from_code<PortaalRecht>(tekst);
    if (!recht)
      throw service::BadRequest("De uitnodiging kan zo niet worden gemaakt.",
                                {{"rechten", "Kies uit: het plan lezen, reageren, eigen acties afvinken."}});
    rechten.push_back(*recht);
  }
  return rechten;
}

}  // namespace

void add_portaal_routes(Router& r, service::Diensten& d) {
  const std::string uitnodigingen = "/api/v1/huishoudens/{huishoudenId}/uitnodigingen";
  r.add("POST", uitnodigingen, Toegang::sessie, [&d, &r](Verzoek& v) {
    Lezer l{v.body()};
    service::UitnodigingInvoer in;
    const auto soort = l.code<PersoonSoort>("persoonSoort", true);
    in.persoon_id = l.tekst("persoonId", true).value_or("");
    in.ouder_id = l.tekst("ouderId", false);
    in.rechten = rechten_uit(l);
    in.toestemming_huishouden = l.boolean("toestemmingHuishouden", false).value_or(false);
    in.besluit = l.tekst_of_leeg("besluit");
    in.email = l.tekst("email", false);
    l.afronden("Uitnodiging");
    in.soort = *soort;
    const auto uit = d.uitnodigingen.uitnodigen(v.context(), v.param("huishoudenId"), in,
                                                {r.config().mail, r.config().adres});
    json::object o{{"id", uit.id}, {"geldigTot", uit.geldig_tot}, {"gemaild", uit.controlecode.has_value()}};
    if (uit.controlecode) {
      o["controlecode"] = *uit.controlecode;
    } else {
      o["code"] = uit.code;
    }
    return created(std::move(o), "/api/v1/huishoudens/" + v.param("huishoudenId") + "/uitnodigingen");
  });
  r.add("GET", uitnodigingen, Toegang::sessie, [&d](Verzoek& v) {
    const auto o = d.uitnodigingen.overzicht(v.context(), v.param("huishoudenId"));
    json::array items;
    for (const auto& u : o.uitnodigingen) {
      items.push_back(json::object{
          {"id", u.id},
          {"persoonSoort", code(u.persoon_soort)},
          {"persoonId", u.persoon_id},
          {"rechten", codes(u.rechten)},
          {"besluit", u.besluit},
          {"aangemaaktOp", u.aangemaakt_op},
          {"geldigTot", u.geldig_tot},
          {"gemaildOp", opt(u.gemaild_op)},
          {"status", code(uitnodiging_status(u.gebruikt_op.has_value(), u.ingetrokken_op.has_value(),
                                             u.geldig_tot, o.peilmoment))}});
    }
    json::array accounts;
    for (const auto& a : o.accounts) {
      accounts.push_back(json::object{{"persoonSoort", code(a.persoon_soort)},
                                      {"persoonId", a.persoon_id},
                                      {"rechten", codes(a.rechten)},
                                      {"sinds", a.aangemaakt_op}});
    }
    return ok(json::object{{"items", std::move(items)}, {"accounts", std::move(accounts)}});
  });
  r.add("POST", uitnodigingen + "/{uitnodigingId}/_intrekken", Toegang::sessie, [&d](Verzoek& v) {
    Lezer{v.body()}.afronden("Intrekken");
    d.uitnodigingen.intrekken(v.context(), v.param("huishoudenId"), v.param("uitnodigingId"));
    return geen_inhoud();
  });

  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/portaaltoegang/{persoonId}/_intrekken", Toegang::sessie,
        [&d](Verzoek& v) {
          Lezer{v.body()}.afronden("Intrekken");
          d.uitnodigingen.toegang_intrekken(v.context(), v.param("huishoudenId"), v.param("persoonId"));
          return geen_inhoud();
        });

  // The invited person, before he has an account: the code he was handed is his key.
  r.add("POST", "/api/v1/portaal/uitnodiging/_inrichten", Toegang::openbaar, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto code = l.tekst("code", true);
    l.afronden("Uitnodiging");
    const auto inrichting = d.uitnodigingen.inrichten(*code);
    return ok(json::object{{"totpGeheim", inrichting.geheim},
                           {"totpAdres", inrichting.adres},
                           {"controlecodeNodig", inrichting.controlecode_nodig}});
  });
  r.add("POST", "/api/v1/portaal/uitnodiging/_accepteren", Toegang::openbaar, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto code = l.tekst("code", true);
    service::Aanmelding a;
    a.gebruikersnaam = l.tekst("gebruikersnaam", true).value_or("");
    a.wachtwoord = l.tekst("wachtwoord", true).value_or("");
    a.totp_code = l.tekst("totpCode", true).value_or("");
    a.controlecode = l.tekst_of_leeg("controlecode");
    l.afronden("Aanmelding");
    json::array herstelcodes;
    for (const auto& h : d.uitnodigingen.accepteren(*code, a)) herstelcodes.emplace_back(h);
    return created(json::object{{"herstelcodes", std::move(herstelcodes)}}, "/api/v1/portaal/sessies");
  });

  r.add("POST", "/api/v1/portaal/sessies", Toegang::openbaar, [&d, &r](Verzoek& v) {
    Lezer l{v.body()};
    const auto naam = l.tekst("gebruikersnaam", true);
    const auto wachtwoord = l.tekst("wachtwoord", true);
    const auto factor = l.tekst("code", true);
    l.afronden("Inloggen");
    const auto inlog = d.portaal_sessies.inloggen(*naam, *wachtwoord, *factor, r.client_adres(v.http));
    auto resp = created(json::object{{"csrfToken", inlog.csrf_token},
                                     {"verlooptOp", inlog.sessie.verloopt_op},
                                     {"zekerheid", inlog.sessie.zekerheid}},
                        "/api/v1/portaal/mij");
    resp.add_header("set-cookie", r.portaal_cookie(inlog.token, v.http));
    return resp;
  });
  r.add("DELETE", "/api/v1/portaal/sessies/huidig", Toegang::portaal, [&d, &r](Verzoek& v) {
    d.portaal_sessies.uitloggen(*v.portaal_sessie);
    auto resp = geen_inhoud();
    resp.add_header("set-cookie", r.portaal_cookie_wissen(v.http));
    return resp;
  });
  r.add("GET", "/api/v1/portaal/sessies", Toegang::portaal, [&d](Verzoek& v) {
    json::array items;
    for (const auto& s : d.portaal_sessies.sessies(*v.portaal_sessie)) {
      items.push_back(json::object{{"id", s.id},
                                   {"aangemaaktOp", s.aangemaakt_op},
                                   {"laatstGebruiktOp", s.laatst_gebruikt_op},
                                   {"verlooptOp", s.verloopt_op},
                                   {"zekerheid", s.zekerheid},
                                   {"huidig", s.huidig}});
    }
    return ok(json::object{{"items", std::move(items)}});
  });
  r.add("POST", "/api/v1/portaal/sessies/{sessieId}/_beeindigen", Toegang::portaal, [&d](Verzoek& v) {
    Lezer{v.body()}.afronden("Sessie");
    d.portaal_sessies.beeindigen(*v.portaal_sessie, v.param("sessieId"));
    return geen_inhoud();
  });
  r.add("POST", "/api/v1/portaal/andere-sessies/_beeindigen", Toegang::portaal, [&d](Verzoek& v) {
    Lezer{v.body()}.afronden("Sessies");
    return ok(json::object{{"beeindigd", d.portaal_sessies.andere_beeindigen(*v.portaal_sessie)}});
  });
  r.add("GET", "/api/v1/portaal/netwerk", Toegang::portaal, [&d](Verzoek& v) {
    json::array items;
    for (const auto& n : d.portaal.netwerk(v.context())) {
      items.push_back(json::object{{"persoonId", n.persoon_id},
                                   {"naam", n.naam},
                                   {"rechten", codes(n.rechten)},
                                   {"sinds", n.sinds.empty() ? json::value(nullptr) : json::value(n.sinds)},
                                   {"uitgenodigd", n.uitgenodigd}});
    }
    return ok(json::object{{"items", std::move(items)}});
  });
  r.add("POST", "/api/v1/portaal/netwerk/{persoonId}/_intrekken", Toegang::portaal, [&d](Verzoek& v) {
    Lezer{v.body()}.afronden("Intrekken");
    d.portaal.netwerk_intrekken(v.context(), v.param("persoonId"));
    return geen_inhoud();
  });
  r.add("GET", "/api/v1/portaal/mij", Toegang::portaal, [&d](Verzoek& v) {
    const auto p = d.portaal_sessies.profiel(*v.portaal_sessie);
    return ok(json::object{{"soort", code(p.soort)},
                           {"gebruikersnaam", p.gebruikersnaam},
                           {"naam", p.naam},
                           {"huishouden", p.huishouden},
                           {"rechten", codes(p.rechten)},
                           {"zekerheid", p.zekerheid},
                           {"verlooptOp", v.portaal_sessie->verloopt_op},
                           {"csrfToken", service::Sessies::csrf_token(v.portaal_sessie->token)}});
  });
  r.add("GET", "/api/v1/portaal/plan", Toegang::portaal, [&d](Verzoek& v) {
    const auto p = d.portaal.plan(v.context());
    json::array doelen;
    for (const auto& doel : p.doelen) {
      json::array acties;
      for (const auto& a : doel.acties) {
        acties.push_back(json::object{
            {"id", a.id},
            {"omschrijving", a.omschrijving},
            {"wie", a.wie},
            {"uiterlijk", opt_datum(a.uiterlijk)},
            {"status", code(a.status)},
            {"statusVersie", a.status_versie},
            {"vanMij", a.van_mij},
            {"eigenaar", a.eigenaar ? json::value(json::object{{"soort", code(a.eigenaar->soort)},
                                                               {"id", a.eigenaar->id}})
                                    : json::value(nullptr)}});
      }
      doelen.push_back(
          json::object{{"id", doel.id},
                       {"omschrijving", doel.omschrijving},
                       {"leefgebied", doel.leefgebied ? json::value(code(*doel.leefgebied)) : nullptr},
                       {"streefdatum", opt_datum(doel.streefdatum)},
                       {"acties", std::move(acties)}});
    }
    json::array regisseurs;
    for (const auto& reg : p.regisseurs) {
      regisseurs.push_back(json::object{{"rol", code(reg.rol)},
                                        {"naam", reg.naam},
                                        {"organisatie", reg.organisatie},
                                        {"telefoon", reg.telefoon},
                                        {"email", reg.email}});
    }
    json::array eigenaren;
    for (const auto& e : p.mogelijke_eigenaren)
      eigenaren.push_back(json::object{{"soort", code(e.wie.soort)}, {"id", e.wie.id}, {"naam", e.naam}});
    json::array ondertekeningen;
    for (const auto& o : p.ondertekeningen)
      ondertekeningen.push_back(json::object{{"naam", o.naam}, {"op", o.op}, {"wijze", o.wijze}});
    return ok(json::object{{"vrijgegeven", p.vrijgegeven},
                           {"versie", opt(p.versie)},
                           {"evaluatiedatum", opt_datum(p.evaluatiedatum)},
                           {"eigenWoorden", p.eigen_woorden},
                           {"doelen", std::move(doelen)},
                           {"regisseurs", std::move(regisseurs)},
                           {"ondertekeningen", std::move(ondertekeningen)},
                           {"ondertekendDoorMij", p.door_mij_ondertekend},
                           {"ikHoudHetPlanBij", p.ik_houd_het_plan_bij},
                           {"mogelijkeEigenaren", std::move(eigenaren)}});
  });
  // At level 1 the household's own casusregisseur keeps the plan: its own words, evaluation date, goals and
  // actions (with their ids where they already were).
  r.add("PUT", "/api/v1/portaal/plan", Toegang::portaal, [&d](Verzoek& v) {
    Lezer l{v.body()};
    service::PlanVanHuishouden in;
    if (const auto basis = l.r().integer("basisVersie", false, 1, 1'000'000'000))
      in.basis_versie = static_cast<int>(*basis);
    in.eigen_woorden = l.tekst_of_leeg("eigenWoorden");
    in.evaluatiedatum = l.datum("evaluatiedatum", false);
    l.lijst("doelen", false, 100, [&](Lezer& e) {
      Doel doel;
      doel.id = e.tekst_of_leeg("id");
      doel.omschrijving = e.tekst_of_leeg("omschrijving");
      doel.streefdatum = e.datum("streefdatum", false);
      e.lijst("acties", false, 50, [&](Lezer& a) {
        Actie actie;
        actie.id = a.tekst_of_leeg("id");
        actie.omschrijving = a.tekst_of_leeg("omschrijving");
        a.object("eigenaar", false, [&](Lezer& w) {
          actie.eigenaar = Eigenaar{w.code<PersoonSoort>("soort", true).value_or(PersoonSoort::gezinslid),
                                    w.tekst_of_leeg("id")};
        });
        actie.uiterlijk = a.datum("uiterlijk", false);
        doel.acties.push_back(std::move(actie));
      });
      in.doelen.push_back(std::move(doel));
    });
    l.afronden("Plan");
    return ok(json::object{{"versie", d.plannen.plan_van_huishouden_opslaan(v.context(), std::move(in))}});
  });
  r.add("GET", "/api/v1/portaal/plan/pdf", Toegang::portaal,
        [&d](Verzoek& v) { return pdf_download(d.portaal.plan_pdf(v.context()), "ons-plan.pdf"); });
  r.add("POST", "/api/v1/portaal/acties/{actieId}/_afvinken", Toegang::portaal, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto gedaan = l.boolean("gedaan", true);
    const auto versie = l.versie("statusVersie");
    l.afronden("Actie");
    d.portaal.eigen_actie(v.context(), v.param("actieId"), *gedaan, *versie);
    return geen_inhoud();
  });
  r.add("GET", "/api/v1/portaal/inzage", Toegang::portaal, [&d](Verzoek& v) {
    const auto pagina = v.pagina();
    const auto uit = d.portaal.inzage(v.context(), pagina);
    json::array items;
    for (const auto& regel : uit.items) {
      items.push_back(json::object{
          {"tijdstip", regel.tijdstip}, {"wie", regel.wie}, {"wat", regel.wat}, {"waarom", regel.waarom}});
    }
    return ok(pagina_json(std::move(items), pagina, uit.totaal));
  });
  r.add("POST", "/api/v1/portaal/plan/_ondertekenen", Toegang::portaal, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto versie = l.versie("versie");
    l.afronden("Ondertekenen");
    d.portaal.ondertekenen(v.context(), *versie, v.portaal_sessie->zekerheid);
    return geen_inhoud();
  });
}

}  // namespace regie::api
