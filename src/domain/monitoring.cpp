#include "domain/monitoring.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <set>

#include "domain/afscherming.hpp"
#include "domain/kleine_aantallen.hpp"

namespace regie::domain {
namespace {

constexpr std::array kNiveaus{MetriekSleutel{"1", "Niveau 1"}, MetriekSleutel{"2", "Niveau 2"},
                              MetriekSleutel{"3", "Niveau 3"}, MetriekSleutel{"4", "Niveau 4"},
                              MetriekSleutel{"5", "Niveau 5"}};
constexpr std::array kFasen{
    MetriekSleutel{"aanmelding", "Aanmelding"}, MetriekSleutel{"voorbereiding", "Voorbereiding"},
    MetriekSleutel{"startoverleg", "Startoverleg"}, MetriekSleutel{"uitvoering", "Uitvoering"},
    MetriekSleutel{"evaluatie", "Evaluatie"}};
constexpr std::array kAanwezig{MetriekSleutel{"aanwezig", "Aanwezig"},
                               MetriekSleutel{"ontbreekt", "Ontbreekt"}};
constexpr std::array kKindcheck{MetriekSleutel{"gedaan", "Voor elk kind gedaan"},
                                MetriekSleutel{"niet_gedaan", "Niet voor elk kind"}};
constexpr std::array kEvaluatie{MetriekSleutel{"op_tijd", "Op tijd"},
                                MetriekSleutel{"over_tijd", "Over tijd"},
                                MetriekSleutel{"geen_datum", "Geen evaluatiedatum"}};
constexpr std::array kPlanKwaliteit{
    MetriekSleutel{kZonderBevindingen, "Zonder bevindingen"},
    MetriekSleutel{"doel_zonder_streefdatum", "Doel zonder streefdatum"},
    MetriekSleutel{"doel_zonder_actie", "Doel zonder actie"},
    MetriekSleutel{"actie_zonder_eigenaar", "Actie zonder uitvoerder"},
    MetriekSleutel{"actie_zonder_datum", "Actie zonder einddatum"},
    MetriekSleutel{"zorg_zonder_doel", "Zorg op een leefgebied zonder doel"},
    MetriekSleutel{"eigen_woorden_ontbreken", "Wensen in eigen woorden ontbreken"},
    MetriekSleutel{"evaluatiedatum_ontbreekt", "Geen evaluatiedatum"},
    MetriekSleutel{"evaluatiedatum_verstreken", "Evaluatiedatum voorbij"},
    MetriekSleutel{"evaluatiedatum_te_ver", "Evaluatiedatum verder weg dan de norm"},
    MetriekSleutel{"kindcheck_ontbreekt", "Kind niet meegewogen (kindcheck)"},
    MetriekSleutel{"veiligheidsplan_ontbreekt", "Geen veiligheidsplan vanaf niveau 3"},
    MetriekSleutel{"veiligheidsplan_verouderd", "Veiligheidsplan niet bijgewerkt binnen de norm"},
    MetriekSleutel{"veiligheidsdoel_ontbreekt", "Veiligheidsdoel ontbreekt"},
    MetriekSleutel{"geen_veiligheidsafspraken", "Geen veiligheidsafspraken"},
    MetriekSleutel{"datum_onwaarschijnlijk", "Onwaarschijnlijke datum"},
    MetriekSleutel{"omgevingsnorm_ontbreekt", "Geen norm voor overlast in de omgeving (niveau 4-5)"},
    MetriekSleutel{"omgeving_niet_betrokken", "Omgeving niet betrokken (niveau 4-5)"}};
constexpr std::array kNazorg{MetriekSleutel{"met", "Met nazorgafspraak"},
                             MetriekSleutel{"zonder", "Zonder nazorgafspraak"}};
constexpr std::array kRichting{MetriekSleutel{"opschalen", "Opgeschaald"},
                               MetriekSleutel{"afschalen", "Afgeschaald"}};
constexpr std::array kEscalatie{MetriekSleutel{"geopend", "Geopend"}, MetriekSleutel{"gesloten", "Gesloten"}};
constexpr std::array kOpen{MetriekSleutel{"open", "Lopend"}};
constexpr std::array kKnelpunt{MetriekSleutel{"profiel_onvoldoende", "Profiel past niet bij het niveau"},
                               MetriekSleutel{"niet_uit_veiligheidsketen", "Niet uit de veiligheidsketen"}};
constexpr std::array kCaseload{MetriekSleutel{"binnen_norm", "Binnen de norm"},
                               MetriekSleutel{"boven_norm", "Boven de norm"}};
constexpr std::array kProfielen{
    MetriekSleutel{"casus_A", "Casusregisseur A"},   MetriekSleutel{"casus_B", "Casusregisseur B"},
    MetriekSleutel{"casus_B+", "Casusregisseur B+"}, MetriekSleutel{"proces_A", "Procesregisseur A"},
    MetriekSleutel{"proces_B", "Procesregisseur B"}, MetriekSleutel{"proces_B+", "Procesregisseur B+"}};
constexpr std::array kSignalen{MetriekSleutel{"intiem_terrorisme", "Intiem terrorisme"},
                               MetriekSleutel{"eergerelateerd_geweld", "Eergerelateerd geweld"},
                               MetriekSleutel{"meisjesbesnijdenis", "Meisjesbesnijdenis"},
                               MetriekSleutel{"complexe_scheiding", "Complexe scheiding"},
                               MetriekSleutel{"stalking", "Stalking"}};
constexpr std::array kMaatregelen{MetriekSleutel{"open", "Open"}, MetriekSleutel{"gedaan", "Gedaan"},
                                  MetriekSleutel{"niet_van_toepassing", "Niet van toepassing"}};
constexpr std::array kMeldcode{MetriekSleutel{"gestart", "Gestart"},
                               MetriekSleutel{"gemeld", "Afgerond: gemeld bij Veilig Thuis"},
                               MetriekSleutel{"hulp", "Afgerond: hulp georganiseerd"},
                               MetriekSleutel{"geen", "Afgerond: geen melding en geen hulp nodig"}};

constexpr std::array kInzet{
    MetriekSleutel{"beperkt_zelfredzaam", "Redden zich minder goed, doen niet volledig mee"},
    MetriekSleutel{"zorgen_meerdere_leefgebieden", "Zorgen op meer dan één leefgebied"},
    MetriekSleutel{"onveilig_of_ongezond", "Onveilig of ongezond zonder passende hulp"},
    MetriekSleutel{"hulpvraag_moeilijk", "Hulpvraag moeilijk te verwoorden of te regelen"},
    MetriekSleutel{"zorgmijdend", "Gaan zorg soms uit de weg"},
    MetriekSleutel{"hulp_onvoldoende_effect", "Hulp helpt te weinig of houdt geen stand"},
    MetriekSleutel{"altijd_starten", "Gestart om acuut gevaar of tekortschietende basiszorg"},
    MetriekSleutel{"contra_indicatie", "Bewust gestart ondanks een contra-indicatie"}};
constexpr std::array kKader{MetriekSleutel{"vrijwillig", "Vrijwillig"}, MetriekSleutel{"drang", "Drang"},
                            MetriekSleutel{"dwang", "Dwang"}};
constexpr std::array kDwangbesluit{MetriekSleutel{"gedwongen_opname", "Gedwongen opname"},
                                   MetriekSleutel{"uithuisplaatsing", "Uithuisplaatsing"},
                                   MetriekSleutel{"ondertoezichtstelling", "Ondertoezichtstelling"},
                                   MetriekSleutel{"tijdelijk_huisverbod", "Tijdelijk huisverbod"},
                                   MetriekSleutel{"anders", "Ander besluit"}};
constexpr std::array kAanleiding{
    MetriekSleutel{"organisatie", "Verschil van inzicht over de organisatie van de aanpak"},
    MetriekSleutel{"inhoud", "Verschil van inzicht over de inhoud"},
    MetriekSleutel{"voortgang_in_gevaar", "Uitvoering of resultaat in gevaar"}};

constexpr std::array kGrip{MetriekSleutel{"grip_1", "GRIP 1"}, MetriekSleutel{"grip_2", "GRIP 2"},
                           MetriekSleutel{"grip_3", "GRIP 3"}, MetriekSleutel{"grip_4", "GRIP 4"},
                           MetriekSleutel{"grip_5", "GRIP 5"}, MetriekSleutel{"grip_rijk", "GRIP Rijk"}};

using enum MetriekSoort;

constexpr std::array kMetrieken{
    Metriek{"niveau", "Lopende huishoudens per niveau", "Niveaus", stand, kNiveaus},
    Metriek{"fase", "Lopende huishoudens per fase", "Niveaus", stand, kFasen},
    Metriek{"opschaling", "Op- en afschalingen", "Niveaus", gebeurtenis, kRichting},
    Metriek{"tijd_op_niveau", "Gemiddeld aantal dagen op een niveau (bij het verlaten ervan)", "Niveaus",
            gemiddelde, kNiveaus},
    Metriek{"op", "Ondersteuningsplan bij niveau 2 en hoger", "Plannen", stand, kAanwezig},
    Metriek{"vp", "Veiligheidsplan bij niveau 3 en hoger", "Plannen", stand, kAanwezig},
    Metriek{"kindcheck", "Kindcheck in het plan (huishoudens met kinderen)", "Plannen", stand, kKindcheck},
    Metriek{"evaluatie", "Evaluatie van het ondersteuningsplan", "Plannen", stand, kEvaluatie},
    Metriek{"nazorg", "Afschalingen van niveau 3 of hoger", "Plannen", gebeurtenis, kNazorg},
    Metriek{"plankwaliteit", "Lopende huishoudens per bevinding op hun plannen", "Plannen", stand,
            kPlanKwaliteit},
    Metriek{"escalatie", "Escalaties naar het management", "Samenwerking", gebeurtenis, kEscalatie},
    Metriek{"escalatie_aanleiding", "Geopende escalaties per aanleiding", "Samenwerking", gebeurtenis,
            kAanleiding},
    Metriek{"escalatie_open", "Lopende escalaties", "Samenwerking", stand, kOpen},
    Metriek{"escalatie_duur", "Gemiddeld aantal dagen tot een escalatie gesloten is", "Samenwerking",
            gemiddelde, kOpen},
    Metriek{"profiel_tekort", "Regisseurs met een knelpunt in profiel", "Regisseurs", stand, kKnelpunt},
    Metriek{"caseload", "Regisseurs tegenover de caseloadnorm", "Regisseurs", stand, kCaseload},
    Metriek{"gecertificeerd", "Gecertificeerde medewerkers per profiel", "Regisseurs", stand, kProfielen},
    Metriek{"signaal", "Signalen van onveiligheid per soort", "Veiligheid", gebeurtenis, kSignalen},
    Metriek{"maatregel", "Extra veiligheidsmaatregelen", "Veiligheid", stand, kMaatregelen},
    Metriek{"meldcode", "Meldcodetrajecten", "Veiligheid", gebeurtenis, kMeldcode},
    Metriek{"inzet", "Aanmeldingen per criterium voor inzet", "Inzet en kader", gebeurtenis, kInzet},
    Metriek{"kader", "Lopende huishoudens per kader van de hulp", "Inzet en kader", stand, kKader},
    Metriek{"dwangbesluit", "Dwangbesluiten per soort (naar datum van het besluit)", "Inzet en kader",
            gebeurtenis, kDwangbesluit},
    Metriek{"grip", "Lopende huishoudens waarvoor GRIP geldt, per fase", "Inzet en kader", stand, kGrip},
};

// Metrics that count (part of) the same households in a month: the sum over the first one's keys and the sum
// over the second one's are related (what lies between them, such as households at level 1 with a plan, is
// assumed known). An empty key list: all keys.
struct MetriekVerband {
  std::string_view a;
  std::span<const std::string_view> sleutels_a;
  std::string_view b;
  std::span<const std::string_view> sleutels_b;
};
constexpr std::array<std::string_view, 4> kVanafNiveau2{"2", "3", "4", "5"};
constexpr std::array<std::string_view, 3> kVanafNiveau3{"3", "4", "5"};
constexpr std::array<std::string_view, 1> kMetPlan{"aanwezig"};
constexpr std::array<std::string_view, 1> kAfgeschaald{"afschalen"};
constexpr std::array<std::string_view, 1> kGeopend{"geopend"};
constexpr std::array kMetriekVerbanden{
    MetriekVerband{"op", {}, "niveau", kVanafNiveau2},
    MetriekVerband{"vp", {}, "niveau", kVanafNiveau3},
    MetriekVerband{"fase", {}, "niveau", {}},
    MetriekVerband{"evaluatie", {}, "op", kMetPlan},
    MetriekVerband{"kindcheck", {}, "evaluatie", {}},
    MetriekVerband{"nazorg", {}, "opschaling", kAfgeschaald},
    MetriekVerband{"kader", {}, "fase", {}},
    MetriekVerband{"escalatie_aanleiding", {}, "escalatie", kGeopend},
};

}  // namespace

std::span<const Metriek> metrieken() { return kMetrieken; }

const Metriek* metriek(std::string_view code) {
  const auto m = std::ranges::find(kMetrieken, code, &Metriek::code);
  return m == kMetrieken.end() ? nullptr : &*m;
}

std::vector<Telling> rol_op(const std::vector<Telling>& tellingen) {
  std::map<std::tuple<std::string, std::string, std::string, std::string, std::string>, std::int64_t> som;
  for (const auto& t : tellingen) {
    som[{t.organisatie_id, t.team_id, t.maand, t.metriek, t.sleutel}] += t.waarde;
    if (!t.team_id.empty()) som[{t.organisatie_id, "", t.maand, t.metriek, t.sleutel}] += t.waarde;
    if (!t.organisatie_id.empty()) som[{"", "", t.maand, t.metriek, t.sleutel}] += t.waarde;
  }
  std::vector<Telling> uit;
  uit.reserve(som.size());
  for (const auto& [k, waarde] : som) {
    const auto& [organisatie, team, maand, metriek, sleutel] = k;
    uit.push_back({organisatie, team, maand, metriek, sleutel, waarde});
  }
  return uit;
}

std::vector<bool> aanvullend_afschermen(const std::vector<Telling>& opgeteld) {
  using Plek = std::pair<std::string, std::string>;  // organisation, team
  using Cel = std::tuple<std::string, std::string, std::string, std::string, std::string>;
  constexpr auto geen_bron = static_cast<std::size_t>(-1);
  std::set<Plek> plekken{{"", ""}};
  std::set<std::pair<std::string, std::string>> reeksen;  // month, metric
  std::map<Cel, std::size_t> index;
  std::vector<std::int64_t> waarden;
  std::vector<std::size_t> bron;  // the index in `opgeteld`, or geen_bron for a zero that has no row
  for (std::size_t i = 0; i < opgeteld.size(); ++i) {
    const auto& t = opgeteld[i];
    const auto* m = metriek(t.metriek);
    if (!m || m->soort == MetriekSoort::gemiddelde) continue;  // a mean shows no count
    plekken.insert({t.organisatie_id, t.team_id});
    plekken.insert({t.organisatie_id, ""});
    reeksen.insert({t.maand, t.metriek});
    index[{t.organisatie_id, t.team_id, t.maand, t.metriek, t.sleutel}] = waarden.size();
    waarden.push_back(t.waarde);
    bron.push_back(i);
  }
  const auto cel = [&](const Plek& p, const std::string& maand, std::string_view metriek,
                       std::string_view sleutel) {
    const auto [it, nieuw] = index.try_emplace(
        {p.first, p.second, maand, std::string{metriek}, std::string{sleutel}}, waarden.size());
    if (nieuw) {
      waarden.push_back(0);
      bron.push_back(geen_bron);
    }
    return it->second;
  };

  std::map<Plek, std::vector<Plek>> kinderen;  // the gemeente's organisations, an organisation's teams
  for (const auto& p : plekken) {
    if (p.first.empty()) continue;
    kinderen[p.second.empty() ? Plek{"", ""} : Plek{p.first, ""}].push_back(p);
  }
  std::vector<Verband> verbanden;
  for (const auto& [maand, code] : reeksen) {
    for (const auto& s : metriek(code)->sleutels) {
      for (const auto& [ouder, kids] : kinderen) {
        Verband v;
        v.leden.push_back({cel(ouder, maand, code, s.sleutel), -1});
        for (const auto& k : kids) v.leden.push_back({cel(k, maand, code, s.sleutel), +1});
        verbanden.push_back(std::move(v));
      }
    }
  }
  const auto leden = [&](Verband& v, const Plek& p, const std::string& maand, std::string_view code,
                         std::span<const std::string_view> sleutels, int teken) {
    if (sleutels.empty()) {
      for (const auto& s : metriek(code)->sleutels)
        v.leden.push_back({cel(p, maand, code, s.sleutel), teken});
    } else {
      for (const auto s : sleutels) v.leden.push_back({cel(p, maand, code, s), teken});
    }
  };
  for (const auto& mv : kMetriekVerbanden) {
    for (const auto& [maand, code] : reeksen) {
      if (code != mv.a || !reeksen.contains({maand, std::string{mv.b}})) continue;
      for (const auto& p : plekken) {
        Verband v;
        leden(v, p, maand, mv.a, mv.sleutels_a, +1);
        leden(v, p, maand, mv.b, mv.sleutels_b, -1);
        verbanden.push_back(std::move(v));
      }
    }
  }

  const auto z = afschermen(waarden, verbanden);
  std::vector<bool> uit(opgeteld.size(), false);
  for (std::size_t i = 0; i < z.size(); ++i) {
    if (bron[i] != geen_bron && z[i] == Zichtbaarheid::afgeschermd) uit[bron[i]] = true;
  }
  return uit;
}

std::string maand_tekst(std::chrono::year_month maand) {
  char tekst[8];
  std::snprintf(tekst, sizeof tekst, "%04d-%02u", static_cast<int>(maand.year()),
                static_cast<unsigned>(maand.month()));
  return tekst;
}

std::string maand_van(Datum datum) { return maand_tekst({datum.year(), datum.month()}); }

std::optional<std::chrono::year_month> parse_maand(std::string_view tekst) {
  if (tekst.size() != 7 || tekst[4] != '-') return std::nullopt;
  int jaar = 0;
  unsigned maand = 0;
  if (std::from_chars(tekst.data(), tekst.data() + 4, jaar).ptr != tekst.data() + 4) return std::nullopt;
  if (std::from_chars(tekst.data() + 5, tekst.data() + 7, maand).ptr != tekst.data() + 7) return std::nullopt;
  const std::chrono::year_month ym{std::chrono::year{jaar}, std::chrono::month{maand}};
  if (!ym.ok() || jaar < 2000 || jaar > 2200) return std::nullopt;
  return ym;
}

std::vector<std::string> maanden(std::chrono::year_month van, std::chrono::year_month tot) {
  std::vector<std::string> uit;
  for (auto m = van; m <= tot; m += std::chrono::months{1}) uit.push_back(maand_tekst(m));
  return uit;
}

std::optional<std::int64_t> toonbaar_gemiddelde(std::int64_t som_dagen, std::int64_t aantal) {
  if (!toonbaar_aantal(aantal)) return std::nullopt;
  return (som_dagen + aantal / 2) / aantal;
}

}  // namespace regie::domain
