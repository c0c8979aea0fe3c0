#pragma once
// The register of processing activities (Logboek Dataverwerkingen): what Regie does with personal data, as a
// handful of activities with a purpose each. Every line of the processing log points at the version of its
// activity that applied; a gemeente may reword an activity (a new version), never remove one. This is the
// register each gemeente starts with, and the one place that says which use case belongs to which activity.

#include <span>
#include <string_view>
#include <vector>

namespace regie::domain {

struct Verwerkingsactiviteit {
  std::string_view code;  // stable; the gemeente's versions keep it
  std::string_view naam;
  std::string_view doel;
  // The use cases (the audit's `actie`) it covers: a whole group ("huishouden." for huishouden.lezen, …) or
  // one use case. The longest match wins, so one use case of a group can belong elsewhere.
  std::vector<std::string_view> use_cases;
};

std::span<const Verwerkingsactiviteit> standaard_verwerkingsactiviteiten();

// The activity a use case belongs to; nullptr when the register does not name it (a defect: a test walks the
// authorization table).
const Verwerkingsactiviteit* verwerkingsactiviteit_van(std::string_view use_case);

}  // namespace regie::domain
