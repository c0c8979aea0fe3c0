#pragma once
// What a household user sees and does in the portal (DOMAIN.md §12, issue "the household as users"). Each use
// case needs the matching right of his account and runs in his own household only; every read and write is
// audited like a professional's, so the household's access log shows it.

#include <optional>
#include <string>
#include <vector>

#include "domain/plannen.hpp"
#include "service/dienst.hpp"
#include "service/pagina.hpp"

namespace regie::service {

struct PortaalActie {
  std::string id;
  std::string omschrijving;
  std::string wie;  // a first name, a network member's name, a professional's name, or "nog niet afgesproken"
  std::optional<domain::Datum> uiterlijk;
  domain::ActieStatus status = domain::ActieStatus::open;
  bool van_mij = false;
  int status_versie = 1;  // for marking it done (optimistic, like the professionals' progress updates)
  std::optional<domain::Eigenaar> eigenaar{};  // only for the household's own casusregisseur, who edits it
};

struct PortaalDoel {
  std::string id;
  std::string omschrijving;
  std::optional<domain::Leefgebied> leefgebied;
  std::optional<domain::Datum> streefdatum;
  std::vector<PortaalActie> acties;
};

struct PortaalRegisseur {
  domain::Rol rol = domain::Rol::casus;
  std::string naam;
  std::string organisatie;
  std::string telefoon;  // only what the regisseur marked shareable
  std::string email;
};

struct PortaalOndertekening {
  std::string naam;  // the member's first name
  std::string op;
  std::string wijze;  // portaal | papier
};

struct PortaalPlan {
  // Under restricted sharing nothing is shown until a regisseur releases the current version; the household
  // then sees only that it is not released.
  bool vrijgegeven = true;
  std::optional<int> versie;
  std::optional<domain::Datum> evaluatiedatum;
  std::string eigen_woorden;
  std::vector<PortaalDoel> doelen;
  std::vector<PortaalRegisseur> regisseurs;
  std::vector<PortaalOndertekening> ondertekeningen;  // of this version
  bool door_mij_ondertekend = false;
  // At level 1 a member or network member may hold casusregie and keep the plan himself; then he also gets
  // whom an action can be given to.
  bool ik_houd_het_plan_bij = false;
  struct Persoon {
    domain::Eigenaar wie;
    std::string naam;
  };
  std::vector<Persoon> mogelijke_eigenaren{};
};

struct InzageRegel {
  std::string tijdstip;
  std::string wie;
  std::string wat;
  std::string waarom;
};

struct InzagePagina {
  std::vector<InzageRegel> items;
  std::int64_t totaal = 0;
};

// A network member who can look on (an account, or an invitation still open).
struct PortaalNetwerkToegang {
  std::string persoon_id;
  std::string naam;
  std::vector<domain::PortaalRecht> rechten;
  std::string sinds;  // the account's start; empty while only invited
  bool uitgenodigd = false;
};

// The household's current plan in plain terms, as its members see it; `ik_persoon_id` marks his own actions
// and signature (empty for a professional). Under restricted sharing a professional is named only where his
// contact may be shared with the household.
PortaalPlan plan_in_gewone_woorden(store::Tx& tx, const store::HuishoudenRecord& h,
                                   const std::string& ik_persoon_id);

// Whether the household may see its current plan in the portal: always, except under restricted sharing,
// where a regisseur must have released that version.
bool plan_voor_huishouden(store::Tx& tx, const store::HuishoudenRecord& h);

class Portaal : public Dienst {
 public:
  using Dienst::Dienst;

  // The current support plan in plain terms. Forbidden without the right to read it.
  PortaalPlan plan(const Context& ctx);
  // The same plan as a PDF. NotFound when there is none he may see.
  std::string plan_pdf(const Context& ctx);
  // Marks one of his own actions in the current plan done, or open again. NotFound for an action that is
  // not in the current plan, Forbidden for someone else's, Conflict when `status_versie` is no longer
  // current.
  void eigen_actie(const Context& ctx, const std::string& actie_id, bool gedaan, int status_versie);
  // "Who viewed our file", for members only (a network member sees the plan, not the household's log).
  // Organisation and role, never names; under restricted sharing not even the organisation.
  InzagePagina inzage(const Context& ctx, Pagina pagina);
  // A member signs this version of the plan, bound to its content, with how he proved who he is. Conflict
  // when it is no longer the newest version or he signed it already; Forbidden for a network member.
  void ondertekenen(const Context& ctx, int versie, const std::string& zekerheid);
  // The network members with access, for a member who may manage it: 16 or older on his own account (not a
  // member of 12 to 15, who looks on together with a parent). Forbidden for others.
  std::vector<PortaalNetwerkToegang> netwerk(const Context& ctx);
  // Such a member withdraws a network member's access at once: the account, its sessions and any open
  // invitation. NotFound when that person has none in this household.
  void netwerk_intrekken(const Context& ctx, const std::string& persoon_id);
};

}  // namespace regie::service
