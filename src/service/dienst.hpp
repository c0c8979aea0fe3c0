#pragma once
// The frame of every use case: one transaction for a change and its audit row (or a read transaction and then
// the audit row, for reading), the database's errors turned into the service's, and a refused attempt logged
// in a transaction of its own.

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "service/context.hpp"
#include "service/errors.hpp"
#include "service/toegangsbeleid.hpp"
#include "store/audit_store.hpp"
#include "store/huishouden_store.hpp"
#include "store/melding_store.hpp"

namespace regie::service {

// What a use case tells the audit trail beyond who, when and why.
struct Auditspoor {
  std::string_view actie;  // the use case, whose row in the authorization table laad_huishouden follows
  std::optional<std::string> huishouden_id;
  std::vector<std::string> personen;
  std::optional<std::string> doel;  // overrides the context's purpose (e.g. "noodtoegang")
  // Households a list read disclosed (caseload, team view, search hits, …): each gets a line of its own, so
  // that its access log shows it, with purpose `lijst_doel`.
  struct Getoond {
    std::string huishouden_id;
    std::vector<std::string> personen;  // members whose data the list showed (a search's matching members)
  };
  std::vector<Getoond> getoond;
  std::string lijst_doel = "overzicht";
  // Notifications the use case raises: committed with its audit row, only when it succeeds.
  std::vector<store::MeldingRecord> meldingen;
};

class Dienst {
 public:
  explicit Dienst(Omgeving omgeving) : omgeving_(std::move(omgeving)) {}

 protected:
  domain::Tijdstip nu() const { return omgeving_.klok(); }
  std::string nu_tekst() const { return domain::format_tijdstip(nu()); }
  domain::Datum vandaag() const { return domain::datum_van(nu()); }
  store::Database& db() const { return omgeving_.db; }

  // Runs `work(tx, spoor)` in one transaction and appends the audit row for `actie` to it.
  template <typename F>
  auto uitvoeren(const Context& ctx, std::string_view actie, F&& work) {
    Auditspoor spoor;
    spoor.actie = actie;
    try {
      autoriseer(ctx, actie);
      return vertaal_fouten([&] {
        return db().write([&](store::Tx& tx) {
          if constexpr (std::is_void_v<std::invoke_result_t<F, store::Tx&, Auditspoor&>>) {
            work(tx, spoor);
            gelukt(tx, ctx, actie, spoor);
          } else {
            auto result = work(tx, spoor);
            gelukt(tx, ctx, actie, spoor);
            return result;
          }
        });
      });
    } catch (const Forbidden&) {
      db().write([&](store::Tx& tx) { log(tx, ctx, actie, spoor, "geweigerd"); });
      throw;
    }
  }

  // A use case that only reads: the reading in a read transaction (readers run side by side), then its
  // audit row in a write of its own, which the database commits together with other writers waiting (group
  // commit). The data is returned only once its audit row is committed; a refusal is logged as well.
  template <typename F>
  auto lezend_uitvoeren(const Context& ctx, std::string_view actie, F&& work) {
    Auditspoor spoor;
    spoor.actie = actie;
    try {
      autoriseer(ctx, actie);
      auto result = vertaal_fouten([&] { return db().read([&](store::Tx& tx) { return work(tx, spoor); }); });
      vertaal_fouten([&] { db().write([&](store::Tx& tx) { gelukt(tx, ctx, actie, spoor); }); });
      return result;
    } catch (const Forbidden&) {
      db().write([&](store::Tx& tx) { log(tx, ctx, actie, spoor, "geweigerd"); });
      throw;
    }
  }

  void log(store::Tx& tx, const Context& ctx, std::string_view actie, const Auditspoor& spoor,
           std::string_view resultaat) const;
  // A use case that succeeded: its notifications and its audit rows.
  void gelukt(store::Tx& tx, const Context& ctx, std::string_view actie, const Auditspoor& spoor) const;
  // The roles of the use case's row in the authorization table (autorisatie.cpp); Forbidden otherwise.
  static void autoriseer(const Context& ctx, std::string_view actie);

  // The household, if the actor may do `handeling` with it (toegang.cpp): NotFound for an unknown id or
  // another gemeente's household, Forbidden otherwise. `handeling` must be the one the use case's row in the
  // authorization table names: the table is the one place that says it, so a difference is a defect. Records
  // the household in the audit trace first, so a refusal is logged against it, and marks a read through
  // emergency access with that purpose. `banden_uit` receives the actor's relations (not for the system).
  store::HuishoudenRecord laad_huishouden(store::Tx& tx, const Context& ctx, const std::string& id,
                                          Handeling handeling, Auditspoor& spoor,
                                          Banden* banden_uit = nullptr) const;

 private:
  template <typename F>
  static auto vertaal_fouten(F&& f) {
    try {
      return f();
    } catch (const store::DatabaseUnavailable&) {
      throw Unavailable("De database is even niet bereikbaar. Probeer het zo opnieuw.");
    } catch (const store::ConstraintError&) {
      throw Conflict(
          "Dit botst met gegevens die al zijn vastgelegd. Laad de gegevens opnieuw en probeer het nog eens.");
    }
  }

  Omgeving omgeving_;
};

}  // namespace regie::service
