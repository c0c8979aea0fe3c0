// Regie: regisseurs (assign, end, confirm a flagged one), assessments with their advice, level decisions.

#include "api/json_in.hpp"
#include "api/json_uit.hpp"
#include "api/routes.hpp"
#include "codec/taxatie_json.hpp"
#include "domain/eisen.hpp"

namespace regie::api {
namespace {

using namespace regie::domain;

json::object taxatie_json(const store::TaxatieRecord& t) {
  return json::object{{"id", t.id},
                      {"invoer", json::parse(t.invoer_json)},
                      {"advies", json::parse(t.advies_json)},
                      {"vastgelegdDoor", t.vastgelegd_door},
                      {"vastgelegdOp", t.vastgelegd_op},
                      {"beslotenNiveau", opt_niveau(t.besloten_niveau)},
                      {"besluitMotivatie", opt(t.besluit_motivatie)},
                      {"beslotenDoor", opt(t.besloten_door)},
                      {"beslotenOp", opt(t.besloten_op)}};
}

json::object overgang_json(const store::NiveauOvergangRecord& o) {
  json::value nazorg = nullptr;
  if (o.nazorgafspraak) {
    const auto& n = *o.nazorgafspraak;
    nazorg = json::object{
        {"wie", n.wie}, {"wat", n.wat}, {"tot", datum(n.tot)}, {"signaalOpschalen", n.signaal_opschalen}};
  }
  return json::object{{"id", o.id},
                      {"taxatieId", o.taxatie_id},
                      {"van", opt_niveau(o.van)},
                      {"naar", nummer(o.naar)},
                      {"richting", opt_code(o.richting)},
                      {"adviesNiveau", nummer(o.advies_niveau)},
                      {"redenen", codes(o.redenen)},
                      {"motivatie", opt(o.motivatie)},
                      {"beslotenDoor", o.besloten_door},
                      {"beslotenOp", o.besloten_op},
                      {"nazorgafspraak", std::move(nazorg)}};
}

std::string pad(const std::string& id, std::string_view rest) {
  return "/api/v1/huishoudens/" + id + std::string{rest};
}

}  // namespace

void add_regie_routes(Router& r, service::Diensten& d) {
  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/regisseurs", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    service::ToewijzingInvoer in;
    in.rol = l.code<Rol>("rol", true).value_or(Rol::casus);
    in.persoon_soort = l.code<PersoonSoort>("persoonSoort", true).value_or(PersoonSoort::medewerker);
    in.persoon_id = l.tekst("persoonId", true).value_or("");
    l.lijst("aandachtsgebied", false, 20, [&](Lezer& a) {
      in.aandachtsgebied.push_back({a.code<Leefgebied>("leefgebied", false), a.tekst("gezinslidId", false)});
    });
    in.grondslag = l.code<Grondslag>("grondslag", false);
    in.grondslag_kenmerk = l.tekst("grondslagKenmerk", false).value_or("");
    l.afronden("Regisseur");
    const auto& id = v.param("huishoudenId");
    const auto uit = d.regisseurs.toewijzen(v.context(), id, in);
    return created(json::object{{"id", uit.regisseur_id}, {"waarschuwingen", codes(uit.waarschuwingen)}},
                   pad(id, ""));
  });
  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/regisseurs/{regisseurId}/_beeindigen", Toegang::sessie,
        [&d](Verzoek& v) {
          Lezer l{v.body()};
          const auto versie = l.versie();
          l.afronden("Regisseur");
          d.regisseurs.beeindigen(v.context(), v.param("huishoudenId"), v.param("regisseurId"), *versie);
          return geen_inhoud();
        });
  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/regisseurs/{regisseurId}/_grondslag", Toegang::sessie,
        [&d](Verzoek& v) {
          Lezer l{v.body()};
          const auto grondslag = l.code<Grondslag>("grondslag", true);
          const auto kenmerk = l.tekst("grondslagKenmerk", true);
          const auto versie = l.versie();
          l.afronden("Grondslag");
          d.regisseurs.grondslag_vastleggen(v.context(), v.param("huishoudenId"), v.param("regisseurId"),
                                            *grondslag, *kenmerk, *versie);
          return geen_inhoud();
        });
  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/regisseurs/{regisseurId}/_bevestigen", Toegang::sessie,
        [&d](Verzoek& v) {
          Lezer l{v.body()};
          const auto versie = l.versie();
          l.afronden("Bevestiging");
          d.regisseurs.profiel_bevestigen(v.context(), v.param("huishoudenId"), v.param("regisseurId"),
                                          *versie);
          return geen_inhoud();
        });
  r.add("GET", "/api/v1/huishoudens/{huishoudenId}/taxaties", Toegang::sessie, [&d](Verzoek& v) {
    json::array items;
    for (const auto& t : d.niveaus.taxaties(v.context(), v.param("huishoudenId")))
      items.push_back(taxatie_json(t));
    return ok(json::object{{"items", std::move(items)}});
  });
  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/taxaties", Toegang::sessie, [&d](Verzoek& v) {
    const auto taxatie = codec::taxatie_from_json(v.body());
    const auto& id = v.param("huishoudenId");
    const auto uit = d.niveaus.taxatie_vastleggen(v.context(), id, taxatie);
    return created(json::object{{"id", uit.taxatie_id}, {"advies", json::parse(uit.advies_json)}},
                   pad(id, "/taxaties"));
  });
  r.add("GET", "/api/v1/huishoudens/{huishoudenId}/niveaubesluiten", Toegang::sessie, [&d](Verzoek& v) {
    json::array items;
    for (const auto& o : d.niveaus.geschiedenis(v.context(), v.param("huishoudenId")))
      items.push_back(overgang_json(o));
    return ok(json::object{{"items", std::move(items)}});
  });
  r.add("POST", "/api/v1/huishoudens/{huishoudenId}/niveaubesluiten", Toegang::sessie, [&d](Verzoek& v) {
    Lezer l{v.body()};
    const auto taxatie = l.tekst("taxatieId", true);
    const auto niveau = l.r().integer("niveau", true, 1, 5);
    Niveaubesluit besluit;
    besluit.motivatie = l.tekst_of_leeg("motivatie");
    l.object("nazorgafspraak", false, [&](Lezer& n) {
      besluit.nazorgafspraak =
          Nazorgafspraak{n.tekst_of_leeg("wie"), n.tekst_of_leeg("wat"),
                         n.datum("tot", true).value_or(Datum{}), n.tekst_of_leeg("signaalOpschalen")};
    });
    const auto versie = l.versie();
    l.afronden("Niveaubesluit");
    besluit.niveau = niveau_uit_nummer(static_cast<int>(*niveau));
    const auto& id = v.param("huishoudenId");
    const auto uit = d.niveaus.besluiten(v.context(), id, *taxatie, besluit, *versie);
    json::array eisen;
    for (auto e : uit.eisen)
      eisen.push_back(json::object{{"code", code(e)}, {"tekst", std::string{tekst(e)}}});
    return created(json::object{{"niveau", nummer(uit.niveau)},
                                {"richting", opt_code(uit.richting)},
                                {"eisen", std::move(eisen)}},
                   pad(id, "/niveaubesluiten"));
  });
}

}  // namespace regie::api
