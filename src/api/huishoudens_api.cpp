// Households: create, the overview (dossier), search, phase, members, network, involved professionals, the
// access log, emergency access and notes.

#include <algorithm>

#include "api/json_in.hpp"
#include "api/json_uit.hpp"
#include "api/routes.hpp"
#include "codec/advies_json.hpp"
#include "domain/crisis.hpp"
#include "domain/eisen.hpp"
#include "domain/inzet.hpp"
#include "domain/kader.hpp"
#include "domain/regiekaart.hpp"

namespace regie::api {
namespace {

using namespace regie::domain;

json::object leeftijd_json(const Leeftijd& l) {
  return json::object{{"maanden", l.maanden},
                      {"jaren", l.jaren()},
                      {"ongeboren", l.ongeboren},
                      {"uitgerekendVoorbij", l.verwachte_datum_verstreken}};
}

json::object gezag_json(const store::GezagRecord& g) {
  return json::object{{"gezagsdragers", teksten(g.gezagsdragers)},
                      {"toelichting", g.toelichting},
                      {"vastgelegdOp", g.vastgelegd_op}};
}

json::object gezinslid_json(const service::GezinslidInfo& g) {
  const auto& l = g.lid;
  return json::object{
      {"id", l.id},
      {"voornaam", l.voornaam},
      {"achternaam", l.achternaam},
      {l.geboorte.verwacht ? "verwachteGeboortedatum" : "geboortedatum", datum(l.geboorte.datum)},
      {"leeftijd", leeftijd_json(g.leeftijd)},
      {"bsn", opt(l.bsn)},
      {"relatie", code(l.relatie)},
      {"gezag", g.gezag ? json::value(gezag_json(*g.gezag)) : json::value(nullptr)},
      {"versie", l.versie}};
}

json::object aandachtsgebied_json(const store::Aandachtsgebied& a) {
  if (a.leefgebied) return json::object{{"leefgebied", code(*a.leefgebied)}};
  return json::object{{"gezinslidId", opt(a.gezinslid_id)}};
}

json::object regisseur_json(const service::RegisseurInfo& info) {
  const auto& r = info.regisseur;
  json::array gebied;
  for (const auto& a : r.aandachtsgebied) gebied.push_back(aandachtsgebied_json(a));
  return json::object{{"id", r.id},
                      {"rol", code(r.rol)},
                      {"persoonSoort", code(r.persoon_soort)},
                      {"persoonId", r.persoon_id},
                      {"naam", info.naam},
                      {"van", r.van},
                      {"aandachtsgebied", std::move(gebied)},
                      {"waarschuwing", opt(r.waarschuwing)},
                      {"knelpunt", opt_code(r.knelpunt)},
                      {"knelpuntSinds", opt(r.knelpunt_sinds)},
                      {"bevestigdDoor", opt(r.bevestigd_door)},
                      {"bevestigdOp", opt(r.bevestigd_op)},
                      {"grondslag", opt_code(r.grondslag)},
                      {"grondslagKenmerk", opt(r.grondslag_kenmerk)},
                      {"versie", r.versie}};
}

// The card of the household's level, with whom it consults under its frame (DOMAIN.md §4.5).
json::object kaart_json(Niveau niveau, Kader kader) {
  auto kaart = kaart_voor(niveau);
  kaart.overleg = overleg_onder_kader(std::move(kaart.overleg), kader);
  return codec::regiekaart_json(kaart);
}

json::value inzet_json(const std::optional<store::InzetRecord>& inzet) {
  if (!inzet) return nullptr;
  const auto& t = inzet->registratie.toets;
  const auto uitkomst = beoordeel_inzet(t);
  return json::object{{"criteria", codes(t.criteria)},
                      {"acuutGevaar", t.acuut_gevaar},
                      {"basiszorgOnvoldoende", t.basiszorg_onvoldoende},
                      {"motivatie", code(t.motivatie)},
                      {"onverschillig", t.onverschillig},
                      {"altijdStarten", uitkomst.altijd_starten},
                      {"contraIndicatie", uitkomst.contra_indicatie},
                      {"contraIndicatieErkend", inzet->registratie.contra_indicatie_erkend},
                      {"vastgelegdOp", inzet->vastgelegd_op}};
}

InzetRegistratie inzet_invoer(Lezer& l) {
  InzetRegistratie in;
  for (const auto& c : l.teksten("criteria", true, 6)) {
    if (const auto criterium = from_code<InzetCriterium>(c)) {
      if (std::ranges::find(in.toets.criteria, *criterium) == in.toets.criteria.end())
        in.toets.criteria.push_back(*criterium);
    } else {
      l.r().fail("criteria",
                 "Kies uit: beperkt_zelfredzaam, zorgen_meerdere_leefgebieden, onveilig_of_ongezond, "
                 "hulpvraag_moeilijk, zorgmijdend, hulp_onvoldoende_effect.");
    }
  }
  in.toets.acuut_gevaar = l.boolean("acuutGevaar", false).value_or(false);
  in.toets.basiszorg_onvoldoende = l.boolean("basiszorgOnvoldoende", false).value_or(false);
  in.toets.motivatie = l.code<Motivatie>("motivatie", false).value_or(Motivatie::aanwezig);
  in.toets.onverschillig = l.boolean("onverschillig", false).value_or(false);
  in.contra_indicatie_erkend = l.boolean("contraIndicatieErkend", false).value_or(false);
  return in;
}

json::object dossier_json(const service::HuishoudenDossier& d) {
  const auto& h = d.huishouden;
  json::array leden, netwerk, betrokkenen, regisseurs, eisen, aandacht, fasen;
  for (const auto& g : d.gezinsleden) leden.push_back(gezinslid_json(g));
  for (const auto& n : d.netwerk) {
    netwerk.push_back(json::object{{"id", n.id},
                                   {"naam", n.naam},
                                   {"relatie", n.relatie},
                                   {"contact", n.contact},
                                   {"versie", n.versie}});
  }
  for (const auto& b : d.betrokkenen) {
    betrokkenen.push_back(json::object{{"id", b.betrokkenheid.id},
                                       {"medewerkerId", b.betrokkenheid.medewerker_id},
                                       {"naam", b.naam},
                                       {"organisatie", b.organisatie},
                                       {"rol", b.betrokkenheid.rol},
                                       {"van", b.betrokkenheid.van},
                                       {"email", b.email},
                                       {"telefoon", b.telefoon},
                                       {"contactDeelbaar", b.contact_deelbaar},
                                       {"contactInDocument", b.contact_in_document}});
  }
  for (const auto& r : d.regisseurs) regisseurs.push_back(regisseur_json(r));
  for (auto e : d.eisen) eisen.push_back(json::object{{"code", code(e)}, {"tekst", std::string{tekst(e)}}});
  for (const auto& a : d.aandacht) {
    aandacht.push_back(json::object{{"code", code(a.soort)},
                                    {"tekst", aandacht_tekst(a)},
                                    {"aantal", a.aantal},
                                    {"onderdeel", std::string{aandacht_doel(a.soort)}}});
  }
  for (const auto& f : d.volgende_fasen) {
    json::array drempels;
    for (auto dr : f.drempels)
      drempels.push_back(json::object{{"code", code(dr)}, {"tekst", std::string{tekst(dr)}}});
    fasen.push_back(json::object{{"fase", code(f.fase)}, {"drempels", std::move(drempels)}});
  }
  return json::object{
      {"id", h.id},
      {"naam", h.naam},
      {"fase", code(h.fase)},
      {"niveau", opt_niveau(h.niveau)},
      {"niveauSinds", opt(h.niveau_sinds)},
      {"regiekaart", h.niveau ? json::value(kaart_json(*h.niveau, d.kader)) : json::value(nullptr)},
      {"kader", code(d.kader)},
      {"crisislaag", heeft_crisislaag(h.niveau)},
      {"inzet", inzet_json(d.inzet)},
      {"afgeschermd", h.afgeschermd},
      {"afgeschermdSinds", opt(h.afgeschermd_sinds)},
      {"aangemaaktOp", h.aangemaakt_op},
      {"geslotenOp", opt(h.gesloten_op)},
      {"versie", h.versie},
      {"gezinsleden", std::move(leden)},
      {"netwerk", std::move(netwerk)},
      {"betrokkenen", std::move(betrokkenen)},
      {"regisseurs", std::move(regisseurs)},
      {"eisen", std::move(eisen)},
      {"aandacht", std::move(aandacht)},
      {"mag",
       json::object{{"regie", d.mag.regie}, {"notitie", d.mag.notitie}, {"escalatie", d.mag.escalatie}}},
      {"evaluatieTermijnDagen",
       d.evaluatie_termijn_dagen > 0 ? json::value(d.evaluatie_termijn_dagen) : nullptr},
      {"volgendeFasen", std::move(fasen)}};
}

service::GezinslidInvoer gezinslid_invoer(Lezer& l) {
  service::GezinslidInvoer in;
  in.voornaam = l.tekst_of_leeg("voornaam");  // not yet for a child that is not born
  in.achternaam = l.tekst("achternaam", true).value_or("");
  const bool geboren = l.r().has("geboortedatum");
  const bool verwacht = l.r().has("verwachteGeboortedatum");
  const auto g = l.datum("geboortedatum", false);
  const auto v = l.datum("verwachteGeboortedatum", false);
  if (geboren == verwacht) {
    l.r().fail("geboortedatum",
               "Geef de geboortedatum óf, bij een ongeboren kind, de verwachteGeboortedatum.");
  }
  in.geboorte = {g.value_or(v.value_or(Datum{})), verwacht && !geboren};
  // Said together with the other problems of the body; the service checks it again for every caller.
  if (!in.geboorte.verwacht && in.voornaam.find_first_not_of(" \t\r\n") == std::string::npos)
    l.r().fail("voornaam", "Dit veld is verplicht.");
  in.bsn = l.tekst("bsn", false);
  in.relatie = l.code<Relatie>("relatie", true).value_or(Relatie::overig);
  return in;
}

std::string pad(const std::string& huishouden_id, std::string_view rest = {}) {
  return "/api/v1/huishoudens/" + huishouden_id + std::string{rest};
}

}  // namespace

void add_huishouden_routes(Router& r, service::Diensten& d) {
  r.add("POST", "/api/v1/huishoudens", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto naam = l.tekst("naam", true);
    std::vector<service::GezinslidInvoer> leden;
    l.lijst("gezinsleden", false, 30, [&](Lezer& e) { leden.push_back(gezinslid_invoer(e)); });
    InzetRegistratie inzet;
    l.object("inzet", true, [&](Lezer& e) { inzet = inzet_invoer(e); });
    l.afronden("Huishouden");
    const auto id = d.huishoudens.aanmaken(v.context(), *naam, leden, inzet);
    return created(json::object{{"id", id}}, pad(id));
  });
  r.add("GET", "/api/v1/huishoudens/{huishoudenId}", Toegang::sessie, [&d](Verzoek& v) {
    return ok(dossier_json(d.huishoudens.lezen(v.context(), v.param("huishoudenId"))));
  });
  r.add("POST", "/api/v1/huishoudens/_zoek", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    service::ZoekInvoer in;
    in.achternaam = l.tekst("achternaam", false);
    in.geboortedatum = l.datum("geboortedatum", false);
    in.bsn = l.tekst("bsn", false);
    l.afronden("Zoeken");
    json::array items;
    for (const auto& z : d.huishoudens.zoeken(v.context(), in)) {
      json::object o{{"id", z.huishouden_id}, {"toegang", z.toegang}, {"afgeschermd", z.afgeschermd}};
      if (z.toegang) {
        o["naam"] = opt(z.naam);
        o["niveau"] = opt_niveau(z.niveau);
        o["fase"] = opt_code(z.fase);
      } else if (z.contact) {
        o["contact"] = json::object{{"naam", z.contact->naam},
                                    {"organisatie", z.contact->organisatie},
                                    {"telefoon", z.contact->telefoon},
                                    {"email", z.contact->email}};
      }
      items.push_back(std::move(o));
    }
    return ok(json::object{{"items", std::move(items)}});
  });
  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/fase", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto fase = l.code<Fase>("fase", true);
    const auto versie = l.versie();
    l.afronden("Fase");
    const auto& id = v.param("huishoudenId");
    d.huishoudens.fase_wijzigen(v.context(), id, *fase, *versie);
    return ok(dossier_json(d.huishoudens.lezen(v.context(), id)));
  });
  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/gezinsleden", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto in = gezinslid_invoer(l);
    l.afronden("Gezinslid");
    const auto& id = v.param("huishoudenId");
    const auto lid = d.huishoudens.gezinslid_toevoegen(v.context(), id, in);
    return created(json::object{{"id", lid}}, pad(id, "/gezinsleden/" + lid));
  });
  r.add("PUT", "/api/v1/huishoudens/{huishoudenId}/gezinsleden/{gezinslidId}", Toegang::sessie,
        [&d](Verzoek& v) {
          Lezer l{v.body()};
          const auto in = gezinslid_invoer(l);
          const auto versie = l.versie();
          l.afronden("Gezinslid");
          d.huishoudens.gezinslid_wijzigen(v.context(), v.param("huishoudenId"), v.param("gezinslidId"), in,
                                           *versie);
          return geen_inhoud();
        });
  r.add("PUT", "/api/v1/huishoudens/{huishoudenId}/gezinsleden/{gezinslidId}/gezag", Toegang::sessie,
        [&d](Verzoek& v) {
          Lezer l{v.body()};
          service::GezagInvoer in{l.teksten("gezagsdragers", true, 10), l.tekst_of_leeg("toelichting")};
          l.afronden("Gezag");
          return ok(gezag_json(
              d.gezag.vastleggen(v.context(), v.param("huishoudenId"), v.param("gezinslidId"), in)));
        });
  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/netwerk", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    service::NetwerklidInvoer in{l.tekst_of_leeg("naam"), l.tekst_of_leeg("relatie"),
                                 l.tekst_of_leeg("contact")};
    l.afronden("Netwerklid");
    const auto& id = v.param("huishoudenId");
    const auto lid = d.huishoudens.netwerklid_toevoegen(v.context(), id, in);
    return created(json::object{{"id", lid}}, pad(id));
  });
  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/betrokkenen", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto medewerker = l.tekst("medewerkerId", true);
    const auto rol = l.tekst_of_leeg("rol");
    l.afronden("Betrokkene");
    const auto& id = v.param("huishoudenId");
    const auto b = d.huishoudens.betrokkenheid_starten(v.context(), id, *medewerker, rol);
    return created(json::object{{"id", b}}, pad(id));
  });
  r.add("PATCH", "/api/v1/huishoudens/{huishoudenId}/betrokkenen/{betrokkenheidId}", Toegang::sessie,
        [&d](Verzoek& v) {
          Lezer l{v.body()};
          const auto deelbaar = l.boolean("contactDeelbaar", true);
          l.afronden("Betrokkene");
          d.huishoudens.contact_delen(v.context(), v.param("huishoudenId"), v.param("betrokkenheidId"),
                                      *deelbaar);
          return geen_inhoud();
        });
  r.add("DELETE", "/api/v1/huishoudens/{huishoudenId}/betrokkenen/{betrokkenheidId}", Toegang::sessie,
        [&d](Verzoek& v) {
          d.huishoudens.betrokkenheid_beeindigen(v.context(), v.param("huishoudenId"),
                                                 v.param("betrokkenheidId"));
          return geen_inhoud();
        });
  r.add("GET", "/api/v1/huishoudens/{huishoudenId}/toegangslog", Toegang::sessie, [&d](Verzoek& v) {
    const auto pagina = v.pagina();
    const auto log = d.toegangslog.lezen(v.context(), v.param("huishoudenId"), pagina);
    json::array items;
    for (const auto& regel : log.regels) {
      const auto& a = regel.invoer;
      items.push_back(json::object{
          {"tijdstip", a.tijdstip},
          {"actorId", a.actor_id},
          {"rol", a.rol},
          {"actie", a.actie},
          {"doel", a.doel},
          {"resultaat", a.resultaat},
          {"personen", teksten(a.personen)},
          {"traceId", a.trace_id.empty() ? json::value(nullptr) : json::value(json::string(a.trace_id))}});
    }
    return ok(pagina_json(std::move(items), pagina, log.totaal));
  });
  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/noodtoegang", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto reden = l.tekst_of_leeg("reden");
    l.afronden("Noodtoegang");
    const auto& id = v.param("huishoudenId");
    const auto n = d.noodtoegangen.aanvragen(v.context(), id, reden);
    return created(json::object{{"id", n.id}, {"tot", n.tot}}, pad(id));
  });
  r.add("GET", "/api/v1/huishoudens/{huishoudenId}/notities", Toegang::sessie, [&d](Verzoek& v) {
    const auto pagina = v.pagina();
    const auto lijst = d.notities.lijst(v.context(), v.param("huishoudenId"), pagina);
    json::array items;
    for (const auto& n : lijst.items) {
      items.push_back(json::object{{"id", n.id},
                                   {"medewerkerId", n.medewerker_id},
                                   {"auteur", n.medewerker_naam},
                                   {"tekst", n.tekst},
                                   {"aangemaaktOp", n.aangemaakt_op}});
    }
    return ok(pagina_json(std::move(items), pagina, lijst.totaal));
  });
  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/notities", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto tekst = l.tekst_of_leeg("tekst");
    l.afronden("Notitie");
    const auto& id = v.param("huishoudenId");
    return created(json::object{{"id", d.notities.toevoegen(v.context(), id, tekst)}}, pad(id, "/notities"));
  });
}

}  // namespace regie::api
