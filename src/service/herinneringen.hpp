#pragma once
// The daily check (issue "a regisseur's day"): reminds an action's owner once its date has passed, and a
// household's regisseurs a week before the plan's evaluation. Runs as the system, per gemeente, in one
// transaction with its audit row; each household it looked at gets a line in its access log.

#include "service/dienst.hpp"

namespace regie::service {

class Herinneringen : public Dienst {
 public:
  using Dienst::Dienst;

  // One gemeente; returns how many notifications went out.
  int versturen(const Context& ctx);
  // Every gemeente, as the server's periodic task does.
  int alles_versturen();
};

}  // namespace regie::service
