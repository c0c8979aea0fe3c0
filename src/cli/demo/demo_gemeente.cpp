#include "cli/demo/demo_gemeente.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <random>

#include "cli/demo/demo_personen.hpp"
#include "cli/demo/demo_scenarios.hpp"
#include "domain/bsn.hpp"
#include "domain/competentie.hpp"
#include "domain/normen.hpp"
#include "service/accountbeheer.hpp"
#include "service/beheer.hpp"
#include "service/beoordelingen.hpp"
#include "service/crisislaag.hpp"
#include "service/escalaties.hpp"
#include "service/gezag.hpp"
#include "service/huishoudens.hpp"
#include "service/kader.hpp"
#include "service/niveaus.hpp"
#include "service/plannen.hpp"
#include "service/regisseurs.hpp"
#include "service/veiligheid.hpp"
#include "store/beheer_store.hpp"

namespace regie::cli::demo {
namespace {

using namespace regie::domain;
using namespace std::chrono;
using service::Context;

// Who takes which role at each level (gebruikersnamen): professionals whose profile covers it.
constexpr std::array<std::string_view, 6> kProcesregisseur{"", "", "jeroen", "fatima", "priya", "annelies"};
constexpr std::array<std::string_view, 6> kCasusregisseur{"",    "marloes",  "youssef",
                                                          "tom", "annelies", "priya"};
constexpr std::array<std::string_view, 6> kAanmelder{"jeroen", "marloes", "jeroen",
                                                     "fatima", "priya",   "priya"};

constexpr std::array<std::string_view, 16> kVoornamenVolwassen{
    "Sandra", "Mark",    "Fatma",  "Dennis", "Esra",   "Kevin", "Linda", "Mohamed",
    "Naomi",  "Patrick", "Samira", "Bas",    "Yvonne", "Hakan", "Petra", "Kwame"};
constexpr std::array<std::string_view, 16> kVoornamenKind{"Emma", "Daan", "Sara",  "Liam",  "Noor", "Finn",
                                                          "Yara", "Sem",  "Lina",  "Milan", "Zoë",  "Adam",
                                                          "Evi",  "Luca", "Amira", "Jesse"};

// What the registrant recorded about deploying the method, read from the scenario's story.
InzetRegistratie inzet_voor(const Scenario& s) {
  InzetRegistratie inzet;
  auto& t = inzet.toets;
  if (s.themas.size() >= 2) t.criteria.push_back(InzetCriterium::zorgen_meerdere_leefgebieden);
  if (!s.signalen.empty() || std::ranges::count(s.themas, Thema::veiligheid) > 0)
    t.criteria.push_back(InzetCriterium::onveilig_of_ongezond);
  if (!s.niveaus.empty() && s.niveaus.front() >= 2) t.criteria.push_back(InzetCriterium::hulpvraag_moeilijk);
  if (t.criteria.empty()) t.criteria.push_back(InzetCriterium::beperkt_zelfredzaam);
  t.acuut_gevaar = std::ranges::any_of(s.signalen, [](const Signaal& x) { return x.acuut; });
  return inzet;
}

struct Huishouden {
  const Scenario* scenario = nullptr;
  std::string id;
  std::vector<std::string> volwassenen;
  std::vector<std::string> kinderen;
  std::string aanmelder;
  std::string regievoerder;  // who holds regie now: the procesregisseur, or during intake the registrant
  std::optional<int> niveau;
  std::string escalatie;
};

struct Stap {
  int dag;  // relative to today (≤ 0)
  std::size_t volgorde;
  std::function<void()> actie;
};

class Bouwer {
 public:
  Bouwer(store::Database& db, Tijdstip nu)
      : db_(db),
        vandaag_(floor<days>(nu)),
        omgeving_{db, [this] { return klok_ += milliseconds(1); }},
        beheer_(omgeving_),
        huishoudens_(omgeving_),
        gezag_(omgeving_),
        regisseurs_(omgeving_),
        niveaus_(omgeving_),
        veiligheid_(omgeving_),
        escalaties_(omgeving_),
        kaders_(omgeving_),
        crisislagen_(omgeving_),
        plannen_(omgeving_),
        beoordelingen_(omgeving_) {}

  void maak(const std::function<void(int, int)>& voortgang) {
    zet_dag(-430);
    inrichten();
    for (const auto& s : scenarios()) plan_huishouden(s);
    std::ranges::stable_sort(stappen_, [](const Stap& a, const Stap& b) { return a.dag < b.dag; });
    int gedaan = 0;
    for (auto& stap : stappen_) {
      zet_dag(stap.dag);
      stap.actie();
      voortgang(++gedaan, static_cast<int>(stappen_.size()));
    }
  }

 private:
  // --- time -----------------------------------------------------------------------------------------
  void zet_dag(int dag) {
    const Tijdstip begin_van_dag = Tijdstip{vandaag_ + days{dag}} + hours(9);
    klok_ = std::max(klok_, begin_van_dag);
  }
  Datum datum() const { return datum_van(klok_); }

  // --- organisations and staff --------------------------------------------------------------------------
  Context als(std::string_view gebruikersnaam) const {
    const auto& m = *std::ranges::find(medewerkers(), gebruikersnaam, &DemoMedewerker::gebruikersnaam);
    return {service::Actor{id_.at(std::string{gebruikersnaam}), gemeente_, m.rollen, false}, "regievoering"};
  }

  // Regie is done by whoever holds it now: the procesregisseur, else a professional casusregisseur; without
  // one, the last professional who did (still involved, so with the intake rights), at first the registrant.
  Context regie(Huishouden& h) {
    const auto id = db_.read([&](store::Tx& tx) {
      return map_row(
          tx.query_one("SELECT persoon_id FROM regisseur WHERE huishouden_id = $1 AND tot IS NULL AND "
                       "persoon_soort = 'medewerker' ORDER BY rol DESC, van LIMIT 1",
                       {h.id}),
          [](const store::Row& r) { return r.text(0); });
    });
    if (id) h.regievoerder = gebruikersnaam_van(*id);
    return als(h.regievoerder.empty() ? h.aanmelder : h.regievoerder);
  }

  void inrichten() {
    gemeente_ = beheer_.gemeente_aanmaken(std::string{kGemeente});
    const Context sys = service::systeem_context(gemeente_, "inrichting");
    // Only the demo logs in with a password alone, so that anyone can try it; make run says so.
    service::Accountbeheer{omgeving_}.tweede_factor_verplichten(sys, false);
    std::map<std::string, std::string> organisatie_id, team_id;
    for (const auto& o : organisaties()) {
      organisatie_id[o.sleutel] = beheer_.organisatie_aanmaken(sys, {o.naam, o.ketens, {}, {}});
      team_id[o.sleutel] = beheer_.team_aanmaken(sys, organisatie_id[o.sleutel], o.team);
    }
    const auto buur = beheer_.gemeente_aanmaken(std::string{kBuurgemeente});
    const Context buur_sys = service::systeem_context(buur, "inrichting");
    beheer_.organisatie_aanmaken(buur_sys, {std::string{kBuurgemeenteTeam}, {Partij::lokaal_team}, {}, {}});
    for (const auto& o : organisaties()) {
      if (!o.ook_voor.empty()) beheer_.contract_vastleggen(buur_sys, organisatie_id[o.sleutel], datum());
    }
    for (const auto& m : medewerkers()) {
      std::optional<std::string> manager;
      if (!m.manager.empty()) manager = id_.at(m.manager);
      id_[m.gebruikersnaam] = beheer_.medewerker_aanmaken(
          sys, {organisatie_id.at(m.organisatie), team_id.at(m.organisatie), manager, m.naam,
                m.gebruikersnaam + "@" + m.organisatie + ".zuiderveen.example",
                "0800-" + std::to_string(1000 + id_.size()), m.rollen});
      beheer_.gebruiker_aanmaken(sys, id_[m.gebruikersnaam], m.gebruikersnaam, std::string{kWachtwoord});
    }
    zet_dag(-425);
    // Every certification follows a complete, positive assessment of that profile by the professional's own
    // manager, or else by an aandachtsfunctionaris of his organisation: never by himself.
    for (const auto& m : medewerkers()) {
      std::string beoordelaar = m.manager;
      if (beoordelaar.empty()) {
        const auto af = std::ranges::find_if(medewerkers(), [&](const DemoMedewerker& a) {
          return a.organisatie == m.organisatie && a.gebruikersnaam != m.gebruikersnaam &&
                 std::ranges::find(a.rollen, Gebruikersrol::aandachtsfunctionaris) != a.rollen.end();
        });
        if (af != medewerkers().end()) beoordelaar = af->gebruikersnaam;
      }
      for (const auto& c : m.certificeringen) {
        service::BeoordelingInvoer invoer{c, plus_dagen(datum(), -30), {}};
        for (const auto& gebied : domain::checklist_voor(c)) {
          invoer.gebieden.push_back({std::string{gebied.code}, domain::Beoordeling::voldoet, ""});
        }
        beoordelingen_.vastleggen(als(beoordelaar), id_.at(m.gebruikersnaam), std::move(invoer));
      }
    }
  }

  // --- members ----------------------------------------------------------------------------------------
  std::string bsn() {
    // The 99999xxxx range is reserved for tests: no real person has one of these.
    for (;;) {
      const std::string kandidaat =
          "99999" + std::to_string(1000 + std::uniform_int_distribution{0, 8999}(rng_));
      if (is_geldig_bsn(kandidaat)) return kandidaat;
    }
  }

  std::string volwassene(Huishouden& h, Relatie relatie, int min_jaar, int max_jaar) {
    const auto naam = kVoornamenVolwassen[volgende_naam_++ % kVoornamenVolwassen.size()];
    const int jaren = std::uniform_int_distribution{min_jaar, max_jaar}(rng_);
    const Datum geboren = plus_dagen(datum(), -(jaren * 365 + std::uniform_int_distribution{10, 300}(rng_)));
    const auto id = huishoudens_.gezinslid_toevoegen(
        als(h.aanmelder), h.id,
        {std::string{naam}, std::string{h.scenario->achternaam}, {geboren, false}, bsn(), relatie});
    h.volwassenen.push_back(id);
    return id;
  }

  void kind(Huishouden& h, int jaren, bool ongeboren = false) {
    const auto naam = ongeboren ? std::string_view{"(ongeboren)"}
                                : kVoornamenKind[volgende_naam_++ % kVoornamenKind.size()];
    const Datum geboren =
        ongeboren ? plus_dagen(datum(), 120)
                  : plus_dagen(datum(), -(jaren * 365 + std::uniform_int_distribution{10, 300}(rng_)));
    h.kinderen.push_back(huishoudens_.gezinslid_toevoegen(als(h.aanmelder), h.id,
                                                          {std::string{naam},
                                                           std::string{h.scenario->achternaam},
                                                           {geboren, ongeboren},
                                                           ongeboren ? std::nullopt : std::optional{bsn()},
                                                           Relatie::kind}));
  }

  void samenstellen(Huishouden& h) {
    switch (h.scenario->samenstelling) {
      case Samenstelling::gezin:
        volwassene(h, Relatie::ouder, 33, 45);
        volwassene(h, Relatie::partner, 33, 47);
        kind(h, 3 + static_cast<int>(volgende_naam_ % 4));
        kind(h, 9 + static_cast<int>(volgende_naam_ % 6));
        break;
      case Samenstelling::eenouder:
        volwassene(h, Relatie::ouder, 26, 40);
        kind(h, 1 + static_cast<int>(volgende_naam_ % 3));
        kind(h, 7);
        break;
      case Samenstelling::zwanger:
        volwassene(h, Relatie::ouder, 22, 30);
        volwassene(h, Relatie::partner, 24, 34);
        kind(h, 0, true);
        break;
      case Samenstelling::alleenstaand:
        volwassene(h, Relatie::overig, 30, 58);
        break;
      case Samenstelling::oudere:
        volwassene(h, Relatie::overig, 79, 91);
        break;
      case Samenstelling::samengesteld:
        volwassene(h, Relatie::ouder, 35, 44);
        volwassene(h, Relatie::verzorger, 36, 48);
        kind(h, 6);
        kind(h, 12);
        kind(h, 15);
        break;
    }
    const Context ctx = als(h.aanmelder);
    // Parental authority over the children: in the blended family the stepparent has none and the other
    // parent, who lives elsewhere, shares it.
    const bool samengesteld = h.scenario->samenstelling == Samenstelling::samengesteld;
    for (const auto& k : h.kinderen) {
      gezag_.vastleggen(ctx, h.id, k,
                        samengesteld
                            ? service::GezagInvoer{{h.volwassenen.front()},
                                                   "De andere ouder woont elders en heeft ook gezag."}
                            : service::GezagInvoer{h.volwassenen, ""});
    }
    huishoudens_.netwerklid_toevoegen(ctx, h.id, {"Tante Gerda", "zus van de moeder", "06-1234 5678"});
    if (h.scenario->samenstelling == Samenstelling::oudere) {
      huishoudens_.netwerklid_toevoegen(ctx, h.id, {"Buurvrouw Ans", "buurvrouw", "via de intercom"});
    }
  }

  // --- assessment and decision --------------------------------------------------------------------------
  static Taxatie taxatie_voor(int niveau, const std::vector<Signaal>& signalen) {
    Taxatie t;
    t.draagkracht = niveau >= 3   ? Draagkracht::volledig_uit_balans
                    : niveau == 2 ? Draagkracht::deels_uit_balans
                                  : Draagkracht::in_balans;
    t.zelfredzaamheid = niveau >= 3   ? Zelfredzaamheid::niet
                        : niveau == 2 ? Zelfredzaamheid::beperkt
                                      : Zelfredzaamheid::voldoende;
    t.zorgen = niveau >= 3 ? Zorgen::complex : niveau == 2 ? Zorgen::meervoudig : Zorgen::normaal;
    t.basiszorg_toereikend = niveau < 2;
    t.veiligheid = niveau >= 4   ? Veiligheid::onveilig_huishouden
                   : niveau == 3 ? (signalen.empty() ? Veiligheid::onveilig_huishouden : Veiligheid::signalen)
                                 : Veiligheid::veilig;
    t.ketenoverstijgend_nodig = niveau >= 4;
    t.escalatie = niveau == 5 ? Escalatie::dreigend : Escalatie::geen;
    t.signalen = signalen;
    return t;
  }

  // `deels_verbeterd`: the capacity is back in balance and basic care suffices, but the household is still
  // not self-reliant, so it stays at level 2 and the advice says why (DOMAIN.md §4.3).
  void besluiten(Huishouden& h, int niveau, const std::vector<Signaal>& signalen,
                 bool deels_verbeterd = false) {
    const Context ctx = regie(h);
    auto taxatie = taxatie_voor(niveau, signalen);
    if (deels_verbeterd) {
      taxatie.draagkracht = Draagkracht::in_balans;
      taxatie.basiszorg_toereikend = true;
      taxatie.zorgen = Zorgen::enkelvoudig;
    }
    const auto t = niveaus_.taxatie_vastleggen(ctx, h.id, taxatie);
    std::optional<Nazorgafspraak> nazorg;
    if (nazorgafspraak_vereist(h.niveau ? std::optional{niveau_uit_nummer(*h.niveau)} : std::nullopt,
                               niveau_uit_nummer(niveau))) {
      nazorg =
          Nazorgafspraak{"Wijkteam, " + std::string{kCasusregisseur[static_cast<std::size_t>(niveau)]},
                         "Sfeer thuis, schoolbezoek van de kinderen en contact met de ex-partner",
                         plus_dagen(datum(), 120), "Een melding van de school, de buren of Veilig Thuis"};
    }
    const auto dossier = huishoudens_.lezen(ctx, h.id);
    niveaus_.besluiten(ctx, h.id, t.taxatie_id, {niveau_uit_nummer(niveau), "", nazorg},
                       dossier.huishouden.versie);
    h.niveau = niveau;
  }

  // Each role held by whoever the table names for the level; a flagged regisseur is replaced. The casus role
  // is ended first, so that whoever holds regie can still hand the proces role over.
  void regisseurs_voor_niveau(Huishouden& h) {
    const int n = *h.niveau;
    for (auto rol : {Rol::casus, Rol::proces}) {
      for (const auto& r : huishoudens_.lezen(regie(h), h.id).regisseurs) {
        if (r.regisseur.rol != rol) continue;
        const bool vervangen = r.regisseur.knelpunt && !(rol == Rol::proces && h.scenario->knelpunt_laten);
        const bool niet_nodig = rol == Rol::proces && n == 1;
        if (vervangen || niet_nodig)
          regisseurs_.beeindigen(regie(h), h.id, r.regisseur.id, r.regisseur.versie);
      }
    }
    for (auto rol : {Rol::proces, Rol::casus}) {
      if (rol == Rol::proces && n == 1) continue;
      const auto huidig = huishoudens_.lezen(regie(h), h.id).regisseurs;
      if (std::ranges::any_of(huidig, [&](const auto& r) { return r.regisseur.rol == rol; })) continue;
      service::ToewijzingInvoer invoer{rol, PersoonSoort::medewerker, "", {}};
      if (rol == Rol::casus) {
        for (auto thema : h.scenario->themas)
          invoer.aandachtsgebied.push_back({tekst_voor(thema).leefgebied, std::nullopt});
      }
      const auto& tabel = rol == Rol::proces ? kProcesregisseur : kCasusregisseur;
      invoer.persoon_id = id_.at(std::string{tabel[static_cast<std::size_t>(n)]});
      if (rol == Rol::casus && n == 1 && h.scenario->eigen_regie) {
        invoer.persoon_soort = PersoonSoort::gezinslid;
        invoer.persoon_id = h.volwassenen.front();
      }
      if (grondslag_vereist(niveau_uit_nummer(n), is_regionaal(tabel[static_cast<std::size_t>(n)]))) {
        invoer.grondslag = n == 5 ? Grondslag::zvh_besluit : Grondslag::regionale_afspraak;
        invoer.grondslag_kenmerk = n == 5
                                       ? "Casusoverleg Zorg- en Veiligheidshuis, besluit over de procesregie"
                                       : "Regionaal convenant regie bij onveiligheid, 2026";
      }
      regisseurs_.toewijzen(regie(h), h.id, invoer);
    }
  }

  static bool is_regionaal(std::string_view gebruikersnaam) {
    const auto& m = *std::ranges::find(medewerkers(), gebruikersnaam, &DemoMedewerker::gebruikersnaam);
    return !std::ranges::find(organisaties(), m.organisatie, &DemoOrganisatie::sleutel)->ook_voor.empty();
  }

  std::string gebruikersnaam_van(const std::string& medewerker_id) const {
    for (const auto& [naam, id] : id_) {
      if (id == medewerker_id) return naam;
    }
    return {};
  }

  void maatregelen_afhandelen(Huishouden& h, bool alles) {
    const Context ctx = regie(h);
    for (const auto& m : veiligheid_.maatregelen(ctx, h.id)) {
      if (m.status != store::MaatregelStatus::open) continue;
      using enum MaatregelCode;
      if (m.code == deskundige_voor_start || m.code == politie_direct || m.code == politie_bij_acuut_gevaar ||
          (alles && (m.code == meldcode_veilig_thuis_deskundige || m.code == afgeschermde_regie))) {
        veiligheid_.maatregel_bijwerken(ctx, h.id, m.id, store::MaatregelStatus::gedaan, {}, m.versie);
      } else if (alles && m.code == methodiek_veiligheidsmaatregelen) {
        veiligheid_.maatregel_bijwerken(ctx, h.id, m.id, store::MaatregelStatus::niet_van_toepassing,
                                        std::string{"Er wordt geen gespecialiseerde methodiek ingezet."},
                                        m.versie);
      }
    }
  }

  void fase(Huishouden& h, Fase naar) {
    const Context ctx = regie(h);
    huishoudens_.fase_wijzigen(ctx, h.id, naar, huishoudens_.lezen(ctx, h.id).huishouden.versie);
  }

  // --- plans ----------------------------------------------------------------------------------------------
  Ondersteuningsplan ondersteuningsplan(const Huishouden& h, bool voortgang) {
    Ondersteuningsplan p;
    p.variant = h.niveau == 1 ? PlanVariant::preventief : PlanVariant::regulier;
    const auto casus = id_.at(std::string{kCasusregisseur[static_cast<std::size_t>(*h.niveau)]});
    for (auto thema : h.scenario->themas) {
      const auto& t = tekst_voor(thema);
      p.leefgebieden.push_back({t.leefgebied, std::nullopt, std::string{t.krachten}, std::string{t.zorgen},
                                std::string{t.eerdere_hulp}});
      Doel d{"", std::string{t.doel}, t.leefgebied, std::nullopt, plus_dagen(datum(), 120), {}};
      d.acties.push_back({"", std::string{t.actie_gezin},
                          Eigenaar{PersoonSoort::gezinslid, h.volwassenen.front()}, plus_dagen(datum(), 14),
                          voortgang ? ActieStatus::gedaan : ActieStatus::open});
      d.acties.push_back({"", std::string{t.actie_professional}, Eigenaar{PersoonSoort::medewerker, casus},
                          plus_dagen(datum(), 30), voortgang ? ActieStatus::bezig : ActieStatus::open});
      p.doelen.push_back(std::move(d));
    }
    if (h.scenario->achternaam != "Bakker") {  // one household shows the kindcheck finding
      for (const auto& k : h.kinderen)
        p.kindcheck.push_back({k, "Besproken met de ouders; de school en de jeugdarts letten mee op."});
    }
    p.eigen_woorden = h.kinderen.empty()
                          ? "Ik wil weer grip op mijn leven en mensen om me heen."
                          : "We willen rust in huis en dat de kinderen het goed hebben op school.";
    const int termijn = standaard_norm(niveau_uit_nummer(*h.niveau)).evaluatie_termijn_dagen;
    p.evaluatiedatum = plus_dagen(datum(), std::max(14, termijn - 7));
    return p;
  }

  Veiligheidsplan veiligheidsplan(const Huishouden& h) {
    Veiligheidsplan vp;
    vp.zorgen_en_gevaren =
        "Er is geweld geweest tussen de volwassenen; de kinderen waren erbij. De dreiging is niet weg.";
    vp.veiligheidsdoel =
        "Niemand in het gezin wordt bedreigd of geslagen, en de kinderen voelen zich thuis veilig.";
    vp.eigen_voorstellen =
        "Moeder wil dat tante Gerda een sleutel heeft; vader stelt voor bij ruzie een nacht bij zijn broer "
        "te "
        "slapen.";
    vp.eigen_voorstellen_overgenomen = Overname::deels;
    vp.voorwaarden = {{"Geen fysiek geweld of bedreiging in huis.", "Veilig Thuis"},
                      {"De kinderen worden niet bij ruzies betrokken.", "Procesregisseur"}};
    vp.afspraken = {
        {"Moeder", "Belt bij dreiging direct 112 en daarna de procesregisseur.", "Altijd", "Procesregisseur"},
        {"Tante Gerda", "Vangt de kinderen op als het thuis escaleert.", "Bij dreiging", "Casusregisseur"}};
    vp.signalen = {{"Vader drinkt en wordt luidruchtig", "Kinderen naar de buren, moeder belt 112",
                    "Politie 112, wijkagent"}};
    vp.monitoring =
        "Elke week contact met de procesregisseur; elke zes weken evaluatie met alle betrokkenen.";
    vp.evaluatiedatum = plus_dagen(datum(), 35);
    // Level 5 only: the level-4 households show what the plan still misses about the surroundings.
    if (h.niveau == 5) {
      vp.omgeving_norm = "Geen meldingen van buren over geluid, bedreiging of samenscholing voor het huis.";
      vp.omgeving_betrokken =
          "De wijkagent spreekt de buren wekelijks; de school weet wie ze bij onrust belt.";
    }
    if (h.scenario->afgeschermd_deel) {
      const auto proces = id_.at(std::string{kProcesregisseur[static_cast<std::size_t>(*h.niveau)]});
      vp.afgeschermd = {{"",
                         "Adres van de opvang",
                         "Moeder en kinderen kunnen terecht in de opvang aan de Lindelaan (adres alleen bij "
                         "de procesregisseur).",
                         {proces}}};
    }
    return vp;
  }

  void plannen_maken(Huishouden& h, bool voortgang) {
    const Context ctx = regie(h);
    const auto huidig = plannen_.ondersteuningsplan(ctx, h.id);
    const auto basis = huidig ? std::optional{huidig->record.kop.versie} : std::nullopt;
    const auto op = plannen_.ondersteuningsplan_opslaan(ctx, h.id, ondersteuningsplan(h, voortgang), basis);
    plannen_.ondersteuningsplan_ondertekenen(ctx, h.id, op.record.kop.versie, h.volwassenen.front());
    if (*h.niveau >= 3) {
      const auto vp = plannen_.veiligheidsplan(ctx, h.id);
      plannen_.veiligheidsplan_opslaan(ctx, h.id, veiligheidsplan(h),
                                       vp ? std::optional{vp->record.kop.versie} : std::nullopt);
    }
  }

  // --- meldcode and escalation ----------------------------------------------------------------------------
  void meldcode(Huishouden& h, const std::string& traject, int stap) {
    service::MeldcodeStapInvoer in{stap, datum(), "Casusregisseur en aandachtsfunctionaris", "", {}, {}};
    const bool melden = h.scenario->achternaam == "van Leeuwen";
    switch (stap) {
      case 1:
        in.uitkomst = "Signalen van de school en de huisarts op een rij gezet.";
        break;
      case 2:
        in.uitkomst = "Collegiaal overlegd en Veilig Thuis geraadpleegd.";
        break;
      case 3:
        in.uitkomst = "Gesprek gevoerd met moeder; zij herkent de zorgen.";
        break;
      case 4:
        in.uitkomst = melden ? "Er is structurele onveiligheid: melden."
                             : "Hulp is aanvaard en biedt voldoende veiligheid.";
        in.afweging =
            melden ? Afwegingskader{true, true, {}, {}, {}} : Afwegingskader{true, false, true, true, true};
        break;
      default:
        in.uitkomst = melden ? "Gemeld bij Veilig Thuis; de hulp gaat door."
                             : "Hulp georganiseerd; de veiligheid wordt gevolgd.";
        in.besluit = MeldcodeBesluit{melden, true};
        break;
    }
    veiligheid_.meldcode_stap_vastleggen(regie(h), h.id, traject, in);
  }

  // --- one household's life, as dated steps
  // ------------------------------------------------------------------
  void plan_huishouden(const Scenario& s) {
    auto& h = huishoudens_staat_.emplace_back();
    h.scenario = &s;
    h.aanmelder =
        std::string{kAanmelder[s.niveaus.empty() ? 0 : static_cast<std::size_t>(s.niveaus.front())]};
    const int begin = -s.start;
    auto op = [&](int dag, std::function<void()> actie) {
      stappen_.push_back({std::min(begin + dag, 0), stappen_.size(), std::move(actie)});
    };
    op(0, [this, &h] {
      h.id = huishoudens_.aanmaken(als(h.aanmelder), "Gezin " + std::string{h.scenario->achternaam}, {},
                                   inzet_voor(*h.scenario));
      samenstellen(h);
    });
    if (s.niveaus.empty()) return;
    op(2, [this, &h] { fase(h, Fase::voorbereiding); });
    op(5, [this, &h] { besluiten(h, h.scenario->niveaus.front(), h.scenario->signalen); });
    if (s.eindfase == Fase::voorbereiding) return;
    op(6, [this, &h] {
      regisseurs_voor_niveau(h);
      maatregelen_afhandelen(h, false);
    });
    if (s.meldcode) {
      auto traject = std::make_shared<std::string>();
      op(6, [this, &h, traject] { *traject = veiligheid_.meldcode_starten(regie(h), h.id); });
      for (int stap = 1; stap <= 5; ++stap)
        op(6 + 2 * stap, [this, &h, traject, stap] { meldcode(h, *traject, stap); });
    }
    if (s.dwangbesluit) op(7, [this, &h] { gedwongen_kader(h); });
    if (s.niveaus.front() == 5) op(8, [this, &h] { crisislaag(h); });
    op(9, [this, &h] { fase(h, Fase::startoverleg); });
    if (s.eindfase == Fase::startoverleg) return;
    op(12, [this, &h] {
      maatregelen_afhandelen(h, h.scenario->start > 60);
      plannen_maken(h, false);
      fase(h, Fase::uitvoering);
    });
    if (s.escalatie) {
      op(20, [this, &h] {
        h.escalatie = escalaties_.openen(
            regie(h), h.id, EscalatieAanleiding::inhoud,
            "De betrokken organisaties zijn het niet eens over de bodemeisen in het veiligheidsplan.");
      });
      op(24, [this, &h] {
        informeer(h, EscalatiePartij::manager, "De teamleiders van beide organisaties",
                  "Besproken met de teamleiders van beide organisaties.");
      });
      op(31, [this, &h] {
        informeer(h, EscalatiePartij::directie, "De directeuren van beide organisaties",
                  "De directeuren zijn ingelicht en plannen een overleg.");
      });
      if (s.niveaus.size() > 1) {
        op(45, [this, &h] {
          const Context ctx = regie(h);
          escalaties_.sluiten(
              ctx, h.id, h.escalatie,
              "De directeuren hebben de bodemeisen samen vastgesteld; de uitvoering loopt weer.",
              escalaties_.lijst(ctx, h.id).at(0).versie);
          h.escalatie.clear();
        });
      }
    }
    int dag = 12;
    for (std::size_t i = 1; i < s.niveaus.size(); ++i) {
      dag += 60;
      op(dag, [this, &h] { fase(h, Fase::evaluatie); });
      op(dag + 1, [this, &h, i] {
        const auto& n = h.scenario->niveaus;
        besluiten(h, n[i], {}, n[i] == 2 && n[i - 1] == 2);
        regisseurs_voor_niveau(h);
        plannen_maken(h, true);
        fase(h, Fase::uitvoering);
      });
    }
    if (s.eindfase == Fase::evaluatie) {
      op(std::min(dag + 50, s.start - 1), [this, &h] { fase(h, Fase::evaluatie); });
    }
    if (s.eindfase == Fase::afgesloten) {
      op(dag + 40, [this, &h] {
        const Context ctx = regie(h);
        if (!h.escalatie.empty()) {
          escalaties_.sluiten(ctx, h.id, h.escalatie, "Afspraken gemaakt; de uitvoering loopt weer.",
                              escalaties_.lijst(ctx, h.id).at(0).versie);
        }
        fase(h, Fase::afgesloten);
      });
    }
  }

  // The burgemeester bans the violent partner from the home for ten days; the help goes on in a compulsory
  // frame.
  void gedwongen_kader(Huishouden& h) {
    const Context ctx = regie(h);
    std::string partner;
    for (const auto& g : huishoudens_.lezen(ctx, h.id).gezinsleden)
      if (g.lid.relatie == Relatie::partner) partner = g.lid.id;
    const auto vandaag = datum();
    kaders_.dwangbesluit_vastleggen(ctx, h.id,
                                    {DwangbesluitSoort::tijdelijk_huisverbod,
                                     Besluitnemer::burgemeester,
                                     {partner},
                                     vandaag,
                                     plus_dagen(vandaag, 10),
                                     "Huisverbod na geweld in het gezin; de politie bracht het bevel."});
    kaders_.kader_vastleggen(
        ctx, h.id, {Kader::dwang, vandaag, "Huisverbod opgelegd; hulp verplicht in het kader daarvan."});
  }

  // Level 5 from the start: GRIP 1 declared the day before, the ambtenaar IVZ/OOV as linking pin.
  void crisislaag(Huishouden& h) {
    Crisislaag laag;
    laag.grip_fase = GripFase::grip_1;
    laag.grip_van = plus_dagen(datum(), -1);
    laag.schakel_id = id_.at("karim");
    laag.communicatiecoordinator = "Woordvoerder gemeente Zuiderveen, via het KCC (14 0180)";
    laag.media_aandacht = true;
    laag.toelichting = "Buurtbewoners verzamelden zich voor de woning; een regionale krant belde.";
    crisislagen_.vastleggen(regie(h), h.id, laag, 0);
  }

  void informeer(Huishouden& h, EscalatiePartij partij, const std::string& wie,
                 const std::string& toelichting) {
    const Context ctx = regie(h);
    escalaties_.informeren(ctx, h.id, h.escalatie, {partij, toelichting, wie, std::nullopt, {}},
                           escalaties_.lijst(ctx, h.id).at(0).versie);
  }

  store::Database& db_;
  sys_days vandaag_;
  Tijdstip klok_{};
  service::Omgeving omgeving_;
  service::Beheer beheer_;
  service::Huishoudens huishoudens_;
  service::Gezag gezag_;
  service::Regisseurs regisseurs_;
  service::Niveaus niveaus_;
  service::Veiligheid veiligheid_;
  service::Escalaties escalaties_;
  service::Kaders kaders_;
  service::Crisislagen crisislagen_;
  service::Plannen plannen_;
  service::Beoordelingen beoordelingen_;
  std::string gemeente_;
  std::map<std::string, std::string> id_;  // gebruikersnaam → medewerker id
  std::deque<Huishouden> huishoudens_staat_;
  std::vector<Stap> stappen_;
  std::mt19937 rng_{2026};
  std::size_t volgende_naam_ = 0;
};

}  // namespace

std::vector<Login> logins() {
  std::vector<Login> uit;
  for (const auto& m : medewerkers()) {
    std::string rollen;
    for (auto r : m.rollen) rollen += (rollen.empty() ? "" : ", ") + std::string{to_code(r)};
    for (const auto& c : m.certificeringen) {
      rollen += (rollen.find('(') == std::string::npos ? " (" : ", ") + std::string{to_code(c.rol)} + " " +
                std::string{to_code(c.profiel)};
    }
    if (rollen.find('(') != std::string::npos) rollen += ")";
    const auto& o = *std::ranges::find(organisaties(), m.organisatie, &DemoOrganisatie::sleutel);
    uit.push_back({m.gebruikersnaam, m.naam, rollen, o.naam});
  }
  return uit;
}

bool bestaat(store::Database& db) {
  return db.read(
      [](store::Tx& tx) { return store::gemeente_met_naam(tx, std::string{kGemeente}).has_value(); });
}

bool database_is_leeg(store::Database& db) {
  return db.read(
      [](store::Tx& tx) { return tx.query_one("SELECT count(*) FROM gemeente")->integer(0) == 0; });
}

void maak(store::Database& db, Tijdstip nu, const std::function<void(int, int)>& voortgang) {
  Bouwer{db, nu}.maak(voortgang);
}

}  // namespace regie::cli::demo
