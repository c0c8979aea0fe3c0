#pragma once
// Runs the real `regie` executable for the integration tests: once to completion (the CLI), or as a
// server on a free loopback port that the test stops with a signal.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "support/temp_dir.hpp"

namespace regie::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// argv[0] is the program; `env` entries ("NAME=value") are added to the current environment.
RunResult run_process(const std::vector<std::string>& argv, const std::string& input = {},
                      const std::vector<std::string>& env = {});

struct ServerOpties {
  bool demo = false;                        // fill the database with `regie demo` first
  std::optional<std::string> database_url;  // PostgreSQL instead of SQLite in the data directory
  std::vector<std::string> extra_args;
  std::vector<std::string> env;
};

// Another program in the background for as long as the test needs it (a test IdP): started, and waited for
// until its standard output matches `klaar`; stopped with SIGTERM (then SIGKILL) when destroyed.
class BackgroundProcess {
 public:
  BackgroundProcess(const std::vector<std::string>& argv, const std::string& klaar);
  ~BackgroundProcess();
  BackgroundProcess(const BackgroundProcess&) = delete;
  BackgroundProcess& operator=(const BackgroundProcess&) = delete;
  // The first group of `klaar` in the output.
  const std::string& gevonden() const { return gevonden_; }

 private:
  int pid_ = -1;
  int stdout_fd_ = -1;
  int stderr_fd_ = -1;
  std::string gevonden_;
};

class ServerProcess {
 public:
  // Starts `regie serve --port 0` with a fresh data directory and waits until it listens.
  explicit ServerProcess(const std::vector<std::string>& extra_args = {},
                         const std::vector<std::string>& env = {});
  explicit ServerProcess(const ServerOpties& opties);
  // The arguments that select this server's database, for other `regie` commands on it.
  std::vector<std::string> database_args() const;
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  unsigned short port() const { return port_; }
  const std::string& data_dir() const { return data_dir_.path(); }

  void signal(int signal_number);
  // Waits for the process to exit; its exit code, or -1 when it was still running after `timeout`.
  int wait(std::chrono::milliseconds timeout);
  // Everything the server wrote to stdout so far.
  std::string output();

 private:
  void start(const ServerOpties& opties);

  TempDir data_dir_;
  std::optional<std::string> database_url_;
  int pid_ = -1;
  int stdout_fd_ = -1;
  int stderr_fd_ = -1;
  unsigned short port_ = 0;
  std::string output_;
};

}  // namespace regie::testing
