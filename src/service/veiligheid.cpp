#include "service/veiligheid.hpp"

#include <algorithm>

#include "codec/taxatie_json.hpp"
#include "service/huishoudens.hpp"
#include "service/invoer.hpp"
#include "service/toegang.hpp"
#include "store/ids.hpp"

namespace regie::service {
namespace {

using domain::MaatregelCode;
using store::MaatregelStatus;

std::vector<domain::SignaalType> samen(std::vector<domain::SignaalType> a,
                                       const std::vector<domain::SignaalType>& b) {
  for (auto t : b) {
    if (std::ranges::find(a, t) == a.end()) a.push_back(t);
  }
  return a;
}

}  // namespace

void signalen_verwerken(store::Tx& tx, const store::HuishoudenRecord& h,
                        const std::vector<domain::Signaal>& signalen, bool twijfel_over_veiligheid,
                        const std::optional<std::string>& taxatie_id, const std::string& door,
                        const std::string& nu) {
  for (const auto& s : signalen) {
    store::signaal_invoegen(
        tx, {store::nieuwe_id(), h.id, s, domain::is_effectief(s), taxatie_id, s.toelichting, door, nu});
  }
  if (domain::heeft_effectief_signaal(signalen)) store::huishouden_afschermen(tx, h.id, nu);

  const auto bestaand = store::maatregelen(tx, h.id);
  for (const auto& m : domain::maatregelen_voor(signalen, twijfel_over_veiligheid)) {
    const auto it = std::ranges::find(bestaand, m.code, &store::MaatregelRecord::code);
    if (it == bestaand.end()) {
      store::maatregel_invoegen(
          tx, {store::nieuwe_id(), h.id, m.code, m.signalen, MaatregelStatus::open, {}, {}, {}, nu, 1});
    } else {
      const bool heropenen =
          domain::heropent_bij_nieuw_signaal(m.code) && it->status != MaatregelStatus::open;
      store::maatregel_aanvullen(tx, it->id, samen(it->signalen, m.signalen), heropenen);
    }
  }
}

std::string Veiligheid::signaal_vastleggen(const Context& ctx, const std::string& huishouden_id,
                                           const domain::Signaal& signaal, const std::string& toelichting) {
  InvoerControle controle;
  const auto& regel = domain::regel_voor(signaal.type);
  if (regel.glasl_fase_vereist && !signaal.glasl_fase)
    controle.fout("glaslFase", "Verplicht bij een complexe scheiding (1 tot en met 9).");
  if (!regel.glasl_fase_vereist && signaal.glasl_fase)
    controle.fout("glaslFase", "Hoort alleen bij een complexe scheiding.");
  if (signaal.glasl_fase &&
      (*signaal.glasl_fase < domain::kGlaslFaseMin || *signaal.glasl_fase > domain::kGlaslFaseMax)) {
    controle.fout("glaslFase", "Moet tussen 1 en 9 liggen.");
  }
  controle.maximaal("toelichting", toelichting, codec::kMaxSignaalToelichting);
  controle.afronden("Signaal");
  return uitvoeren(ctx, "signaal.vastleggen", [&](store::Tx& tx, Auditspoor& spoor) {
    const auto h = laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor);
    vereis_open(h);
    auto met_toelichting = signaal;
    met_toelichting.toelichting = toelichting;
    signalen_verwerken(tx, h, {met_toelichting}, false, std::nullopt, ctx.actor.id, nu_tekst());
    store::huishouden_versie_ophogen(tx, huishouden_id);
    return store::signalen(tx, huishouden_id).back().id;
  });
}

std::vector<store::SignaalRecord> Veiligheid::signalen(const Context& ctx, const std::string& huishouden_id) {
  return lezend_uitvoeren(ctx, "signalen.lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    laad_huishouden(tx, ctx, huishouden_id, Handeling::lezen, spoor);
    return store::signalen(tx, huishouden_id);
  });
}

std::vector<store::MaatregelRecord> Veiligheid::maatregelen(const Context& ctx,
                                                            const std::string& huishouden_id) {
  return lezend_uitvoeren(ctx, "maatregelen.lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    laad_huishouden(tx, ctx, huishouden_id, Handeling::lezen, spoor);
    auto lijst = store::maatregelen(tx, huishouden_id);
    // Calling the police now comes first, wherever it stands on the list.
    std::ranges::stable_partition(lijst,
                                  [](const auto& m) { return m.code == MaatregelCode::politie_direct; });
    return lijst;
  });
}

void Veiligheid::maatregel_bijwerken(const Context& ctx, const std::string& huishouden_id,
                                     const std::string& maatregel_id, MaatregelStatus status,
                                     const std::optional<std::string>& reden, int versie) {
  InvoerControle controle;
  if (status == MaatregelStatus::niet_van_toepassing &&
      (!reden || is_leeg(*reden) || reden->size() < kMinimaleReden)) {
    controle.fout("reden", "Leg uit waarom deze maatregel niet van toepassing is (minstens " +
                               std::to_string(kMinimaleReden) + " tekens).");
  }
  if (reden) controle.maximaal("reden", *reden);
  controle.afronden("Maatregel");
  uitvoeren(ctx, "maatregel.bijwerken", [&](store::Tx& tx, Auditspoor& spoor) {
    vereis_open(laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor));
    const auto m = store::maatregel(tx, maatregel_id);
    if (!m || m->huishouden_id != huishouden_id) throw NotFound("Deze maatregel bestaat niet.");
    const auto bewaarde_reden = status == MaatregelStatus::niet_van_toepassing ? reden : std::nullopt;
    conflict_als(!store::maatregel_bijwerken(tx, maatregel_id, versie, status, bewaarde_reden, ctx.actor.id,
                                             nu_tekst()));
    store::huishouden_versie_ophogen(tx, huishouden_id);
  });
}

std::string Veiligheid::meldcode_starten(const Context& ctx, const std::string& huishouden_id) {
  return uitvoeren(ctx, "meldcode.starten", [&](store::Tx& tx, Auditspoor& spoor) {
    vereis_open(laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor));
    for (const auto& t : store::meldcode_trajecten(tx, huishouden_id)) {
      if (!t.afgerond_op) throw Conflict("Er loopt al een meldcodetraject; rond dat eerst af.");
    }
    store::MeldcodeTrajectRecord t{store::nieuwe_id(), huishouden_id, ctx.actor.id, nu_tekst(), {}, {}};
    store::meldcode_traject_invoegen(tx, t);
    return t.id;
  });
}

void Veiligheid::meldcode_stap_vastleggen(const Context& ctx, const std::string& huishouden_id,
                                          const std::string& traject_id, const MeldcodeStapInvoer& in) {
  InvoerControle controle;
  if (in.stap < 1 || in.stap > domain::kMeldcodeStappen) controle.fout("stap", "Kies stap 1 tot en met 5.");
  controle.verplicht("deelnemers", in.deelnemers, kMaxLangeTekst);
  controle.verplicht("uitkomst", in.uitkomst, kMaxLangeTekst);
  controle.niet_na_vandaag("datum", in.datum, vandaag());
  if (in.stap == 4 && (!in.afweging || domain::weeg(*in.afweging) == domain::Afweging::onvolledig)) {
    controle.fout("afweging", "Beantwoord de vragen van het afwegingskader tot er een uitkomst is.");
  }
  if (in.stap != 4 && in.afweging) controle.fout("afweging", "Het afwegingskader hoort bij stap 4.");
  if (in.stap == 5 && !in.besluit)
    controle.fout("besluit", "Leg het besluit vast: melden en/of hulp organiseren.");
  if (in.stap != 5 && in.besluit) controle.fout("besluit", "Het besluit hoort bij stap 5.");
  controle.afronden("Meldcodestap");

  uitvoeren(ctx, "meldcode.stap_vastleggen", [&](store::Tx& tx, Auditspoor& spoor) {
    vereis_open(laad_huishouden(tx, ctx, huishouden_id, Handeling::regie, spoor));
    const auto t = store::meldcode_traject(tx, traject_id);
    if (!t || t->huishouden_id != huishouden_id) throw NotFound("Dit meldcodetraject bestaat niet.");
    if (t->afgerond_op) throw Conflict("Dit meldcodetraject is afgerond.");
    const int volgende = static_cast<int>(t->stappen.size()) + 1;
    if (in.stap != volgende) {
      throw BadRequest("De stappen van de meldcode gaan op volgorde.",
                       {{"stap", "De volgende stap is stap " + std::to_string(volgende) + "."}});
    }
    if (in.stap == 5) {
      const auto afweging = domain::weeg(*t->stappen.at(3).afweging);
      if (!domain::besluit_volgt_afweging(afweging, *in.besluit)) {
        throw BadRequest(
            "Volgens de afweging in stap 4 moet er gemeld worden bij Veilig Thuis.",
            {{"besluit.melden", "Het afwegingskader kwam uit op melden; dat kan niet worden overgeslagen."}});
      }
    }
    store::meldcode_stap_invoegen(
        tx, traject_id,
        {in.stap, in.datum, in.deelnemers, in.uitkomst, in.afweging, in.besluit, ctx.actor.id, nu_tekst()});
    if (in.stap == domain::kMeldcodeStappen) store::meldcode_traject_afronden(tx, traject_id, nu_tekst());
  });
}

std::vector<store::MeldcodeTrajectRecord> Veiligheid::meldcode_trajecten(const Context& ctx,
                                                                         const std::string& huishouden_id) {
  return lezend_uitvoeren(ctx, "meldcode.lezen", [&](store::Tx& tx, Auditspoor& spoor) {
    laad_huishouden(tx, ctx, huishouden_id, Handeling::lezen, spoor);
    return store::meldcode_trajecten(tx, huishouden_id);
  });
}

}  // namespace regie::service
