// Both plans: current version with quality findings, versions, new versions, sign-off, action progress.

#include <charconv>

#include "api/json_in.hpp"
#include "api/json_uit.hpp"
#include "api/pdf_download.hpp"
#include "api/routes.hpp"

namespace regie::api {
namespace {

using namespace regie::domain;

json::array bevindingen_json(const std::vector<Bevinding>& bevindingen) {
  json::array uit;
  for (const auto& b : bevindingen) {
    uit.push_back(json::object{{"code", code(b.code)}, {"verwijzing", b.verwijzing}, {"tekst", b.tekst}});
  }
  return uit;
}

json::object kop_json(const store::PlanKop& k) {
  return json::object{
      {"versie", k.versie}, {"opgesteldDoor", k.opgesteld_door}, {"opgesteldOp", k.opgesteld_op}};
}

json::object ondersteuningsplan_json(const service::OndersteuningsplanLezing& lezing) {
  const auto& r = lezing.record;
  const auto& p = r.plan;
  json::array leefgebieden, doelen, kindcheck;
  for (const auto& l : p.leefgebieden) {
    leefgebieden.push_back(json::object{{"leefgebied", code(l.leefgebied)},
                                        {"gezinslidId", opt(l.gezinslid_id)},
                                        {"krachten", l.krachten},
                                        {"zorgen", l.zorgen},
                                        {"eerdereHulp", l.eerdere_hulp}});
  }
  for (const auto& d : p.doelen) {
    json::array acties;
    for (const auto& a : d.acties) {
      json::value eigenaar = nullptr;
      if (a.eigenaar) eigenaar = json::object{{"soort", code(a.eigenaar->soort)}, {"id", a.eigenaar->id}};
      const auto versie = r.actie_status_versies.find(a.id);
      acties.push_back(
          json::object{{"id", a.id},
                       {"omschrijving", a.omschrijving},
                       {"eigenaar", std::move(eigenaar)},
                       {"uiterlijk", opt_datum(a.uiterlijk)},
                       {"status", code(a.status)},
                       {"statusVersie", versie == r.actie_status_versies.end() ? 1 : versie->second}});
    }
    doelen.push_back(json::object{{"id", d.id},
                                  {"omschrijving", d.omschrijving},
                                  {"leefgebied", opt_code(d.leefgebied)},
                                  {"gezinslidId", opt(d.gezinslid_id)},
                                  {"streefdatum", opt_datum(d.streefdatum)},
                                  {"acties", std::move(acties)}});
  }
  for (const auto& k : p.kindcheck)
    kindcheck.push_back(json::object{{"gezinslidId", k.gezinslid_id}, {"toelichting", k.toelichting}});
  auto o = kop_json(r.kop);
  o["variant"] = code(p.variant);
  o["leefgebieden"] = std::move(leefgebieden);
  o["doelen"] = std::move(doelen);
  o["kindcheck"] = std::move(kindcheck);
  o["eigenWoorden"] = p.eigen_woorden;
  o["evaluatiedatum"] = opt_datum(p.evaluatiedatum);
  o["ondertekendDoor"] = opt(r.ondertekend_door);
  o["ondertekendOp"] = opt(r.ondertekend_op);
  json::array ondertekeningen;
  for (const auto& t : lezing.ondertekeningen) {
    ondertekeningen.push_back(json::object{{"gezinslidId", t.gezinslid_id},
                                           {"op", t.op},
                                           {"wijze", t.wijze},
                                           {"zekerheid", t.zekerheid},
                                           {"inhoudHash", t.inhoud_hash}});
  }
  o["ondertekeningen"] = std::move(ondertekeningen);
  o["vrijgegevenOp"] = lezing.vrijgave ? json::value(lezing.vrijgave->vrijgegeven_op) : json::value(nullptr);
  o["bevindingen"] = bevindingen_json(lezing.bevindingen);
  return o;
}

json::object veiligheidsplan_json(const service::VeiligheidsplanLezing& lezing) {
  const auto& p = lezing.record.plan;
  json::array voorwaarden, afspraken, signalen, afgeschermd;
  for (const auto& v : p.voorwaarden)
    voorwaarden.push_back(json::object{{"omschrijving", v.omschrijving}, {"gesteldDoor", v.gesteld_door}});
  for (const auto& a : p.afspraken) {
    afspraken.push_back(
        json::object{{"wie", a.wie}, {"wat", a.wat}, {"wanneer", a.wanneer}, {"toezicht", a.toezicht}});
  }
  for (const auto& s : p.signalen) {
    signalen.push_back(
        json::object{{"signaal", s.signaal}, {"actie", s.actie}, {"noodcontact", s.noodcontact}});
  }
  for (const auto& d : p.afgeschermd) {
    afgeschermd.push_back(json::object{{"id", d.id},
                                       {"titel", d.titel},
                                       {"inhoud", d.inhoud},
                                       {"zichtbaarVoor", teksten(d.zichtbaar_voor)},
                                       {"tegen", teksten(d.tegen)}});
  }
  auto o = kop_json(lezing.record.kop);
  o["portaaltoegangBeeindigd"] = teksten(lezing.portaaltoegang_beeindigd);
  o["zorgenEnGevaren"] = p.zorgen_en_gevaren;
  o["veiligheidsdoel"] = p.veiligheidsdoel;
  o["eigenVoorstellen"] = p.eigen_voorstellen;
  o["eigenVoorstellenOvergenomen"] = opt_code(p.eigen_voorstellen_overgenomen);
  o["voorwaarden"] = std::move(voorwaarden);
  o["afspraken"] = std::move(afspraken);
  o["signalen"] = std::move(signalen);
  o["monitoring"] = p.monitoring;
  o["evaluatiedatum"] = opt_datum(p.evaluatiedatum);
  o["afgeschermd"] = std::move(afgeschermd);
  o["omgevingNorm"] = p.omgeving_norm;
  o["omgevingBetrokken"] = p.omgeving_betrokken;
  o["bevindingen"] = bevindingen_json(lezing.bevindingen);
  return o;
}

Ondersteuningsplan ondersteuningsplan_uit(Lezer& l) {
  Ondersteuningsplan p;
  p.variant = l.code<PlanVariant>("variant", false).value_or(PlanVariant::regulier);
  l.lijst("leefgebieden", false, 100, [&](Lezer& e) {
    p.leefgebieden.push_back({e.code<Leefgebied>("leefgebied", true).value_or(Leefgebied::werk),
                              e.tekst("gezinslidId", false), e.tekst_of_leeg("krachten"),
                              e.tekst_of_leeg("zorgen"), e.tekst_of_leeg("eerdereHulp")});
  });
  l.lijst("doelen", false, 100, [&](Lezer& e) {
    Doel d;
    d.id = e.tekst_of_leeg("id");
    d.omschrijving = e.tekst_of_leeg("omschrijving");
    d.leefgebied = e.code<Leefgebied>("leefgebied", false);
    d.gezinslid_id = e.tekst("gezinslidId", false);
    d.streefdatum = e.datum("streefdatum", false);
    e.lijst("acties", false, 50, [&](Lezer& a) {
      Actie actie;
      actie.id = a.tekst_of_leeg("id");
      actie.omschrijving = a.tekst_of_leeg("omschrijving");
      a.object("eigenaar", false, [&](Lezer& w) {
        actie.eigenaar = Eigenaar{w.code<PersoonSoort>("soort", true).value_or(PersoonSoort::medewerker),
                                  w.tekst_of_leeg("id")};
      });
      actie.uiterlijk = a.datum("uiterlijk", false);
      actie.status = a.code<ActieStatus>("status", false).value_or(ActieStatus::open);
      a.r().integer("statusVersie", false, 1, 1'000'000'000);  // as read; progress goes through its own route
      d.acties.push_back(std::move(actie));
    });
    p.doelen.push_back(std::move(d));
  });
  l.lijst("kindcheck", false, 50, [&](Lezer& e) {
    p.kindcheck.push_back({e.tekst_of_leeg("gezinslidId"), e.tekst_of_leeg("toelichting")});
  });
  p.eigen_woorden = l.tekst_of_leeg("eigenWoorden");
  p.evaluatiedatum = l.datum("evaluatiedatum", false);
  return p;
}

Veiligheidsplan veiligheidsplan_uit(Lezer& l) {
  Veiligheidsplan p;
  p.zorgen_en_gevaren = l.tekst_of_leeg("zorgenEnGevaren");
  p.veiligheidsdoel = l.tekst_of_leeg("veiligheidsdoel");
  p.eigen_voorstellen = l.tekst_of_leeg("eigenVoorstellen");
  p.eigen_voorstellen_overgenomen = l.code<Overname>("eigenVoorstellenOvergenomen", false);
  p.omgeving_norm = l.tekst_of_leeg("omgevingNorm");
  p.omgeving_betrokken = l.tekst_of_leeg("omgevingBetrokken");
  l.lijst("voorwaarden", false, 100, [&](Lezer& e) {
    p.voorwaarden.push_back({e.tekst_of_leeg("omschrijving"), e.tekst_of_leeg("gesteldDoor")});
  });
  l.lijst("afspraken", false, 100, [&](Lezer& e) {
    p.afspraken.push_back({e.tekst_of_leeg("wie"), e.tekst_of_leeg("wat"), e.tekst_of_leeg("wanneer"),
                           e.tekst_of_leeg("toezicht")});
  });
  l.lijst("signalen", false, 100, [&](Lezer& e) {
    p.signalen.push_back(
        {e.tekst_of_leeg("signaal"), e.tekst_of_leeg("actie"), e.tekst_of_leeg("noodcontact")});
  });
  p.monitoring = l.tekst_of_leeg("monitoring");
  p.evaluatiedatum = l.datum("evaluatiedatum", false);
  l.lijst("afgeschermd", false, 100, [&](Lezer& e) {
    p.afgeschermd.push_back({e.tekst_of_leeg("id"), e.tekst_of_leeg("titel"), e.tekst_of_leeg("inhoud"),
                             e.teksten("zichtbaarVoor", true, 100), e.teksten("tegen", false, 50)});
  });
  return p;
}

std::optional<int> basis_versie(Lezer& l) {
  const auto v = l.r().integer("basisVersie", false, 1, 1'000'000'000);
  return v ? std::optional<int>{static_cast<int>(*v)} : std::nullopt;
}

json::object versies_json(const std::vector<store::PlanKop>& versies) {
  json::array items;
  for (const auto& k : versies) items.push_back(kop_json(k));
  return json::object{{"items", std::move(items)}};
}

int versie_param(const Verzoek& v) {
  const auto& tekst = v.param("versie");
  int n = 0;
  const auto [end, ec] = std::from_chars(tekst.data(), tekst.data() + tekst.size(), n);
  if (ec != std::errc{} || end != tekst.data() + tekst.size() || n < 1)
    throw service::NotFound("Deze versie bestaat niet.");
  return n;
}

}  // namespace

void add_plan_routes(Router& r, service::Diensten& d) {
  const std::string op = "/api/v1/huishoudens/{huishoudenId}/ondersteuningsplan";
  const std::string vp = "/api/v1/huishoudens/{huishoudenId}/veiligheidsplan";
  r.add("GET", op, Toegang::sessie, [&d](Verzoek& v) {
    const auto lezing = d.plannen.ondersteuningsplan(v.context(), v.param("huishoudenId"));
    if (!lezing) throw service::NotFound("Er is nog geen ondersteuningsplan.");
    return ok(ondersteuningsplan_json(*lezing));
  });
  r.add("PUT", op, Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    auto plan = ondersteuningsplan_uit(l);
    const auto basis = basis_versie(l);
    l.afronden("Ondersteuningsplan");
    return ok(ondersteuningsplan_json(
        d.plannen.ondersteuningsplan_opslaan(v.context(), v.param("huishoudenId"), std::move(plan), basis)));
  });
  r.add("GET", op + "/pdf", Toegang::sessie, [&d](Verzoek& v) {
    return pdf_download(d.plannen.ondersteuningsplan_pdf(v.context(), v.param("huishoudenId")),
                        "ons-plan.pdf");
  });
  r.add("GET", op + "/versies", Toegang::sessie, [&d](Verzoek& v) {
    return ok(versies_json(d.plannen.ondersteuningsplan_versies(v.context(), v.param("huishoudenId"))));
  });
  r.add("POST", op + "/_toetsen", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto concept_plan = ondersteuningsplan_uit(l);
    basis_versie(l);  // allowed, so that the editor can send the same body as for saving
    l.afronden("Ondersteuningsplan");
    return ok(json::object{{"bevindingen", bevindingen_json(d.plannen.ondersteuningsplan_toetsen(
                                               v.context(), v.param("huishoudenId"), concept_plan))}});
  });
  r.add("GET", op + "/versies/{versie}", Toegang::sessie, [&d](Verzoek& v) {
    return ok(ondersteuningsplan_json(
        *d.plannen.ondersteuningsplan(v.context(), v.param("huishoudenId"), versie_param(v))));
  });
  r.add("POST", op + "/_ondertekenen", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto versie = l.versie();
    const auto lid = l.tekst("gezinslidId", true);
    l.afronden("Ondertekening");
    d.plannen.ondersteuningsplan_ondertekenen(v.context(), v.param("huishoudenId"), *versie, *lid);
    return geen_inhoud();
  });
  r.add("POST", op + "/_vrijgeven", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto versie = l.versie();
    l.afronden("Vrijgave");
    d.plannen.ondersteuningsplan_vrijgeven(v.context(), v.param("huishoudenId"), *versie);
    return geen_inhoud();
  });
  r.add("PATCH", op + "/acties/{actieId}", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto status = l.code<ActieStatus>("status", true);
    const auto versie = l.versie("statusVersie");
    l.afronden("Actie");
    d.plannen.actie_bijwerken(v.context(), v.param("huishoudenId"), v.param("actieId"), *status, *versie);
    return geen_inhoud();
  });
  r.add("GET", vp, Toegang::sessie, [&d](Verzoek& v) {
    const auto lezing = d.plannen.veiligheidsplan(v.context(), v.param("huishoudenId"));
    if (!lezing) throw service::NotFound("Er is nog geen veiligheidsplan.");
    return ok(veiligheidsplan_json(*lezing));
  });
  r.add("PUT", vp, Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    auto plan = veiligheidsplan_uit(l);
    const auto basis = basis_versie(l);
    l.afronden("Veiligheidsplan");
    return ok(veiligheidsplan_json(
        d.plannen.veiligheidsplan_opslaan(v.context(), v.param("huishoudenId"), std::move(plan), basis)));
  });
  r.add("GET", vp + "/versies", Toegang::sessie, [&d](Verzoek& v) {
    return ok(versies_json(d.plannen.veiligheidsplan_versies(v.context(), v.param("huishoudenId"))));
  });
  r.add("GET", vp + "/versies/{versie}", Toegang::sessie, [&d](Verzoek& v) {
    return ok(veiligheidsplan_json(
        *d.plannen.veiligheidsplan(v.context(), v.param("huishoudenId"), versie_param(v))));
  });
}

}  // namespace regie::api
