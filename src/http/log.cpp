#include "http/log.hpp"

#include <cxxabi.h>
#include <unistd.h>

#include <boost/json/serialize.hpp>
#include <boost/json/string.hpp>
#include <chrono>
#include <cstdlib>
#include <exception>
#include <memory>
#include <mutex>
#include <system_error>
#include <typeinfo>
#include <utility>

#include "domain/tijd.hpp"

namespace regie::log {
namespace {

thread_local std::string verzoek;
thread_local std::string trace;

struct Uitvoer {
  std::mutex mutex;
  std::function<void(std::string_view)> schrijf;
  bool json = true;
};

void naar_stderr(std::string_view regel) {
  std::string met_einde{regel};
  met_einde += '\n';
  // One write(2) per line: the kernel keeps it whole even when several processes share the file.
  std::size_t gedaan = 0;
  while (gedaan < met_einde.size()) {
    const auto n = ::write(STDERR_FILENO, met_einde.data() + gedaan, met_einde.size() - gedaan);
    if (n <= 0) return;
    gedaan += static_cast<std::size_t>(n);
  }
}

Uitvoer& uitvoer() {
  static Uitvoer u{{}, naar_stderr, ::isatty(STDERR_FILENO) == 0};
  return u;
}

std::string_view niveau_tekst(Niveau n) {
  switch (n) {
    case Niveau::info:
      return "info";
    case Niveau::waarschuwing:
      return "waarschuwing";
    case Niveau::fout:
      return "fout";
  }
  return "info";
}

std::string tijd_nu() {
  return domain::format_tijdstip(
      std::chrono::floor<domain::Tijdstip::duration>(std::chrono::system_clock::now()));
}

std::string json_tekst(std::string_view s) { return boost::json::serialize(boost::json::string{s}); }

}  // namespace

void schrijf(Niveau niveau, std::string_view gebeurtenis, std::initializer_list<Veld> velden) {
  auto& u = uitvoer();
  std::string regel;
  if (u.json) {
    regel = "{\"tijd\":" + json_tekst(tijd_nu()) + ",\"niveau\":" + json_tekst(niveau_tekst(niveau)) +
            ",\"gebeurtenis\":" + json_tekst(gebeurtenis);
    if (!verzoek.empty()) regel += ",\"verzoek\":" + json_tekst(verzoek);
    if (!trace.empty()) regel += ",\"trace\":" + json_tekst(trace);
    for (const auto& v : velden) regel += "," + json_tekst(v.naam) + ":" + json_tekst(v.waarde);
    regel += "}";
  } else {
    regel = tijd_nu() + " " + std::string{niveau_tekst(niveau)} + " " + std::string{gebeurtenis};
    if (!verzoek.empty()) regel += " verzoek=" + verzoek;
    if (!trace.empty()) regel += " trace=" + trace;
    for (const auto& v : velden) regel += " " + std::string{v.naam} + "=" + v.waarde;
  }
  std::lock_guard lock{u.mutex};
  u.schrijf(regel);
}

VerzoekScope::VerzoekScope(std::string id, std::string trace_id)
    : vorige_(std::exchange(verzoek, std::move(id))),
      vorige_trace_(std::exchange(trace, std::move(trace_id))) {}
VerzoekScope::~VerzoekScope() {
  verzoek = std::move(vorige_);
  trace = std::move(vorige_trace_);
}

const std::string& huidig_verzoek() { return verzoek; }

void zet_uitvoer(std::function<void(std::string_view)> schrijf_regel, bool json) {
  auto& u = uitvoer();
  std::lock_guard lock{u.mutex};
  u.schrijf = std::move(schrijf_regel);
  u.json = json;
}

void standaard_uitvoer() { zet_uitvoer(naar_stderr, ::isatty(STDERR_FILENO) == 0); }

std::string exceptie_type() {
  const std::type_info* type = abi::__cxa_current_exception_type();
  if (type == nullptr) return "onbekend";
  int status = 0;
  std::unique_ptr<char, void (*)(void*)> naam{abi::__cxa_demangle(type->name(), nullptr, nullptr, &status),
                                              std::free};
  std::string uit = status == 0 && naam ? naam.get() : type->name();
  try {
    throw;
  } catch (const std::system_error& e) {
    uit += " (" + e.code().message() + ")";  // the cause from the error code, not the message with paths
  } catch (...) {
  }
  return uit;
}

}  // namespace regie::log
