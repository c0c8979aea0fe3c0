#pragma once
// The frame of every use case: one transaction for a change and its log rows (or a read transaction and then
// the log rows in the log store, for reading), the database's errors turned into the service's, and a refused
// attempt logged as well. The log rows are the audit row (who, role, purpose) and the processing log's lines
// (Logboek Dataverwerkingen), linked by the trace id (ADR 0023).

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
#include "store/logboek.hpp"
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

  // Runs `work(tx, spoor)` in one transaction with the log rows for `actie` (store/logboek.hpp: on SQLite
  // they wait in the data file's queue and move into the log store right after the commit).
  template <typename F>
  auto uitvoeren(const Context& ctx, std::string_view actie, F&& work) {
    return geautoriseerd(ctx, actie, [&](Auditspoor& spoor, const store::Verwerkingsspoor& verwerking) {
      store::Logpost post{db()};
      auto in_transactie = [&] {
        return db().write([&](store::Tx& tx) {
          if constexpr (std::is_void_v<std::invoke_result_t<F, store::Tx&, Auditspoor&>>) {
            work(tx, spoor);
            gelukt(tx, ctx, actie, spoor, verwerking, post);
          } else {
            auto result = work(tx, spoor);
            gelukt(tx, ctx, actie, spoor, verwerking, post);
            return result;
          }
        });
      };
      if constexpr (std::is_void_v<std::invoke_result_t<F, store::Tx&, Auditspoor&>>) {
        vertaal_fouten(in_transactie);
        post.afleveren();
      } else {
        auto result = vertaal_fouten(in_transactie);
        post.afleveren();
        return result;
      }
    });
  }

  // A use case that only reads: the reading in a read transaction (readers run side by side), then its log
  // rows in a write of the log store, which commits them together with other writers waiting (group
  // commit) and never touches the data file. The data is returned only once its rows are committed.
  template <typename F>
  auto lezend_uitvoeren(const Context& ctx, std::string_view actie, F&& work) {
    return geautoriseerd(ctx, actie, [&](Auditspoor& spoor, const store::Verwerkingsspoor& verwerking) {
      auto result = vertaal_fouten([&] { return db().read([&](store::Tx& tx) { return work(tx, spoor); }); });
      vertaal_fouten([&] {
        // A notification the reading raised (a search of a shielded household) is data: the one case where a
        // read writes to the data file.
        if (!spoor.meldingen.empty())
          db().write([&](store::Tx& tx) { store::meldingen_invoegen(tx, spoor.meldingen); });
        store::logregels_schrijven(db(), logregels(ctx, actie, spoor, "gelukt", verwerking));
      });
      return result;
    });
  }

  // A use case whose work is in the log store itself (the register of processing activities): the work and
  // its log rows in one transaction there; the data is not touched.
  template <typename F>
  auto in_logboek_uitvoeren(const Context& ctx, std::string_view actie, F&& work) {
    return geautoriseerd(ctx, actie, [&](Auditspoor& spoor, const store::Verwerkingsspoor& verwerking) {
      return vertaal_fouten([&] {
        return db().logboek().write([&](store::Tx& tx) {
          auto result = work(tx, spoor);
          store::logregels_toevoegen(tx, logregels(ctx, actie, spoor, "gelukt", verwerking));
          return result;
        });
      });
    });
  }

  // What every frame shares: the trace of this run, the authorization table's roles checked first, and a
  // refusal (there or inside the work) logged before it reaches the caller.
  template <typename F>
  auto geautoriseerd(const Context& ctx, std::string_view actie, F&& body) {
    Auditspoor spoor;
    spoor.actie = actie;
    const auto verwerking = verwerking_begin();
    try {
      autoriseer(ctx, actie);
      return body(spoor, verwerking);
    } catch (const Forbidden&) {
      weigering_loggen(ctx, actie, spoor, verwerking);
      throw;
    }
  }

  // Reads the log store from within a use case's read of the data: in the same transaction when it is the
  // same database (PostgreSQL: no second connection from the pool), else in a read of its own.
  template <typename F>
  auto logboek_lezen(store::Tx& data_tx, F&& f) const {
    auto& logboek = db().logboek();
    if (&logboek == &db()) return f(data_tx);
    return logboek.read(std::forward<F>(f));
  }

  // The processing a use case's run is: the request's trace (or a new one), a new operation, its start.
  store::Verwerkingsspoor verwerking_begin() const;
  // The log rows of a run: the audit row for `actie`, and one per household a list showed.
  std::vector<store::Logregel> logregels(const Context& ctx, std::string_view actie, const Auditspoor& spoor,
                                         std::string_view resultaat,
                                         const store::Verwerkingsspoor& verwerking) const;
  // A change's log rows, in its transaction (see store::Logpost); call post.afleveren() after the commit.
  void log(store::Tx& tx, const Context& ctx, std::string_view actie, const Auditspoor& spoor,
           std::string_view resultaat, const store::Verwerkingsspoor& verwerking, store::Logpost& post) const;
  // A use case that succeeded: its notifications and its log rows.
  void gelukt(store::Tx& tx, const Context& ctx, std::string_view actie, const Auditspoor& spoor,
              const store::Verwerkingsspoor& verwerking, store::Logpost& post) const;
  // A refused attempt: its rows straight into the log store (nothing changed in the data).
  void weigering_loggen(const Context& ctx, std::string_view actie, const Auditspoor& spoor,
                        const store::Verwerkingsspoor& verwerking) const;
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
