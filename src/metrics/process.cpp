#include "metrics/process.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace regie::metrics {
namespace {

struct Stat {
  double cpu_seconds = 0;
  long threads = 0;
  double rss_bytes = 0;
};

// /proc/self/stat: the fields after the command's closing parenthesis, counted from field 3 (state).
Stat read_stat() {
  Stat s;
  std::ifstream in{"/proc/self/stat"};
  std::string line;
  if (!std::getline(in, line)) return s;
  const auto close = line.rfind(')');
  if (close == std::string::npos) return s;
  std::istringstream rest{line.substr(close + 2)};
  std::string field;
  const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
  const double page = static_cast<double>(sysconf(_SC_PAGESIZE));
  for (int i = 3; rest >> field; ++i) {
    if (i == 14 || i == 15) s.cpu_seconds += std::stod(field) / ticks;  // utime, stime
    if (i == 20) s.threads = std::stol(field);
    if (i == 24) s.rss_bytes = std::stod(field) * page;
  }
  return s;
}

long open_fds() {
  std::error_code fout;
  long n = 0;
  for (std::filesystem::directory_iterator it{"/proc/self/fd", fout}, end; !fout && it != end;
       it.increment(fout))
    ++n;
  return n;
}

}  // namespace

std::string process_exposition() {
  const auto s = read_stat();
  std::ostringstream out;
  out.precision(12);
  out << "# HELP process_cpu_seconds_total CPU-tijd van het proces (gebruiker en systeem), in seconden.\n"
      << "# TYPE process_cpu_seconds_total counter\n"
      << "process_cpu_seconds_total " << s.cpu_seconds << "\n"
      << "# HELP process_resident_memory_bytes Geheugen dat het proces in gebruik heeft (RSS), in bytes.\n"
      << "# TYPE process_resident_memory_bytes gauge\n"
      << "process_resident_memory_bytes " << s.rss_bytes << "\n"
      << "# HELP process_open_fds Open bestandsdescriptors (ook verbindingen).\n"
      << "# TYPE process_open_fds gauge\n"
      << "process_open_fds " << open_fds() << "\n"
      << "# HELP process_threads Threads van het proces.\n"
      << "# TYPE process_threads gauge\n"
      << "process_threads " << s.threads << "\n";
  return out.str();
}

}  // namespace regie::metrics
