#pragma once
// The support plan as a PDF in plain words (issue "the household as users"): what the household reads in the
// portal — its own words, goals, actions with who and when, the evaluation date, the regisseurs as far as
// they share their contact details, and who signed — and the same document the regisseur hands over. Nothing
// else: no notes, signals, assessments or safety plan.

#include <string>

#include "service/portaal.hpp"

namespace regie::service {

// `gemaakt_op`: the day it is made, for the first lines.
std::string plan_als_pdf(const std::string& huishouden, const PortaalPlan& plan, domain::Datum gemaakt_op);

}  // namespace regie::service
