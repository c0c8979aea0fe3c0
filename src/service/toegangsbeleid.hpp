#pragma once
// Need-to-know as a table (issue 4): what a professional may do with a household follows from how he is
// related to it. Pure; the relations are looked up by the service (`banden`).

#include <string_view>

namespace regie::service {

// What the actor wants to do with a household.
enum class Handeling {
  lezen,               // the dossier, plans, history, access log
  regie,               // plans, assessments, level decisions, signals, assignments, measures, meldcode, phase
  eigen_actie,         // the status of a plan action he owns
  notitie,             // add a note
  escalatie,           // handle an escalation (inform the chain, close it)
  profiel_bevestigen,  // confirm a flagged regisseur may continue
};

// How the actor is related to the household right now.
struct Banden {
  bool regisseur = false;    // holds casus- or procesregie (professional)
  bool betrokken = false;    // involved professional
  bool manager = false;      // manages an involved professional (and has the manager role)
  bool noodtoegang = false;  // time-limited emergency read access
  bool professionele_regisseur_aanwezig = false;
};

// Before any professional holds regie, the involved professionals do the intake (assess, decide, assign).
bool mag(Handeling handeling, const Banden& banden);

// True when only emergency access grants the reading (the audit row then says so).
bool alleen_via_noodtoegang(const Banden& banden);

}  // namespace regie::service
