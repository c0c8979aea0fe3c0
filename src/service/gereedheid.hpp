#pragma once
// Readiness: whether the database answers now. No personal data, so no audit row.

#include "service/dienst.hpp"

namespace regie::service {

class Gereedheid : public Dienst {
 public:
  using Dienst::Dienst;
  bool database_bereikbaar();
};

}  // namespace regie::service
