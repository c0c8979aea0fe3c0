#include "service/verzoekspoor.hpp"

namespace regie::service {
namespace {

thread_local std::optional<Verzoekspoor> huidig;

}  // namespace

VerzoekspoorScope::VerzoekspoorScope(Verzoekspoor spoor) : vorige_(std::move(huidig)) {
  huidig = std::move(spoor);
}

VerzoekspoorScope::~VerzoekspoorScope() { huidig = std::move(vorige_); }

const Verzoekspoor* huidig_verzoekspoor() { return huidig ? &*huidig : nullptr; }

}  // namespace regie::service
