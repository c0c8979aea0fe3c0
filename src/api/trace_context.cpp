#include "api/trace_context.hpp"

#include <algorithm>

#include "store/ids.hpp"

namespace regie::api {
namespace {

bool kleine_hex(std::string_view s) {
  return std::ranges::all_of(s, [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool nullen(std::string_view s) {
  return std::ranges::all_of(s, [](char c) { return c == '0'; });
}

}  // namespace

std::optional<TraceContext> lees_traceparent(std::string_view w) {
  // version(2) - trace-id(32) - parent-id(16) - flags(2): 55 characters; a later version may add fields after
  // another dash, version 00 may not.
  if (w.size() < 55 || w[2] != '-' || w[35] != '-' || w[52] != '-') return std::nullopt;
  const auto versie = w.substr(0, 2);
  const auto trace = w.substr(3, 32);
  const auto parent = w.substr(36, 16);
  const auto flags = w.substr(53, 2);
  if (!kleine_hex(versie) || versie == "ff" || !kleine_hex(trace) || !kleine_hex(parent) ||
      !kleine_hex(flags))
    return std::nullopt;
  if (versie == "00" ? w.size() != 55 : (w.size() > 55 && w[55] != '-')) return std::nullopt;
  if (nullen(trace) || nullen(parent)) return std::nullopt;
  return TraceContext{std::string{trace}, std::string{parent}, std::string{flags}};
}

TraceContext eigen_span(const std::optional<TraceContext>& aanroeper) {
  if (aanroeper) return {aanroeper->trace_id, store::willekeurig_hex(8), aanroeper->flags};
  return {store::willekeurig_hex(16), store::willekeurig_hex(8), "01"};
}

std::string traceparent(const TraceContext& c) {
  return "00-" + c.trace_id + "-" + c.parent_id + "-" + c.flags;
}

}  // namespace regie::api
