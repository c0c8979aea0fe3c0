#include "cli/cli_hulp.hpp"

#include <termios.h>
#include <unistd.h>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "store/beheer_store.hpp"

namespace regie::cli {

std::string lees_wachtwoord() {
  std::string wachtwoord;
  if (::isatty(STDIN_FILENO)) {
    std::cerr << "Wachtwoord: " << std::flush;
    termios oud{};
    ::tcgetattr(STDIN_FILENO, &oud);
    termios stil = oud;
    stil.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &stil);
    std::getline(std::cin, wachtwoord);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &oud);
    std::cerr << '\n';
  } else {
    std::getline(std::cin, wachtwoord);
  }
  if (!wachtwoord.empty() && wachtwoord.back() == '\r') wachtwoord.pop_back();
  return wachtwoord;
}

std::string gemeente_id(store::Database& db, const std::string& naam) {
  const auto id = db.read([&](store::Tx& tx) { return store::gemeente_met_naam(tx, naam); });
  if (!id) throw UsageError("De gemeente '" + naam + "' bestaat niet in deze database.");
  return *id;
}

void meld_fout(const service::Error& e) {
  std::cerr << e.what() << '\n';
  if (const auto* b = dynamic_cast<const service::BadRequest*>(&e)) {
    for (const auto& p : b->invalid_params()) std::cerr << "  - " << p.name << ": " << p.reason << '\n';
  }
}

int met_invoerfouten(const std::function<int()>& opdracht) {
  try {
    return opdracht();
  } catch (const service::BadRequest& e) {
    meld_fout(e);
  } catch (const service::NotFound& e) {
    meld_fout(e);
  }
  return kExitUsage;
}

}  // namespace regie::cli
