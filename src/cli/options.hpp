#pragma once
// Parsing of `--name value`, `--name=value` and `--flag` arguments for one subcommand.

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace regie::cli {

// A mistake on the command line; the message is Dutch and printed to the user (exit code 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct OptionSpec {
  std::string_view name;  // without the leading dashes
  bool takes_value;
};

class Options {
 public:
  // Throws UsageError on an unknown option, a missing value or more than `max_positional` plain arguments.
  Options(const std::vector<std::string>& args, const std::vector<OptionSpec>& spec,
          std::size_t max_positional = 0);

  bool flag(std::string_view name) const;
  std::optional<std::string> value(std::string_view name) const;
  // The option's value, else the environment variable's, else nullopt.
  std::optional<std::string> value_or_env(std::string_view name, const char* env_variable) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  std::map<std::string, std::string, std::less<>> values_;
  std::vector<std::string> positional_;
};

// "8080" → 8080; throws UsageError naming `what` when not a port number.
unsigned short parse_port(const std::string& text, std::string_view what);

// "30" → 30; throws UsageError naming `what` unless a whole number of seconds from 1 to 3600.
unsigned parse_seconds(const std::string& text, std::string_view what);

// "16" → 16; throws UsageError naming `what` unless a whole number from 1 to 256.
unsigned parse_threads(const std::string& text, std::string_view what);

}  // namespace regie::cli
