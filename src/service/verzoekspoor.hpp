#pragma once
// The trace of the request this thread handles (W3C Trace Context, set by the API's router), so that every
// use case it runs logs its processing under it: the request's span is the parent of each use case's
// operation, and a caller's span is the foreign operation. Outside a request (the command line, the periodic
// task) each use case starts a trace of its own.

#include <optional>
#include <string>

namespace regie::service {

struct Verzoekspoor {
  std::string trace_id;                          // 32 hex
  std::string span_id;                           // 16 hex: Regie's span for this request
  std::optional<std::string> aanroeper_span_id;  // the caller's, when it sent a valid traceparent
};

class VerzoekspoorScope {
 public:
  explicit VerzoekspoorScope(Verzoekspoor spoor);
  ~VerzoekspoorScope();
  VerzoekspoorScope(const VerzoekspoorScope&) = delete;
  VerzoekspoorScope& operator=(const VerzoekspoorScope&) = delete;

 private:
  std::optional<Verzoekspoor> vorige_;
};

// The request's trace on this thread; nullptr outside a request.
const Verzoekspoor* huidig_verzoekspoor();

}  // namespace regie::service
