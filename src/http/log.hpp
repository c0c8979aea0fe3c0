#pragma once
// Structured logging: one line per event, written at once (lines of concurrent requests never interleave),
// JSON when standard error is not a terminal (a log collector reads it), readable text when it is. Every
// line carries the id of the request being handled on this thread, which the client also gets (header
// X-Request-Id, problem+json `instance`). Never personal data: callers log codes, types and causes.

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

namespace regie::log {

struct Veld {
  std::string_view naam;
  std::string waarde;
};

enum class Niveau { info, waarschuwing, fout };

void schrijf(Niveau niveau, std::string_view gebeurtenis, std::initializer_list<Veld> velden = {});

// While it lives, log lines of this thread name this request and, when given, the trace it belongs to (W3C
// Trace Context).
class VerzoekScope {
 public:
  explicit VerzoekScope(std::string id, std::string trace = {});
  ~VerzoekScope();
  VerzoekScope(const VerzoekScope&) = delete;
  VerzoekScope& operator=(const VerzoekScope&) = delete;

 private:
  std::string vorige_;
  std::string vorige_trace_;
};

// The id of the request this thread handles now; empty outside a request.
const std::string& huidig_verzoek();

// For tests: where lines go (each call gets one whole line without its newline) and in which form; the
// default writes to standard error, JSON unless it is a terminal.
void zet_uitvoer(std::function<void(std::string_view)> uitvoer, bool json);
void standaard_uitvoer();

// The type of the exception being handled, readable ("std::runtime_error"), and where the type says so
// itself, its cause without personal data (the text of an error code, e.g. "No space left on device").
std::string exceptie_type();

}  // namespace regie::log
