#include "support/test_idp.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <fstream>
#include <stdexcept>

namespace regie::testing {
namespace {

namespace json = boost::json;

struct Adres {
  unsigned short poort;
  std::string pad;
};

Adres ontleden(const std::string& adres) {
  const std::string begin = "http://127.0.0.1:";
  if (!adres.starts_with(begin)) throw std::runtime_error("geen loopback-adres: " + adres);
  const auto slash = adres.find('/', begin.size());
  return {static_cast<unsigned short>(std::stoi(adres.substr(begin.size(), slash - begin.size()))),
          slash == std::string::npos ? "/" : adres.substr(slash)};
}

}  // namespace

unsigned short vrije_poort() {
  boost::asio::io_context io;
  boost::asio::ip::tcp::acceptor acceptor{io, {boost::asio::ip::make_address("127.0.0.1"), 0}};
  return acceptor.local_endpoint().port();
}

TestIdp::TestIdp(json::array clients, json::object accounts, unsigned short poort)
    : instellingen_(map_.path() + "/idp.json"), poort_(poort) {
  std::ofstream{instellingen_} << json::serialize(
      json::object{{"poort", poort}, {"clients", std::move(clients)}, {"accounts", std::move(accounts)}});
  starten();
}

void TestIdp::starten() {
  proces_ = std::make_unique<BackgroundProcess>(
      std::vector<std::string>{"/usr/bin/env", "node", REGIE_SOURCE_DIR "/tools/test-idp/idp.mjs",
                               instellingen_},
      "IdP luistert op (http://[^\\s]+)");
}

void TestIdp::herstarten() {
  proces_.reset();
  starten();
}

void TestIdp::inlogger(const std::string& sub) {
  const auto r = HttpConnection{poort_}.request("POST", "/_test/inlogger",
                                                json::serialize(json::object{{"account", sub}}));
  if (r.status != 204) throw std::runtime_error("IdP: inlogger niet gezet");
}

void TestIdp::fout(const std::string& fout) {
  const auto r =
      HttpConnection{poort_}.request("POST", "/_test/fout", json::serialize(json::object{{"fout", fout}}));
  if (r.status != 204) throw std::runtime_error("IdP: fout niet gezet");
}

HttpResponse Browser::get(const std::string& adres) {
  const auto [poort, pad] = ontleden(adres);
  std::string koek;
  for (const auto& [naam, waarde] : cookies_[poort]) koek += (koek.empty() ? "" : "; ") + naam + "=" + waarde;
  std::vector<std::pair<std::string, std::string>> headers{{"Host", "127.0.0.1:" + std::to_string(poort)}};
  if (!koek.empty()) headers.emplace_back("Cookie", koek);
  auto r = HttpConnection{poort}.request("GET", pad, "", "", headers);
  for (const auto& c : r.set_cookies) {
    const auto is = c.find('=');
    const auto eind = c.find(';');
    const auto naam = c.substr(0, is);
    const auto waarde = c.substr(is + 1, eind == std::string::npos ? std::string::npos : eind - is - 1);
    if (waarde.empty() || c.find("Max-Age=0") != std::string::npos ||
        c.find("max-age=0") != std::string::npos)
      cookies_[poort].erase(naam);
    else
      cookies_[poort][naam] = waarde;
  }
  return r;
}

std::string Browser::volgen(const std::string& adres, const std::string& tot) {
  auto huidig = adres;
  for (int stap = 0; stap < 10; ++stap) {
    if (huidig.starts_with(tot) && stap > 0) return huidig;
    const auto r = get(huidig);
    const auto naar = r.header("location");
    if (r.status < 300 || r.status >= 400 || naar.empty()) return huidig;
    // A relative location stays on the same server.
    huidig =
        naar.starts_with("http") ? naar : "http://127.0.0.1:" + std::to_string(ontleden(huidig).poort) + naar;
  }
  throw std::runtime_error("te veel doorverwijzingen vanaf " + adres);
}

std::optional<std::string> Browser::cookie(unsigned short poort, const std::string& naam) const {
  const auto p = cookies_.find(poort);
  if (p == cookies_.end()) return std::nullopt;
  const auto c = p->second.find(naam);
  return c == p->second.end() ? std::nullopt : std::optional{c->second};
}

}  // namespace regie::testing
