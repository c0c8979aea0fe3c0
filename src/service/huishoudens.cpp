#include "service/huishoudens.hpp"

#include <algorithm>
#include <iterator>
#include <map>

#include "domain/bsn.hpp"
#include "domain/crisis.hpp"
#include "domain/delen.hpp"
#include "domain/maatregelen.hpp"
#include "domain/zoektermen.hpp"
#include "service/invoer.hpp"
#include "service/meldingen.hpp"
#include "service/plan_context.hpp"
#include "service/toegang.hpp"
#include "store/beheer_store.hpp"
#include "store/crisis_store.hpp"
#include "store/ids.hpp"
#include "store/toegang_store.hpp"

namespace regie::service {
namespace {

using domain::Fase;

std::string leeftijd_fout_tekst(domain::LeeftijdFout fout) {
  switch (fout) {
    case domain::LeeftijdFout::ongeldige_datum:
      return "Dit is geen bestaande datum.";
    case domain::LeeftijdFout::geboortedatum_in_toekomst:
      return "Een geboortedatum kan niet in de toekomst liggen; gaat het om een ongeboren kind, geef dan de "
             "verwachte "
             "datum op.";
    case domain::LeeftijdFout::verwacht_te_ver_weg:
      return "De verwachte geboortedatum ligt meer dan 9 maanden vooruit.";
  }
  return "Ongeldige datum.";
}

// Every problem of one member, its fields named after `pad` (e.g. "gezinsleden[1]." in a new household).
void gezinslid_fouten(InvoerControle& controle, const std::string& pad, const GezinslidInvoer& invoer,
                      domain::Datum vandaag) {
  // A child not yet born often has no name yet; once born it gets one (the birth is recorded with it).
  if (invoer.geboorte.verwacht) {
    controle.maximaal(pad + "voornaam", invoer.voornaam, kMaxKorteTekst);
  } else {
    controle.verplicht(pad + "voornaam", invoer.voornaam);
  }
  controle.verplicht(pad + "achternaam", invoer.achternaam);
  if (const auto uitkomst = domain::leeftijd(invoer.geboorte, vandaag); uitkomst.fout) {
    controle.fout(pad + (invoer.geboorte.verwacht ? "verwachteGeboortedatum" : "geboortedatum"),
                  leeftijd_fout_tekst(*uitkomst.fout));
  }
  if (invoer.bsn && !domain::is_geldig_bsn(*invoer.bsn)) {
    controle.fout(pad + "bsn",
                  "Dit is geen geldig burgerservicenummer (9 cijfers die de elfproef doorstaan).");
  }
  if (invoer.bsn && invoer.geboorte.verwacht)
    controle.fout(pad + "bsn", "Een ongeboren kind heeft nog geen BSN.");
}

void inzet_fouten(InvoerControle& controle, const domain::InzetRegistratie& inzet) {
  for (const auto bezwaar : domain::inzet_bezwaren(inzet)) {
    switch (bezwaar) {
      case domain::InzetBezwaar::geen_criterium:
        controle.fout("inzet.criteria",
                      "Kies minstens één criterium voor inzet, of geef aan dat er acuut gevaar is of dat de "
                      "basiszorg tekortschiet.");
        break;
      case domain::InzetBezwaar::contra_indicatie_niet_erkend:
        controle.fout("inzet.contraIndicatieErkend",
                      "Er is een contra-indicatie: geen motivatie, ook niet na een motivatietraject, en "
                      "onverschilligheid over een oplossing. Bevestig dat u dit gezien hebt; starten mag.");
        break;
    }
  }
}

void controleer_gezinslid(const GezinslidInvoer& invoer, domain::Datum vandaag) {
  InvoerControle controle;
  gezinslid_fouten(controle, "", invoer, vandaag);
  controle.afronden("Gezinslid");
}

store::GezinslidRecord nieuw_gezinslid(const std::string& huishouden_id, const GezinslidInvoer& invoer) {
  return {store::nieuwe_id(), huishouden_id, invoer.voornaam, invoer.achternaam,
          invoer.geboorte,    invoer.bsn,    invoer.relatie,  1};
}

domain::Leeftijd leeftijd_van(const store::GezinslidRecord& lid, domain::Datum vandaag) {
  // Stored members were valid when saved; a member who has since turned 100 still shows an age.
  const auto uitkomst = domain::leeftijd(lid.geboorte, vandaag);
  if (uitkomst.leeftijd) return *uitkomst.leeftijd;
  return {domain::volle_maanden(lid.geboorte.datum, vandaag), false, false};
}

std::vector<std::string> lid_ids(const std::vector<store::GezinslidRecord>& leden) {
  std::vector<std::string> ids;
  for (const auto& l : leden) ids.push_back(l.id);
  return ids;
}

}  // namespace

void vereis_open(const store::HuishoudenRecord& h) {
  if (h.fase == Fase::afgesloten)
    throw Conflict("Dit huishouden is afgesloten; er kan niets meer worden gewijzigd.");
}

void conflict_als(bool verouderd) {
  if (verouderd) {
    throw Conflict(
        "Iemand anders heeft dit intussen gewijzigd. Laad de gegevens opnieuw; uw invoer blijft bewaard.");
  }
}

std::optional<std::string> betrekken(store::Tx& tx, const Context& ctx, const store::HuishoudenRecord& h,
                                     const std::string& medewerker_id, const std::string& rol,
                                     const std::string& nu, Auditspoor& spoor) {
  const auto actief = store::actieve_betrokkenheden(tx, h.id);
  if (std::ranges::find(actief, medewerker_id, &store::BetrokkenheidRecord::medewerker_id) != actief.end())
    return std::nullopt;
  const store::BetrokkenheidRecord b{store::nieuwe_id(), h.id, medewerker_id, rol, nu, {}};
  store::betrokkenheid_invoegen(tx, b);
  if (h.afgeschermd) {
    std::ranges::move(
        meldingen_over(tx, ctx, domain::MeldingSoort::betrokkenheid_afgeschermd, h.id, nu, medewerker_id),
        std::back_inserter(spoor.meldingen));
  }
  return b.id;
}

namespace {

// The requirements of the household's level that are not met yet; `organisaties` as
// store::organisaties_van_regisseurs gives them.
std::vector<domain::Eis> eisen_uit(store::Tx& tx, const store::HuishoudenRecord& h,
                                   const store::HuishoudenStand& stand,
                                   const std::vector<store::RegisseurRecord>& regisseurs,
                                   const std::map<std::string, store::RegisseursOrganisatie>& organisaties) {
  domain::EisToestand t;
  t.niveau = h.niveau;
  if (domain::heeft_crisislaag(h.niveau)) {
    const auto laag = store::crisislaag(tx, h.id);
    t.heeft_schakel_ivz_oov = laag && laag->laag.schakel_id;
  }
  t.heeft_ondersteuningsplan = stand.heeft_ondersteuningsplan;
  t.heeft_veiligheidsplan = stand.heeft_veiligheidsplan;
  for (const auto& r : regisseurs) {
    (r.rol == domain::Rol::casus ? t.heeft_casusregisseur : t.heeft_procesregisseur) = true;
    if (r.knelpunt) t.regisseur_met_knelpunt = true;
    if (h.niveau && domain::grondslag_vereist(*h.niveau, true) &&
        r.persoon_soort == domain::PersoonSoort::medewerker && !r.grondslag) {
      const auto o = organisaties.find(r.persoon_id);
      if (o != organisaties.end() && o->second.regionaal) t.regionale_regisseur_zonder_grondslag = true;
    }
  }
  return domain::openstaande_eisen(t);
}

std::map<std::string, store::RegisseursOrganisatie> organisaties_van(
    store::Tx& tx, const store::HuishoudenRecord& h, const std::vector<store::RegisseurRecord>& regisseurs) {
  const bool professional = std::ranges::any_of(
      regisseurs, [](const auto& r) { return r.persoon_soort == domain::PersoonSoort::medewerker; });
  if (!h.niveau || !professional) return {};
  return store::organisaties_van_regisseurs(tx, h.id, *h.niveau);
}

// An involvement of this household that has not ended; NotFound otherwise.
store::BetrokkenheidRecord lopende_betrokkenheid(store::Tx& tx, const std::string& huishouden_id,
                                                 const std::string& betrokkenheid_id) {
  auto b = store::betrokkenheid(tx, betrokkenheid_id);
  if (!b || b->huishouden_id != huishouden_id || b->tot)
    throw NotFound("Deze betrokkenheid bestaat niet (meer).");
  return std::move(*b);
}

domain::FaseToestand fase_toestand_uit(const store::HuishoudenRecord& h,
                                       const store::HuishoudenStand& stand) {
  domain::FaseToestand t;
  t.niveau = h.niveau;
  t.deskundige_voor_start_open = stand.deskundige_voor_start_open;
  t.heeft_ondersteuningsplan = stand.heeft_ondersteuningsplan;
  t.heeft_veiligheidsplan = stand.heeft_veiligheidsplan;
  return t;
}

}  // namespace

std::vector<domain::Eis> openstaande_eisen(store::Tx& tx, const store::HuishoudenRecord& h,
                                           domain::Datum vandaag) {
  const auto regisseurs = store::actieve_regisseurs(tx, h.id);
  return eisen_uit(tx, h, store::huishouden_stand(tx, h.id, domain::format_datum(vandaag)), regisseurs,
                   organisaties_van(tx, h, regisseurs));
}

domain::FaseToestand fase_toestand(store::Tx& tx, const store::HuishoudenRecord& h, domain::Datum vandaag) {
  return fase_toestand_uit(h, store::huishouden_stand(tx, h.id, domain::format_datum(vandaag)));
}

std::string Huishoudens::aanmaken(const Context& ctx, const std::string& naam,
                                  const std::vector<GezinslidInvoer>& leden,
                                  const std::optional<domain::InzetRegistratie>& inzet) {
  InvoerControle controle;
  controle.verplicht("naam", naam);
  const auto vandaag_ = vandaag();
  for (std::size_t i = 0; i < leden.size(); ++i) {
    gezinslid_fouten(controle, "gezinsleden[" + std::to_string(i) + "].", leden[i], vandaag_);
  }
  if (inzet) inzet_fouten(controle, *inzet);
  controle.afronden("Huishouden");
  return uitvoeren(ctx, "huishouden.aanmaken", [&](store::Tx& tx, Auditspoor& spoor) {
    store::HuishoudenRecord h;
    h.id = store::nieuwe_id();
    h.gemeente_id = ctx.actor.gemeente_id;
    h.naam = naam;
    h.aangemaakt_door = ctx.actor.id;
    h.aangemaakt_op = nu_tekst();
    store::huishouden_invoegen(tx, h);
    // Whoever registers the household is involved in it (not therefore its regisseur: roles are set later).
    if (!ctx.actor.systeem) {
      store::betrokkenheid_invoegen(
          tx, {store::nieuwe_id(), h.id, ctx.actor.id, "aanmelder", h.aangemaakt_op, {}});
    }
    // The household and its members are one registration: all of it is saved, or none.
    for (const auto& invoer : leden) {
      const auto g = nieuw_gezinslid(h.id, invoer);
      store::gezinslid_invoegen(tx, g, h.aangemaakt_op);
      spoor.personen.push_back(g.id);
    }
    if (inzet) store::inzet_vastleggen(tx, h.id, {*inzet, ctx.actor.id, h.aangemaakt_op});
    spoor.huishouden_id = h.id;
    return h.id;
  });
}

HuishoudenDossier Huishoudens::lezen(const Context& ctx, const std::string& id) {
  return lezend_uitvoeren(ctx, "huishouden.lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    HuishoudenDossier d;
    Banden lezer;
    d.huishouden = laad_huishouden(tx, ctx, id, Handeling::lezen, spoor, &lezer);
    d.mag = {mag(Handeling::regie, lezer), mag(Handeling::notitie, lezer), mag(Handeling::escalatie, lezer)};
    const auto leden = store::gezinsleden(tx, id);
    spoor.personen = lid_ids(leden);
    auto gezag = store::gezag_van_huishouden(tx, id);
    for (const auto& lid : leden) {
      const auto g = std::ranges::find(gezag, lid.id, &store::GezagRecord::kind_id);
      d.gezinsleden.push_back({lid, leeftijd_van(lid, vandaag()),
                               g == gezag.end() ? std::nullopt : std::optional{std::move(*g)}});
    }
    d.netwerk = store::netwerkleden(tx, id);
    // The overview is the most read page: a few joined queries rather than one per person.
    for (auto& b : store::actieve_betrokkenen_met_contact(tx, id)) {
      const bool in_document = domain::contact_in_document(d.huishouden.afgeschermd, b.contact_deelbaar);
      d.betrokkenen.push_back({std::move(b.betrokkenheid), std::move(b.naam), std::move(b.organisatie),
                               std::move(b.email), std::move(b.telefoon), b.contact_deelbaar, in_document});
    }
    std::vector<store::RegisseurRecord> regisseurs;
    for (auto& [r, naam] : store::actieve_regisseurs_met_naam(tx, id)) {
      regisseurs.push_back(r);
      d.regisseurs.push_back({std::move(r), std::move(naam)});
    }
    // The page's rules read one summary row, and the regisseurs' organisations in one query.
    const auto stand = store::huishouden_stand(tx, id, domain::format_datum(vandaag()));
    const auto organisaties = organisaties_van(tx, d.huishouden, regisseurs);
    d.eisen = eisen_uit(tx, d.huishouden, stand, regisseurs, organisaties);
    d.evaluatie_termijn_dagen = evaluatie_termijn(d.huishouden, regisseurs, organisaties);
    d.aandacht = domain::aandachtspunten(stand.aandacht, vandaag());
    const auto toestand = fase_toestand_uit(d.huishouden, stand);
    for (Fase f : domain::volgende_fasen(d.huishouden.fase))
      d.volgende_fasen.push_back({f, domain::open_drempels(f, toestand)});
    d.kader = stand.kader;
    d.inzet = store::inzet_van(tx, id);
    return d;
  });
}

std::vector<Zoekresultaat> Huishoudens::zoeken(const Context& ctx, const ZoekInvoer& invoer) {
  InvoerControle controle;
  if (!invoer.achternaam && !invoer.geboortedatum && !invoer.bsn) {
    controle.fout("achternaam", "Zoek op (een deel van) de naam, de geboortedatum en/of het BSN.");
  }
  const auto naam = invoer.achternaam ? std::optional{domain::zoekvorm(*invoer.achternaam)} : std::nullopt;
  if (naam && (naam->size() < domain::kMinZoekLengte || invoer.achternaam->size() > kMaxKorteTekst)) {
    controle.fout("achternaam",
                  "Vul minstens twee letters van de achternaam of van de naam van het huishouden in.");
  }
  if (invoer.bsn && !domain::is_geldig_bsn(*invoer.bsn))
    controle.fout("bsn", "Dit is geen geldig burgerservicenummer.");
  controle.afronden("Zoeken");

  store::ZoekVraag vraag;
  vraag.gemeente_id = ctx.actor.gemeente_id;
  vraag.naam = naam;
  if (invoer.geboortedatum) vraag.geboortedatum = domain::format_datum(*invoer.geboortedatum);
  vraag.bsn = invoer.bsn;
  vraag.limit = kMaxZoekresultaten;

  // The same frame as every read: one line for the search itself (also without hits, never with the terms),
  // one per household found in that household's access log, a refusal logged as refused, database faults
  // as 503.
  return lezend_uitvoeren(ctx, "huishouden.zoeken", [&](store::Tx& tx, Auditspoor& spoor) {
    spoor.lijst_doel = "zoeken";
    std::vector<Zoekresultaat> uit;
    for (const auto& id : store::zoek_huishoudens(tx, vraag)) {
      const auto h = *store::huishouden(tx, id);
      Zoekresultaat r{id,           mag(Handeling::lezen, banden(tx, ctx, id, nu_tekst())), {}, {}, {}, {},
                      h.afgeschermd};
      if (r.toegang) {
        r.naam = h.naam;
        r.niveau = h.niveau;
        r.fase = h.fase;
      } else if (h.afgeschermd) {
        // Restricted sharing: the searcher learns only that it is known; its regisseur learns who searched.
        std::ranges::move(
            meldingen_over(tx, ctx, domain::MeldingSoort::zoekactie_afgeschermd, id, nu_tekst()),
            std::back_inserter(spoor.meldingen));
      } else {
        for (const auto& reg : store::actieve_regisseurs(tx, id)) {
          if (reg.persoon_soort != domain::PersoonSoort::medewerker) continue;
          if (const auto m = store::medewerker(tx, reg.persoon_id)) {
            const auto o = store::organisatie(tx, m->organisatie_id);
            r.contact = Contactpersoon{m->naam, o ? o->naam : "", m->telefoon, m->email};
            if (reg.rol == domain::Rol::proces) break;
          }
        }
      }
      spoor.getoond.push_back({id, store::leden_die_voldoen(tx, id, vraag)});
      uit.push_back(std::move(r));
    }
    return uit;
  });
}

void Huishoudens::fase_wijzigen(const Context& ctx, const std::string& id, Fase naar, int versie) {
  uitvoeren(ctx, "huishouden.fase_wijzigen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, id, Handeling::regie, spoor);
    conflict_als(h.versie != versie);
    if (!domain::overgang_toegestaan(h.fase, naar)) {
      throw BadRequest("Van fase '" + std::string{domain::to_code(h.fase)} +
                           "' kan het huishouden niet naar '" + std::string{domain::to_code(naar)} + "'.",
                       {{"fase", "Kies een van de volgende fasen."}});
    }
    const auto drempels = domain::open_drempels(naar, fase_toestand(tx, h, vandaag()));
    if (!drempels.empty()) {
      std::vector<InvalidParam> redenen;
      for (auto d : drempels) redenen.push_back({"fase", std::string{domain::tekst(d)}});
      throw BadRequest("Deze fase kan nog niet beginnen.", std::move(redenen));
    }
    const std::optional<std::string> gesloten =
        naar == Fase::afgesloten ? std::optional{nu_tekst()} : std::nullopt;
    conflict_als(!store::huishouden_fase_zetten(tx, id, versie, naar, gesloten));
  });
}

std::string Huishoudens::gezinslid_toevoegen(const Context& ctx, const std::string& huishouden_id,
                                             const GezinslidInvoer& invoer) {
  controleer_gezinslid(invoer, vandaag());
  return uitvoeren(ctx, "gezinslid.toevoegen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor);
    vereis_open(h);
    const auto g = nieuw_gezinslid(huishouden_id, invoer);
    store::gezinslid_invoegen(tx, g, nu_tekst());
    store::huishouden_versie_ophogen(tx, huishouden_id);
    spoor.personen = {g.id};
    return g.id;
  });
}

void Huishoudens::gezinslid_wijzigen(const Context& ctx, const std::string& huishouden_id,
                                     const std::string& lid_id, const GezinslidInvoer& invoer, int versie) {
  controleer_gezinslid(invoer, vandaag());
  uitvoeren(ctx, "gezinslid.wijzigen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor);
    vereis_open(h);
    const auto bestaand = store::gezinslid(tx, lid_id);
    if (!bestaand || bestaand->huishouden_id != huishouden_id) throw NotFound("Dit gezinslid bestaat niet.");
    spoor.personen = {lid_id};
    conflict_als(!store::gezinslid_bijwerken(tx, {lid_id, huishouden_id, invoer.voornaam, invoer.achternaam,
                                                  invoer.geboorte, invoer.bsn, invoer.relatie, versie}));
  });
}

std::string Huishoudens::netwerklid_toevoegen(const Context& ctx, const std::string& huishouden_id,
                                              const NetwerklidInvoer& invoer) {
  InvoerControle controle;
  controle.verplicht("naam", invoer.naam);
  controle.verplicht("relatie", invoer.relatie);
  controle.maximaal("contact", invoer.contact, kMaxKorteTekst);
  controle.afronden("Netwerklid");
  return uitvoeren(ctx, "netwerklid.toevoegen", [&](store::Tx& tx, Auditspoor& spoor) {
    vereis_open(laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor));
    store::NetwerklidRecord n{store::nieuwe_id(), huishouden_id,  invoer.naam,
                              invoer.relatie,     invoer.contact, 1};
    store::netwerklid_invoegen(tx, n, nu_tekst());
    store::huishouden_versie_ophogen(tx, huishouden_id);
    return n.id;
  });
}

std::string Huishoudens::betrokkenheid_starten(const Context& ctx, const std::string& huishouden_id,
                                               const std::string& medewerker_id, const std::string& rol) {
  InvoerControle controle;
  controle.verplicht("rol", rol);
  controle.afronden("Betrokkenheid");
  return uitvoeren(ctx, "betrokkenheid.starten", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor);
    vereis_open(h);
    vereis_werkt_in_gemeente(tx, ctx, medewerker_id, "medewerkerId");
    const auto id = betrekken(tx, ctx, h, medewerker_id, rol, nu_tekst(), spoor);
    if (!id) {
      throw BadRequest("Deze medewerker is al betrokken.",
                       {{"medewerkerId", "Deze medewerker is al betrokken bij dit huishouden."}});
    }
    return *id;
  });
}

void Huishoudens::contact_delen(const Context& ctx, const std::string& huishouden_id,
                                const std::string& betrokkenheid_id, bool deelbaar) {
  uitvoeren(ctx, "betrokkenheid.contact_delen", [&](store::Tx& tx, Auditspoor& spoor) {
    vereis_open(laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor));
    lopende_betrokkenheid(tx, huishouden_id, betrokkenheid_id);
    store::betrokkenheid_contact_delen(tx, betrokkenheid_id, deelbaar);
  });
}

void Huishoudens::betrokkenheid_beeindigen(const Context& ctx, const std::string& huishouden_id,
                                           const std::string& betrokkenheid_id) {
  uitvoeren(ctx, "betrokkenheid.beeindigen", [&](store::Tx& tx, Auditspoor& spoor) {
    laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor);
    const auto b = lopende_betrokkenheid(tx, huishouden_id, betrokkenheid_id);
    const auto regisseurs = store::actieve_regisseurs(tx, huishouden_id);
    if (std::ranges::find(regisseurs, b.medewerker_id, &store::RegisseurRecord::persoon_id) !=
        regisseurs.end()) {
      throw Conflict("Deze medewerker is regisseur van het huishouden: beëindig eerst die rol.");
    }
    store::betrokkenheid_beeindigen(tx, betrokkenheid_id, nu_tekst());
  });
}

}  // namespace regie::service
