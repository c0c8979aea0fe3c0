#pragma once
// Queries for the professional's own views (caseload, team, search) and for need-to-know extras
// (emergency access, notes, action progress). Written for the per-user filter: every query starts from an
// indexed relation of the user (betrokkenheid, manager_id), never from all households.

#include <optional>
#include <string>
#include <vector>

#include "domain/aandacht.hpp"
#include "domain/kader.hpp"
#include "domain/plannen.hpp"
#include "store/database.hpp"

namespace regie::store {

struct CaseloadRij {
  std::string id;
  std::string naam;
  std::optional<int> niveau;
  std::string fase;
  bool afgeschermd = false;
  std::optional<std::string> volgende_evaluatie;
  bool evaluatie_verstreken = false;
  int verlopen_acties = 0;
  int open_maatregelen = 0;
  bool open_escalatie = false;
  bool profiel_onvoldoende = false;
  std::string mijn_rol;  // procesregisseur | casusregisseur | betrokken
};

struct CaseloadVraag {
  std::string medewerker_id;
  std::string gemeente_id;  // the gemeente he works in: a regional professional sees its households only
  std::string vandaag;
  std::optional<int> niveau;
  std::optional<std::string> fase;     // absent: every phase except afgesloten
  std::optional<std::string> kenmerk;  // verlopen_acties | open_maatregelen | open_escalatie |
                                       // profiel_onvoldoende | evaluatie_verstreken
  std::string sorteer = "naam";        // naam, niveau, fase, volgendeEvaluatie; "-" in front: descending
  int limit = 20;
  int offset = 0;
};

std::vector<CaseloadRij> caseload(Tx& tx, const CaseloadVraag& vraag);
std::int64_t caseload_totaal(Tx& tx, const CaseloadVraag& vraag);
bool is_geldige_caseload_sortering(const std::string& sorteer);
bool is_geldig_caseload_kenmerk(const std::string& kenmerk);

struct TeamlidRij {
  std::string medewerker_id;
  std::string naam;
  int huishoudens = 0;      // where he holds regie
  int caseload_punten = 0;  // weighted by level with his organisation's weights
  int caseload_norm = 0;
  int profiel_knelpunten = 0;
  int open_escalaties = 0;
};
std::vector<TeamlidRij> team(Tx& tx, const std::string& manager_id);

struct TeamEscalatieRij {
  std::string escalatie_id;
  std::string huishouden_id;
  std::string huishouden_naam;
  std::string soort;
  std::string geopend_op;
  int geinformeerd = 0;  // how many parties were informed so far
};
std::vector<TeamEscalatieRij> team_escalaties(Tx& tx, const std::string& manager_id,
                                              const std::string& gemeente_id);

struct NoodtoegangRecord {
  std::string id;
  std::string huishouden_id;
  std::string medewerker_id;
  std::string medewerker_naam;
  std::string reden;
  std::string van;
  std::string tot;
  std::optional<std::string> beoordeeld_door;
  std::optional<std::string> oordeel;
};
void noodtoegang_invoegen(Tx& tx, const NoodtoegangRecord& n);
std::optional<NoodtoegangRecord> noodtoegang(Tx& tx, const std::string& id);
std::vector<NoodtoegangRecord> te_beoordelen_noodtoegangen(Tx& tx, const std::string& manager_id,
                                                           const std::string& gemeente_id);
// Unreviewed emergency access by professionals of the organisation who have no manager of their own.
std::vector<NoodtoegangRecord> te_beoordelen_zonder_manager(Tx& tx, const std::string& organisatie_id,
                                                            const std::string& gemeente_id);
bool organisatie_heeft_manager(Tx& tx, const std::string& organisatie_id);
bool noodtoegang_beoordelen(Tx& tx, const std::string& id, const std::string& door, const std::string& op,
                            const std::string& oordeel, const std::string& toelichting);

struct NotitieRecord {
  std::string id;
  std::string huishouden_id;
  std::string medewerker_id;
  std::string medewerker_naam;
  std::string tekst;
  std::string aangemaakt_op;
};
void notitie_invoegen(Tx& tx, const NotitieRecord& n);
std::vector<NotitieRecord> notities(Tx& tx, const std::string& huishouden_id, int limit, int offset);
std::int64_t notities_totaal(Tx& tx, const std::string& huishouden_id);

// Search within a gemeente: the start of a word of a surname or household name (its search form,
// domain/zoektermen), birth date and/or BSN of a member; at most `limit` ids.
struct ZoekVraag {
  std::string gemeente_id;
  std::optional<std::string> naam;
  std::optional<std::string> geboortedatum;
  std::optional<std::string> bsn;
  int limit = 20;
};
std::vector<std::string> zoek_huishoudens(Tx& tx, const ZoekVraag& vraag);
std::vector<std::string> leden_die_voldoen(Tx& tx, const std::string& huishouden_id, const ZoekVraag& vraag);

// Progress on the current plan's actions.
struct ActieStand {
  std::string plan_id;
  domain::Actie actie;
  int status_versie = 1;
};
std::optional<ActieStand> actie_in_huidig_plan(Tx& tx, const std::string& huishouden_id,
                                               const std::string& actie_id);
bool actie_status_zetten(Tx& tx, const ActieStand& stand, domain::ActieStatus status, const std::string& door,
                         const std::string& op);

// What the household page and the rules on its phase and requirements need beyond the record, in one
// query: which plans exist, whether the expert is still to be consulted before the start meeting, the frame
// in force and what needs attention (domain/aandacht.hpp) on `vandaag` (YYYY-MM-DD).
struct HuishoudenStand {
  bool heeft_ondersteuningsplan = false;
  bool heeft_veiligheidsplan = false;
  bool deskundige_voor_start_open = false;
  domain::Kader kader = domain::Kader::vrijwillig;
  domain::AandachtToestand aandacht;
};
HuishoudenStand huishouden_stand(Tx& tx, const std::string& huishouden_id, const std::string& vandaag);

}  // namespace regie::store
