#include "cli/bench/bench_gemeente.hpp"

#include <array>
#include <random>
#include <stdexcept>

#include "codec/advies_json.hpp"
#include "codec/taxatie_json.hpp"
#include "domain/advies.hpp"
#include "domain/zoektermen.hpp"
#include "service/beheer.hpp"
#include "service/wachtwoord.hpp"
#include "store/beheer_store.hpp"
#include "store/bulk_insert.hpp"
#include "store/codes.hpp"
#include "store/ids.hpp"
#include "store/kengetal_store.hpp"
#include "store/logboek.hpp"

namespace regie::cli::bench {
namespace {

using namespace regie::domain;
using namespace std::chrono;
using store::BulkInsert;
using store::null;
using store::Value;

constexpr int kHuishoudensPerTransactie = 10000;
constexpr double kAandeelOpen = 0.02;  // the rest is closed history

// One assessment per level whose advice is that level (checked when the generator starts).
constexpr std::array<std::string_view, 5> kTaxaties{
    R"({"draagkracht":"in_balans","zelfredzaamheid":"volledig","basiszorgToereikend":true,"veiligheid":"veilig","ketenoverstijgendNodig":false,"escalatie":"geen"})",
    R"({"draagkracht":"deels_uit_balans","zelfredzaamheid":"beperkt","basiszorgToereikend":false,"veiligheid":"veilig","ketenoverstijgendNodig":false,"escalatie":"geen"})",
    R"({"draagkracht":"deels_uit_balans","zelfredzaamheid":"beperkt","basiszorgToereikend":false,"veiligheid":"signalen","ketenoverstijgendNodig":false,"escalatie":"geen","signalen":[{"type":"stalking"}]})",
    R"({"draagkracht":"volledig_uit_balans","zelfredzaamheid":"niet","basiszorgToereikend":false,"veiligheid":"onveilig_huishouden","ketenoverstijgendNodig":true,"escalatie":"geen"})",
    R"({"draagkracht":"volledig_uit_balans","zelfredzaamheid":"niet","basiszorgToereikend":false,"veiligheid":"onveilig_omgeving","ketenoverstijgendNodig":true,"escalatie":"actueel"})",
};
constexpr std::array<int, 5> kNiveauGewicht{35, 30, 20, 10, 5};  // percent of households per level

constexpr std::array<std::string_view, 20> kAchternamen{
    "Aydin",   "Bos",      "Claes",  "Dekker",   "Evers",    "Fransen", "Gerritsen",
    "Hoek",    "IJzerman", "Jonker", "Kramer",   "Lammers",  "Mertens", "Nijhuis",
    "Oosting", "Prins",    "Quint",  "Rietveld", "Schouten", "Tromp"};
constexpr std::array<std::string_view, 12> kVoornamen{"Anna", "Bram",  "Chaima", "Dirk",  "Elif",  "Frank",
                                                      "Gijs", "Hanna", "Ilse",   "Joost", "Karim", "Lotte"};
constexpr std::array<std::string_view, 8> kLeefgebieden{
    "werk",       "inkomen_financien", "maatschappelijke_ondersteuning", "wonen", "onderwijs", "jeugdhulp",
    "veiligheid", "gezondheid"};

struct Canoniek {
  std::string invoer;
  std::string advies;
  std::string redenen;
};

struct Professional {
  std::string id;
  int profiel = 0;  // 0 A, 1 B, 2 B+
  bool veiligheidsketen = false;
};

std::array<Canoniek, 5> canonieke_taxaties() {
  std::array<Canoniek, 5> uit;
  for (std::size_t i = 0; i < kTaxaties.size(); ++i) {
    const auto taxatie = codec::parse_taxatie(kTaxaties[i]);
    const auto advies = advise(taxatie);
    if (nummer(advies.niveau) != static_cast<int>(i) + 1)
      throw std::logic_error("bench: taxatie geeft ander niveau");
    uit[i].invoer = codec::serialize_taxatie(taxatie);
    uit[i].advies = codec::serialize_advies(advies);
    uit[i].redenen = store::codes_tekst(codec::reden_codes(uit[i].advies));
  }
  return uit;
}

class Generator {
 public:
  Generator(store::Database& db, const BenchOpties& opties, Tijdstip nu)
      : db_(db), opties_(opties), nu_(nu), rng_(opties.seed), canoniek_(canonieke_taxaties()) {}

  BenchUitkomst maak(const std::function<void(int, int)>& voortgang) {
    inrichten();
    const auto afgeleid = afgeleide_structuren_weghalen();
    for (int gedaan = 0; gedaan < opties_.huishoudens;) {
      const int aantal = std::min(kHuishoudensPerTransactie, opties_.huishoudens - gedaan);
      std::vector<store::Logregel> log;
      db_.write([&](store::Tx& tx) {
        // Random ids put every insert at a random place in each index: keep the indexes in memory.
        if (db_.backend() == store::Backend::sqlite) tx.exec_script("PRAGMA cache_size = -2097152");
        batch(tx, aantal, log);
      });
      store::logregels_schrijven(db_, log);
      gedaan += aantal;
      voortgang(gedaan, opties_.huishoudens);
    }
    terugzetten(afgeleid);
    db_.statistieken_bijwerken();
    uitkomst_.huishoudens = opties_.huishoudens;
    return uitkomst_;
  }

 private:
  // --- randomness -------------------------------------------------------------------------------------
  int getal(int van, int tot) { return std::uniform_int_distribution{van, tot}(rng_); }
  bool kans(double p) { return std::uniform_real_distribution{0.0, 1.0}(rng_) < p; }
  template <typename T, std::size_t N>
  const T& een(const std::array<T, N>& a) {
    return a[static_cast<std::size_t>(getal(0, static_cast<int>(N) - 1))];
  }
  // One of `v`; with few staff a list can be empty, then anyone (the data is for load, not for the rules).
  const Professional& een(const std::vector<Professional>& v) {
    const auto& uit = v.empty() ? alle_ : v;
    return uit[static_cast<std::size_t>(getal(0, static_cast<int>(uit.size()) - 1))];
  }
  std::string moment(Tijdstip t) const { return format_tijdstip(t); }
  std::string datum(Tijdstip t) const { return format_datum(datum_van(t)); }
  static Tijdstip dagen(Tijdstip t, int n) { return t + duration_cast<Tijdstip::duration>(days{n}); }

  // --- organisations and staff ------------------------------------------------------------------------
  void inrichten() {
    service::Beheer beheer{service::Omgeving{db_}};
    gemeente_ = beheer.gemeente_aanmaken(std::string{kGemeente});
    const auto sys = service::systeem_context(gemeente_, "inrichting");
    struct Org {
      std::string naam;
      std::vector<Partij> ketens;
      int aandeel;  // percent of the regisseurs
    };
    const std::vector<Org> orgs{
        {"Wijkteam Benchstad", {Partij::lokaal_team}, 60},
        {"Jeugd en Gezin Benchstad", {Partij::zorgketen}, 25},
        {"Veiligheidshuis Benchstad", {Partij::veiligheidsketen, Partij::civiele_keten}, 15},
        {"Huisartsen Benchstad", {Partij::basiszorg}, 0}};
    std::vector<std::string> org_ids, team_ids, beoordelaars;
    for (const auto& o : orgs) {
      org_ids.push_back(beheer.organisatie_aanmaken(sys, {o.naam, o.ketens, {}, {}}));
      team_ids.push_back(beheer.team_aanmaken(sys, org_ids.back(), "Team 1"));
      beoordelaars.push_back(beheer.medewerker_aanmaken(sys, {org_ids.back(),
                                                              team_ids.back(),
                                                              {},
                                                              "Aandachtsfunctionaris " + o.naam,
                                                              "",
                                                              "",
                                                              {Gebruikersrol::aandachtsfunctionaris}}));
    }
    const int m = std::max(opties_.medewerkers, 20);
    const int managers = std::max(3, m / 12);
    const int regisseurs = m - managers - static_cast<int>(orgs.size()) - 2;
    std::vector<std::vector<std::string>> managers_per_org(orgs.size());
    for (int i = 0; i < managers; ++i) {
      const auto o = static_cast<std::size_t>(i % 3);
      managers_per_org[o].push_back(beheer.medewerker_aanmaken(sys, {org_ids[o],
                                                                     team_ids[o],
                                                                     {},
                                                                     "Manager " + std::to_string(i + 1),
                                                                     "",
                                                                     "",
                                                                     {Gebruikersrol::manager}}));
      gebruiker(managers_per_org[o].back(), "manager-" + std::to_string(i + 1));
    }
    gebruiker(beheer.medewerker_aanmaken(
                  sys, {org_ids[0], team_ids[0], {}, "Beheerder", "", "", {Gebruikersrol::beheerder}}),
              "beheerder");
    gebruiker(beheer.medewerker_aanmaken(
                  sys, {org_ids[0], team_ids[0], {}, "Agendahouder", "", "", {Gebruikersrol::agendahouder}}),
              "agendahouder");
    for (int i = 0; i < regisseurs; ++i) {
      const int p = getal(1, 100);
      const std::size_t o = p <= orgs[0].aandeel ? 0 : p <= orgs[0].aandeel + orgs[1].aandeel ? 1 : 2;
      const auto& mgrs = managers_per_org[o];
      Professional prof;
      prof.veiligheidsketen = o == 2;
      prof.profiel = o == 2 ? 2 : i % 5 < 2 ? 0 : i % 5 < 4 ? 1 : 2;
      prof.id = beheer.medewerker_aanmaken(sys, {org_ids[o],
                                                 team_ids[o],
                                                 mgrs[static_cast<std::size_t>(i) % mgrs.size()],
                                                 "Regisseur " + std::to_string(i + 1),
                                                 "",
                                                 "",
                                                 {Gebruikersrol::regisseur}});
      const std::string naam = "regisseur-" + std::to_string(i + 1);
      gebruiker(prof.id, naam);
      uitkomst_.regisseurs.push_back(naam);
      certificeren(prof, beoordelaars[o]);
      for (int niveau = 0; niveau < 5; ++niveau) {
        if (prof.profiel >= vereist_profiel(niveau + 1))
          geschikt_[static_cast<std::size_t>(niveau)].push_back(prof);
      }
      if (prof.veiligheidsketen) veiligheidsketen_.push_back(prof);
      alle_.push_back(prof);
    }
    uitkomst_.medewerkers = m;
  }

  // Every insert at a random place in every index is what makes a bulk load slow: the secondary indexes
  // are dropped before and built once afterwards (sorted), from their own definitions. Indexes that back a
  // primary key or unique constraint stay. The triggers that keep the caseload's figures (kengetal_*) would
  // recompute a household's figures at every row, and without the indexes by scanning: they are set aside
  // too, and the figures computed once at the end.
  std::vector<std::string> afgeleide_structuren_weghalen() {
    return db_.write([&](store::Tx& tx) {
      std::vector<std::pair<std::string, std::string>> weg;  // the statement that drops it, its definition
      if (db_.backend() == store::Backend::sqlite) {
        for (const auto& r :
             tx.query("SELECT type, name, sql FROM sqlite_master WHERE (type = 'index' AND sql "
                      "IS NOT NULL) OR (type = 'trigger' AND name LIKE 'kengetal_%')")) {
          weg.emplace_back((r.text(0) == "index" ? "DROP INDEX " : "DROP TRIGGER ") + r.text(1), r.text(2));
        }
      } else {
        for (const auto& r : tx.query(
                 "SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x JOIN pg_class i ON i.oid = "
                 "x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = "
                 "t.relnamespace "
                 "WHERE n.nspname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE "
                 "c.conindid = x.indexrelid) "
                 // A partition's index goes and comes back with its partitioned table's index.
                 "AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = x.indexrelid)")) {
          weg.emplace_back("DROP INDEX " + r.text(0), r.text(1));
        }
        for (const auto& r :
             tx.query("SELECT g.tgname, t.relname, pg_get_triggerdef(g.oid) FROM pg_trigger g "
                      "JOIN pg_class t ON t.oid = g.tgrelid JOIN pg_namespace n ON n.oid = "
                      "t.relnamespace WHERE n.nspname = current_schema() AND g.tgname LIKE "
                      "'kengetal_%'")) {
          weg.emplace_back("DROP TRIGGER " + r.text(0) + " ON " + r.text(1), r.text(2));
        }
      }
      std::vector<std::string> definities;
      for (const auto& [weghalen, definitie] : weg) {
        tx.exec_script(weghalen);
        definities.push_back(definitie);
      }
      return definities;
    });
  }

  void terugzetten(const std::vector<std::string>& definities) {
    db_.write([&](store::Tx& tx) {
      for (const auto& d : definities) tx.exec_script(d);
      store::kengetallen_herberekenen(tx, gemeente_);
    });
  }

  static int vereist_profiel(int niveau) { return niveau <= 2 ? 0 : niveau == 3 ? 1 : 2; }

  void gebruiker(const std::string& medewerker_id, const std::string& naam) {
    if (wachtwoord_hash_.empty()) wachtwoord_hash_ = service::hash_wachtwoord(std::string{kWachtwoord});
    db_.write([&](store::Tx& tx) {
      store::gebruiker_invoegen(tx, {store::nieuwe_id(), medewerker_id, naam, wachtwoord_hash_, false},
                                moment(nu_));
    });
  }

  void certificeren(const Professional& p, const std::string& beoordelaar) {
    static constexpr std::array<Profiel, 3> kProfielen{Profiel::A, Profiel::B, Profiel::B_plus};
    db_.write([&](store::Tx& tx) {
      for (const auto rol : {Rol::casus, Rol::proces}) {
        store::certificering_invoegen(tx,
                                      {store::nieuwe_id(),
                                       p.id,
                                       {rol, kProfielen[static_cast<std::size_t>(p.profiel)]},
                                       datum_van(dagen(nu_, -400)),
                                       beoordelaar},
                                      moment(nu_));
      }
    });
  }

  // --- households -------------------------------------------------------------------------------------
  struct Tabellen {
    explicit Tabellen(store::Tx& tx)
        : huishouden(tx, "huishouden",
                     {"id", "gemeente_id", "naam", "fase", "niveau", "niveau_sinds", "afgeschermd",
                      "afgeschermd_sinds", "aangemaakt_door", "aangemaakt_op", "gesloten_op"}),
          gezinslid(
              tx, "gezinslid",
              {"id", "huishouden_id", "voornaam", "achternaam", "geboortedatum", "relatie", "toegevoegd_op"}),
          zoekterm(tx, "zoekterm", {"gemeente_id", "huishouden_id", "gezinslid_id", "term"}),
          netwerklid(tx, "netwerklid",
                     {"id", "huishouden_id", "naam", "relatie", "contact", "toegevoegd_op"}),
          betrokkenheid(tx, "betrokkenheid", {"id", "huishouden_id", "medewerker_id", "rol", "van", "tot"}),
          regisseur(
              tx, "regisseur",
              {"id", "huishouden_id", "rol", "persoon_soort", "persoon_id", "van", "tot", "toegewezen_door"}),
          aandachtsgebied(tx, "regisseur_aandachtsgebied", {"regisseur_id", "volgnr", "leefgebied"}),
          taxatie(tx, "taxatie",
                  {"id", "huishouden_id", "invoer", "advies", "advies_niveau", "vastgelegd_door",
                   "vastgelegd_op", "besloten_niveau", "besloten_door", "besloten_op"}),
          overgang(tx, "niveau_overgang",
                   {"id", "huishouden_id", "taxatie_id", "naar_niveau", "advies_niveau", "redenen",
                    "besloten_door", "besloten_op"}),
          plan(tx, "ondersteuningsplan",
               {"id", "huishouden_id", "versie", "variant", "eigen_woorden", "evaluatiedatum",
                "opgesteld_door", "opgesteld_op"}),
          leefgebied(tx, "op_leefgebied",
                     {"plan_id", "volgnr", "leefgebied", "krachten", "zorgen", "eerdere_hulp"}),
          doel(tx, "op_doel", {"plan_id", "doel_id", "volgnr", "omschrijving", "leefgebied", "streefdatum"}),
          actie(tx, "op_actie",
                {"plan_id", "actie_id", "doel_id", "volgnr", "omschrijving", "eigenaar_soort", "eigenaar_id",
                 "uiterlijk", "status"}),
          vp(tx, "veiligheidsplan",
             {"id", "huishouden_id", "versie", "zorgen_en_gevaren", "veiligheidsdoel", "monitoring",
              "evaluatiedatum", "opgesteld_door", "opgesteld_op"}),
          vp_afspraak(tx, "vp_afspraak", {"plan_id", "volgnr", "wie", "wat", "wanneer", "toezicht"}),
          signaal(tx, "signaal",
                  {"id", "huishouden_id", "type", "acuut", "effectief", "vastgelegd_door", "vastgelegd_op"}),
          maatregel(tx, "maatregel", {"id", "huishouden_id", "code", "signalen", "status", "aangemaakt_op"}),
          escalatie(tx, "escalatie",
                    {"id", "huishouden_id", "soort", "toelichting", "niveau", "geopend_door", "geopend_op"}) {
    }

    void afronden() {
      // Parents before children (foreign keys).
      for (auto* t : {&huishouden, &gezinslid, &zoekterm, &netwerklid, &betrokkenheid, &regisseur,
                      &aandachtsgebied, &taxatie, &overgang, &plan, &leefgebied, &doel, &actie, &vp,
                      &vp_afspraak, &signaal, &maatregel, &escalatie}) {
        t->afronden();
      }
    }

    BulkInsert huishouden, gezinslid, zoekterm, netwerklid, betrokkenheid, regisseur, aandachtsgebied,
        taxatie, overgang, plan, leefgebied, doel, actie, vp, vp_afspraak, signaal, maatregel, escalatie;
  };

  int kies_niveau() {
    int p = getal(1, 100);
    for (int n = 0; n < 5; ++n) {
      p -= kNiveauGewicht[static_cast<std::size_t>(n)];
      if (p <= 0) return n + 1;
    }
    return 1;
  }

  std::string_view kies_fase() {
    const int p = getal(1, 100);
    return p <= 5    ? "aanmelding"
           : p <= 10 ? "voorbereiding"
           : p <= 15 ? "startoverleg"
           : p <= 85 ? "uitvoering"
                     : "evaluatie";
  }

  // The households in the data; their log rows (audit and processing log) into `log`, for the log store.
  void batch(store::Tx& tx, int aantal, std::vector<store::Logregel>& log) {
    Tabellen t{tx};
    for (int i = 0; i < aantal; ++i) huishouden(t, log);
    t.afronden();
  }

  void huishouden(Tabellen& t, std::vector<store::Logregel>& log) {
    const std::string id = store::nieuwe_id();
    const bool open = kans(kAandeelOpen);
    const int niveau = kies_niveau();
    const auto& canon = canoniek_[static_cast<std::size_t>(niveau - 1)];
    const Tijdstip begin = open ? dagen(nu_, -getal(10, 400)) : dagen(nu_, -getal(400, 3650));
    const std::optional<Tijdstip> einde = open ? std::nullopt : std::optional{dagen(begin, getal(30, 390))};
    const auto tot = einde ? Value{moment(*einde)} : null();
    const bool afgeschermd = niveau >= 3 && kans(0.3);
    const std::string achternaam{een(kAchternamen)};
    if (open) ++uitkomst_.open_huishoudens;

    // Who: a casusregisseur always, a procesregisseur from level 2 (from the veiligheidsketen at level 5),
    // sometimes one more professional.
    const auto& casus = een(geschikt_[static_cast<std::size_t>(niveau - 1)]);
    const Professional* proces = nullptr;
    if (niveau >= 2)
      proces = &een(niveau == 5 ? veiligheidsketen_ : geschikt_[static_cast<std::size_t>(niveau - 1)]);
    if (proces && proces->id == casus.id) proces = nullptr;
    const Professional* extra = kans(0.4) ? &een(alle_) : nullptr;
    if (extra && (extra->id == casus.id || (proces && extra->id == proces->id))) extra = nullptr;
    const std::string& aanmelder = proces ? proces->id : casus.id;

    const auto termen = [&](const std::optional<std::string>& lid, const std::string& naam) {
      for (const auto& term : domain::zoektermen(naam))
        t.zoekterm.rij({gemeente_, id, lid ? Value{*lid} : null(), term});
    };
    termen(std::nullopt, "Gezin " + achternaam);
    t.huishouden.rij({id, gemeente_, "Gezin " + achternaam, std::string{open ? kies_fase() : "afgesloten"},
                      std::int64_t{niveau}, moment(dagen(begin, 1)), std::int64_t{afgeschermd ? 1 : 0},
                      afgeschermd ? Value{moment(dagen(begin, 1))} : null(), aanmelder, moment(begin),
                      einde ? Value{moment(*einde)} : null()});
    const int volwassenen = getal(1, 2);
    const int kinderen = getal(0, 3);
    for (int v = 0; v < volwassenen; ++v) {
      const auto lid = store::nieuwe_id();
      termen(lid, achternaam);
      t.gezinslid.rij({lid, id, std::string{een(kVoornamen)}, achternaam,
                       datum(dagen(nu_, -getal(22 * 365, 70 * 365))),
                       std::string{v == 0 ? "ouder" : "partner"}, moment(begin)});
    }
    for (int k = 0; k < kinderen; ++k) {
      const auto lid = store::nieuwe_id();
      termen(lid, achternaam);
      t.gezinslid.rij({lid, id, std::string{een(kVoornamen)}, achternaam,
                       datum(dagen(nu_, -getal(30, 17 * 365))), std::string{"kind"}, moment(begin)});
    }
    for (int n = getal(0, 2); n > 0; --n) {
      t.netwerklid.rij({store::nieuwe_id(), id,
                        std::string{een(kVoornamen)} + " " + std::string{een(kAchternamen)},
                        std::string{"buur"}, std::string{""}, moment(begin)});
    }

    const auto betrek = [&](const Professional& p, std::string_view rol) {
      t.betrokkenheid.rij({store::nieuwe_id(), id, p.id, std::string{rol}, moment(begin), tot});
    };
    const std::string casus_id = store::nieuwe_id();
    t.regisseur.rij({casus_id, id, std::string{"casus"}, std::string{"medewerker"}, casus.id,
                     moment(dagen(begin, 1)), tot, aanmelder});
    t.aandachtsgebied.rij({casus_id, std::int64_t{0}, std::string{een(kLeefgebieden)}});
    betrek(casus, "casusregisseur");
    if (proces) {
      t.regisseur.rij({store::nieuwe_id(), id, std::string{"proces"}, std::string{"medewerker"}, proces->id,
                       moment(dagen(begin, 1)), tot, aanmelder});
      betrek(*proces, "procesregisseur");
    }
    if (extra) betrek(*extra, "ambulant hulpverlener");

    const std::string taxatie_id = store::nieuwe_id();
    t.taxatie.rij({taxatie_id, id, canon.invoer, canon.advies, std::int64_t{niveau}, aanmelder, moment(begin),
                   std::int64_t{niveau}, aanmelder, moment(dagen(begin, 1))});
    t.overgang.rij({store::nieuwe_id(), id, taxatie_id, std::int64_t{niveau}, std::int64_t{niveau},
                    canon.redenen, aanmelder, moment(dagen(begin, 1))});

    if (open && niveau >= 2) plannen(t, id, niveau, aanmelder, casus, extra, begin);
    if (afgeschermd) {
      t.signaal.rij({store::nieuwe_id(), id, std::string{"stalking"}, std::int64_t{0}, std::int64_t{1},
                     aanmelder, moment(begin)});
      for (const auto* code : {"politie_bij_acuut_gevaar", "afgeschermde_regie", "deskundige_voor_start"}) {
        t.maatregel.rij({store::nieuwe_id(), id, std::string{code}, std::string{"stalking"},
                         std::string{open && kans(0.3) ? "open" : "gedaan"}, moment(begin)});
      }
    }
    if (open && kans(0.03)) {
      t.escalatie.rij({store::nieuwe_id(), id, std::string{"organisatie"},
                       std::string{"Afspraken worden niet nagekomen."}, std::int64_t{niveau}, aanmelder,
                       moment(dagen(nu_, -getal(1, 30)))});
    }

    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(begin.time_since_epoch()).count();
    log.push_back({{gemeente_,
                    moment(begin),
                    aanmelder,
                    "regisseur",
                    "huishouden.aanmaken",
                    id,
                    {},
                    "regievoering",
                    "gelukt",
                    store::willekeurig_hex(16)},
                   {"", store::willekeurig_hex(8), std::nullopt, std::nullopt, ms, ms}});
    log.back().spoor.trace_id = log.back().audit.trace_id;
  }

  void plannen(Tabellen& t, const std::string& id, int niveau, const std::string& opsteller,
               const Professional& casus, const Professional* extra, Tijdstip begin) {
    static constexpr std::array<std::string_view, 4> kStatussen{"open", "bezig", "gedaan", "open"};
    const std::string plan_id = store::nieuwe_id();
    t.plan.rij({plan_id, id, std::int64_t{1}, std::string{"regulier"},
                std::string{"Wij willen weer rust en overzicht."}, datum(dagen(nu_, getal(-20, 120))),
                opsteller, moment(dagen(begin, 5))});
    t.leefgebied.rij({plan_id, std::int64_t{0}, std::string{"inkomen_financien"}, std::string{"Vader werkt."},
                      std::string{"Schulden lopen op."}, std::string{""}});
    for (int d = 0; d < 2; ++d) {
      const std::string doel_id = store::nieuwe_id();
      t.doel.rij({plan_id, doel_id, std::int64_t{d},
                  std::string{d == 0 ? "Schulden onder controle" : "Kinderen gaan elke dag naar school"},
                  std::string{d == 0 ? "inkomen_financien" : "onderwijs"}, datum(dagen(nu_, 180))});
      for (int a = 0; a < 2; ++a) {
        const auto& eigenaar = (a == 1 && extra) ? extra->id : (a == 0 ? opsteller : casus.id);
        t.actie.rij({plan_id, store::nieuwe_id(), doel_id, std::int64_t{a},
                     std::string{"Actie " + std::to_string(a + 1)}, std::string{"medewerker"}, eigenaar,
                     datum(dagen(nu_, getal(-30, 60))), std::string{een(kStatussen)}});
      }
    }
    if (niveau >= 3) {
      const std::string vp_id = store::nieuwe_id();
      t.vp.rij({vp_id, id, std::int64_t{1}, std::string{"Dreiging door een ex-partner."},
                std::string{"Iedereen is thuis veilig."}, std::string{"Wekelijks contact."},
                datum(dagen(nu_, getal(10, 90))), opsteller, moment(dagen(begin, 5))});
      t.vp_afspraak.rij({vp_id, std::int64_t{0}, std::string{"Moeder"}, std::string{"Belt 112 bij dreiging."},
                         std::string{"Altijd"}, std::string{"Regisseur"}});
    }
  }

  store::Database& db_;
  BenchOpties opties_;
  Tijdstip nu_;
  std::mt19937_64 rng_;
  std::array<Canoniek, 5> canoniek_;
  std::string gemeente_;
  std::string wachtwoord_hash_;
  std::array<std::vector<Professional>, 5> geschikt_;  // per level: whose profile covers it
  std::vector<Professional> veiligheidsketen_;
  std::vector<Professional> alle_;
  BenchUitkomst uitkomst_;
};

}  // namespace

BenchUitkomst vul(store::Database& db, const BenchOpties& opties, Tijdstip nu,
                  const std::function<void(int, int)>& voortgang) {
  const bool bestaat =
      db.read([](store::Tx& tx) { return store::gemeente_met_naam(tx, std::string{kGemeente}).has_value(); });
  if (bestaat)
    throw std::invalid_argument("De gemeente " + std::string{kGemeente} + " bestaat al in deze database.");
  return Generator{db, opties, nu}.maak(voortgang);
}

}  // namespace regie::cli::bench
