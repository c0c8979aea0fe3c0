#include "domain/crisis.hpp"

#include "domain/regiekaart.hpp"

namespace regie::domain {
namespace {

using std::chrono::sys_days;

struct Regel {
  CrisisBezwaar bezwaar;
  std::string_view veld;
  std::string_view tekst;
  bool (*geldt)(const Crisislaag&, std::optional<Niveau>, Datum);
};

bool grip_open(const Crisislaag& c) { return c.grip_fase && !c.grip_tot; }

const std::array<Regel, 6> kRegels{{
    {CrisisBezwaar::alleen_op_niveau_5, "gripFase",
     "GRIP afkondigen of laten doorlopen kan alleen bij een huishouden op niveau 5; leg wel een einddatum "
     "vast.",
     [](const Crisislaag& c, std::optional<Niveau> n, Datum) {
       return grip_open(c) && !heeft_crisislaag(n);
     }},
    {CrisisBezwaar::alleen_op_niveau_5, "schakelId",
     "Een ambtenaar IVZ/OOV als schakel hoort bij niveau 5; haal de schakel weg of schaal eerst op.",
     [](const Crisislaag& c, std::optional<Niveau> n, Datum) {
       return c.schakel_id && !heeft_crisislaag(n);
     }},
    {CrisisBezwaar::grip_van_ontbreekt, "gripVan", "Geef aan vanaf welke datum GRIP geldt.",
     [](const Crisislaag& c, std::optional<Niveau>, Datum) { return c.grip_fase && !c.grip_van; }},
    {CrisisBezwaar::grip_fase_ontbreekt, "gripFase", "Kies de GRIP-fase bij deze datums.",
     [](const Crisislaag& c, std::optional<Niveau>, Datum) {
       return !c.grip_fase && (c.grip_van || c.grip_tot);
     }},
    {CrisisBezwaar::einde_voor_begin, "gripTot", "De einddatum van GRIP ligt vóór de begindatum.",
     [](const Crisislaag& c, std::optional<Niveau>, Datum) {
       return c.grip_van && c.grip_tot && sys_days{*c.grip_tot} < sys_days{*c.grip_van};
     }},
    {CrisisBezwaar::begin_in_toekomst, "gripVan", "Leg GRIP vast als het is afgekondigd: vandaag of eerder.",
     [](const Crisislaag& c, std::optional<Niveau>, Datum vandaag) {
       return c.grip_van && sys_days{*c.grip_van} > sys_days{vandaag};
     }},
}};

}  // namespace

bool heeft_crisislaag(std::optional<Niveau> niveau) { return niveau && kaart_voor(*niveau).crisislaag; }

bool grip_geldt(const Crisislaag& c, Datum datum) {
  return c.grip_fase && c.grip_van && sys_days{*c.grip_van} <= sys_days{datum} &&
         (!c.grip_tot || sys_days{datum} <= sys_days{*c.grip_tot});
}

std::vector<CrisisFout> crisis_fouten(const Crisislaag& c, std::optional<Niveau> niveau, Datum vandaag) {
  std::vector<CrisisFout> uit;
  for (const auto& r : kRegels) {
    if (r.geldt(c, niveau, vandaag)) uit.push_back({r.bezwaar, r.veld, r.tekst});
  }
  return uit;
}

}  // namespace regie::domain
