#include "support/process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <regex>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace regie::testing {
namespace {

struct Spawned {
  pid_t pid;
  int in;   // write end of the child's stdin
  int out;  // read end of its stdout
  int err;  // read end of its stderr
};

Spawned spawn(const std::vector<std::string>& argv, const std::vector<std::string>& env) {
  std::array<int, 2> in{}, out{}, err{};
  if (::pipe2(in.data(), O_CLOEXEC) != 0 || ::pipe2(out.data(), O_CLOEXEC) != 0 ||
      ::pipe2(err.data(), O_CLOEXEC) != 0) {
    throw std::runtime_error("pipe");
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err[1], 2);

  std::vector<std::string> environment;
  for (char** e = environ; *e != nullptr; ++e) environment.emplace_back(*e);
  environment.insert(environment.end(), env.begin(), env.end());
  std::vector<char*> envp;
  for (auto& e : environment) envp.push_back(e.data());
  envp.push_back(nullptr);
  std::vector<std::string> args = argv;
  std::vector<char*> argp;
  for (auto& a : args) argp.push_back(a.data());
  argp.push_back(nullptr);

  pid_t pid = -1;
  const int rc = posix_spawn(&pid, argp[0], &actions, nullptr, argp.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  ::close(in[0]);
  ::close(out[1]);
  ::close(err[1]);
  if (rc != 0) throw std::runtime_error(std::string{"posix_spawn: "} + std::strerror(rc));
  return {pid, in[1], out[0], err[0]};
}

// Reads what is available on `fd` into `into`; false at end of file.
bool read_available(int fd, std::string& into) {
  char buffer[4096];
  const ssize_t n = ::read(fd, buffer, sizeof buffer);
  if (n <= 0) return false;
  into.append(buffer, static_cast<std::size_t>(n));
  return true;
}

int exit_code_of(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

}  // namespace

RunResult run_process(const std::vector<std::string>& argv, const std::string& input,
                      const std::vector<std::string>& env) {
  ::signal(SIGPIPE, SIG_IGN);
  const Spawned child = spawn(argv, env);
  RunResult result;
  std::size_t written = 0;
  int in = child.in;
  if (input.empty()) {
    ::close(in);
    in = -1;
  }
  bool out_open = true, err_open = true;
  while (out_open || err_open) {
    std::vector<pollfd> fds;
    if (out_open) fds.push_back({child.out, POLLIN, 0});
    if (err_open) fds.push_back({child.err, POLLIN, 0});
    if (in >= 0) fds.push_back({in, POLLOUT, 0});
    if (::poll(fds.data(), fds.size(), 30000) <= 0) break;
    for (const auto& p : fds) {
      if (p.revents == 0) continue;
      if (p.fd == child.out) out_open = read_available(child.out, result.out);
      if (p.fd == child.err) err_open = read_available(child.err, result.err);
      if (p.fd == in) {
        const ssize_t n = ::write(in, input.data() + written, input.size() - written);
        if (n > 0) written += static_cast<std::size_t>(n);
        if (n <= 0 || written == input.size()) {
          ::close(in);
          in = -1;
        }
      }
    }
  }
  if (in >= 0) ::close(in);
  ::close(child.out);
  ::close(child.err);
  int status = 0;
  ::waitpid(child.pid, &status, 0);
  result.exit_code = exit_code_of(status);
  return result;
}

BackgroundProcess::BackgroundProcess(const std::vector<std::string>& argv, const std::string& klaar) {
  ::signal(SIGPIPE, SIG_IGN);
  const Spawned child = spawn(argv, {});
  ::close(child.in);
  pid_ = child.pid;
  stdout_fd_ = child.out;
  stderr_fd_ = child.err;
  const std::regex patroon{klaar};
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  std::string uitvoer, fouten;
  std::smatch match;
  while (!std::regex_search(uitvoer, match, patroon)) {
    pollfd p[2]{{stdout_fd_, POLLIN, 0}, {stderr_fd_, POLLIN, 0}};
    if (std::chrono::steady_clock::now() > deadline || ::poll(p, 2, 1000) < 0)
      throw std::runtime_error(argv.front() + " kwam niet op: " + uitvoer + fouten);
    if (p[1].revents != 0) read_available(stderr_fd_, fouten);
    if (p[0].revents != 0 && !read_available(stdout_fd_, uitvoer))
      throw std::runtime_error(argv.front() + " stopte bij het opstarten: " + uitvoer + fouten);
  }
  if (match.size() > 1) gevonden_ = match[1].str();
}

BackgroundProcess::~BackgroundProcess() {
  ::kill(pid_, SIGTERM);
  int status = 0;
  for (int i = 0; i < 200 && ::waitpid(pid_, &status, WNOHANG) == 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  if (::waitpid(pid_, &status, WNOHANG) == 0) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, &status, 0);
  }
  ::close(stdout_fd_);
  ::close(stderr_fd_);
}

ServerProcess::ServerProcess(const std::vector<std::string>& extra_args,
                             const std::vector<std::string>& env) {
  start({false, std::nullopt, extra_args, env});
}

ServerProcess::ServerProcess(const ServerOpties& opties) { start(opties); }

std::vector<std::string> ServerProcess::database_args() const {
  // The audit trail's keys in the test's own directory, also when the data is in PostgreSQL.
  if (database_url_)
    return {"--database-url", *database_url_, "--audit-sleutels", data_dir_.path() + "/audit-sleutels"};
  return {"--data-dir", data_dir_.path()};
}

namespace {

// `regie demo` takes seconds under the sanitizers, and most suites start from the same demo gemeente: it is
// made once per build of the binary and per day (its dates are relative to today) into a template directory,
// under a lock because ctest runs test processes side by side, and copied for each server.
void demo_uit_sjabloon(const std::string& data_dir) {
  namespace fs = std::filesystem;
  const auto gebouwd = fs::last_write_time(REGIE_BINARY).time_since_epoch().count();
  const auto dag =
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()).time_since_epoch().count();
  const auto voorvoegsel =
      "regie-demo-sjabloon-" + std::to_string(std::hash<std::string>{}(REGIE_BINARY)) + "-";
  const auto sjabloon =
      fs::temp_directory_path() / (voorvoegsel + std::to_string(gebouwd) + "-" + std::to_string(dag));
  const int slot = ::open((fs::temp_directory_path() / (voorvoegsel + "slot")).c_str(),
                          O_CREAT | O_RDWR | O_CLOEXEC, 0600);
  if (slot < 0 || ::flock(slot, LOCK_EX) != 0) throw std::runtime_error("geen slot op het demosjabloon");
  struct Vrijgeven {
    int fd;
    ~Vrijgeven() { ::close(fd); }  // closing releases the lock
  } vrijgeven{slot};
  if (!fs::exists(sjabloon)) {
    // Templates of earlier builds or days are of no use any more.
    for (const auto& e : fs::directory_iterator{fs::temp_directory_path()}) {
      const auto naam = e.path().filename().string();
      if (naam.starts_with(voorvoegsel) && !naam.ends_with("slot")) fs::remove_all(e.path());
    }
    const auto maken = sjabloon.string() + ".maken";
    const auto r = run_process({REGIE_BINARY, "demo", "--data-dir", maken});
    if (r.exit_code != 0) throw std::runtime_error("regie demo mislukte: " + r.err);
    fs::rename(maken, sjabloon);
  }
  fs::copy(sjabloon, data_dir, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

}  // namespace

void ServerProcess::start(const ServerOpties& opties) {
  ::signal(SIGPIPE, SIG_IGN);
  database_url_ = opties.database_url;
  if (opties.demo && !opties.database_url && opties.env.empty()) {
    demo_uit_sjabloon(data_dir_.path());
  } else if (opties.demo) {
    std::vector<std::string> demo{REGIE_BINARY, "demo"};
    for (const auto& a : database_args()) demo.push_back(a);
    const auto r = run_process(demo, {}, opties.env);
    if (r.exit_code != 0) throw std::runtime_error("regie demo mislukte: " + r.err);
  }
  std::vector<std::string> argv{REGIE_BINARY, "serve", "--port", "0"};
  for (const auto& a : database_args()) argv.push_back(a);
  argv.insert(argv.end(), opties.extra_args.begin(), opties.extra_args.end());
  const Spawned child = spawn(argv, opties.env);
  ::close(child.in);
  pid_ = child.pid;
  stdout_fd_ = child.out;
  stderr_fd_ = child.err;

  const std::regex ready{R"(http://[0-9.]+:([0-9]+))"};
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  std::smatch match;
  while (!std::regex_search(output_, match, ready)) {
    pollfd p{stdout_fd_, POLLIN, 0};
    if (std::chrono::steady_clock::now() > deadline || ::poll(&p, 1, 1000) < 0) {
      throw std::runtime_error("regie serve kwam niet op: " + output_);
    }
    if (p.revents != 0 && !read_available(stdout_fd_, output_)) {
      throw std::runtime_error("regie serve stopte bij het opstarten: " + output_);
    }
  }
  port_ = static_cast<unsigned short>(std::stoi(match[1].str()));
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0 && wait(std::chrono::milliseconds(0)) == -1) {
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
  }
  ::close(stdout_fd_);
  ::close(stderr_fd_);
}

void ServerProcess::signal(int signal_number) { ::kill(pid_, signal_number); }

int ServerProcess::wait(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    int status = 0;
    const pid_t r = ::waitpid(pid_, &status, WNOHANG);
    if (r == pid_) {
      pid_ = -1;
      return exit_code_of(status);
    }
    if (r < 0) return -1;
    if (std::chrono::steady_clock::now() >= deadline) return -1;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

std::string ServerProcess::output() {
  for (;;) {
    pollfd p{stdout_fd_, POLLIN, 0};
    if (::poll(&p, 1, 0) <= 0 || p.revents == 0 || !read_available(stdout_fd_, output_)) break;
  }
  return output_;
}

}  // namespace regie::testing
