#include "cli/options.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>

namespace regie::cli {

Options::Options(const std::vector<std::string>& args, const std::vector<OptionSpec>& spec,
                 std::size_t max_positional) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (!arg.starts_with("--") || arg.size() == 2) {
      if (positional_.size() >= max_positional) throw UsageError("Onverwacht argument '" + arg + "'.");
      positional_.push_back(arg);
      continue;
    }
    std::string name = arg.substr(2);
    std::optional<std::string> inline_value;
    if (const auto eq = name.find('='); eq != std::string::npos) {
      inline_value = name.substr(eq + 1);
      name.resize(eq);
    }
    const auto it = std::ranges::find(spec, std::string_view{name}, &OptionSpec::name);
    if (it == spec.end()) throw UsageError("Onbekende optie '--" + name + "'.");
    if (!it->takes_value) {
      if (inline_value) throw UsageError("Optie '--" + name + "' heeft geen waarde.");
      values_[name] = "";
      continue;
    }
    if (inline_value) {
      values_[name] = *inline_value;
    } else if (i + 1 < args.size()) {
      values_[name] = args[++i];
    } else {
      throw UsageError("Optie '--" + name + "' mist een waarde.");
    }
  }
}

bool Options::flag(std::string_view name) const { return values_.contains(name); }

std::optional<std::string> Options::value(std::string_view name) const {
  const auto it = values_.find(name);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> Options::value_or_env(std::string_view name, const char* env_variable) const {
  if (auto v = value(name)) return v;
  if (const char* env = std::getenv(env_variable); env != nullptr && *env != '\0') return std::string{env};
  return std::nullopt;
}

namespace {

std::optional<unsigned> whole_number(const std::string& text, unsigned min, unsigned max) {
  unsigned value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || value < min || value > max)
    return std::nullopt;
  return value;
}

}  // namespace

unsigned short parse_port(const std::string& text, std::string_view what) {
  const auto value = whole_number(text, 0, 65535);
  if (!value) throw UsageError(std::string{what} + " moet een poortnummer zijn van 0 tot en met 65535.");
  return static_cast<unsigned short>(*value);
}

unsigned parse_seconds(const std::string& text, std::string_view what) {
  const auto value = whole_number(text, 1, 3600);
  if (!value)
    throw UsageError(std::string{what} + " moet een geheel aantal seconden zijn van 1 tot en met 3600.");
  return *value;
}

unsigned parse_threads(const std::string& text, std::string_view what) {
  const auto value = whole_number(text, 1, 256);
  if (!value) throw UsageError(std::string{what} + " moet een geheel getal zijn van 1 tot en met 256.");
  return *value;
}

}  // namespace regie::cli
