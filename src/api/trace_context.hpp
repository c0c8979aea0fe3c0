#pragma once
// W3C Trace Context (`traceparent`): a caller that already traces a processing passes its trace on; Regie
// continues it with a span of its own, or starts a trace when there is none or the header is malformed, and
// answers with the context it used. The trace id links Regie's log lines, audit and (issue "Logboek
// Dataverwerkingen") its processing log to the caller's.

#include <optional>
#include <string>
#include <string_view>

namespace regie::api {

struct TraceContext {
  std::string trace_id;   // 32 lower-case hex, not all zeros
  std::string parent_id;  // 16 lower-case hex, not all zeros: the caller's span, or ours in the answer
  std::string flags;      // 2 lower-case hex
};

// The header as the recommendation defines it (version 00, and later versions by their first four fields);
// nullopt when it does not follow it.
std::optional<TraceContext> lees_traceparent(std::string_view waarde);

// The context of this processing: the caller's trace with a new span id, or a new sampled trace.
TraceContext eigen_span(const std::optional<TraceContext>& aanroeper);

// "00-<trace id>-<span id>-<flags>".
std::string traceparent(const TraceContext& context);

}  // namespace regie::api
