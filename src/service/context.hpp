#pragma once
// Who is acting, for which gemeente, and why: passed to every use case, checked for access and written
// to the audit trail.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/huishouden.hpp"
#include "domain/portaal.hpp"
#include "domain/regionaal.hpp"
#include "domain/tijd.hpp"
#include "store/database.hpp"

namespace regie::service {

// A member or network member acting for himself in his household (DOMAIN.md §12).
struct PortaalActor {
  std::string huishouden_id;
  domain::PersoonSoort soort = domain::PersoonSoort::gezinslid;
  std::string persoon_id;
  std::vector<domain::PortaalRecht> rechten;
};

struct Actor {
  std::string
      id;  // medewerker id; "systeem" for the command line (demo, migrations); the person's id in the portal
  std::string gemeente_id;
  std::vector<domain::Gebruikersrol> rollen;
  bool systeem = false;
  // eigen: his organisation is registered in this gemeente; gecontracteerd: it works here by contract.
  domain::Werkrelatie werkrelatie = domain::Werkrelatie::eigen;
  std::optional<PortaalActor> portaal{};  // set for a household user, who has no professional roles

  bool heeft(domain::Gebruikersrol rol) const;
  std::string audit_rol() const;  // the roles as codes, or "systeem"
};

struct Context {
  Actor actor;
  std::string doel = "regievoering";  // purpose of the processing, written to the audit trail
};

Context systeem_context(const std::string& gemeente_id, std::string doel);
// A household user acting in the portal for himself (purpose "portaal"), with no professional role.
Context portaal_context(const std::string& gemeente_id, PortaalActor portaal);

using Klok = std::function<domain::Tijdstip()>;
Klok systeemklok();

// What every service needs: the database and the time.
struct Omgeving {
  store::Database& db;
  Klok klok = systeemklok();
};

}  // namespace regie::service
