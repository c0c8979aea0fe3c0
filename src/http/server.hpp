#pragma once
// The HTTP/1.1 server: Boost.Beast on Boost.Asio with a C++20 coroutine per connection, one thread per
// core, keep-alive, read timeouts, header and body limits, TCP_NODELAY and a graceful shutdown on
// SIGINT/SIGTERM (stop accepting, finish requests in flight, close idle connections, then return).

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "http/message.hpp"

namespace regie::http {

struct ServerConfig {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;             // 0: any free port (see Server::port())
  unsigned threads = 0;                   // 0: one per core (network I/O)
  unsigned worker_threads = 16;           // handlers run here: database calls block, the I/O threads never do
  std::chrono::seconds read_timeout{30};  // to receive a whole request, and to wait for the next one
  std::chrono::seconds write_timeout{30};
  std::chrono::seconds shutdown_grace{10};  // longest wait for requests in flight at shutdown
  std::size_t header_limit = 16 * 1024;
  std::size_t body_limit = 1024 * 1024;
};

struct ServerHandlers {
  std::function<Response(const Request&)> handle;
  // The response for a request the transport refuses itself (400, 413, 431).
  std::function<Response(int status)> reject;
  // True when handling this request never blocks (no database): it then runs on the I/O thread instead of
  // hopping to a worker. Absent: every request goes to a worker.
  std::function<bool(const Request&)> blokkeert_niet;
};

class Server {
 public:
  Server(ServerConfig config, ServerHandlers handlers);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and listens; throws std::system_error when the address cannot be used.
  void listen();
  unsigned short port() const;  // the bound port, after listen()

  // Serves until SIGINT/SIGTERM or stop(), then shuts down gracefully and returns.
  void run();
  void stop();  // thread-safe

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace regie::http
