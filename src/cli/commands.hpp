#pragma once
// The `regie` command line: one function per subcommand, listed in one table (cli.cpp).

#include <string>
#include <vector>

namespace regie::cli {

// Exit codes: 0 success, 1 failure while running, 2 wrong use or invalid input.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

int run(int argc, char** argv);

int advies_command(const std::vector<std::string>& args);
int serve_command(const std::vector<std::string>& args);
int migrate_command(const std::vector<std::string>& args);
int demo_command(const std::vector<std::string>& args);
int backup_command(const std::vector<std::string>& args);
int audit_command(const std::vector<std::string>& args);
int monitoring_command(const std::vector<std::string>& args);
int meldingen_command(const std::vector<std::string>& args);
int gebruiker_command(const std::vector<std::string>& args);
int token_command(const std::vector<std::string>& args);
int bench_data_command(const std::vector<std::string>& args);
int gemeente_command(const std::vector<std::string>& args);

}  // namespace regie::cli
