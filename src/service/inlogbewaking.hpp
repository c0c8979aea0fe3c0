#pragma once
// Failed logins as the beheerder sees them (issue "identity and administration"; the BIO asks that they are
// monitored): per account name of his gemeente and per client address those attempts came from, over the
// last day and week, with whether the throttle now locks it; and lifting such a lock. He sees no household
// data here.

#include <optional>
#include <string>
#include <vector>

#include "service/dienst.hpp"

namespace regie::service {

struct MisluktRegel {
  std::string sleutel;  // account name or address
  std::int64_t aantal_dag = 0;
  std::int64_t aantal_week = 0;
  std::string laatste_op;
  std::optional<std::string> geblokkeerd_tot;  // while the throttle makes this key wait
};

struct MisluktOverzicht {
  std::vector<MisluktRegel> accounts;
  std::vector<MisluktRegel> adressen;
};

enum class BlokkadeSoort { account, adres };

inline constexpr int kMaxMisluktRegels = 200;

class Inlogbewaking : public Dienst {
 public:
  using Dienst::Dienst;

  MisluktOverzicht overzicht(const Context& ctx);
  // Lets the account (of his gemeente) or the address (seen on his gemeente's accounts) try again at once.
  // BadRequest naming "waarde" for one that is not his to lift.
  void blokkade_opheffen(const Context& ctx, BlokkadeSoort soort, const std::string& waarde);
};

}  // namespace regie::service
