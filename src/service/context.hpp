#pragma once
// Who is acting, for which gemeente, and why: passed to every use case, checked for access and written
// to the audit trail.

#include <functional>
#include <string>
#include <vector>

#include "domain/huishouden.hpp"
#include "domain/regionaal.hpp"
#include "domain/tijd.hpp"
#include "store/database.hpp"

namespace regie::service {

struct Actor {
  std::string id;  // medewerker id; "systeem" for the command line (demo, migrations)
  std::string gemeente_id;
  std::vector<domain::Gebruikersrol> rollen;
  bool systeem = false;
  // eigen: his organisation is registered in this gemeente; gecontracteerd: it works here by contract.
  domain::Werkrelatie werkrelatie = domain::Werkrelatie::eigen;

  bool heeft(domain::Gebruikersrol rol) const;
  std::string audit_rol() const;  // the roles as codes, or "systeem"
};

struct Context {
  Actor actor;
  std::string doel = "regievoering";  // purpose of the processing, written to the audit trail
};

Context systeem_context(const std::string& gemeente_id, std::string doel);

using Klok = std::function<domain::Tijdstip()>;
Klok systeemklok();

// What every service needs: the database and the time.
struct Omgeving {
  store::Database& db;
  Klok klok = systeemklok();
};

}  // namespace regie::service
