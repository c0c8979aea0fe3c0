#pragma once
// The household with its members, network, involved professionals and regie assignments.

#include <optional>
#include <string>
#include <vector>

#include "domain/huishouden.hpp"
#include "domain/leeftijd.hpp"
#include "domain/regionaal.hpp"
#include "domain/toewijzing.hpp"
#include "store/database.hpp"

namespace regie::store {

struct HuishoudenRecord {
  std::string id;
  std::string gemeente_id;
  std::string naam;
  domain::Fase fase = domain::Fase::aanmelding;
  std::optional<domain::Niveau> niveau;
  std::optional<std::string> niveau_sinds;
  bool afgeschermd = false;
  std::optional<std::string> afgeschermd_sinds;
  std::string aangemaakt_door;
  std::string aangemaakt_op;
  std::optional<std::string> gesloten_op;
  int versie = 1;
};

struct GezinslidRecord {
  std::string id;
  std::string huishouden_id;
  std::string voornaam;
  std::string achternaam;
  domain::Geboorte geboorte;
  std::optional<std::string> bsn;
  domain::Relatie relatie = domain::Relatie::overig;
  int versie = 1;
};

struct NetwerklidRecord {
  std::string id;
  std::string huishouden_id;
  std::string naam;
  std::string relatie;
  std::string contact;
  int versie = 1;
};

struct BetrokkenheidRecord {
  std::string id;
  std::string huishouden_id;
  std::string medewerker_id;
  std::string rol;  // the professional's function towards this household
  std::string van;
  std::optional<std::string> tot;
};

struct Aandachtsgebied {
  std::optional<domain::Leefgebied> leefgebied;
  std::optional<std::string> gezinslid_id;

  friend bool operator==(const Aandachtsgebied&, const Aandachtsgebied&) = default;
};

struct RegisseurRecord {
  std::string id;
  std::string huishouden_id;
  domain::Rol rol = domain::Rol::casus;
  domain::PersoonSoort persoon_soort = domain::PersoonSoort::medewerker;
  std::string persoon_id;
  std::string van;
  std::optional<std::string> tot;
  std::string toegewezen_door;
  std::optional<std::string> waarschuwing;
  std::optional<domain::Knelpunt> knelpunt;
  std::optional<std::string> knelpunt_sinds;
  std::optional<std::string> bevestigd_door;
  std::optional<std::string> bevestigd_op;
  std::optional<domain::Niveau> bevestigd_tot_niveau;
  std::vector<Aandachtsgebied> aandachtsgebied;
  int versie = 1;
  std::optional<domain::Grondslag> grondslag{};  // the regional agreement or ZVH decision it follows (§7)
  std::optional<std::string> grondslag_kenmerk{};
};

void huishouden_invoegen(Tx& tx, const HuishoudenRecord& h);
std::optional<HuishoudenRecord> huishouden(Tx& tx, const std::string& id);
std::vector<HuishoudenRecord> huishoudens_van_gemeente(Tx& tx, const std::string& gemeente_id);
// Each returns false when `versie` is no longer current (someone else changed the household first).
bool huishouden_fase_zetten(Tx& tx, const std::string& id, int versie, domain::Fase fase,
                            const std::optional<std::string>& gesloten_op);
bool huishouden_niveau_zetten(Tx& tx, const std::string& id, int versie, domain::Niveau niveau,
                              const std::string& sinds);
void huishouden_afschermen(Tx& tx, const std::string& id,
                           const std::string& sinds);  // no-op when already shielded
void huishouden_versie_ophogen(Tx& tx, const std::string& id);

void gezinslid_invoegen(Tx& tx, const GezinslidRecord& g, const std::string& nu);
std::vector<GezinslidRecord> gezinsleden(Tx& tx, const std::string& huishouden_id);
// The members of several households, by household (at most kMaxLijstParameters ids).
std::vector<GezinslidRecord> gezinsleden_van(Tx& tx, const std::vector<std::string>& huishouden_ids);
std::optional<GezinslidRecord> gezinslid(Tx& tx, const std::string& id);
bool gezinslid_bijwerken(Tx& tx, const GezinslidRecord& g);  // checks g.versie, then increments it

void netwerklid_invoegen(Tx& tx, const NetwerklidRecord& n, const std::string& nu);
std::vector<NetwerklidRecord> netwerkleden(Tx& tx, const std::string& huishouden_id);
std::optional<NetwerklidRecord> netwerklid(Tx& tx, const std::string& id);

void betrokkenheid_invoegen(Tx& tx, const BetrokkenheidRecord& b);
std::vector<BetrokkenheidRecord> actieve_betrokkenheden(Tx& tx, const std::string& huishouden_id);
// The same with how to reach each professional, in one query (the household overview).
struct BetrokkeneMetContact {
  BetrokkenheidRecord betrokkenheid;
  std::string naam;
  std::string organisatie;
  std::string email;
  std::string telefoon;
  bool contact_deelbaar = false;  // a regisseur marked the contact shareable in documents for the household
};
std::vector<BetrokkeneMetContact> actieve_betrokkenen_met_contact(Tx& tx, const std::string& huishouden_id);
std::optional<BetrokkenheidRecord> betrokkenheid(Tx& tx, const std::string& id);
void betrokkenheid_contact_delen(Tx& tx, const std::string& id, bool deelbaar);
void betrokkenheid_beeindigen(Tx& tx, const std::string& id, const std::string& tot);

void regisseur_invoegen(Tx& tx, const RegisseurRecord& r);
std::vector<RegisseurRecord> actieve_regisseurs(Tx& tx, const std::string& huishouden_id);
// The same with the name of the professional, member or network member (the household overview).
std::vector<std::pair<RegisseurRecord, std::string>> actieve_regisseurs_met_naam(
    Tx& tx, const std::string& huishouden_id);
std::optional<RegisseurRecord> regisseur(Tx& tx, const std::string& id);
bool regisseur_beeindigen(Tx& tx, const std::string& id, int versie, const std::string& tot);
void regisseur_knelpunt_zetten(Tx& tx, const std::string& id, const std::optional<domain::Knelpunt>& knelpunt,
                               const std::optional<std::string>& sinds);
bool regisseur_bevestigen(Tx& tx, const std::string& id, int versie, const std::string& door,
                          const std::string& op, domain::Niveau tot_niveau);
bool regisseur_grondslag_zetten(Tx& tx, const std::string& id, int versie, domain::Grondslag grondslag,
                                const std::string& kenmerk);

}  // namespace regie::store
