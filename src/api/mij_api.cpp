// The user's own views: who am I, my caseload; for a manager the team, its open escalations and the
// emergency accesses to review.

#include "api/json_in.hpp"
#include "api/json_uit.hpp"
#include "api/medewerker_json.hpp"
#include "api/routes.hpp"
#include "domain/regiekaart.hpp"

namespace regie::api {
namespace {

using namespace regie::domain;

json::object certificering_json(const store::CertificeringRecord& c) {
  return json::object{{"rol", code(c.certificering.rol)},
                      {"profiel", code(c.certificering.profiel)},
                      {"datum", datum(c.datum)},
                      {"beoordeeldDoor", c.beoordeeld_door}};
}

}  // namespace

json::object medewerker_json(const store::MedewerkerRecord& m,
                             const std::vector<store::CertificeringRecord>& certificeringen) {
  json::array certs;
  for (const auto& c : certificeringen) certs.push_back(certificering_json(c));
  return json::object{{"id", m.id},
                      {"naam", m.naam},
                      {"organisatieId", m.organisatie_id},
                      {"teamId", opt(m.team_id)},
                      {"managerId", opt(m.manager_id)},
                      {"email", m.email},
                      {"telefoon", m.telefoon},
                      {"rollen", codes(m.rollen)},
                      {"certificeringen", std::move(certs)},
                      {"versie", m.versie}};
}

void add_mij_routes(Router& r, service::Diensten& d) {
  r.add("GET", "/api/v1/mij", Toegang::sessie, [&d](Verzoek& v) {
    const auto p = d.mij.profiel(v.context());
    auto o = medewerker_json(p.medewerker, p.certificeringen);
    o["organisatie"] = p.organisatie;
    // The roles that count where the session works: by contract fewer than the account has (DOMAIN.md §6).
    o["rollen"] = codes(v.context().actor.rollen);
    o["gemeenteId"] = v.context().actor.gemeente_id;
    json::array werkgemeenten;
    for (const auto& g : d.sessies.werkgemeenten(v.context())) {
      werkgemeenten.push_back(
          json::object{{"id", g.gemeente_id}, {"naam", g.naam}, {"werkrelatie", code(g.relatie)}});
    }
    o["werkgemeenten"] = std::move(werkgemeenten);
    return ok(o);
  });
  r.add("GET", "/api/v1/mij/huishoudens", Toegang::sessie, [&d](Verzoek& v) {
    service::CaseloadFilter f;
    if (const auto n = v.query_getal("niveau", 1, 5)) f.niveau = niveau_uit_nummer(*n);
    if (const auto fase = v.query_tekst("fase")) {
      f.fase = from_code<Fase>(*fase);
      if (!f.fase)
        throw service::BadRequest("Onbekende fase.", {{"fase", "Kies uit: " + allowed_codes<Fase>() + "."}});
    }
    f.kenmerk = v.query_tekst("kenmerk");
    f.sorteer = v.query_tekst("sorteer").value_or("naam");
    f.pagina = v.pagina();
    const auto uit = d.mij.caseload(v.context(), f);
    json::array items;
    for (const auto& c : uit.items) {
      json::array kenmerken;
      if (c.verlopen_acties > 0) kenmerken.emplace_back("verlopen_acties");
      if (c.open_maatregelen > 0) kenmerken.emplace_back("open_maatregelen");
      if (c.open_escalatie) kenmerken.emplace_back("open_escalatie");
      if (c.profiel_onvoldoende) kenmerken.emplace_back("profiel_onvoldoende");
      if (c.evaluatie_verstreken) kenmerken.emplace_back("evaluatie_verstreken");
      if (c.afgeschermd) kenmerken.emplace_back("afgeschermd");
      items.push_back(json::object{
          {"id", c.id},
          {"naam", c.naam},
          {"niveau", opt(c.niveau)},
          {"kleur", c.niveau ? code(kaart_voor(niveau_uit_nummer(*c.niveau)).kleur) : json::value(nullptr)},
          {"fase", c.fase},
          {"volgendeEvaluatie", opt(c.volgende_evaluatie)},
          {"verlopenActies", c.verlopen_acties},
          {"openMaatregelen", c.open_maatregelen},
          {"kenmerken", std::move(kenmerken)},
          {"mijnRol", c.mijn_rol}});
    }
    return ok(pagina_json(std::move(items), f.pagina, uit.totaal));
  });
  r.add("GET", "/api/v1/mij/acties", Toegang::sessie, [&d](Verzoek& v) {
    const bool ook_afgerond = v.query_vlag("ookAfgerond");
    const auto pagina = v.pagina();
    const auto uit = d.mij.acties(v.context(), ook_afgerond, pagina);
    json::array items;
    for (const auto& a : uit.items) {
      items.push_back(json::object{{"huishoudenId", a.huishouden_id},
                                   {"huishoudenNaam", a.huishouden_naam},
                                   {"actieId", a.actie_id},
                                   {"omschrijving", a.omschrijving},
                                   {"doel", a.doel},
                                   {"uiterlijk", opt(a.uiterlijk)},
                                   {"overTijd", a.over_tijd},
                                   {"status", code(a.status)},
                                   {"statusVersie", a.status_versie}});
    }
    return ok(pagina_json(std::move(items), pagina, uit.totaal));
  });
  r.add("GET", "/api/v1/mij/team", Toegang::sessie, [&d](Verzoek& v) {
    json::array items;
    for (const auto& t : d.mij.team(v.context())) {
      items.push_back(json::object{{"medewerkerId", t.medewerker_id},
                                   {"naam", t.naam},
                                   {"huishoudens", t.huishoudens},
                                   {"caseloadPunten", t.caseload_punten},
                                   {"caseloadNorm", t.caseload_norm},
                                   {"bovenNorm", t.caseload_punten > t.caseload_norm},
                                   {"profielKnelpunten", t.profiel_knelpunten},
                                   {"openEscalaties", t.open_escalaties}});
    }
    return ok(json::object{{"items", std::move(items)}});
  });
  r.add("GET", "/api/v1/mij/escalaties", Toegang::sessie, [&d](Verzoek& v) {
    json::array items;
    for (const auto& e : d.mij.team_escalaties(v.context())) {
      items.push_back(json::object{{"id", e.escalatie_id},
                                   {"huishoudenId", e.huishouden_id},
                                   {"huishoudenNaam", e.huishouden_naam},
                                   {"soort", e.soort},
                                   {"geopendOp", e.geopend_op},
                                   {"geinformeerd", e.geinformeerd}});
    }
    return ok(json::object{{"items", std::move(items)}});
  });
  r.add("GET", "/api/v1/mij/noodtoegangen", Toegang::sessie, [&d](Verzoek& v) {
    json::array items;
    for (const auto& [n, naam] : d.noodtoegangen.te_beoordelen(v.context())) {
      items.push_back(json::object{{"id", n.id},
                                   {"huishoudenId", n.huishouden_id},
                                   {"huishoudenNaam", opt(naam)},
                                   {"medewerkerId", n.medewerker_id},
                                   {"medewerker", n.medewerker_naam},
                                   {"reden", n.reden},
                                   {"van", n.van},
                                   {"tot", n.tot}});
    }
    return ok(json::object{{"items", std::move(items)}});
  });
  // Notifications (DOMAIN.md §5 a and c): the inbox, its count for the header, marking read.
  r.add("GET", "/api/v1/mij/meldingen", Toegang::sessie, [&d](Verzoek& v) {
    const bool alleen_ongelezen = v.query_vlag("ongelezen");
    const auto pagina = v.pagina();
    const auto uit = d.meldingen.lijst(v.context(), alleen_ongelezen, pagina);
    json::array items;
    for (const auto& [m, tekst, doel] : uit.items) {
      items.push_back(json::object{{"id", m.id},
                                   {"soort", code(m.soort)},
                                   {"tekst", tekst},
                                   {"huishoudenId", opt(m.huishouden_id)},
                                   {"doel", doel},
                                   {"aangemaaktOp", m.aangemaakt_op},
                                   {"gelezen", m.gelezen_op.has_value()}});
    }
    auto body = pagina_json(std::move(items), pagina, uit.totaal);
    body["ongelezen"] = uit.ongelezen;
    return ok(body);
  });
  r.add("GET", "/api/v1/mij/meldingen/aantal", Toegang::sessie, [&d](Verzoek& v) {
    return ok(json::object{{"ongelezen", d.meldingen.ongelezen(v.context())}});
  });
  r.add("POST", "/api/v1/mij/meldingen/{meldingId}/_gelezen", Toegang::sessie, [&d](Verzoek& v) {
    Lezer{v.body()}.afronden("Melding");  // like every POST: a JSON object, here an empty one
    d.meldingen.gelezen(v.context(), v.param("meldingId"));
    return geen_inhoud();
  });
  r.add("POST", "/api/v1/mij/meldingen/_gelezen", Toegang::sessie, [&d](Verzoek& v) {
    Lezer{v.body()}.afronden("Meldingen");
    d.meldingen.alles_gelezen(v.context());
    return geen_inhoud();
  });
  // Whether he is mailed when something waits; possible only where the server has a mail server.
  const auto instellingen_json = [mogelijk = r.config().mail != nullptr](const store::MailInstelling& i) {
    return json::object{
        {"mailMogelijk", mogelijk}, {"emailBekend", i.email_bekend}, {"mailBijMelding", i.mail_bij_melding}};
  };
  r.add("GET", "/api/v1/mij/meldingen/instellingen", Toegang::sessie, [&d, instellingen_json](Verzoek& v) {
    return ok(instellingen_json(d.meldingen.instellingen(v.context())));
  });
  r.add("PUT", "/api/v1/mij/meldingen/instellingen", Toegang::sessie, [&d, instellingen_json](Verzoek& v) {
    Lezer l{v.body()};
    const auto aan = l.boolean("mailBijMelding", true);
    l.afronden("Instellingen");
    return ok(instellingen_json(d.meldingen.mail_instellen(v.context(), *aan)));
  });
  r.add("POST", "/api/v1/mij/noodtoegangen/{noodtoegangId}/_beoordelen", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto oordeel = l.tekst_of_leeg("oordeel");
    const auto toelichting = l.tekst_of_leeg("toelichting");
    l.afronden("Beoordeling");
    d.noodtoegangen.beoordelen(v.context(), v.param("noodtoegangId"), oordeel, toelichting);
    return geen_inhoud();
  });
}

}  // namespace regie::api
