#pragma once
// The household record: creating it, reading the whole dossier, the phases of the work, and its members,
// network and involved professionals.

#include <optional>
#include <string>
#include <vector>

#include "domain/aandacht.hpp"
#include "domain/eisen.hpp"
#include "domain/fase.hpp"
#include "domain/inzet.hpp"
#include "domain/kader.hpp"
#include "service/dienst.hpp"
#include "store/gezag_store.hpp"
#include "store/huishouden_store.hpp"
#include "store/inzet_store.hpp"

namespace regie::service {

struct GezinslidInvoer {
  std::string voornaam;
  std::string achternaam;
  domain::Geboorte geboorte;
  std::optional<std::string> bsn;
  domain::Relatie relatie = domain::Relatie::overig;
};

struct NetwerklidInvoer {
  std::string naam;
  std::string relatie;
  std::string contact;
};

struct GezinslidInfo {
  store::GezinslidRecord lid;
  domain::Leeftijd leeftijd;
  std::optional<store::GezagRecord> gezag{};  // parental authority over him, when recorded
};

struct BetrokkeneInfo {
  store::BetrokkenheidRecord betrokkenheid;
  std::string naam;
  std::string organisatie;
  std::string email;
  std::string telefoon;
  bool contact_deelbaar = false;
  bool contact_in_document = true;  // documents for the household show organisation and phone
};

struct RegisseurInfo {
  store::RegisseurRecord regisseur;
  std::string naam;  // of the professional, member or network member
};

struct FaseStap {
  domain::Fase fase;
  std::vector<domain::FaseDrempel> drempels;  // empty: the phase may be entered now
};

struct HuishoudenDossier {
  store::HuishoudenRecord huishouden;
  std::vector<GezinslidInfo> gezinsleden;
  std::vector<store::NetwerklidRecord> netwerk;
  std::vector<BetrokkeneInfo> betrokkenen;
  std::vector<RegisseurInfo> regisseurs;
  std::vector<domain::Eis> eisen;
  std::vector<domain::Aandachtspunt> aandacht;  // the day-to-day work that waits, safety first
  int evaluatie_termijn_dagen = 0;              // the norm for the plan's evaluation; 0 without a level
  // What the reader may do besides reading, so that a screen offers nothing the server would refuse.
  struct Mag {
    bool regie = false;
    bool notitie = false;
    bool escalatie = false;
  } mag{};
  std::vector<FaseStap> volgende_fasen;
  domain::Kader kader = domain::Kader::vrijwillig;  // the frame of the help in force today
  std::optional<store::InzetRecord> inzet;          // none for a household registered before it was asked
};

struct ZoekInvoer {
  std::optional<std::string> achternaam;
  std::optional<domain::Datum> geboortedatum;
  std::optional<std::string> bsn;
};

struct Contactpersoon {
  std::string naam;
  std::string organisatie;
  std::string telefoon;
  std::string email;
};

// A household found: with its name when the searcher may read it; otherwise only whom to contact (the
// regisseur), so that a second file is not started next to the first.
struct Zoekresultaat {
  std::string huishouden_id;
  bool toegang = false;
  std::optional<std::string> naam;
  std::optional<domain::Niveau> niveau;
  std::optional<domain::Fase> fase;
  std::optional<Contactpersoon> contact;
  // Restricted sharing (DOMAIN.md §5, afgeschermde_regie): to a searcher without access, only that the
  // household is known; no regisseur, organisation or contact details (the organisation alone can give the
  // kind of case away). The search itself is in the household's access log, which its regisseurs see.
  bool afgeschermd = false;
};

inline constexpr int kMaxZoekresultaten = 20;

class Huishoudens : public Dienst {
 public:
  using Dienst::Dienst;

  // The household with its first members and what the intake found about deploying the method, in one
  // transaction. The API always asks for `inzet`; internal callers (demo, bulk data) may leave it out.
  std::string aanmaken(const Context& ctx, const std::string& naam,
                       const std::vector<GezinslidInvoer>& leden = {},
                       const std::optional<domain::InzetRegistratie>& inzet = std::nullopt);
  HuishoudenDossier lezen(const Context& ctx, const std::string& id);
  // Each household found is logged in its own access log.
  std::vector<Zoekresultaat> zoeken(const Context& ctx, const ZoekInvoer& invoer);
  void fase_wijzigen(const Context& ctx, const std::string& id, domain::Fase naar, int versie);

  std::string gezinslid_toevoegen(const Context& ctx, const std::string& huishouden_id,
                                  const GezinslidInvoer& invoer);
  void gezinslid_wijzigen(const Context& ctx, const std::string& huishouden_id, const std::string& lid_id,
                          const GezinslidInvoer& invoer, int versie);
  std::string netwerklid_toevoegen(const Context& ctx, const std::string& huishouden_id,
                                   const NetwerklidInvoer& invoer);
  std::string betrokkenheid_starten(const Context& ctx, const std::string& huishouden_id,
                                    const std::string& medewerker_id, const std::string& rol);
  void betrokkenheid_beeindigen(const Context& ctx, const std::string& huishouden_id,
                                const std::string& betrokkenheid_id);
  // Marks whether documents for the household may show this professional's organisation and contact details
  // under restricted sharing.
  void contact_delen(const Context& ctx, const std::string& huishouden_id,
                     const std::string& betrokkenheid_id, bool deelbaar);
};

// Shared with the other household services (same transaction).
std::vector<domain::Eis> openstaande_eisen(store::Tx& tx, const store::HuishoudenRecord& h,
                                           domain::Datum vandaag);
domain::FaseToestand fase_toestand(store::Tx& tx, const store::HuishoudenRecord& h, domain::Datum vandaag);
void vereis_open(const store::HuishoudenRecord& h);  // a closed household is read-only
void conflict_als(bool verouderd);                   // throws Conflict: somebody saved first
// Involves a professional in the household unless he is already; under restricted sharing its regisseurs are
// notified at once (DOMAIN.md §5 c). The new involvement's id; none when he was involved already.
std::optional<std::string> betrekken(store::Tx& tx, const Context& ctx, const store::HuishoudenRecord& h,
                                     const std::string& medewerker_id, const std::string& rol,
                                     const std::string& nu, Auditspoor& spoor);

}  // namespace regie::service
