#include "service/plan_context.hpp"

#include "domain/normen.hpp"
#include "domain/tijd.hpp"

namespace regie::service {

int evaluatie_termijn(const store::OrganisatieRecord* organisatie, std::optional<domain::Niveau> niveau) {
  if (!niveau) return 0;
  if (organisatie)
    return organisatie->normen[static_cast<std::size_t>(domain::nummer(*niveau) - 1)].evaluatie_termijn_dagen;
  return domain::standaard_norm(*niveau).evaluatie_termijn_dagen;
}

int evaluatie_termijn(const store::HuishoudenRecord& h, const std::vector<store::RegisseurRecord>& regisseurs,
                      const std::map<std::string, store::RegisseursOrganisatie>& organisaties) {
  if (!h.niveau) return 0;
  for (auto rol : {domain::Rol::proces, domain::Rol::casus}) {
    for (const auto& r : regisseurs) {
      if (r.rol != rol || r.persoon_soort != domain::PersoonSoort::medewerker) continue;
      if (const auto o = organisaties.find(r.persoon_id); o != organisaties.end())
        return o->second.evaluatie_termijn_dagen;
    }
  }
  return evaluatie_termijn(nullptr, h.niveau);
}

int evaluatie_termijn(store::Tx& tx, const store::HuishoudenRecord& h,
                      const std::vector<store::RegisseurRecord>& regisseurs) {
  if (!h.niveau) return 0;
  return evaluatie_termijn(h, regisseurs, store::organisaties_van_regisseurs(tx, h.id, *h.niveau));
}

domain::PlanContext plan_context(const PlanOmstandigheden& o, const std::string& opgesteld_op,
                                 domain::Datum vandaag) {
  domain::PlanContext c;
  c.vandaag = vandaag;
  c.opgesteld_op = domain::datum_van(*domain::parse_tijdstip(opgesteld_op));
  c.niveau = o.niveau;
  for (const auto* lid : o.gezinsleden) {
    const auto l = domain::leeftijd(lid->geboorte, vandaag);
    c.gezinsleden.push_back({lid->id, l.leeftijd.value_or(domain::Leeftijd{
                                          domain::volle_maanden(lid->geboorte.datum, vandaag)})});
  }
  c.evaluatie_termijn_dagen = o.evaluatie_termijn_dagen;
  if (o.veiligheidsplan_opgesteld_op)
    c.veiligheidsplan_bijgewerkt_op =
        domain::datum_van(*domain::parse_tijdstip(*o.veiligheidsplan_opgesteld_op));
  return c;
}

}  // namespace regie::service
