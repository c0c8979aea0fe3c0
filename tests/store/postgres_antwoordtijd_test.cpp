// A PostgreSQL that stops answering while its TCP stays up (a hung or frozen server) must not hold a request
// without limit: the client gives up after its answer time and reports the database unavailable (a 503).
// A small proxy between client and server stops forwarding on command, as a frozen server would.

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <regex>
#include <thread>
#include <vector>

#include "store/postgres/postgres_database.hpp"
#include "support/test_database.hpp"

namespace regie::testing {
namespace {

using namespace std::chrono_literals;

class BevriezendeProxy {
 public:
  explicit BevriezendeProxy(int doelpoort) : doelpoort_(doelpoort) {
    luister_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in adres{};
    adres.sin_family = AF_INET;
    adres.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(luister_, reinterpret_cast<sockaddr*>(&adres), sizeof adres) != 0 || listen(luister_, 8) != 0)
      throw std::runtime_error("proxy: luisteren mislukte");
    socklen_t lengte = sizeof adres;
    getsockname(luister_, reinterpret_cast<sockaddr*>(&adres), &lengte);
    poort_ = ntohs(adres.sin_port);
    threads_.emplace_back([this] { aannemen(); });
  }
  ~BevriezendeProxy() {
    stop_ = true;
    for (auto& t : threads_) t.join();
    std::lock_guard lock{mutex_};
    for (const int fd : sockets_) close(fd);
    close(luister_);
  }
  BevriezendeProxy(const BevriezendeProxy&) = delete;
  BevriezendeProxy& operator=(const BevriezendeProxy&) = delete;

  int poort() const { return poort_; }
  // From now on nothing is forwarded; the connections stay open, as with a server that hangs.
  void bevries() { bevroren_ = true; }

 private:
  void aannemen() {
    while (!stop_) {
      pollfd p{luister_, POLLIN, 0};
      if (poll(&p, 1, 100) <= 0) continue;
      const int klant = accept(luister_, nullptr, nullptr);
      if (klant < 0) continue;
      const int server = socket(AF_INET, SOCK_STREAM, 0);
      sockaddr_in doel{};
      doel.sin_family = AF_INET;
      doel.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
      doel.sin_port = htons(static_cast<std::uint16_t>(doelpoort_));
      if (connect(server, reinterpret_cast<sockaddr*>(&doel), sizeof doel) != 0) {
        close(klant);
        close(server);
        continue;
      }
      std::lock_guard lock{mutex_};
      sockets_.insert(sockets_.end(), {klant, server});
      pompen_.emplace_back([this, klant, server] { pomp(klant, server); });
    }
    std::lock_guard lock{mutex_};
    for (auto& t : pompen_) t.join();
  }

  void pomp(int a, int b) {
    char buffer[16384];
    while (!stop_) {
      if (bevroren_) {
        std::this_thread::sleep_for(50ms);
        continue;
      }
      pollfd p[2]{{a, POLLIN, 0}, {b, POLLIN, 0}};
      if (poll(p, 2, 100) <= 0) continue;
      for (int i = 0; i < 2; ++i) {
        if (!(p[i].revents & (POLLIN | POLLHUP))) continue;
        const auto n = read(p[i].fd, buffer, sizeof buffer);
        if (n <= 0) return;
        if (write(i == 0 ? b : a, buffer, static_cast<std::size_t>(n)) != n) return;
      }
    }
  }

  int doelpoort_;
  int luister_ = -1;
  int poort_ = 0;
  std::atomic<bool> stop_{false};
  std::atomic<bool> bevroren_{false};
  std::mutex mutex_;
  std::vector<int> sockets_;
  std::vector<std::thread> pompen_;
  std::vector<std::thread> threads_;
};

TEST(PostgresAntwoordtijd, AServerThatStopsAnsweringIsUnavailableWithinTheAnswerTime) {
  const auto pg = TestDatabase::create(store::Backend::postgres);
  if (!pg) GTEST_SKIP() << "geen PostgreSQL voor de test";
  const std::regex poort_in_url{R"(port=(\d+))"};
  std::smatch m;
  const std::string url = pg->config().url;
  ASSERT_TRUE(std::regex_search(url, m, poort_in_url)) << "geen poort in de verbindingsgegevens";
  BevriezendeProxy proxy{std::stoi(m[1].str())};
  const auto via_proxy = std::regex_replace(url, poort_in_url, "port=" + std::to_string(proxy.poort()));

  const auto db = store::open_postgres(via_proxy, 1, 1500ms);
  const auto lees = [&] { db->read([](store::Tx& tx) { tx.query("SELECT 1"); }); };
  lees();  // through the proxy, the database answers

  proxy.bevries();
  const auto begin = std::chrono::steady_clock::now();
  EXPECT_THROW(lees(), store::DatabaseUnavailable);
  EXPECT_LT(std::chrono::steady_clock::now() - begin, 10s) << "de klant wachtte niet op de antwoordtijd";
  // The hung connection is given up; a new one cannot be set up either (the server is still silent).
  EXPECT_THROW(lees(), store::DatabaseUnavailable);
}

}  // namespace
}  // namespace regie::testing
