#include "service/context.hpp"

#include <algorithm>
#include <chrono>

namespace regie::service {

bool Actor::heeft(domain::Gebruikersrol rol) const { return std::ranges::find(rollen, rol) != rollen.end(); }

std::string Actor::audit_rol() const {
  if (systeem) return "systeem";
  if (portaal) return std::string{domain::to_code(portaal->soort)};
  std::string out;
  for (auto r : rollen) out += (out.empty() ? "" : ",") + std::string{domain::to_code(r)};
  return out;
}

Context systeem_context(const std::string& gemeente_id, std::string doel) {
  return {Actor{"systeem", gemeente_id, {}, true}, std::move(doel)};
}

Context portaal_context(const std::string& gemeente_id, PortaalActor portaal) {
  Actor actor{portaal.persoon_id, gemeente_id, {}, false};
  actor.portaal = std::move(portaal);
  return {std::move(actor), "portaal"};
}

Klok systeemklok() {
  return [] {
    return std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now());
  };
}

}  // namespace regie::service
